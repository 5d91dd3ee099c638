// Criteria judged over hand-built results: measured value, margin and verdict, with the edges of
// each comparison (<= passes at the threshold, < does not) and what a missing figure means.
#include "criterion.h"
#include "planrunner.h"

#include <QJsonDocument>
#include <QTest>

using report::Criterion;
using report::CriterionOutcome;

namespace {
Criterion criterion(const QByteArray& json)
{
    QStringList errors;
    const Criterion made =
        Criterion::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("c"), &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(errors.join(QStringLiteral("; "))));
    return made;
}

// Two endpoints: customers answers in `customersMs`, materials in `materialsMs`, 100 requests each,
// `errors` of the materials failed with a 5xx.
load::LoadRunReport loadReport(std::int64_t customersMs, std::int64_t materialsMs, int errors = 0,
                               load::RunEnd end = load::RunEnd::Completed)
{
    load::LoadRunReport report;
    report.scenario.name = QStringLiteral("core");
    report.scenario.users = 100;
    report.scenario.requests.resize(2);
    report.scenario.requests[0].name = QStringLiteral("customers");
    report.scenario.requests[1].name = QStringLiteral("materials");
    load::LoadResult result;
    result.end = end;
    result.durationMs = 10'000;
    result.totals.endpoints.resize(2);
    for (int i = 0; i < 100; ++i) {
        result.totals.endpoints[0].latency.record(customersMs * 1000);
        result.totals.endpoints[1].latency.record(materialsMs * 1000);
    }
    result.totals.endpoints[0].requests = 100;
    result.totals.endpoints[1].requests = 100;
    result.totals.endpoints[1].errors[std::size_t(load::ErrorKind::Status5xx)] = errors;
    report.load = result;
    return report;
}
} // namespace

class TestCriterion : public QObject
{
    Q_OBJECT

private slots:
    void latencyEdges_data()
    {
        QTest::addColumn<QByteArray>("threshold");
        QTest::addColumn<std::int64_t>("materialsMs");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<double>("margin");
        QTest::newRow("<= at the threshold passes")
            << QByteArray("<=500") << std::int64_t(500) << true << 0.0;
        QTest::newRow("< at the threshold fails") << QByteArray("<500") << std::int64_t(500) << false << 0.0;
        QTest::newRow("<= above fails") << QByteArray("<=500") << std::int64_t(520) << false << -20.0;
        QTest::newRow("<= well below") << QByteArray("<=500") << std::int64_t(100) << true << 400.0;
    }

    void latencyEdges()
    {
        QFETCH(QByteArray, threshold);
        QFETCH(std::int64_t, materialsMs);
        QFETCH(bool, passed);
        QFETCH(double, margin);
        const Criterion p95 = criterion(
            "{\"id\":\"p\",\"scenario\":\"core\",\"metric\":\"p95\",\"threshold\":\"" + threshold + "\"}");
        const CriterionOutcome outcome = report::evaluateCriterion(p95, loadReport(20, materialsMs));
        QVERIFY(outcome.measured);
        QCOMPARE(outcome.value, double(materialsMs)); // the worst endpoint decides
        QCOMPARE(outcome.passed, passed);
        QCOMPARE(outcome.margin, margin);
        QCOMPARE(outcome.detail, QStringLiteral("worst endpoint: materials"));
    }

    void oneEndpoint()
    {
        const Criterion p95 = criterion(
            R"({"id":"p","scenario":"core","endpoint":"customers","metric":"p95","threshold":"<=500"})");
        const CriterionOutcome outcome = report::evaluateCriterion(p95, loadReport(20, 900));
        QCOMPARE(outcome.value, 20.0);
        QVERIFY(outcome.passed);
        QCOMPARE(outcome.margin, 480.0);
    }

    void errors()
    {
        const Criterion zero =
            criterion(R"({"id":"z","scenario":"core","metric":"errors","threshold":"==0"})");
        QVERIFY(report::evaluateCriterion(zero, loadReport(20, 20, 0)).passed);
        const CriterionOutcome one = report::evaluateCriterion(zero, loadReport(20, 20, 1));
        QVERIFY(!one.passed);
        QCOMPARE(one.value, 1.0);
        QCOMPARE(one.margin, -1.0);
        const Criterion rate =
            criterion(R"({"id":"r","scenario":"core","metric":"errorRate","threshold":"<1"})");
        const CriterionOutcome rateOutcome = report::evaluateCriterion(rate, loadReport(20, 20, 2));
        QCOMPARE(rateOutcome.value, 1.0); // 2 of 200 requests
        QVERIFY(!rateOutcome.passed);
        QCOMPARE(rateOutcome.valueText(), QStringLiteral("1.00 %"));
    }

    void incompleteRunFails()
    {
        const Criterion p95 = criterion(R"({"id":"p","scenario":"core","metric":"p95","threshold":"<=500"})");
        const CriterionOutcome outcome =
            report::evaluateCriterion(p95, loadReport(20, 20, 0, load::RunEnd::Cancelled));
        QVERIFY(outcome.measured);
        QVERIFY(!outcome.passed);
        QVERIFY(outcome.detail.contains(QLatin1String("did not complete")));
    }

    void cacheImprovement()
    {
        const Criterion cache =
            criterion(R"({"id":"c","scenario":"cache","metric":"cacheImprovement","threshold":">=50"})");
        load::LoadRunReport report;
        load::CacheSecondAccess::Result result;
        result.keys.resize(2);
        result.improvementP50 = 0.5;
        report.cache = result;
        CriterionOutcome outcome = report::evaluateCriterion(cache, report);
        QCOMPARE(outcome.value, 50.0);
        QVERIFY(outcome.passed); // >= at the threshold
        QCOMPARE(outcome.margin, 0.0);
        report.cache->improvementP50 = 0.42;
        outcome = report::evaluateCriterion(cache, report);
        QVERIFY(!outcome.passed);
        QCOMPARE(outcome.marginText(), QStringLiteral("-8.00 %"));
    }

    void batch()
    {
        const Criterion batch =
            criterion(R"({"id":"b","scenario":"batch","metric":"batch","threshold":"<=30000"})");
        load::LoadRunReport report;
        load::BatchOperation::Result fast;
        fast.config.name = QStringLiteral("import");
        fast.maxMs = 1200;
        fast.passed = true;
        load::BatchOperation::Result refused = fast;
        refused.config.name = QStringLiteral("over the limit");
        refused.maxMs = 15;
        report.batch = {fast, refused};
        CriterionOutcome outcome = report::evaluateCriterion(batch, report);
        QVERIFY(outcome.passed);
        QCOMPARE(outcome.value, 1200.0);
        QCOMPARE(outcome.margin, 28800.0);
        // Within time but answered 200 where 400 was expected: the criterion fails and says which.
        report.batch[1].passed = false;
        report.batch[1].failure = QStringLiteral("answered 200, expected 400");
        outcome = report::evaluateCriterion(batch, report);
        QVERIFY(!outcome.passed);
        QVERIFY2(outcome.detail.contains(QLatin1String("over the limit: answered 200")),
                 qPrintable(outcome.detail));
    }

    void missingFigureFails()
    {
        const Criterion p95 = criterion(R"({"id":"p","scenario":"core","metric":"p95","threshold":"<=500"})");
        const CriterionOutcome outcome = report::evaluateCriterion(p95, load::LoadRunReport{});
        QVERIFY(!outcome.measured);
        QVERIFY(!outcome.passed);
        QCOMPARE(outcome.valueText(), QStringLiteral("not measured"));
    }

    void requiredDecidesTheVerdict()
    {
        report::PlanResult result;
        CriterionOutcome advisory;
        advisory.criterion.required = false;
        CriterionOutcome required;
        required.passed = true;
        result.criteria = {required, advisory};
        QVERIFY(result.passed());
        result.criteria[0].passed = false;
        QVERIFY(!result.passed());
        QCOMPARE(result.failedRequired(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCriterion)
#include "tst_criterion.moc"
