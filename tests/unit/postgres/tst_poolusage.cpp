// Application pool gauges (seed 002's ef_db_pool_*, the demo target's db_pool_*) read as one
// pool-usage view; expected values worked out by hand from the exposition below.
#include "parsemetrics.h"
#include "poolusage.h"

#include <QTest>

namespace {
const char exposition[] = R"(# HELP ef_db_pool_size Current connections.
# TYPE ef_db_pool_size gauge
ef_db_pool_size 30
# TYPE ef_db_pool_overflow gauge
ef_db_pool_overflow 12
# TYPE db_pool_size gauge
db_pool_size 20
# TYPE db_pool_checked_out gauge
db_pool_checked_out 25
# TYPE db_pool_overflow gauge
db_pool_overflow 5
# TYPE worker_pool_size gauge
worker_pool_size{service="crm"} 10
worker_pool_size{service="wms"} 8
# TYPE worker_pool_available gauge
worker_pool_available{service="crm"} 4
worker_pool_available{service="wms"} 9
# TYPE worker_pool_max_overflow gauge
worker_pool_max_overflow{service="crm"} 10
# TYPE sqlalchemy_pool_size gauge
sqlalchemy_pool_size 20
# TYPE sqlalchemy_pool_overflow gauge
sqlalchemy_pool_overflow -14
# TYPE lonely_pool_size gauge
lonely_pool_size 5
# TYPE http_request_size histogram
http_request_size_bucket{le="+Inf"} 1
http_request_size_sum 1
http_request_size_count 1
# TYPE buffer_pool_size_bytes gauge
buffer_pool_size_bytes 1e6
)";
} // namespace

class TestPoolUsage : public QObject
{
    Q_OBJECT
private slots:
    void poolsFromOneScrape()
    {
        const auto parsed =
            Prometheus::parseMetrics(std::string_view(exposition), Prometheus::ExpositionFormat::Text);
        QVERIFY(parsed.ok());
        const std::vector<PoolUsage> pools = poolUsage(parsed.metrics);

        // Sorted by prefix, then labels; lonely_pool has no in-use figure and is left out.
        QCOMPARE(pools.size(), std::size_t(5));
        QCOMPARE(pools[0].prefix, std::string("db_pool"));
        QCOMPARE(pools[1].prefix, std::string("ef_db_pool"));
        QCOMPARE(pools[2].prefix, std::string("sqlalchemy_pool"));
        QCOMPARE(pools[3].prefix, std::string("worker_pool"));
        QCOMPARE(pools[4].prefix, std::string("worker_pool"));

        // Demo target: 25 checked out of 20, 5 of them overflow.
        const PoolUsage& demo = pools[0];
        QVERIFY(demo.labels.empty());
        QCOMPARE(demo.basis, PoolUsage::InUseBasis::CheckedOut);
        QCOMPARE(demo.size, 20.0);
        QCOMPARE(demo.inUse, 25.0);
        QCOMPARE(demo.overflow, 5.0);
        QCOMPARE(demo.capacity, 20.0);
        QCOMPARE(demo.usageRatio, 1.25);

        // Seed 002: only size and overflow; in use is their sum (its alert: > 70).
        const PoolUsage& ef = pools[1];
        QCOMPARE(ef.basis, PoolUsage::InUseBasis::SizePlusOverflow);
        QCOMPARE(ef.inUse, 42.0);
        QCOMPARE(ef.overflow, 12.0);
        QCOMPARE(ef.usageRatio, 42.0 / 30.0);

        // SQLAlchemy's QueuePool: overflow is negative until the pool fills (6 connections open).
        const PoolUsage& sqlalchemy = pools[2];
        QCOMPARE(sqlalchemy.inUse, 6.0);
        QCOMPARE(sqlalchemy.overflow, 0.0);
        QCOMPARE(sqlalchemy.usageRatio, 0.3);

        // size - available, capacity with max_overflow where exposed.
        const PoolUsage& crm = pools[3];
        QCOMPARE(crm.labels, (metricmath::LabelSet{{"service", "crm"}}));
        QCOMPARE(crm.basis, PoolUsage::InUseBasis::SizeMinusAvailable);
        QCOMPARE(crm.inUse, 6.0);
        QCOMPARE(crm.capacity, 20.0);
        QCOMPARE(crm.usageRatio, 0.3);
        const PoolUsage& wms = pools[4];
        QCOMPARE(wms.labels, (metricmath::LabelSet{{"service", "wms"}}));
        QCOMPARE(wms.inUse, 0.0); // more available than the size: clamped
        QCOMPARE(wms.capacity, 8.0);
        QCOMPARE(wms.usageRatio, 0.0);
    }

    void noPoolsInAnUnrelatedScrape()
    {
        const auto parsed = Prometheus::parseMetrics(std::string_view("up 1\nprocess_open_fds 12\n"),
                                                     Prometheus::ExpositionFormat::Text);
        QVERIFY(parsed.ok());
        QVERIFY(poolUsage(parsed.metrics).empty());
    }
};

QTEST_GUILESS_MAIN(TestPoolUsage)
#include "tst_poolusage.moc"
