// ScrapeEvaluation: the request a scrape sends and what its response means, without any network.
#include "scrapeevaluation.h"

#include <QTemporaryFile>
#include <QTest>

namespace {
// Text format 0.0.4: two counter series, a histogram (two buckets, sum, count) and an untyped gauge.
const QByteArray textBody = "# HELP demo_requests_total Requests served.\n"
                            "# TYPE demo_requests_total counter\n"
                            "demo_requests_total{path=\"/a\"} 3\n"
                            "demo_requests_total{path=\"/b\"} 5\n"
                            "# TYPE demo_latency_seconds histogram\n"
                            "demo_latency_seconds_bucket{le=\"0.1\"} 1\n"
                            "demo_latency_seconds_bucket{le=\"+Inf\"} 2\n"
                            "demo_latency_seconds_sum 0.3\n"
                            "demo_latency_seconds_count 2\n"
                            "demo_queue_depth 4\n";
const int textSamples = 7;

const QByteArray openMetricsBody = "# TYPE demo_requests counter\n"
                                   "# HELP demo_requests Requests served.\n"
                                   "demo_requests_total{path=\"/a\"} 3\n"
                                   "demo_requests_total{path=\"/b\"} 5\n"
                                   "# TYPE demo_up gauge\n"
                                   "demo_up 1\n"
                                   "# EOF\n";
const int openMetricsSamples = 3;

const QByteArray textContentType = "text/plain; version=0.0.4; charset=utf-8";
const QByteArray openMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

HttpResult response(long status, const QByteArray& contentType, const QByteArray& body)
{
    HttpResult result;
    result.status = status;
    result.contentType = contentType;
    result.body = body;
    result.totalSeconds = 0.042;
    return result;
}

ScrapeTarget target()
{
    ScrapeTarget t;
    t.name = QStringLiteral("erp");
    t.url = QUrl(QStringLiteral("http://127.0.0.1:8088/metrics"));
    return t;
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const QByteArray& line : request.headers) {
        if (line.startsWith(QByteArray(name + ": ")))
            return line.mid(name.size() + 2);
    }
    return {};
}
} // namespace

class TestScrapeEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void parseErrorNamesLineAndColumn_data();
    void parseErrorNamesLineAndColumn();
    void requestAcceptsBothFormats();
    void timeoutCappedAtInterval_data();
    void timeoutCappedAtInterval();
    void bearerTokenFromEnvironment();
    void basicPasswordFromFile();
    void missingSecretNamesSourceNotValue_data();
    void missingSecretNamesSourceNotValue();
};

void TestScrapeEvaluation::evaluate_data()
{
    QTest::addColumn<HttpResult>("result");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("error"); // a fragment; empty when up
    QTest::addColumn<int>("samples");

    HttpResult refused;
    refused.error = HttpResult::Error::Connect;
    refused.errorMessage = QStringLiteral("cannot connect to 127.0.0.1: Connection refused");
    QTest::newRow("transport error") << refused << false << refused.errorMessage << 0;
    HttpResult timedOut;
    timedOut.error = HttpResult::Error::Timeout;
    timedOut.errorMessage = QStringLiteral("127.0.0.1: no answer within 4000 ms");
    QTest::newRow("timeout") << timedOut << false << timedOut.errorMessage << 0;

    // A valid body does not rescue an error status.
    QTest::newRow("HTTP 500") << response(500, textContentType, textBody) << false
                              << QStringLiteral("HTTP status 500") << 0;
    QTest::newRow("HTTP 404") << response(404, "text/plain", "404 page not found\n") << false
                              << QStringLiteral("HTTP status 404") << 0;
    QTest::newRow("JSON is unsupported")
        << response(200, "application/json", R"({"up":1})") << false
        << QStringLiteral("unsupported Content-Type \"application/json\"") << 0;
    QTest::newRow("protobuf is unsupported")
        << response(200, "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily",
                    "\x0a\x03")
        << false << QStringLiteral("unsupported Content-Type \"application/vnd.google.protobuf") << 0;

    QTest::newRow("text format") << response(200, textContentType, textBody) << true << QString()
                                 << textSamples;
    QTest::newRow("bare text/plain") << response(200, "text/plain", textBody) << true << QString()
                                     << textSamples;
    // No "# EOF" here: had the empty type meant OpenMetrics, this body would be rejected.
    QTest::newRow("empty Content-Type is the text format")
        << response(200, {}, textBody) << true << QString() << textSamples;
    QTest::newRow("OpenMetrics with # EOF")
        << response(200, openMetricsContentType, openMetricsBody) << true << QString() << openMetricsSamples;
    QTest::newRow("OpenMetrics without # EOF")
        << response(200, openMetricsContentType, QByteArray("# TYPE demo_up gauge\ndemo_up 1\n")) << false
        << QStringLiteral("data does not end with # EOF") << 0;
    QTest::newRow("empty text exposition")
        << response(200, "text/plain; version=0.0.4", {}) << true << QString() << 0;
}

void TestScrapeEvaluation::evaluate()
{
    QFETCH(HttpResult, result);
    QFETCH(bool, up);
    QFETCH(QString, error);
    QFETCH(int, samples);

    const ScrapeResult scrape = ScrapeEvaluation::evaluate(target(), 1700000000123, result);
    QCOMPARE(scrape.target, QStringLiteral("erp"));
    QCOMPARE(scrape.timestampMs, Q_INT64_C(1700000000123));
    QCOMPARE(scrape.httpStatus, result.status);
    QCOMPARE(scrape.up, up);
    if (up) {
        QVERIFY2(scrape.error.isEmpty(), qPrintable(scrape.error));
        QVERIFY(scrape.metrics);
    } else {
        QVERIFY2(scrape.error.contains(error), qPrintable(scrape.error));
        QVERIFY(!scrape.metrics); // nothing stored from a failed scrape
    }
    QCOMPARE(scrape.samplesScraped(), qsizetype(samples));
}

void TestScrapeEvaluation::parseErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    // "demo_queue_depth" is 16 bytes, so the value starts at column 18.
    QTest::newRow("bad value on line 3")
        << textContentType
        << QByteArray("# TYPE demo_requests_total counter\n"
                      "demo_requests_total 3\n"
                      "demo_queue_depth 1x\n")
        << QStringLiteral("line 3, column 18: expected float as value, got \"1x\"");
    QTest::newRow("label name starting with a digit on line 2")
        << textContentType << QByteArray("demo_up 1\nfoo{1a=\"x\"} 1\n")
        << QStringLiteral("line 2, column 5: expected label name, got '1'");
    QTest::newRow("label without '=' on line 2")
        << QByteArray() << QByteArray("# TYPE foo gauge\nfoo{a=\"1\",b} 1\n")
        << QStringLiteral("line 2, column 12: expected '=' after label name, got '}'");
    QTest::newRow("blank line in OpenMetrics on line 3")
        << openMetricsContentType << QByteArray("# TYPE foo gauge\nfoo 1\n\n# EOF\n")
        << QStringLiteral("line 3, column 1: empty lines are not allowed");
}

void TestScrapeEvaluation::parseErrorNamesLineAndColumn()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const ScrapeResult scrape = ScrapeEvaluation::evaluate(target(), 0, response(200, contentType, body));
    QVERIFY(!scrape.up);
    QVERIFY2(scrape.error.startsWith(error), qPrintable(scrape.error));
    QVERIFY(!scrape.metrics);
    QCOMPARE(scrape.samplesScraped(), qsizetype(0));
}

void TestScrapeEvaluation::requestAcceptsBothFormats()
{
    HttpRequest request;
    QString error;
    QVERIFY2(ScrapeEvaluation::buildRequest(target(), &request, &error), qPrintable(error));
    QCOMPARE(request.method, QByteArrayLiteral("GET"));
    QCOMPARE(request.url, QUrl(QStringLiteral("http://127.0.0.1:8088/metrics")));
    const QByteArray accept = header(request, "Accept");
    QVERIFY2(accept.contains("application/openmetrics-text;version=1.0.0"), accept.constData());
    QVERIFY2(accept.contains("text/plain;version=0.0.4"), accept.constData());
    QCOMPARE(request.auth.kind, HttpAuth::Kind::None);
    QVERIFY(request.auth.secret.isEmpty());
}

void TestScrapeEvaluation::timeoutCappedAtInterval_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("effectiveMs");
    QTest::addColumn<QByteArray>("timeoutHeader");

    QTest::newRow("defaults: timeout below interval") << 5000 << 4000 << 4000 << QByteArray("4");
    QTest::newRow("timeout above interval") << 1000 << 4000 << 1000 << QByteArray("1");
    QTest::newRow("equal") << 2500 << 2500 << 2500 << QByteArray("2.5");
    QTest::newRow("short timeout kept") << 15000 << 500 << 500 << QByteArray("0.5");
}

void TestScrapeEvaluation::timeoutCappedAtInterval()
{
    QFETCH(int, intervalMs);
    QFETCH(int, timeoutMs);
    QFETCH(int, effectiveMs);
    QFETCH(QByteArray, timeoutHeader);

    ScrapeTarget t = target();
    t.intervalMs = intervalMs;
    t.timeoutMs = timeoutMs;
    HttpRequest request;
    QString error;
    QVERIFY2(ScrapeEvaluation::buildRequest(t, &request, &error), qPrintable(error));
    QCOMPARE(request.timeoutMs, effectiveMs);
    // Exporters size their work by this header, so it must state the capped value.
    QCOMPARE(header(request, "X-Prometheus-Scrape-Timeout-Seconds"), timeoutHeader);
}

void TestScrapeEvaluation::bearerTokenFromEnvironment()
{
    const char* variable = "PERFDASH_TST_SCRAPE_BEARER";
    QVERIFY(qputenv(variable, "tok-4f9a.e2"));
    ScrapeTarget t = target();
    t.auth = ScrapeTarget::Auth::Bearer;
    t.secret.environmentVariable = QString::fromLatin1(variable);

    HttpRequest request;
    QString error;
    QVERIFY2(ScrapeEvaluation::buildRequest(t, &request, &error), qPrintable(error));
    qunsetenv(variable);
    QCOMPARE(request.auth.kind, HttpAuth::Kind::Bearer);
    QCOMPARE(request.auth.secret, QStringLiteral("tok-4f9a.e2"));
    // Credentials travel in HttpAuth, never as a header someone might log.
    for (const QByteArray& line : request.headers)
        QVERIFY2(!line.contains("tok-4f9a.e2"), line.constData());
}

void TestScrapeEvaluation::basicPasswordFromFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("hunter2-pw\nsecond line is ignored\n");
    file.close();

    ScrapeTarget t = target();
    t.auth = ScrapeTarget::Auth::Basic;
    t.username = QStringLiteral("alice");
    t.secret.file = file.fileName();

    HttpRequest request;
    QString error;
    QVERIFY2(ScrapeEvaluation::buildRequest(t, &request, &error), qPrintable(error));
    QCOMPARE(request.auth.kind, HttpAuth::Kind::Basic);
    QCOMPARE(request.auth.username, QStringLiteral("alice"));
    QCOMPARE(request.auth.secret, QStringLiteral("hunter2-pw"));
}

void TestScrapeEvaluation::missingSecretNamesSourceNotValue_data()
{
    QTest::addColumn<QString>("environmentVariable");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("named"); // what the message must mention

    const QString unset = QStringLiteral("PERFDASH_TST_SCRAPE_UNSET_TOKEN");
    QTest::newRow("unset environment variable") << unset << QString() << unset;
    const QString missingFile = QStringLiteral("/nonexistent/perfdash-tst/erp-token");
    QTest::newRow("missing secret file") << QString() << missingFile << missingFile;
    QTest::newRow("no source at all") << QString() << QString() << QStringLiteral("no secret source");
}

void TestScrapeEvaluation::missingSecretNamesSourceNotValue()
{
    QFETCH(QString, environmentVariable);
    QFETCH(QString, file);
    QFETCH(QString, named);

    // A secret that is set elsewhere must not leak into the message about the one that is not.
    const char* other = "PERFDASH_TST_SCRAPE_OTHER_TOKEN";
    QVERIFY(qputenv(other, "leak-canary-77"));
    qunsetenv("PERFDASH_TST_SCRAPE_UNSET_TOKEN");

    ScrapeTarget t = target();
    t.auth = ScrapeTarget::Auth::Bearer;
    t.secret.environmentVariable = environmentVariable;
    t.secret.file = file;

    HttpRequest request;
    QString error;
    QVERIFY(!ScrapeEvaluation::buildRequest(t, &request, &error));
    qunsetenv(other);
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("erp")), qPrintable(error)); // which target
    QVERIFY2(!error.contains(QStringLiteral("leak-canary-77")), qPrintable(error));
    QCOMPARE(request.auth.kind, HttpAuth::Kind::None); // no half-built request
    QVERIFY(request.auth.secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestScrapeEvaluation)
#include "tst_scrapeevaluation.moc"
