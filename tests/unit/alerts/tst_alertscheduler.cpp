// AlertScheduler: evaluations run on the read-job thread with the injected clock, their transitions
// land in the workspace's alert history and come back as a signal; a restarted scheduler restores the
// states from that history and does not fire again.
#include "alertscheduler.h"
#include "readjobrunner.h"
#include "recordstore.h"
#include "timeseriesstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;

alerts::AlertRule probeDown()
{
    alerts::AlertRule rule;
    rule.name = QStringLiteral("ProbeDown");
    rule.kind = alerts::RuleKind::ProbeDown;
    rule.comparison = alerts::Comparison::Equal;
    rule.threshold = 0;
    rule.forMs = 10'000;
    rule.severity = alerts::Severity::Critical;
    rule.summary = QStringLiteral("{{ $labels.probe }} down");
    return rule;
}
} // namespace

Q_DECLARE_METATYPE(std::vector<alerts::AlertTransition>)

class TestAlertScheduler : public QObject
{
    Q_OBJECT
private slots:
    void evaluatesOffTheCallersThreadAndKeepsHistory()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore s;
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        options.retentionMs = 0;
        QString error;
        QVERIFY2(s.open(dir.filePath(QStringLiteral("scheduler.sqlite")), options, &error),
                 qPrintable(error));
        const store::SeriesRef probe = s.series("probe_up", {{"probe", "web"}});
        std::vector<store::Sample> samples;
        for (int i = 0; i <= 120; ++i)
            samples.push_back({probe, t0 + i * 1000LL, 0.0});
        s.append(samples);
        QVERIFY(s.flush());

        store::ReadJobRunner runner(s.path());
        std::atomic<std::int64_t> now = t0 + 30'000;
        std::atomic<bool> offThread = true;
        std::atomic<int> calls = 0;
        QThread* const caller = QThread::currentThread();
        const auto clock = [&] {
            offThread = offThread && QThread::currentThread() != caller;
            ++calls;
            return now.load();
        };
        {
            alerts::AlertScheduler scheduler(&s, &runner, {probeDown()}, 60'000, clock);
            QSignalSpy transitions(&scheduler, &alerts::AlertScheduler::transitionsReady);
            QSignalSpy failures(&scheduler, &alerts::AlertScheduler::evaluationFailed);
            scheduler.evaluateNow();
            QTRY_COMPARE(transitions.size(), 1);
            now = t0 + 40'000;
            scheduler.evaluateNow();
            QTRY_COMPARE(transitions.size(), 2);
            QCOMPARE(failures.size(), 0);
            const auto second = transitions.at(1).at(0).value<std::vector<alerts::AlertTransition>>();
            QCOMPARE(second.size(), std::size_t(1));
            QCOMPARE(second[0].to, alerts::State::Firing);
            QCOMPARE(second[0].timeMs, t0 + 40'000);
            QCOMPARE(second[0].summary, QStringLiteral("web down"));
        }
        QVERIFY(offThread);
        store::RecordStore records(&s);
        const auto history = records.alertEvents(t0, t0 + 120'000);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].toState, QStringLiteral("pending"));
        QCOMPARE(history[1].toState, QStringLiteral("firing"));
        QCOMPARE(history[1].severity, QStringLiteral("critical"));
        QCOMPARE(history[1].labelsJson, QByteArray(R"({"probe":"web"})"));

        // A restart: firing is restored, the next evaluations add nothing to the history.
        alerts::AlertScheduler restarted(&s, &runner, {probeDown()}, 50, clock);
        QSignalSpy failures(&restarted, &alerts::AlertScheduler::evaluationFailed);
        now = t0 + 60'000;
        calls = 0;
        QSignalSpy transitions(&restarted, &alerts::AlertScheduler::transitionsReady);
        // Every 50 ms after each evaluation: evaluated again and again, never firing again.
        restarted.start();
        QTRY_VERIFY2(calls >= 3, qPrintable(QString::number(calls)));
        restarted.stop();
        QCOMPARE(transitions.size(), 0);
        QCOMPARE(failures.size(), 0);
        QCOMPARE(records.alertEvents(t0, t0 + 120'000).size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAlertScheduler)
#include "tst_alertscheduler.moc"
