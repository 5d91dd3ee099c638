// Acceptance plans as written: the default plan's seed criteria, and every field error named by its
// path so a plan's author sees all that is wrong at once.
#include "acceptanceplan.h"

#include <QTemporaryDir>
#include <QTest>

using report::AcceptancePlan;
using report::Criterion;

namespace {
QByteArray minimalPlan(const QByteArray& criteria)
{
    return R"({"system":"shop","scenarios":[{"preset":"core-100-users"}],"criteria":)" + criteria + "}";
}
} // namespace

class TestAcceptancePlan : public QObject
{
    Q_OBJECT

private slots:
    void defaultPlanHoldsTheSeedCriteria()
    {
        const AcceptancePlan plan = AcceptancePlan::defaultPlan();
        QCOMPARE(plan.scenarios.size(), std::size_t(3));
        QCOMPARE(plan.scenarios[0].name, QStringLiteral("core-100-users"));
        QCOMPARE(plan.scenarios[0].users, 100);
        QCOMPARE(plan.scenarios[0].durationMs,
                 std::int64_t(5 * 60 * 1000)); // shortened only by an explicit override
        QStringList required;
        QStringList advisory;
        for (const Criterion& criterion : plan.criteria)
            (criterion.required ? required : advisory).append(criterion.id);
        QCOMPARE(required,
                 (QStringList{QStringLiteral("core-p95"), QStringLiteral("zero-errors"),
                              QStringLiteral("cache-second-access"), QStringLiteral("batch-operations")}));
        QCOMPARE(advisory, (QStringList{QStringLiteral("core-avg"), QStringLiteral("core-p99"),
                                        QStringLiteral("error-rate")}));
        QCOMPARE(plan.criteria[0].metric, Criterion::Metric::P95);
        QCOMPARE(plan.criteria[0].comparison, Criterion::Comparison::LessOrEqual);
        QCOMPARE(plan.criteria[0].threshold, 500.0);
        QCOMPARE(plan.criteria[2].comparison, Criterion::Comparison::GreaterOrEqual);
        QCOMPARE(plan.criteria[2].threshold, 50.0);
        QVERIFY(!plan.criteria[0].titleZh.isEmpty());
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("system missing") << QByteArray(R"({"scenarios":[{"preset":"core-100-users"}],
            "criteria":[{"id":"a","scenario":"core-100-users","metric":"p95","threshold":"<=500"}]})")
                                        << QStringLiteral("system: ");
        QTest::newRow("unknown field")
            << QByteArray(R"({"system":"s","scenarios":[{"preset":"core-100-users"}],"critera":[]})")
            << QStringLiteral("critera: ");
        QTest::newRow("no criteria") << minimalPlan("[]")
                                     << QStringLiteral("criteria: expected at least one");
        QTest::newRow("unknown metric")
            << minimalPlan(R"([{"id":"a","scenario":"core-100-users","metric":"p96","threshold":"<=1"}])")
            << QStringLiteral("criteria[0].metric: unknown metric \"p96\"");
        QTest::newRow("bad threshold")
            << minimalPlan(
                   R"([{"id":"a","scenario":"core-100-users","metric":"p95","threshold":"about 500"}])")
            << QStringLiteral("criteria[0].threshold: expected an operator and a number");
        QTest::newRow("unknown scenario")
            << minimalPlan(R"([{"id":"a","scenario":"checkout","metric":"p95","threshold":"<=500"}])")
            << QStringLiteral("criteria[0].scenario: no scenario named \"checkout\"");
        QTest::newRow("unknown endpoint")
            << minimalPlan(
                   R"([{"id":"a","scenario":"core-100-users","endpoint":"orders","metric":"p95","threshold":"<=5"}])")
            << QStringLiteral(
                   "criteria[0].endpoint: scenario \"core-100-users\" has no request named \"orders\"");
        QTest::newRow("duplicate id")
            << minimalPlan(R"([{"id":"a","scenario":"core-100-users","metric":"p95","threshold":"<=5"},
                              {"id":"a","scenario":"core-100-users","metric":"p99","threshold":"<=5"}])")
            << QStringLiteral("criteria[1].id: a second criterion \"a\"");
        QTest::newRow("unknown preset") << QByteArray(R"({"system":"s","scenarios":[{"preset":"nope"}],
            "criteria":[{"id":"a","scenario":"x","metric":"p95","threshold":"<=5"}]})")
                                        << QStringLiteral("scenarios[0].preset: no preset named \"nope\"");
        QTest::newRow("two sources")
            << QByteArray(R"({"system":"s","scenarios":[{"preset":"core-100-users","file":"x.json"}],
            "criteria":[{"id":"a","scenario":"x","metric":"p95","threshold":"<=5"}]})")
            << QStringLiteral("scenarios[0]: expected exactly one of");
        QTest::newRow("inline scenario error")
            << QByteArray(R"({"system":"s","scenarios":[{"scenario":{"name":"x",
            "model":{"users":0,"duration":"1s"},"requests":[{"name":"r","url":"/"}]}}],
            "criteria":[{"id":"a","scenario":"x","metric":"p95","threshold":"<=5"}]})")
            << QStringLiteral("scenarios[0].model.users: ");
        QTest::newRow("metrics interval") << QByteArray(R"({"system":"s","metrics":{"interval":"10ms"},
            "scenarios":[{"preset":"core-100-users"}],
            "criteria":[{"id":"a","scenario":"core-100-users","metric":"p95","threshold":"<=5"}]})")
                                          << QStringLiteral("metrics.interval: must be at least 100ms");
    }

    void fieldErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        AcceptancePlan plan;
        QStringList errors;
        QVERIFY(!AcceptancePlan::fromJsonText(json, QString(), &plan, &errors));
        const bool named = std::any_of(errors.begin(), errors.end(),
                                       [&](const QString& line) { return line.startsWith(error); });
        QVERIFY2(named, qPrintable(errors.join(QStringLiteral(" | "))));
    }

    void scenarioFileIsReadBesideThePlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile scenario(dir.filePath(QStringLiteral("short.json")));
        QVERIFY(scenario.open(QIODevice::WriteOnly));
        scenario.write(
            R"({"name":"short","model":{"users":2,"duration":"1s"},"requests":[{"name":"home","url":"/"}]})");
        scenario.close();
        AcceptancePlan plan;
        QStringList errors;
        QVERIFY2(AcceptancePlan::fromJsonText(R"({"system":"s","scenarios":[{"file":"short.json"}],
            "criteria":[{"id":"p","scenario":"short","endpoint":"home","metric":"p99","threshold":"<250"}]})",
                                              dir.path(), &plan, &errors),
                 qPrintable(errors.join(QStringLiteral("; "))));
        QCOMPARE(plan.scenarios.at(0).users, 2);
        QCOMPARE(plan.criteria.at(0).endpoint, QStringLiteral("home"));
        QCOMPARE(plan.criteria.at(0).comparison, Criterion::Comparison::Less);
        QCOMPARE(plan.criteria.at(0).title, QStringLiteral("p99 < 250 ms")); // a title from the figures
    }
};

QTEST_GUILESS_MAIN(TestAcceptancePlan)
#include "tst_acceptanceplan.moc"
