// The alert state machine: exact state sequences and timings for `for`, keep_firing_for, no-data and
// flapping, as Prometheus' rules/alerting.go would give them (time fed, never slept).
#include "alertstate.h"

#include <QStringList>
#include <QTest>
#include <cmath>

namespace {

// "0=60 15=- 30=40": an evaluation at each second with its value ("-": no value, "nan": NaN).
QStringList run(alerts::AlertStateMachine& machine, const QString& feed)
{
    QStringList out;
    for (const QString& step : feed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = step.split(QLatin1Char('='));
        const std::int64_t t = parts.at(0).toLongLong() * 1000;
        std::optional<double> value;
        if (parts.at(1) == QLatin1String("nan"))
            value = std::nan("");
        else if (parts.at(1) != QLatin1String("-"))
            value = parts.at(1).toDouble();
        if (const auto transition = machine.update(t, value)) {
            out.append(QStringLiteral("%1:%2>%3")
                           .arg(transition->timeMs / 1000)
                           .arg(alerts::stateName(transition->from), alerts::stateName(transition->to)));
        }
    }
    return out;
}

} // namespace

class TestAlertState : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data()
    {
        QTest::addColumn<int>("forS");
        QTest::addColumn<int>("keepFiringForS");
        QTest::addColumn<int>("noDataAfterS");
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("expected");
        // Condition: value > 50.
        QTest::newRow("pending for the for window, then firing, then resolved")
            << 60 << 0 << 0 << "0=60 15=60 45=60 59=60 60=60 75=40 90=40"
            << "0:inactive>pending 60:pending>firing 75:firing>resolved";
        QTest::newRow("for 0 fires at the first evaluation") << 0 << 0 << 0 << "0=60 15=60 30=40"
                                                             << "0:inactive>firing 30:firing>resolved";
        QTest::newRow("pending cleared before for restarts the clock")
            << 60 << 0 << 0 << "0=60 30=40 45=60 90=60 105=60"
            << "0:inactive>pending 30:pending>inactive 45:inactive>pending 105:pending>firing";
        QTest::newRow("keep_firing_for holds firing after the condition clears")
            << 0 << 60 << 0 << "0=60 15=40 30=40 60=40 74=40 75=40 90=40"
            << "0:inactive>firing 75:firing>resolved";
        QTest::newRow("the condition returning resets keep_firing_for")
            << 0 << 60 << 0 << "0=60 15=40 45=60 60=40 105=40 119=40 120=40"
            << "0:inactive>firing 120:firing>resolved";
        QTest::newRow("flapping under for never fires")
            << 30 << 0 << 0 << "0=60 15=40 20=60 35=40 40=60 69=60 70=60"
            << "0:inactive>pending 15:pending>inactive 20:inactive>pending 35:pending>inactive "
               "40:inactive>pending 70:pending>firing";
        QTest::newRow("resolved fires again when the condition returns")
            << 0 << 0 << 0 << "0=60 10=40 20=40 30=60"
            << "0:inactive>firing 10:firing>resolved 30:resolved>firing";
        QTest::newRow("no value for noDataAfter goes to no-data, a value leaves it")
            << 0 << 0 << 60 << "0=60 30=- 59=- 60=- 90=- 100=40"
            << "0:inactive>firing 60:firing>nodata 100:nodata>inactive";
        QTest::newRow("leaving no-data with the condition starts pending afresh")
            << 30 << 0 << 30 << "0=40 30=- 40=60 69=60 70=60"
            << "30:inactive>nodata 40:nodata>pending 70:pending>firing";
        QTest::newRow("a short gap holds pending, the clock keeps its start")
            << 30 << 0 << 300 << "0=60 15=- 25=- 31=60"
            << "0:inactive>pending 31:pending>firing";
        QTest::newRow("a short gap holds firing, keep_firing_for untouched")
            << 0 << 0 << 300 << "0=60 15=- 30=60 45=40"
            << "0:inactive>firing 45:firing>resolved";
        QTest::newRow("no-data counts from the first evaluation") << 0 << 0 << 60 << "0=- 30=- 60=- 61=-"
                                                                  << "60:inactive>nodata";
        QTest::newRow("noDataAfter 0 never goes to no-data") << 0 << 0 << 0 << "0=60 600=- 6000=-"
                                                             << "0:inactive>firing";
        QTest::newRow("NaN never meets the condition") << 0 << 0 << 0 << "0=nan 15=60 30=nan"
                                                       << "15:inactive>firing 30:firing>resolved";
    }

    void sequences()
    {
        QFETCH(int, forS);
        QFETCH(int, keepFiringForS);
        QFETCH(int, noDataAfterS);
        QFETCH(QString, feed);
        QFETCH(QString, expected);
        alerts::StateRules rules{alerts::Comparison::Greater, 50, forS * 1000LL, keepFiringForS * 1000LL,
                                 noDataAfterS * 1000LL};
        alerts::AlertStateMachine machine(rules);
        QCOMPARE(run(machine, feed), expected.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

    void transitionsCarryTheValue()
    {
        alerts::AlertStateMachine machine({alerts::Comparison::LessOrEqual, 0.5, 10'000, 0, 20'000});
        QCOMPARE(machine.update(0, 0.4),
                 (alerts::Transition{alerts::State::Inactive, alerts::State::Pending, 0, 0.4}));
        QCOMPARE(machine.activeSinceMs(), std::int64_t(0));
        QCOMPARE(machine.update(10'000, 0.5),
                 (alerts::Transition{alerts::State::Pending, alerts::State::Firing, 10'000, 0.5}));
        QCOMPARE(machine.update(30'000, std::nullopt),
                 (alerts::Transition{alerts::State::Firing, alerts::State::NoData, 30'000, std::nullopt}));
        QCOMPARE(machine.value(), std::optional<double>(0.5));
    }

    void restoreKeepsFiringAndThePendingClock()
    {
        alerts::AlertStateMachine firing({alerts::Comparison::Greater, 50, 60'000, 0, 60'000});
        firing.restore(alerts::State::Firing, 1'000, 70, 500'000);
        QCOMPARE(firing.update(500'000, 80), std::nullopt); // still firing: no second firing event
        QCOMPARE(firing.state(), alerts::State::Firing);

        alerts::AlertStateMachine pending({alerts::Comparison::Greater, 50, 60'000, 0, 60'000});
        pending.restore(alerts::State::Pending, 100'000, 70, 130'000);
        QCOMPARE(pending.update(130'000, 70), std::nullopt);
        QCOMPARE(pending.update(160'000, 70)->to, alerts::State::Firing); // 60 s after the stored start
        // The no-data clock restarts at the restore: 59 s without a value are not yet no-data.
        alerts::AlertStateMachine quiet({alerts::Comparison::Greater, 50, 0, 0, 60'000});
        quiet.restore(alerts::State::Firing, 0, 70, 1'000'000);
        QCOMPARE(quiet.update(1'059'000, std::nullopt), std::nullopt);
        QCOMPARE(quiet.update(1'060'000, std::nullopt)->to, alerts::State::NoData);
    }

    void stateNamesRoundTrip()
    {
        for (const auto s : {alerts::State::Inactive, alerts::State::Pending, alerts::State::Firing,
                             alerts::State::Resolved, alerts::State::NoData})
            QCOMPARE(alerts::stateFromName(alerts::stateName(s)), s);
        QCOMPARE(alerts::stateFromName(QStringLiteral("burning")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestAlertState)
#include "tst_alertstate.moc"
