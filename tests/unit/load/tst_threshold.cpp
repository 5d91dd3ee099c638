// k6-style thresholds: parsing keys and expressions, and evaluation over hand-built results with
// known latencies, error counts and request rates, for all requests and for one endpoint.
#include "loadrunreport.h"
#include "threshold.h"

#include <QTest>

namespace {
load::Threshold parsed(const char* key, const char* expression)
{
    load::Threshold threshold;
    QString error;
    if (!load::Threshold::parseKey(QLatin1String(key), &threshold, &error) ||
        !load::Threshold::parseExpression(QLatin1String(expression), &threshold, &error))
        qFatal("%s", qPrintable(error));
    return threshold;
}

// 100 requests on endpoint 0 at 0.01..1.00 ms (below 2048 us the histogram is exact); endpoint 1:
// 10 requests at 900 ms, 2 of them 5xx.
load::LoadSecond handBuilt()
{
    load::LoadSecond totals;
    totals.endpoints.resize(2);
    for (int i = 1; i <= 100; ++i)
        totals.endpoints[0].latency.record(i * 10);
    totals.endpoints[0].requests = 100;
    totals.endpoints[1].latency.recordN(900'000, 10);
    totals.endpoints[1].requests = 10;
    totals.endpoints[1].errors[std::size_t(load::ErrorKind::Status5xx)] = 2;
    for (const auto& endpoint : totals.endpoints)
        totals.total.add(endpoint);
    return totals;
}

double measured(const load::Threshold& threshold, std::int64_t elapsedMs = 10'000)
{
    const load::ThresholdOutcome outcome = load::evaluateThreshold(threshold, handBuilt(), elapsedMs);
    if (!outcome.measured)
        qFatal("nothing measured for %s", qPrintable(threshold.expression));
    return outcome.value;
}
} // namespace

class TestThreshold : public QObject
{
    Q_OBJECT
private slots:
    void parsesKeys()
    {
        load::Threshold threshold;
        QString error;
        QVERIFY(load::Threshold::parseKey(QStringLiteral("http_req_duration{endpoint:customers}"), &threshold,
                                          &error));
        QCOMPARE(threshold.metric, load::Threshold::Metric::Duration);
        QCOMPARE(threshold.endpoint, QStringLiteral("customers"));
        QVERIFY(load::Threshold::parseKey(QStringLiteral("http_req_duration{name: orders }"), &threshold,
                                          &error));
        QCOMPARE(threshold.endpoint, QStringLiteral("orders"));
        QVERIFY(load::Threshold::parseKey(QStringLiteral("http_req_failed"), &threshold, &error));
        QCOMPARE(threshold.metric, load::Threshold::Metric::Errors);
        QVERIFY(threshold.endpoint.isEmpty());
        QVERIFY(load::Threshold::parseKey(QStringLiteral("http_reqs"), &threshold, &error));
        QCOMPARE(threshold.metric, load::Threshold::Metric::Requests);
        QVERIFY(
            !load::Threshold::parseKey(QStringLiteral("http_req_duration{endpoint:}"), &threshold, &error));
        QVERIFY(
            !load::Threshold::parseKey(QStringLiteral("http_req_duration{status:200}"), &threshold, &error));
    }

    void parsesExpressions_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("aggregation");
        QTest::addColumn<int>("comparison");
        QTest::addColumn<double>("value");
        using A = load::Threshold::Aggregation;
        using C = load::Threshold::Comparison;
        const auto row = [](const char* key, const char* expression, A a, C c, double v) {
            QTest::newRow(expression)
                << QString::fromUtf8(key) << QString::fromUtf8(expression) << int(a) << int(c) << v;
        };
        row("http_req_duration", "p(95)<500", A::Percentile, C::Less, 500);
        row("http_req_duration", "p(99.9) <= 1500.5", A::Percentile, C::LessOrEqual, 1500.5);
        row("http_req_duration", "avg>10", A::Avg, C::Greater, 10);
        row("http_req_duration", "min>=1", A::Min, C::GreaterOrEqual, 1);
        row("http_req_duration", "max==2000", A::Max, C::Equal, 2000);
        row("http_req_duration", "med!=3", A::Med, C::NotEqual, 3);
        row("errors", "rate===0", A::Rate, C::Equal, 0);
        row("errors", "count<5", A::Count, C::Less, 5);
        row("requests", "count>100", A::Count, C::Greater, 100);
        row("requests", "rate>=50", A::Rate, C::GreaterOrEqual, 50);
        row("http_req_duration", "rate(errors)==0", A::Rate, C::Equal, 0);
        row("http_req_duration", "count(requests)>1", A::Count, C::Greater, 1);
        row("errors", "rps>20", A::Rate, C::Greater, 20);
    }

    void parsesExpressions()
    {
        QFETCH(QString, key);
        QFETCH(QString, expression);
        QFETCH(int, aggregation);
        QFETCH(int, comparison);
        QFETCH(double, value);
        load::Threshold threshold;
        QString error;
        QVERIFY(load::Threshold::parseKey(key, &threshold, &error));
        QVERIFY2(load::Threshold::parseExpression(expression, &threshold, &error), qPrintable(error));
        QCOMPARE(int(threshold.aggregation), aggregation);
        QCOMPARE(int(threshold.comparison), comparison);
        QCOMPARE(threshold.value, value);
    }

    void refusesBadExpressions_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expression");
        QTest::newRow("no operator") << QStringLiteral("http_req_duration") << QStringLiteral("p(95)");
        QTest::newRow("no number") << QStringLiteral("http_req_duration") << QStringLiteral("p(95)<fast");
        QTest::newRow("p(0)") << QStringLiteral("http_req_duration") << QStringLiteral("p(0)<1");
        QTest::newRow("p(101)") << QStringLiteral("http_req_duration") << QStringLiteral("p(101)<1");
        QTest::newRow("rate of durations") << QStringLiteral("http_req_duration") << QStringLiteral("rate<1");
        QTest::newRow("avg of errors") << QStringLiteral("errors") << QStringLiteral("avg<1");
        QTest::newRow("unknown") << QStringLiteral("http_req_duration") << QStringLiteral("p95<1");
    }

    void refusesBadExpressions()
    {
        QFETCH(QString, key);
        QFETCH(QString, expression);
        load::Threshold threshold;
        QString error;
        QVERIFY(load::Threshold::parseKey(key, &threshold, &error));
        QVERIFY(!load::Threshold::parseExpression(expression, &threshold, &error));
        QVERIFY(!error.isEmpty());
    }

    void measuresDurations()
    {
        // All 110 requests: 100 at 0.01..1.00 ms and 10 at 900 ms; p(50) is the 55th value.
        QCOMPARE(measured(parsed("http_req_duration", "min<1")), 0.01);
        QCOMPARE(measured(parsed("http_req_duration", "max<1")), 900.0);
        QCOMPARE(measured(parsed("http_req_duration", "med<1")), 0.55);
        QCOMPARE(measured(parsed("http_req_duration", "p(90)<1")), 0.99);
        // Above 2 ms the histogram holds 3 significant digits.
        QVERIFY(qAbs(measured(parsed("http_req_duration", "p(95)<1")) - 900.0) < 0.9);
        QVERIFY(qAbs(measured(parsed("http_req_duration", "avg<1")) - (50.5 + 9000.0) / 110.0) < 0.001);
    }

    void measuresOneEndpoint()
    {
        load::Threshold first = parsed("http_req_duration{endpoint:a}", "p(95)<500");
        first.endpointIndex = 0;
        QCOMPARE(measured(first), 0.95);
        QVERIFY(load::evaluateThreshold(first, handBuilt(), 10'000).passed);
        load::Threshold second = parsed("http_req_duration{endpoint:b}", "p(95)<500");
        second.endpointIndex = 1;
        QVERIFY(qAbs(measured(second) - 900.0) < 0.9);
        QVERIFY(!load::evaluateThreshold(second, handBuilt(), 10'000).passed);
        load::Threshold errorsOfFirst = parsed("errors{endpoint:a}", "rate==0");
        errorsOfFirst.endpointIndex = 0;
        QVERIFY(load::evaluateThreshold(errorsOfFirst, handBuilt(), 10'000).passed);
    }

    void measuresErrorsAndRequests()
    {
        QCOMPARE(measured(parsed("errors", "rate==0")), 2.0 / 110.0);
        QCOMPARE(measured(parsed("errors", "count==0")), 2.0);
        QCOMPARE(measured(parsed("http_req_duration", "rate(errors)<0.05")), 2.0 / 110.0);
        QCOMPARE(measured(parsed("requests", "count>0")), 110.0);
        QCOMPARE(measured(parsed("requests", "rate>0"), 10'000), 11.0);
        QCOMPARE(measured(parsed("http_req_duration", "rps>0"), 5'000), 22.0);
    }

    void judgesEachComparison_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("passes");
        // p(90) of handBuilt() is exactly 0.99 ms.
        QTest::newRow("< at the value") << QStringLiteral("p(90)<0.99") << false;
        QTest::newRow("<= at the value") << QStringLiteral("p(90)<=0.99") << true;
        QTest::newRow("> below") << QStringLiteral("p(90)>0.99") << false;
        QTest::newRow(">= at the value") << QStringLiteral("p(90)>=0.99") << true;
        QTest::newRow("== at the value") << QStringLiteral("p(90)==0.99") << true;
        QTest::newRow("!= at the value") << QStringLiteral("p(90)!=0.99") << false;
        QTest::newRow("< above") << QStringLiteral("p(90)<1") << true;
    }

    void judgesEachComparison()
    {
        QFETCH(QString, expression);
        QFETCH(bool, passes);
        const load::Threshold threshold = parsed("http_req_duration", qPrintable(expression));
        QCOMPARE(load::evaluateThreshold(threshold, handBuilt(), 10'000).passed, passes);
    }

    void nothingMeasuredFails()
    {
        load::LoadSecond empty;
        empty.endpoints.resize(1);
        for (const char* expression : {"p(95)<500", "avg<1"}) {
            const auto outcome =
                load::evaluateThreshold(parsed("http_req_duration", expression), empty, 1000);
            QVERIFY(!outcome.measured);
            QVERIFY(!outcome.passed);
            QCOMPARE(outcome.valueText(), QStringLiteral("no requests measured"));
        }
        QVERIFY(!load::evaluateThreshold(parsed("errors", "rate==0"), empty, 1000).passed);
        QVERIFY(load::evaluateThreshold(parsed("errors", "count==0"), empty, 1000).passed);
    }

    void valueTextIsK6Like()
    {
        QCOMPARE(
            load::evaluateThreshold(parsed("http_req_duration", "p(90)<1"), handBuilt(), 10'000).valueText(),
            QStringLiteral("p(90)=0.99ms"));
        QCOMPARE(load::evaluateThreshold(parsed("errors", "rate==0"), handBuilt(), 10'000).valueText(),
                 QStringLiteral("rate=1.82%"));
        QCOMPARE(load::evaluateThreshold(parsed("requests", "count>1"), handBuilt(), 10'000).valueText(),
                 QStringLiteral("count=110"));
    }

    void evaluatesAResult()
    {
        load::LoadResult result;
        result.totals = handBuilt();
        result.durationMs = 10'000;
        const auto outcomes =
            load::evaluateThresholds({parsed("http_req_duration", "p(90)<=0.99"), parsed("errors", "rate==0"),
                                      parsed("requests", "rate>=11")},
                                     result);
        QCOMPARE(outcomes.size(), std::size_t(3));
        QVERIFY(outcomes[0].passed);
        QVERIFY(!outcomes[1].passed);
        QVERIFY(outcomes[2].passed);
    }
};

QTEST_GUILESS_MAIN(TestThreshold)
#include "tst_threshold.moc"
