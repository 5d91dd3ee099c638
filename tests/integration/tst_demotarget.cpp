// perfdash-demo-target over real HTTP: status codes, limits, cache, metrics, faults.
#include "demotargetprocess.h"
#include "httpclient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {
QByteArray customersJson(int rows, int firstId = 0)
{
    QJsonArray array;
    for (int i = 0; i < rows; ++i) {
        QJsonObject row{{QStringLiteral("name"), QStringLiteral("Imported %1").arg(i)}};
        if (firstId > 0)
            row.insert(QStringLiteral("id"), firstId + i);
        array.append(row);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray receiptJson(int lines)
{
    QJsonArray array;
    for (int i = 0; i < lines; ++i)
        array.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("MAT-%1").arg(i)},
                                 {QStringLiteral("quantity"), 1}});
    return QJsonDocument(QJsonObject{{QStringLiteral("lines"), array}}).toJson(QJsonDocument::Compact);
}

// Value of the sample whose name and labels are exactly `series`, or -1 if absent.
double sampleValue(const QByteArray& exposition, const QByteArray& series)
{
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

QJsonObject jsonObject(const HttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}
} // namespace

class TestDemoTarget : public QObject
{
    Q_OBJECT

private:
    // Starts a demo target with extra options; nullptr (and a failed test) if it cannot.
    std::unique_ptr<DemoTargetProcess> startTarget(const QStringList& args = {});
    HttpResponse get(const QString& path) { return httpGet(m_target->url(path)); }
    HttpResponse post(const QString& path, const QByteArray& json)
    {
        return httpPostJson(m_target->url(path), json);
    }
    // The /metrics body, empty when the scrape failed.
    QByteArray scrape();

    std::unique_ptr<DemoTargetProcess> m_target;

private Q_SLOTS:
    void initTestCase();
    void statusCodes_data();
    void statusCodes();
    void importRowLimit();
    void receiptLineLimit();
    void cacheMakesSecondReadFaster();
    void writesInvalidateCache();
    void metricsPassPromtool();
    void metricsFamilies();
    void countersIncrease();
    void histogramCountsUnderConcurrency();
    void performanceMetricsShape();
    void healthOutageViaAdmin();
    void adminRejectsBadFaults();
    void errorRateFailsApiRoutes();
    void stallHoldsApiRequestsUntilItEnds();
    void latencyMultiplierSlowsColdReads();
    void perRowImportIsSlower();
    void exitsCleanlyOnSigterm();
};

std::unique_ptr<DemoTargetProcess> TestDemoTarget::startTarget(const QStringList& args)
{
    auto target = std::make_unique<DemoTargetProcess>(args);
    if (!target->start()) {
        qWarning("%s", qPrintable(target->errorString()));
        return nullptr;
    }
    return target;
}

QByteArray TestDemoTarget::scrape()
{
    const HttpResponse response = get(QStringLiteral("/metrics"));
    return response.status == 200 ? response.body : QByteArray();
}

void TestDemoTarget::initTestCase()
{
    m_target = startTarget();
    QVERIFY2(m_target, "the demo target did not start");
}

void TestDemoTarget::statusCodes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<long>("status");

    const QByteArray none;
    QTest::newRow("health") << QByteArray("GET") << QStringLiteral("/health") << none << 200L;
    QTest::newRow("metrics") << QByteArray("GET") << QStringLiteral("/metrics") << none << 200L;
    QTest::newRow("customers page") << QByteArray("GET")
                                    << QStringLiteral("/api/v1/crm/customers?page=2&pageSize=20") << none
                                    << 200L;
    QTest::newRow("customers default page")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers") << none << 200L;
    QTest::newRow("customers pageSize 100")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers?page=1&pageSize=100") << none << 200L;
    QTest::newRow("customers pageSize 101")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers?page=1&pageSize=101") << none << 400L;
    QTest::newRow("customers page 0")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers?page=0") << none << 400L;
    QTest::newRow("customers page abc")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers?page=abc") << none << 400L;
    QTest::newRow("customer") << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers/1") << none
                              << 200L;
    QTest::newRow("unknown customer")
        << QByteArray("GET") << QStringLiteral("/api/v1/crm/customers/999999") << none << 404L;
    QTest::newRow("materials") << QByteArray("GET")
                               << QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20") << none
                               << 200L;
    QTest::newRow("materials pageSize 101")
        << QByteArray("GET") << QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=101") << none
        << 400L;
    QTest::newRow("materials page -1")
        << QByteArray("GET") << QStringLiteral("/api/v1/erp/mm/materials?page=-1") << none << 400L;
    QTest::newRow("import") << QByteArray("POST") << QStringLiteral("/api/v1/crm/customers/import")
                            << customersJson(10) << 200L;
    QTest::newRow("import malformed") << QByteArray("POST") << QStringLiteral("/api/v1/crm/customers/import")
                                      << QByteArray("[{\"name\":") << 400L;
    QTest::newRow("import not an array")
        << QByteArray("POST") << QStringLiteral("/api/v1/crm/customers/import")
        << QByteArray("{\"name\":\"x\"}") << 400L;
    QTest::newRow("import row without name")
        << QByteArray("POST") << QStringLiteral("/api/v1/crm/customers/import") << QByteArray("[{\"id\":1}]")
        << 400L;
    QTest::newRow("receipt") << QByteArray("POST") << QStringLiteral("/api/v1/wms/receipts")
                             << receiptJson(100) << 201L;
    QTest::newRow("receipt malformed")
        << QByteArray("POST") << QStringLiteral("/api/v1/wms/receipts") << QByteArray("{\"lines\":[") << 400L;
    QTest::newRow("receipt without lines")
        << QByteArray("POST") << QStringLiteral("/api/v1/wms/receipts") << QByteArray("{}") << 400L;
    QTest::newRow("update customer") << QByteArray("PUT") << QStringLiteral("/api/v1/crm/customers/2")
                                     << QByteArray("{\"city\":\"Ningbo\"}") << 200L;
    QTest::newRow("update unknown customer")
        << QByteArray("PUT") << QStringLiteral("/api/v1/crm/customers/999999")
        << QByteArray("{\"city\":\"Ningbo\"}") << 404L;
    QTest::newRow("update malformed")
        << QByteArray("PUT") << QStringLiteral("/api/v1/crm/customers/2") << QByteArray("{") << 400L;
    QTest::newRow("performance metrics")
        << QByteArray("GET") << QStringLiteral("/api/performance/metrics") << none << 200L;
    QTest::newRow("performance timing")
        << QByteArray("GET") << QStringLiteral("/api/performance/timing/crm.get_customer") << none << 200L;
    QTest::newRow("unknown timing") << QByteArray("GET") << QStringLiteral("/api/performance/timing/nope")
                                    << none << 404L;
    QTest::newRow("admin faults") << QByteArray("GET") << QStringLiteral("/admin/faults") << none << 200L;
    QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/no/such/route") << none << 404L;
}

void TestDemoTarget::statusCodes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(long, status);

    const QList<QByteArray> headers{QByteArrayLiteral("Content-Type: application/json")};
    const HttpResponse response = httpRequest(method, m_target->url(path), body, headers);
    QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
    QCOMPARE(response.status, status);
    QVERIFY2(response.header("Content-Type")
                 .startsWith(path == QLatin1String("/metrics") ? "text/plain" : "application/json"),
             response.header("Content-Type").constData());
    if (status >= 400)
        QVERIFY2(jsonObject(response).contains(QLatin1String("error")), response.body.constData());
}

void TestDemoTarget::importRowLimit()
{
    const QString path = QStringLiteral("/api/v1/crm/customers/import");
    const HttpResponse atLimit = post(path, customersJson(1000));
    QCOMPARE(atLimit.status, 200L);
    QCOMPARE(jsonObject(atLimit).value(QLatin1String("imported")).toInt(), 1000);
    QVERIFY(jsonObject(atLimit).value(QLatin1String("durationMs")).isDouble());
    QCOMPARE(post(path, customersJson(1001)).status, 400L);
}

void TestDemoTarget::receiptLineLimit()
{
    const QString path = QStringLiteral("/api/v1/wms/receipts");
    QCOMPARE(post(path, receiptJson(500)).status, 201L);
    QCOMPARE(post(path, receiptJson(501)).status, 400L);
}

void TestDemoTarget::cacheMakesSecondReadFaster()
{
    // A large database cost keeps the comparison far from scheduling noise.
    const auto target = startTarget({QStringLiteral("--db-latency-ms"), QStringLiteral("60")});
    QVERIFY(target);
    const QUrl url = target->url(QStringLiteral("/api/v1/crm/customers/4242"));
    const HttpResponse cold = httpGet(url);
    const HttpResponse warm = httpGet(url);
    QCOMPARE(cold.status, 200L);
    QCOMPARE(warm.status, 200L);
    QCOMPARE(cold.header("X-Cache"), QByteArray("MISS"));
    QCOMPARE(warm.header("X-Cache"), QByteArray("HIT"));
    QCOMPARE(warm.body, cold.body);
    const double improvement = 1.0 - warm.totalSeconds / cold.totalSeconds;
    QVERIFY2(improvement >= 0.5, qPrintable(QStringLiteral("cold %1 s, warm %2 s, improvement %3")
                                                .arg(cold.totalSeconds)
                                                .arg(warm.totalSeconds)
                                                .arg(improvement)));
}

void TestDemoTarget::writesInvalidateCache()
{
    const QString path = QStringLiteral("/api/v1/crm/customers/77");
    get(path);
    QCOMPARE(get(path).header("X-Cache"), QByteArray("HIT"));

    const HttpResponse put = httpRequest("PUT", m_target->url(path), QByteArray("{\"name\":\"Renamed 77\"}"),
                                         {QByteArrayLiteral("Content-Type: application/json")});
    QCOMPARE(put.status, 200L);
    const HttpResponse afterPut = get(path);
    QCOMPARE(afterPut.header("X-Cache"), QByteArray("MISS"));
    QCOMPARE(jsonObject(afterPut).value(QLatin1String("name")).toString(), QStringLiteral("Renamed 77"));
    QCOMPARE(get(path).header("X-Cache"), QByteArray("HIT"));

    QCOMPARE(post(QStringLiteral("/api/v1/crm/customers/import"), customersJson(1, 77)).status, 200L);
    const HttpResponse afterImport = get(path);
    QCOMPARE(afterImport.header("X-Cache"), QByteArray("MISS"));
    QCOMPARE(jsonObject(afterImport).value(QLatin1String("name")).toString(), QStringLiteral("Imported 0"));
}

void TestDemoTarget::metricsPassPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QFAIL(
            "promtool not found in PATH; installer/install-deps.sh installs it (Debian package prometheus)");
    get(QStringLiteral("/api/v1/crm/customers/5"));
    get(QStringLiteral("/no/such/route"));
    const QByteArray exposition = scrape();
    QVERIFY(!exposition.isEmpty());

    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY2(check.waitForStarted(), qPrintable(check.errorString()));
    check.write(exposition);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray report = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, report.constData());
    // Lint findings are printed even when the exit code is 0; we want none.
    QVERIFY2(report.trimmed().isEmpty(), report.constData());
}

void TestDemoTarget::metricsFamilies()
{
    get(QStringLiteral("/api/v1/crm/customers/123"));
    const HttpResponse response = get(QStringLiteral("/metrics"));
    QCOMPARE(response.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const QByteArray text = response.body;
    for (const char* family :
         {"# TYPE http_request_duration_seconds histogram", "# TYPE http_requests_total counter",
          "# TYPE cache_hits_total counter", "# TYPE cache_misses_total counter", "# TYPE db_pool_size gauge",
          "# TYPE db_pool_checked_out gauge", "# TYPE db_pool_overflow gauge",
          "# TYPE celery_queue_length gauge", "# TYPE task_duration_seconds summary",
          "# TYPE process_start_time_seconds gauge", "celery_queue_length{queue=\"default\"}",
          "celery_queue_length{queue=\"import\"}", "celery_queue_length{queue=\"report\"}",
          "task_duration_seconds{queue=\"default\",quantile=\"0.99\"}",
          "cache_hits_total{cache=\"customers\"}", "path=\"/api/v1/crm/customers/{id}\"", "le=\"+Inf\""}) {
        QVERIFY2(text.contains(family), family);
    }
    // Route templates only: a raw id in a label would make the series count unbounded.
    QVERIFY(!text.contains("path=\"/api/v1/crm/customers/123\""));
}

void TestDemoTarget::countersIncrease()
{
    const QByteArray requests =
        "http_requests_total{method=\"GET\",path=\"/api/v1/erp/mm/materials\",status=\"200\"}";
    const QByteArray hits = "cache_hits_total{cache=\"customers\"}";
    const QByteArray materialsPath = "/api/v1/erp/mm/materials?page=3&pageSize=10";
    get(QString::fromLatin1(materialsPath));
    get(QStringLiteral("/api/v1/crm/customers/9"));
    const QByteArray before = scrape();
    QVERIFY(!before.isEmpty());

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(get(QString::fromLatin1(materialsPath)).status, 200L);
        QCOMPARE(get(QStringLiteral("/api/v1/crm/customers/9")).status, 200L);
    }
    const QByteArray after = scrape();
    QCOMPARE(sampleValue(after, requests) - sampleValue(before, requests), 3.0);
    QCOMPARE(sampleValue(after, hits) - sampleValue(before, hits), 3.0);
}

void TestDemoTarget::histogramCountsUnderConcurrency()
{
    const QByteArray labels = "method=\"GET\",path=\"/health\",status=\"200\"";
    const QByteArray count = "http_request_duration_seconds_count{" + labels + '}';
    const QByteArray infBucket = "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"}";
    const double before = std::max(0.0, sampleValue(scrape(), count));

    constexpr int threads = 8;
    constexpr int perThread = 40;
    std::atomic<int> ok{0};
    std::vector<std::thread> clients;
    const QUrl url = m_target->url(QStringLiteral("/health"));
    for (int t = 0; t < threads; ++t) {
        clients.emplace_back([&] {
            for (int i = 0; i < perThread; ++i)
                ok += httpGet(url).status == 200 ? 1 : 0;
        });
    }
    for (std::thread& client : clients)
        client.join();
    QCOMPARE(ok.load(), threads * perThread);

    const QByteArray after = scrape();
    QCOMPARE(sampleValue(after, count) - before, double(threads * perThread));
    QCOMPARE(sampleValue(after, infBucket), sampleValue(after, count));
    QCOMPARE(sampleValue(after, "http_requests_total{" + labels + '}'), sampleValue(after, count));
}

void TestDemoTarget::performanceMetricsShape()
{
    QCOMPARE(get(QStringLiteral("/api/v1/crm/customers/31")).status, 200L);
    const HttpResponse response = get(QStringLiteral("/api/performance/metrics"));
    QCOMPARE(response.status, 200L);
    const QJsonObject root = jsonObject(response);
    const QDateTime timestamp =
        QDateTime::fromString(root.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
    QVERIFY2(timestamp.isValid(), response.body.constData());

    const QJsonObject operations = root.value(QLatin1String("performance_metrics")).toObject();
    for (const char* name : {"crm.get_customer", "crm.list_customers", "crm.import_customers",
                             "erp.list_materials", "wms.create_receipt"})
        QVERIFY2(operations.contains(QLatin1String(name)), name);
    const QJsonObject timing = operations.value(QLatin1String("crm.get_customer")).toObject();
    for (const char* field : {"min", "max", "avg", "count", "total"})
        QVERIFY2(timing.value(QLatin1String(field)).isDouble(), field);
    QVERIFY(timing.value(QLatin1String("count")).toDouble() >= 1);
    QVERIFY(timing.value(QLatin1String("min")).toDouble() <= timing.value(QLatin1String("avg")).toDouble());
    QVERIFY(timing.value(QLatin1String("avg")).toDouble() <= timing.value(QLatin1String("max")).toDouble());
}

void TestDemoTarget::healthOutageViaAdmin()
{
    const auto target = startTarget();
    QVERIFY(target);
    const QUrl health = target->url(QStringLiteral("/health"));
    const QUrl faults = target->url(QStringLiteral("/admin/faults"));
    const HttpResponse up = httpGet(health);
    QCOMPARE(up.status, 200L);
    const QJsonObject upJson = jsonObject(up);
    QVERIFY(upJson.value(QLatin1String("status")).toString() != QLatin1String("down"));
    for (const char* component : {"database", "cache", "queue"})
        QVERIFY2(upJson.value(QLatin1String("components")).toObject().contains(QLatin1String(component)),
                 component);
    QVERIFY(upJson.value(QLatin1String("uptimeSeconds")).isDouble());

    QCOMPARE(httpPostJson(faults, QByteArray("{\"healthOutage\":true}")).status, 200L);
    const HttpResponse down = httpGet(health);
    QCOMPARE(down.status, 503L);
    QCOMPARE(jsonObject(down).value(QLatin1String("status")).toString(), QStringLiteral("down"));
    QCOMPARE(jsonObject(httpGet(faults)).value(QLatin1String("healthOutage")).toBool(), true);

    QCOMPARE(httpPostJson(faults, QByteArray("{\"healthOutage\":false}")).status, 200L);
    QCOMPARE(httpGet(health).status, 200L);
}

void TestDemoTarget::adminRejectsBadFaults()
{
    const QString path = QStringLiteral("/admin/faults");
    QCOMPARE(post(path, QByteArray("{\"errorRate\":2}")).status, 400L);
    QCOMPARE(post(path, QByteArray("{\"healthOutage\":\"yes\"}")).status, 400L);
    QCOMPARE(post(path, QByteArray("not json")).status, 400L);
    QCOMPARE(jsonObject(get(path)).value(QLatin1String("errorRate")).toDouble(), 0.0);
}

void TestDemoTarget::errorRateFailsApiRoutes()
{
    const auto target = startTarget({QStringLiteral("--error-rate"), QStringLiteral("1.0")});
    QVERIFY(target);
    for (const char* path :
         {"/api/v1/crm/customers/1", "/api/v1/crm/customers?page=1&pageSize=10", "/api/v1/erp/mm/materials"})
        QCOMPARE(httpGet(target->url(QString::fromLatin1(path))).status, 500L);
    QCOMPARE(httpPostJson(target->url(QStringLiteral("/api/v1/wms/receipts")), receiptJson(1)).status, 500L);
    // Monitoring routes must keep telling the truth during an error storm.
    QCOMPARE(httpGet(target->url(QStringLiteral("/health"))).status, 200L);
    const HttpResponse metrics = httpGet(target->url(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200L);
    QVERIFY(sampleValue(metrics.body,
                        "http_requests_total{method=\"GET\",path=\"/api/v1/crm/customers/{id}\","
                        "status=\"500\"}") >= 1);

    const QUrl faults = target->url(QStringLiteral("/admin/faults"));
    QCOMPARE(httpPostJson(faults, QByteArray("{\"errorRate\":0}")).status, 200L);
    QCOMPARE(httpGet(target->url(QStringLiteral("/api/v1/erp/mm/materials"))).status, 200L);
}

void TestDemoTarget::stallHoldsApiRequestsUntilItEnds()
{
    const auto target = startTarget();
    QVERIFY(target);
    const QUrl faults = target->url(QStringLiteral("/admin/faults"));
    QCOMPARE(httpPostJson(faults, QByteArray("{\"stallMs\":-1}")).status, 400L);
    QCOMPARE(httpPostJson(faults, QByteArray("{\"stallMs\":60001}")).status, 400L);
    QCOMPARE(httpPostJson(faults, QByteArray("{\"stallMs\":800}")).status, 200L);
    // Admin and monitoring routes are not held: they still see the stall running.
    QVERIFY(jsonObject(httpGet(faults)).value(QLatin1String("stallRemainingMs")).toDouble() > 0);
    const HttpResponse held = httpGet(target->url(QStringLiteral("/api/v1/erp/mm/materials")));
    QCOMPARE(held.status, 200L);
    QVERIFY2(held.totalSeconds >= 0.5, qPrintable(QString::number(held.totalSeconds)));
    QCOMPARE(jsonObject(httpGet(faults)).value(QLatin1String("stallRemainingMs")).toDouble(), 0.0);
}

void TestDemoTarget::latencyMultiplierSlowsColdReads()
{
    const QStringList base{QStringLiteral("--db-latency-ms"), QStringLiteral("20")};
    const auto normal = startTarget(base);
    const auto slowed =
        startTarget(base + QStringList{QStringLiteral("--latency-multiplier"), QStringLiteral("5")});
    QVERIFY(normal && slowed);
    const QString path = QStringLiteral("/api/v1/crm/customers/1500");
    const HttpResponse fast = httpGet(normal->url(path));
    const HttpResponse slow = httpGet(slowed->url(path));
    QCOMPARE(fast.header("X-Cache"), QByteArray("MISS"));
    QCOMPARE(slow.header("X-Cache"), QByteArray("MISS"));
    // 100 ms against 20 ms of simulated cost; twice is a wide margin.
    QVERIFY2(
        slow.totalSeconds > 2 * fast.totalSeconds,
        qPrintable(QStringLiteral("normal %1 s, x5 %2 s").arg(fast.totalSeconds).arg(slow.totalSeconds)));
}

void TestDemoTarget::perRowImportIsSlower()
{
    const auto perRow = startTarget({QStringLiteral("--per-row-inserts")});
    QVERIFY(perRow);
    const QString path = QStringLiteral("/api/v1/crm/customers/import");
    const HttpResponse bulkResponse = post(path, customersJson(200));
    const HttpResponse perRowResponse = httpPostJson(perRow->url(path), customersJson(200));
    QCOMPARE(bulkResponse.status, 200L);
    QCOMPARE(perRowResponse.status, 200L);
    QCOMPARE(jsonObject(bulkResponse).value(QLatin1String("mode")).toString(), QStringLiteral("bulk"));
    QCOMPARE(jsonObject(perRowResponse).value(QLatin1String("mode")).toString(), QStringLiteral("per-row"));
    QVERIFY2(perRowResponse.totalSeconds > bulkResponse.totalSeconds,
             qPrintable(QStringLiteral("bulk %1 s, per-row %2 s")
                            .arg(bulkResponse.totalSeconds)
                            .arg(perRowResponse.totalSeconds)));
}

void TestDemoTarget::exitsCleanlyOnSigterm()
{
    QProcess process;
    process.start(DemoTargetProcess::executable(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    const QDeadlineTimer deadline(15000);
    while (!process.canReadLine() && !deadline.hasExpired())
        process.waitForReadyRead(int(deadline.remainingTime()));
    QVERIFY(process.readLine().contains("listening on http://127.0.0.1:"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDemoTarget)
#include "tst_demotarget.moc"
