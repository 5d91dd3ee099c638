// The record of a load run: JSON with per-endpoint percentiles and errors by kind, no secret from
// the environment; JUnit well-formed, one test case per threshold and check, failures counted with
// the measured value in the message.
#include "loadrunreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

namespace {
load::LoadRunReport handBuilt()
{
    qputenv("PERFDASH_REPORT_TOKEN", "hunter2");
    load::LoadRunReport report;
    QStringList errors;
    const bool ok = load::Scenario::fromJsonText(
        R"({"name":"r","model":{"users":2,"duration":"2s"},
            "requests":[{"name":"a","url":"/a","headers":{"Authorization":"${env:PERFDASH_REPORT_TOKEN}"}},
                        {"name":"b","url":"/b","headers":{"Cookie":"session=abc123","Accept":"text/plain"}}],
            "thresholds":{"http_req_duration":["p(95)<500"],"errors":["rate==0"],
                          "http_req_duration{endpoint:b}":["max<100"]}})",
        &report.scenario, &errors);
    if (!ok)
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    report.target = QStringLiteral("http://127.0.0.1:8088");
    load::LoadResult result;
    result.durationMs = 2000;
    result.totals.endpoints.resize(2);
    result.totals.endpoints[0].requests = 10;
    result.totals.endpoints[0].latency.recordN(1000, 10);
    result.totals.endpoints[1].requests = 10;
    result.totals.endpoints[1].latency.recordN(200'000, 10); // b's max is 200 ms: max<100 fails
    result.totals.endpoints[1].errors[std::size_t(load::ErrorKind::Status5xx)] = 1;
    for (const auto& endpoint : result.totals.endpoints)
        result.totals.total.add(endpoint);
    report.thresholds = load::evaluateThresholds(report.scenario.thresholds, result);
    report.load = result;
    load::BatchOperation::Result batch;
    batch.config.name = QStringLiteral("import");
    batch.attempts.push_back({200, 120.0, {}});
    batch.maxMs = 120;
    batch.passed = true;
    report.batch.push_back(batch);
    return report;
}
} // namespace

class TestLoadRunReport : public QObject
{
    Q_OBJECT
private slots:
    void countsChecksAndFailures()
    {
        const load::LoadRunReport report = handBuilt();
        QCOMPARE(report.checkCount(), 4);   // 3 thresholds + 1 batch check
        QCOMPARE(report.failureCount(), 2); // errors rate==0 and b's max<100
        QVERIFY(!report.passed());
    }

    void jsonHoldsTheFigures()
    {
        const QJsonObject json = handBuilt().toJson();
        QCOMPARE(json.value(QStringLiteral("failures")).toInt(), 2);
        const QJsonObject b =
            json[QStringLiteral("load")][QStringLiteral("endpoints")][QStringLiteral("b")].toObject();
        QCOMPARE(b[QStringLiteral("requests")].toInt(), 10);
        QCOMPARE(b[QStringLiteral("errorsByKind")][QStringLiteral("status_5xx")].toInt(), 1);
        for (const char* key : {"p50", "p90", "p95", "p99", "p99.9", "max"})
            QVERIFY2(qAbs(b[QStringLiteral("latencyMs")][QLatin1String(key)].toDouble() - 200.0) < 0.2, key);
        QCOMPARE(json[QStringLiteral("load")][QStringLiteral("totals")][QStringLiteral("requestsPerSecond")]
                     .toDouble(),
                 10.0);
        const QJsonArray thresholds = json.value(QStringLiteral("thresholds")).toArray();
        QCOMPARE(thresholds.size(), 3);
        QCOMPARE(json[QStringLiteral("scenario")][QStringLiteral("model")][QStringLiteral("users")].toInt(),
                 2);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(text.contains("${env:PERFDASH_REPORT_TOKEN}"));
        QVERIFY(!text.contains("hunter2"));
        // A credential written literally in the scenario is not copied into the record.
        QVERIFY(!text.contains("abc123"));
        QVERIFY(text.contains("(redacted)"));
        QVERIFY(text.contains("text/plain"));
    }

    void junitIsWellFormedWithFailuresCounted()
    {
        const QByteArray xml = handBuilt().toJUnit();
        QXmlStreamReader reader(xml);
        int cases = 0;
        int failures = 0;
        QStringList messages;
        QString declaredFailures;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == QLatin1String("testsuite"))
                declaredFailures = reader.attributes().value(QLatin1String("failures")).toString();
            if (reader.name() == QLatin1String("testcase"))
                ++cases;
            if (reader.name() == QLatin1String("failure")) {
                ++failures;
                messages << reader.attributes().value(QLatin1String("message")).toString();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(cases, 4);
        QCOMPARE(failures, 2);
        QCOMPARE(declaredFailures, QStringLiteral("2"));
        QVERIFY2(messages.filter(QStringLiteral("rate=5.00%")).size() == 1,
                 qPrintable(messages.join(QLatin1Char('|'))));
        QVERIFY2(messages.filter(QStringLiteral("max=200")).size() == 1,
                 qPrintable(messages.join(QLatin1Char('|'))));
    }

    void aFailedRunIsAFailedCase()
    {
        load::LoadRunReport report = handBuilt();
        report.thresholds.clear();
        report.load->end = load::RunEnd::Failed;
        report.load->error = QStringLiteral("cannot resolve host");
        QCOMPARE(report.failureCount(), 1);
        QVERIFY(report.toJUnit().contains("cannot resolve host"));
    }
};

QTEST_GUILESS_MAIN(TestLoadRunReport)
#include "tst_loadrunreport.moc"
