// SampleRecorder: what each collector reports lands in a real store file under the names and
// labels queries and alerts rely on.
#include "parsemetrics.h"
#include "samplerecorder.h"

#include <QTemporaryDir>
#include <QTest>
#include <thread>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;

store::StoreOptions quietOptions()
{
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    options.retentionMs = 0;
    return options;
}

// Every series of `metric` matching `matchers`, as label text -> the values at t0 .. t0 + 2 s.
std::map<std::string, std::vector<double>>
read(const store::TimeSeriesStore& s, const std::string& metric,
     std::vector<std::pair<std::string, std::string>> matchers = {})
{
    store::RangeQuery query;
    query.metric = metric;
    query.matchers = std::move(matchers);
    query.startMs = t0;
    query.endMs = t0 + 2000;
    query.stepMs = 1000;
    query.aggregation = store::Aggregation::Last;
    query.forceResolution = true;
    std::map<std::string, std::vector<double>> out;
    const store::QueryResult result = s.query(query);
    for (const store::SeriesResult& series : result.series) {
        auto& values = out[series.labels.toString()];
        for (const metricmath::Point& point : series.points)
            values.push_back(point.value);
    }
    return out;
}

ScrapeResult scrape(const char* exposition, bool up = true)
{
    ScrapeResult result;
    result.target = QStringLiteral("erp-api");
    result.timestampMs = t0;
    result.durationSeconds = 0.25;
    result.up = up;
    if (up) {
        auto parsed = Prometheus::parseMetrics(std::string(exposition), Prometheus::ExpositionFormat::Text);
        if (parsed.ok())
            result.metrics = std::make_shared<const Prometheus::MetricSet>(std::move(parsed.metrics));
    } else {
        result.error = QStringLiteral("connection refused");
    }
    return result;
}
} // namespace

class TestSampleRecorder : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<store::TimeSeriesStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_file)), quietOptions(), &error),
            qPrintable(error));
    }

    void scrapeSamplesGetJobAndInstance()
    {
        ingest::SampleRecorder recorder(*m_store);
        const ScrapeResult result =
            scrape("# TYPE http_requests_total counter\n"
                   "http_requests_total{path=\"/a\",status=\"200\"} 7\n"
                   "http_requests_total{path=\"/a\",status=\"500\",job=\"theirs\"} 2\n"
                   "# TYPE stamped gauge\n"
                   "stamped 5 1700000001000\n");
        QVERIFY(result.metrics);
        QVERIFY(recorder.record(result, QUrl(QStringLiteral("http://127.0.0.1:8080/metrics"))));
        QVERIFY(m_store->flush());

        const auto requests = read(*m_store, "http_requests_total");
        QCOMPARE(requests.size(), std::size_t(2));
        const std::string ok =
            R"(http_requests_total{instance="127.0.0.1:8080",job="erp-api",path="/a",status="200"})";
        QVERIFY2(requests.contains(ok), requests.begin()->first.c_str());
        QCOMPARE(requests.at(ok).front(), 7.0);
        // The target's own job label is kept as exported_job, ours wins (honor_labels: false).
        const std::string failed = R"(http_requests_total{exported_job="theirs",instance="127.0.0.1:8080",)"
                                   R"(job="erp-api",path="/a",status="500"})";
        QVERIFY2(requests.contains(failed), requests.rbegin()->first.c_str());
        // A sample's own timestamp is kept: it is there at t0 + 1 s, not at t0 (the scrape's time).
        store::RangeQuery query;
        query.metric = "stamped";
        query.startMs = t0 - 5000;
        query.endMs = t0 + 5000;
        query.stepMs = 1000;
        query.aggregation = store::Aggregation::Last;
        const store::QueryResult stamped = m_store->query(query);
        QCOMPARE(stamped.series.size(), std::size_t(1));
        QCOMPARE(stamped.series.front().points, (std::vector<metricmath::Point>{{t0 + 1000, 5.0}}));
    }

    void everyScrapeRecordsUpAndDuration()
    {
        ingest::SampleRecorder recorder(*m_store);
        const QUrl url(QStringLiteral("https://erp.example/metrics"));
        QVERIFY(recorder.record(scrape("# TYPE g gauge\ng 1\ng{a=\"b\"} 2\n"), url));
        ScrapeResult down = scrape(nullptr, false);
        down.timestampMs = t0 + 1000;
        QVERIFY(recorder.record(down, url));
        QVERIFY(m_store->flush());

        const auto up = read(*m_store, "up", {{"job", "erp-api"}});
        QCOMPARE(up.size(), std::size_t(1));
        QCOMPARE(up.begin()->first, std::string(R"(up{instance="erp.example:443",job="erp-api"})"));
        QCOMPARE(up.begin()->second, (std::vector<double>{1.0, 0.0}));
        QCOMPARE(read(*m_store, "scrape_samples_scraped").begin()->second, (std::vector<double>{2.0, 0.0}));
        QCOMPARE(read(*m_store, "scrape_duration_seconds").begin()->second.front(), 0.25);
    }

    // Seed 002's pool gauges become the same "pool usage" figures as PostgreSQL's own.
    void applicationPoolsAreDerived()
    {
        ingest::SampleRecorder recorder(*m_store);
        QVERIFY(recorder.record(scrape("# TYPE ef_db_pool_size gauge\nef_db_pool_size 20\n"
                                       "# TYPE ef_db_pool_overflow gauge\nef_db_pool_overflow 5\n"),
                                QUrl(QStringLiteral("http://127.0.0.1:1/metrics"))));
        QVERIFY(m_store->flush());
        const auto inUse = read(*m_store, "app_pool_in_use", {{"pool", "ef_db_pool"}});
        QCOMPARE(inUse.size(), std::size_t(1));
        QCOMPARE(inUse.begin()->second.front(), 25.0);
        QCOMPARE(read(*m_store, "app_pool_overflow").begin()->second.front(), 5.0);
    }

    void probesRecordSuccessAndState()
    {
        ingest::SampleRecorder recorder(*m_store);
        ProbeResult failing;
        failing.probe = QStringLiteral("erp health");
        failing.timestampMs = t0;
        failing.latencySeconds = 0.5;
        failing.success = false;
        failing.up = true; // not yet down: failuresBeforeDown not reached
        failing.httpStatus = 503;
        QVERIFY(recorder.record(failing));
        QVERIFY(m_store->flush());
        QCOMPARE(read(*m_store, "probe_success", {{"probe", "erp health"}}).begin()->second.front(), 0.0);
        QCOMPARE(read(*m_store, "probe_up").begin()->second.front(), 1.0);
        QCOMPARE(read(*m_store, "probe_http_status_code").begin()->second.front(), 503.0);
        QCOMPARE(read(*m_store, "probe_duration_seconds").begin()->second.front(), 0.5);
    }

    void databaseAndJsonSamplesGetTheirSource()
    {
        ingest::SampleRecorder recorder(*m_store);
        PostgresPollResult pg;
        pg.source = QStringLiteral("erp-db");
        pg.timestampMs = t0;
        pg.ok = true;
        pg.durationSeconds = 0.01;
        pg.samples = {
            {QStringLiteral("pg_up"), {}, 1},
            {QStringLiteral("pg_connections"), {{QStringLiteral("state"), QStringLiteral("active")}}, 3}};
        QVERIFY(recorder.record(pg));
        RedisPollResult redis;
        redis.source = QStringLiteral("cache");
        redis.timestampMs = t0;
        redis.ok = false;
        redis.error = QStringLiteral("connection refused");
        QVERIFY(recorder.record(redis));
        JsonPollResult json;
        json.endpoint = QStringLiteral("perf");
        json.timestampMs = t0;
        json.ok = true;
        json.samples = {{QStringLiteral("app_operation_count"),
                         {{QStringLiteral("operation"), QStringLiteral("import")}},
                         12}};
        QVERIFY(recorder.record(json));
        QVERIFY(m_store->flush());

        QCOMPARE(read(*m_store, "pg_connections").begin()->first,
                 std::string(R"(pg_connections{source="erp-db",state="active"})"));
        QCOMPARE(read(*m_store, "pg_up").begin()->second.front(), 1.0);
        QCOMPARE(read(*m_store, "redis_up", {{"source", "cache"}}).begin()->second.front(), 0.0);
        QCOMPARE(read(*m_store, "app_operation_count").begin()->first,
                 std::string(R"(app_operation_count{job="perf",operation="import"})"));
        QCOMPARE(recorder.recorded(), std::uint64_t(2 + 1 + 2 + 1 + 1));
    }

    // The collector thread records scrapes while the GUI thread records polls.
    void recordsFromSeveralThreadsAtOnce()
    {
        ingest::SampleRecorder recorder(*m_store);
        std::vector<std::thread> threads;
        for (int n = 0; n < 4; ++n) {
            threads.emplace_back([&recorder, n] {
                for (int i = 0; i < 250; ++i) {
                    ProbeResult probe;
                    probe.probe = QStringLiteral("probe %1").arg(n);
                    probe.timestampMs = t0 + i;
                    probe.success = true;
                    recorder.record(probe);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(recorder.recorded(), std::uint64_t(4 * 250 * 3));
        QVERIFY(m_store->flush());
        store::RangeQuery query;
        query.metric = "probe_success";
        query.startMs = query.endMs = t0 + 249; // one window (t0 - 751 ms, t0 + 249 ms]: every sample
        query.stepMs = 1000;
        query.aggregation = store::Aggregation::Count;
        const store::QueryResult result = m_store->query(query);
        QCOMPARE(result.series.size(), std::size_t(4));
        for (const store::SeriesResult& series : result.series)
            QCOMPARE(series.points.back().value, 250.0);
    }

    void closedStoreRefuses()
    {
        m_store->close();
        ingest::SampleRecorder recorder(*m_store);
        ProbeResult probe;
        probe.probe = QStringLiteral("p");
        probe.timestampMs = t0;
        QVERIFY(!recorder.record(probe));
        QCOMPARE(recorder.recorded(), std::uint64_t(0));
    }

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<store::TimeSeriesStore> m_store;
};

QTEST_GUILESS_MAIN(TestSampleRecorder)
#include "tst_samplerecorder.moc"
