// The Prometheus HTTP API's answers as promapi reads them: every result type, partial answers with
// warnings, the server's errors verbatim, non-JSON error pages, transport failures; and the queries
// generated for the standard panels.
#include "promapiclient.h"
#include "promapiresponse.h"
#include "standardqueries.h"

#include <QTest>
#include <cmath>

// URLs in the JSON below are written http:\/\/ (valid JSON): moc reads "//" in a raw string as a comment.
namespace {
HttpResult answer(long status, const QByteArray& body)
{
    HttpResult http;
    http.status = status;
    http.body = body;
    return http;
}
} // namespace

class TestPromApiResponse : public QObject
{
    Q_OBJECT
private slots:
    void queryResults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("seriesCount");
        QTest::addColumn<QString>("firstLabels");
        QTest::addColumn<qint64>("firstTimestampMs");
        QTest::addColumn<double>("firstValue");
        QTest::addColumn<int>("firstPointCount");

        QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{"path":"/a","__name__":"up"},"value":[1435781451.781,"0.25"]},
                {"metric":{"path":"/b"},"value":[1435781451.781,"1"]}]}})")
                                << int(promapi::QueryResult::Type::Vector) << 2
                                << QStringLiteral("__name__=up,path=/a") << qint64(1435781451781) << 0.25
                                << 1;
        QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"job":"erp"},"values":[[1700000000,"1.5"],[1700000015,"2"],[1700000030,"3"]]}]}})")
                                << int(promapi::QueryResult::Type::Matrix) << 1 << QStringLiteral("job=erp")
                                << qint64(1700000000000) << 1.5 << 3;
        QTest::newRow("scalar")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"scalar","result":[1700000000.5,"42"]}})")
            << int(promapi::QueryResult::Type::Scalar) << 1 << QString() << qint64(1700000000500) << 42.0
            << 1;
        QTest::newRow("empty vector")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
            << int(promapi::QueryResult::Type::Vector) << 0 << QString() << qint64(0) << 0.0 << 0;
        QTest::newRow("+Inf") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{},"value":[1700000000,"+Inf"]}]}})")
                              << int(promapi::QueryResult::Type::Vector) << 1 << QString()
                              << qint64(1700000000000) << std::numeric_limits<double>::infinity() << 1;
    }
    void queryResults()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, type);
        QFETCH(int, seriesCount);
        QFETCH(QString, firstLabels);
        QFETCH(qint64, firstTimestampMs);
        QFETCH(double, firstValue);
        QFETCH(int, firstPointCount);
        const promapi::QueryResult result = promapi::parseQuery(answer(200, body));
        QVERIFY2(result.response.ok(), qPrintable(result.response.errorText()));
        QCOMPARE(int(result.type), type);
        QCOMPARE(int(result.series.size()), seriesCount);
        if (seriesCount == 0)
            return;
        const promapi::Series& first = result.series.front();
        QStringList labels;
        for (const auto& [name, value] : first.labels)
            labels.append(name + QLatin1Char('=') + value);
        QCOMPARE(labels.join(QLatin1Char(',')), firstLabels);
        QCOMPARE(int(first.points.size()), firstPointCount);
        QCOMPARE(first.points.front().timestampMs, firstTimestampMs);
        QCOMPARE(first.points.front().value, firstValue);
    }

    void nanValue()
    {
        const auto result =
            promapi::parseQuery(answer(200, R"({"status":"success","data":{"resultType":"vector",
            "result":[{"metric":{},"value":[1700000000,"NaN"]}]}})"));
        QVERIFY(result.response.ok());
        QVERIFY(std::isnan(result.series.front().points.front().value));
    }

    void stringResult()
    {
        const auto result = promapi::parseQuery(
            answer(200, R"({"status":"success","data":{"resultType":"string","result":[1,"hello"]}})"));
        QCOMPARE(int(result.type), int(promapi::QueryResult::Type::String));
        QCOMPARE(result.stringValue, QStringLiteral("hello"));
    }

    void failures_data()
    {
        QTest::addColumn<HttpResult>("http");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("errorText");

        QTest::newRow("bad PromQL") << answer(400, R"({"status":"error","errorType":"bad_data",
            "error":"invalid parameter query: 1:14: parse error: unclosed left parenthesis"})")
                                    << QStringLiteral("bad_data")
                                    << QStringLiteral("bad_data: invalid parameter query: 1:14: parse error: "
                                                      "unclosed left parenthesis (HTTP 400)");
        QTest::newRow("query timeout")
            << answer(503, R"({"status":"error","errorType":"timeout",
            "error":"query timed out in expression evaluation"})")
            << QStringLiteral("timeout")
            << QStringLiteral("timeout: query timed out in expression evaluation (HTTP 503)");
        QTest::newRow("execution")
            << answer(
                   422,
                   R"({"status":"error","errorType":"execution","error":"many-to-many matching not allowed"})")
            << QStringLiteral("execution")
            << QStringLiteral("execution: many-to-many matching not allowed (HTTP 422)");
        QTest::newRow("401 from a proxy") << answer(401, "Unauthorized\n") << QStringLiteral("http")
                                          << QStringLiteral("http: HTTP status 401: Unauthorized");
        QTest::newRow("502 HTML page")
            << answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>") << QStringLiteral("http")
            << QStringLiteral("http: HTTP status 502: <html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("empty 500") << answer(500, {}) << QStringLiteral("http")
                                   << QStringLiteral("http: HTTP status 500");
        QTest::newRow("not JSON with 200")
            << answer(200, "up 1\n") << QStringLiteral("format")
            << QStringLiteral("format: the answer is not a JSON object: illegal value (HTTP 200)");
        QTest::newRow("wrong envelope")
            << answer(200, R"({"status":"maybe"})") << QStringLiteral("format")
            << QStringLiteral("format: not a Prometheus API answer (status \"maybe\") (HTTP 200)");
        QTest::newRow("unknown resultType")
            << answer(200, R"({"status":"success","data":{"resultType":"blob","result":[]}})")
            << QStringLiteral("format")
            << QStringLiteral("format: unexpected query result (resultType \"blob\") (HTTP 200)");
        QTest::newRow("value not a number")
            << answer(
                   200,
                   R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"x"]}]}})")
            << QStringLiteral("format")
            << QStringLiteral("format: unexpected query result (resultType \"vector\") (HTTP 200)");
        HttpResult refused;
        refused.error = HttpResult::Error::Connect;
        refused.errorMessage = QStringLiteral("cannot connect to 127.0.0.1:9: Connection refused");
        QTest::newRow("connection refused")
            << refused << QStringLiteral("transport")
            << QStringLiteral("transport: cannot connect to 127.0.0.1:9: Connection refused");
    }
    void failures()
    {
        QFETCH(HttpResult, http);
        QFETCH(QString, errorType);
        QFETCH(QString, errorText);
        const promapi::QueryResult result = promapi::parseQuery(http);
        QVERIFY(!result.response.ok());
        QCOMPARE(result.response.errorType, errorType);
        QCOMPARE(result.response.errorText(), errorText);
        QVERIFY(result.series.empty());
    }

    void partialAnswerKeepsDataAndWarnings()
    {
        const auto result = promapi::parseQuery(answer(200, R"({"status":"success","warnings":
            ["store gateway 2 unavailable","partial response"],"data":{"resultType":"vector",
            "result":[{"metric":{"job":"a"},"value":[1700000000,"3"]}]}})"));
        QVERIFY(result.response.ok());
        QCOMPARE(result.response.warnings, QStringList({QStringLiteral("store gateway 2 unavailable"),
                                                        QStringLiteral("partial response")}));
        QCOMPARE(int(result.series.size()), 1);
    }

    void labelsSeriesTargets()
    {
        QString error;
        const auto labels = promapi::parseStrings(
            promapi::parseResponse(answer(200, R"({"status":"success","data":["__name__","job","path"]})")),
            &error);
        QCOMPARE(labels,
                 QStringList({QStringLiteral("__name__"), QStringLiteral("job"), QStringLiteral("path")}));
        const auto series = promapi::parseSeries(
            promapi::parseResponse(
                answer(200, R"({"status":"success","data":[{"__name__":"up","job":"b"},{"job":"a"}]})")),
            &error);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).at(1), (QPair<QString, QString>(QStringLiteral("job"), QStringLiteral("b"))));
        const auto targets =
            promapi::parseTargets(promapi::parseResponse(answer(200, R"({"status":"success","data":{
            "activeTargets":[{"labels":{"job":"erp","instance":"10.0.0.5:8080"},"scrapeUrl":"http:\/\/10.0.0.5:8080\/metrics",
            "health":"down","lastError":"connection refused","lastScrape":"2026-12-01T15:00:00Z","lastScrapeDuration":0.5}],
            "droppedTargets":[]}})")),
                                  &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).job, QStringLiteral("erp"));
        QCOMPARE(targets.at(0).instance, QStringLiteral("10.0.0.5:8080"));
        QCOMPARE(targets.at(0).health, QStringLiteral("down"));
        QCOMPARE(targets.at(0).lastError, QStringLiteral("connection refused"));
        QCOMPARE(targets.at(0).scrapeUrl, QStringLiteral("http://10.0.0.5:8080/metrics"));
        QCOMPARE(targets.at(0).lastScrapeDurationSeconds, 0.5);
        promapi::parseTargets(promapi::parseResponse(answer(200, R"({"status":"success","data":[]})")),
                              &error);
        QCOMPARE(error, QStringLiteral("expected \"activeTargets\" in \"data\""));
    }

    void standardQueries()
    {
        PrometheusServer server;
        server.name = QStringLiteral("fleet");
        server.rateWindowMs = 60000;
        server.services = {{QStringLiteral("erp"), QStringLiteral("10.0.0.5:8080")}};
        server.queries = {{QStringLiteral("queue_depth"), QStringLiteral("sum(ef_celery_queue_length)")}};
        const auto queries = promapi::sourceQueries(server);
        QCOMPARE(int(queries.size()), 6);
        QCOMPARE(
            queries.at(1).promql,
            QStringLiteral(
                "histogram_quantile(0.95, sum by (le, job, path) (rate(http_request_duration_seconds_bucket"
                "{job=\"erp\",instance=\"10.0.0.5:8080\"}[60s])))"));
        QCOMPARE(queries.at(1).extraLabels,
                 promapi::Labels({{QStringLiteral("instance"), QStringLiteral("10.0.0.5:8080")},
                                  {QStringLiteral("quantile"), QStringLiteral("0.95")}}));
        QCOMPARE(
            queries.at(4).promql,
            QStringLiteral(
                "(sum by (job, path) (rate(http_requests_total{job=\"erp\",instance=\"10.0.0.5:8080\","
                "status=~\"5..\"}[60s])) or 0 * sum by (job, path) (rate(http_requests_total{job=\"erp\","
                "instance=\"10.0.0.5:8080\"}[60s]))) / sum by (job, path) (rate(http_requests_total"
                "{job=\"erp\",instance=\"10.0.0.5:8080\"}[60s]))"));
        QCOMPARE(queries.at(5).metric, QStringLiteral("queue_depth"));
        QCOMPARE(promapi::serviceMatchers({QStringLiteral("a\"b"), {}}), QStringLiteral("{job=\"a\\\"b\"}"));
        QCOMPARE(promapi::promDuration(1500), QStringLiteral("1500ms"));
    }

    void requestsCarryAuthAndTls()
    {
        PrometheusServer server;
        server.name = QStringLiteral("fleet");
        server.url = QUrl(QStringLiteral("https://prom.example:9090/prometheus/"));
        server.auth = HttpAuth::Kind::Bearer;
        server.secret.environmentVariable = QStringLiteral("PERFDASH_TEST_PROM_TOKEN");
        qputenv("PERFDASH_TEST_PROM_TOKEN", "s3cret");
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("query"), QStringLiteral("sum(rate(x[5m])) by (path) + 1"));
        HttpRequest request;
        QString error;
        QVERIFY(PromApiClient::buildRequest(server, QStringLiteral("/api/v1/query"), form, &request, &error));
        QCOMPARE(request.url.toString(), QStringLiteral("https://prom.example:9090/prometheus/api/v1/query"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("query=sum%28rate%28x%5B5m%5D%29%29%20by%20%28path%29%20%2B%201"));
        QCOMPARE(int(request.auth.kind), int(HttpAuth::Kind::Bearer));
        QCOMPARE(request.auth.secret, QStringLiteral("s3cret"));
        QVERIFY(!request.insecureSkipVerify);
        qunsetenv("PERFDASH_TEST_PROM_TOKEN");
        QVERIFY(
            !PromApiClient::buildRequest(server, QStringLiteral("/api/v1/query"), form, &request, &error));
        QVERIFY2(error.startsWith(QStringLiteral("prom:fleet: ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("PERFDASH_TEST_PROM_TOKEN")));
        QCOMPARE(PromApiClient::apiTime(1700000000123), QStringLiteral("1700000000.123"));
    }
};

QTEST_GUILESS_MAIN(TestPromApiResponse)
#include "tst_promapiresponse.moc"
