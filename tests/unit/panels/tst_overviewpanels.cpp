// computeOverview: the Overview's twelve cards from a real store, their thresholds, and an empty store
// giving reasons instead of lines.
#include "overviewpanels.h"
#include "sourcepanels.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;
constexpr int seconds = 120;

void series(store::TimeSeriesStore& s, const std::string& name, const metricmath::LabelSet& labels,
            double (*value)(int second))
{
    const store::SeriesRef ref = s.series(name, labels);
    std::vector<store::Sample> samples;
    for (int i = 0; i <= seconds; ++i)
        samples.push_back({ref, t0 + i * 1000, value(i)});
    s.append(samples);
}

const panels::PanelData* find(const panels::OverviewData& data, const char* id)
{
    for (const panels::PanelData& panel : data.panels) {
        if (panel.id == QLatin1String(id))
            return &panel;
    }
    return nullptr;
}

double lastOf(const panels::PanelData& panel, const QString& line)
{
    for (const panels::ChartLine& l : panel.lines) {
        if (l.name == line && !l.points.empty())
            return l.points.back().value;
    }
    return -1;
}
} // namespace

class TestOverviewPanels : public QObject
{
    Q_OBJECT
private slots:
    void cardsFromAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overview.sqlite"));
        {
            store::TimeSeriesStore s;
            QString error;
            store::StoreOptions options;
            options.maintenanceIntervalMs = 0;
            options.retentionMs = 0;
            QVERIFY2(s.open(path, options, &error), qPrintable(error));
            // 10 requests a second, all slower than 0.5 s but under 1 s: P95 = 0.5 + 0.5 * 0.95 = 0.975.
            series(s, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "0.5"}},
                   [](int) { return 0.0; });
            series(s, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "1"}},
                   [](int i) { return 10.0 * i; });
            series(s, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "+Inf"}},
                   [](int i) { return 10.0 * i; });
            series(s, "http_requests_total", {{"job", "api"}, {"status", "200"}},
                   [](int i) { return 8.0 * i; });
            series(s, "http_requests_total", {{"job", "api"}, {"status", "503"}},
                   [](int i) { return 2.0 * i; });
            series(s, "cache_hits_total", {{"job", "api"}}, [](int i) { return 1.0 * i; });
            series(s, "cache_misses_total", {{"job", "api"}}, [](int i) { return 3.0 * i; });
            series(s, "app_pool_usage_ratio", {{"job", "api"}, {"pool", "ef_db_pool"}},
                   [](int) { return 0.9; });
            series(s, "pg_connection_usage_ratio", {{"source", "erp-db"}}, [](int) { return 0.25; });
            series(s, "celery_queue_length", {{"job", "api"}, {"queue", "import"}}, [](int) { return 60.0; });
            series(s, "redis_queue_length", {{"source", "broker"}, {"queue", "celery"}},
                   [](int) { return 4.0; });
            series(s, "probe_duration_seconds", {{"probe", "api health"}}, [](int) { return 0.004; });
            series(s, "pg_connections", {{"source", "erp-db"}, {"state", "active"}}, [](int) { return 7.0; });
            series(s, "pg_connections", {{"source", "erp-db"}, {"state", "idle"}}, [](int) { return 13.0; });
            series(s, "pg_max_connections", {{"source", "erp-db"}}, [](int) { return 100.0; });
            series(s, "pg_lock_waiting_sessions", {{"source", "erp-db"}}, [](int) { return 2.0; });
            series(s, "pg_xact_commit_total", {{"source", "erp-db"}}, [](int i) { return 30.0 * i; });
            series(s, "pg_xact_rollback_total", {{"source", "erp-db"}}, [](int i) { return 1.0 * i; });
            series(s, "redis_memory_used_ratio", {{"source", "broker"}}, [](int) { return 0.95; });
            series(s, "redis_connected_clients", {{"source", "broker"}}, [](int) { return 12.0; });
            series(s, "pg_connections", {{"source", "other-db"}, {"state", "active"}},
                   [](int) { return 99.0; });
            series(s, "pg_blks_hit_total", {{"source", "erp-db"}}, [](int i) { return 90.0 * i; });
            series(s, "pg_blks_read_total", {{"source", "erp-db"}}, [](int i) { return 10.0 * i; });
            series(s, "redis_keyspace_hits_total", {{"source", "broker"}}, [](int i) { return 3.0 * i; });
            series(s, "redis_keyspace_misses_total", {{"source", "broker"}}, [](int i) { return 1.0 * i; });
            series(s, "redis_commands_processed_total", {{"source", "broker"}},
                   [](int i) { return 500.0 * i; });
            QVERIFY(s.flush());
        }
        store::StoreReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const panels::OverviewData data = panels::computeOverview(reader, t0 + seconds * 1000, 15 * 60'000);
        QStringList ids;
        for (const panels::PanelData& panel : data.panels)
            ids.append(panel.id);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("latency"), QStringLiteral("requests"), QStringLiteral("errors"),
                              QStringLiteral("cache"), QStringLiteral("pools"), QStringLiteral("queues"),
                              QStringLiteral("health"), QStringLiteral("dbConnections"),
                              QStringLiteral("dbLockWaits"), QStringLiteral("dbTransactions"),
                              QStringLiteral("redisMemory"), QStringLiteral("redisClients")}));

        const panels::PanelData& latency = *find(data, "latency");
        QCOMPARE(latency.lines.size(), std::size_t(3));
        QCOMPARE(lastOf(latency, QStringLiteral("P95")), 0.975);
        QCOMPARE(lastOf(latency, QStringLiteral("P50")), 0.75);
        QVERIFY(panels::breaches(latency, 0.975)); // over the seeds' 500 ms
        QCOMPARE(lastOf(*find(data, "requests"), QStringLiteral("api")), 10.0);
        const panels::PanelData& errors = *find(data, "errors");
        QCOMPARE(lastOf(errors, QStringLiteral("api")), 0.2);
        QVERIFY(panels::breaches(errors, 0.2));
        QVERIFY(!panels::breaches(errors, 0.0)); // zero errors is the criterion, and meets it
        const panels::PanelData& cache = *find(data, "cache");
        QCOMPARE(lastOf(cache, QStringLiteral("api")), 0.25);
        QVERIFY(panels::breaches(cache, 0.25)); // under 50 %
        const panels::PanelData& pools = *find(data, "pools");
        QCOMPARE(lastOf(pools, QStringLiteral("api ef_db_pool")), 0.9);
        QCOMPARE(lastOf(pools, QStringLiteral("PostgreSQL erp-db")), 0.25);
        const panels::PanelData& queues = *find(data, "queues");
        QCOMPARE(lastOf(queues, QStringLiteral("import")), 60.0);
        QCOMPARE(lastOf(queues, QStringLiteral("broker celery")), 4.0);
        QVERIFY(panels::breaches(queues, 60));
        QCOMPARE(lastOf(*find(data, "health"), QStringLiteral("api health")), 0.004);
        const panels::PanelData& connections = *find(data, "dbConnections");
        QCOMPARE(lastOf(connections, QStringLiteral("erp-db active")), 7.0);
        QCOMPARE(lastOf(connections, QStringLiteral("other-db active")), 99.0);
        QCOMPARE(lastOf(connections, QStringLiteral("erp-db idle")), 13.0);
        QCOMPARE(lastOf(connections, QStringLiteral("max_connections erp-db")), 100.0);
        QCOMPARE(lastOf(*find(data, "dbLockWaits"), QStringLiteral("erp-db")), 2.0);
        const panels::PanelData& transactions = *find(data, "dbTransactions");
        QCOMPARE(lastOf(transactions, QStringLiteral("commits erp-db")), 30.0);
        QCOMPARE(lastOf(transactions, QStringLiteral("rollbacks erp-db")), 1.0);
        const panels::PanelData& memory = *find(data, "redisMemory");
        QCOMPARE(lastOf(memory, QStringLiteral("broker")), 0.95);
        QVERIFY(panels::breaches(memory, 0.95));
        QCOMPARE(lastOf(*find(data, "redisClients"), QStringLiteral("broker")), 12.0);

        // A source's own page: only its series, lines named by what they are.
        const panels::OverviewData database =
            panels::databasePanels(reader, "erp-db", t0 + seconds * 1000, 15 * 60'000);
        const panels::PanelData& own = *find(database, "dbConnections");
        QCOMPARE(own.lines.size(), std::size_t(3)); // active, idle, max_connections; not other-db's
        QCOMPARE(lastOf(own, QStringLiteral("active")), 7.0);
        QCOMPARE(lastOf(own, QStringLiteral("max_connections")), 100.0);
        QVERIFY(own.lines.back().limit); // drawn for reference, not the card's value
        QVERIFY(!own.lines.front().limit);
        QCOMPARE(lastOf(*find(database, "dbTransactions"), QStringLiteral("commits")), 30.0);
        QCOMPARE(lastOf(*find(database, "dbLockWaits"), QStringLiteral("waiting sessions")), 2.0);
        QCOMPARE(lastOf(*find(database, "dbBufferCache"), QStringLiteral("hit ratio")), 0.9);
        const panels::OverviewData redis =
            panels::cachePanels(reader, "broker", t0 + seconds * 1000, 15 * 60'000);
        QCOMPARE(lastOf(*find(redis, "redisHitRate"), QStringLiteral("hit rate")), 0.75);
        QCOMPARE(lastOf(*find(redis, "redisMemory"), QStringLiteral("used of maxmemory")), 0.95);
        QCOMPARE(lastOf(*find(redis, "redisOps"), QStringLiteral("commands")), 500.0);
        QCOMPARE(lastOf(*find(redis, "redisClients"), QStringLiteral("connected")), 12.0);
        QVERIFY(panels::cachePanels(reader, "no-such-source", t0 + seconds * 1000, 15 * 60'000)
                    .panels.front()
                    .lines.empty());
    }

    void anEmptyStoreSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            store::TimeSeriesStore s;
            QString error;
            QVERIFY2(s.open(path, store::StoreOptions(), &error), qPrintable(error));
        }
        store::StoreReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const panels::OverviewData data = panels::computeOverview(reader, t0, 3'600'000);
        QCOMPARE(data.panels.size(), std::size_t(12));
        for (const panels::PanelData& panel : data.panels) {
            QVERIFY2(panel.lines.empty(), qPrintable(panel.id));
            QVERIFY2(panel.error.isEmpty(), qPrintable(panel.error));
            QVERIFY2(!panel.emptyReason.isEmpty(), qPrintable(panel.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestOverviewPanels)
#include "tst_overviewpanels.moc"
