// What the PostgreSQL and Redis sources saw over a scenario's window, from the figures of their
// polls: peaks, increases of running totals, the Redis hit rate without perfdash's own lookups,
// failed polls with their error, the first moment of each warning, and the JSON round trip.
#include "sourcesummary.h"

#include <QTest>

using report::PostgresPoint;
using report::PostgresSummary;
using report::RedisPoint;
using report::RedisSummary;

namespace {
PostgresPoint pg(std::int64_t timeMs, double connections, double lockWaits, double commits)
{
    PostgresPoint point;
    point.timeMs = timeMs;
    point.ok = true;
    point.connections = connections;
    point.maxConnections = 100;
    point.active = connections / 2;
    point.idleInTransaction = 1;
    point.lockWaits = lockWaits;
    point.commits = commits;
    point.rollbacks = 4;
    return point;
}

RedisPoint redis(std::int64_t timeMs, double hits, double misses, double ownHits = 0, double ownMisses = 0)
{
    RedisPoint point;
    point.timeMs = timeMs;
    point.ok = true;
    point.hits = hits;
    point.misses = misses;
    point.ownHits = ownHits;
    point.ownMisses = ownMisses;
    point.usedMemoryBytes = 1048576.0 * double(timeMs) / 1000.0;
    point.clients = 3;
    point.evictions = 0;
    return point;
}

template<typename Point>
Point failed(std::int64_t timeMs, const QString& error)
{
    Point point;
    point.timeMs = timeMs;
    point.error = error;
    return point;
}
} // namespace

class TestSourceSummary : public QObject
{
    Q_OBJECT

private slots:
    void postgresPeaksIncreasesAndTheFirstLockWait()
    {
        const std::vector<PostgresPoint> points{pg(500, 90, 0, 1), // before the window
                                                pg(1000, 5, 0, 10), pg(2000, 12, 2, 25), pg(3000, 8, 1, 40),
                                                pg(4000, 80, 0, 41)}; // after it
        const PostgresSummary seen = PostgresSummary::summarise(points, 1000, 3000);
        QCOMPARE(seen.polls, 3);
        QCOMPARE(seen.failedPolls, 0);
        QCOMPARE(seen.peakConnections, 12.0);
        QCOMPARE(seen.maxConnections, 100.0);
        QCOMPARE(seen.peakActive, 6.0);
        QCOMPARE(seen.peakLockWaits, 2.0);
        QCOMPARE(seen.commits, 30.0);
        QCOMPARE(seen.rollbacks, 0.0);
        QCOMPARE(seen.events.size(), std::size_t(1));
        QCOMPARE(seen.events.front().timeMs, std::int64_t(2000));
        QCOMPARE(seen.events.front().text, QStringLiteral("2 PostgreSQL session(s) waiting for a lock"));
    }

    void postgresCrowdedConnectionsAreAnEvent()
    {
        const PostgresSummary seen =
            PostgresSummary::summarise({pg(1000, 50, 0, 1), pg(2000, 75, 0, 2)}, 0, 5000);
        QCOMPARE(seen.events.size(), std::size_t(1));
        QCOMPARE(seen.events.front().text, QStringLiteral("PostgreSQL connections at 75 of 100"));
    }

    void postgresDownIsRecordedNotMeasured()
    {
        const QString refused = QStringLiteral("password authentication failed for user \"app\"");
        const PostgresSummary seen = PostgresSummary::summarise(
            {failed<PostgresPoint>(1000, refused), failed<PostgresPoint>(2000, refused)}, 0, 5000);
        QCOMPARE(seen.polls, 2);
        QCOMPARE(seen.failedPolls, 2);
        QCOMPARE(seen.lastError, refused);
        QCOMPARE(seen.peakConnections, -1.0);
        QCOMPARE(seen.commits, -1.0);
    }

    void redisHitRateLeavesOutOwnLookups()
    {
        // 30 hits and 12 misses between the first and last poll, 2 and 2 of them perfdash's own
        // (counted by the poll that follows them; the first poll's own lookups predate the window).
        const std::vector<RedisPoint> points{redis(1000, 100, 50, 9, 9), redis(2000, 115, 56, 1, 1),
                                             redis(3000, 130, 62, 1, 1)};
        const RedisSummary seen = RedisSummary::summarise(points, 0, 5000);
        QCOMPARE(seen.hits, 28.0);
        QCOMPARE(seen.misses, 10.0);
        QCOMPARE(seen.hitRate, 100.0 * 28.0 / 38.0);
        QCOMPARE(seen.peakUsedMemoryBytes, 3.0 * 1048576.0);
        QCOMPARE(seen.peakClients, 3.0);
        QCOMPARE(seen.evictions, 0.0);
        QVERIFY(seen.events.empty());
    }

    void redisWithoutLookupsHasNoHitRate()
    {
        const RedisSummary seen = RedisSummary::summarise({redis(1000, 7, 3), redis(2000, 7, 3)}, 0, 5000);
        QCOMPARE(seen.hits, 0.0);
        QCOMPARE(seen.hitRate, -1.0);
    }

    void redisFailedPollStartsTheRateAfresh()
    {
        const std::vector<RedisPoint> points{redis(1000, 0, 0),
                                             failed<RedisPoint>(2000, QStringLiteral("stopped")),
                                             redis(3000, 500, 500), redis(4000, 503, 501)};
        const RedisSummary seen = RedisSummary::summarise(points, 0, 5000);
        QCOMPARE(seen.failedPolls, 1);
        QCOMPARE(seen.lastError, QStringLiteral("stopped"));
        QCOMPARE(seen.hits, 3.0);
        QCOMPARE(seen.misses, 1.0);
        QCOMPARE(seen.hitRate, 75.0);
    }

    void redisRestartGivesNoHitRate()
    {
        const RedisSummary seen = RedisSummary::summarise({redis(1000, 900, 90), redis(2000, 5, 1)}, 0, 5000);
        QCOMPARE(seen.hitRate, -1.0);
        QCOMPARE(seen.hits, -1.0);
    }

    void redisEvictionsAreAnEvent()
    {
        RedisPoint later = redis(2000, 1, 1);
        later.evictions = 6;
        const RedisSummary seen = RedisSummary::summarise({redis(1000, 1, 1), later}, 0, 5000);
        QCOMPARE(seen.evictions, 6.0);
        QCOMPARE(seen.events.size(), std::size_t(1));
        QCOMPARE(seen.events.front().text, QStringLiteral("Redis evicted 6 key(s)"));
    }

    void jsonRoundTrip()
    {
        PostgresSummary postgres =
            PostgresSummary::summarise({pg(1000, 5, 0, 1), pg(2000, 9, 1, 3)}, 0, 5000);
        postgres.source = QStringLiteral("erp-db");
        postgres.target = QStringLiteral("postgresql://monitor@db:5432/erp");
        QCOMPARE(PostgresSummary::fromJson(postgres.toJson()).toJson(), postgres.toJson());
        QCOMPARE(PostgresSummary::fromJson(postgres.toJson()).events.front().text,
                 postgres.events.front().text);
        RedisSummary redisSeen = RedisSummary::summarise({redis(1000, 1, 1), redis(2000, 8, 4)}, 0, 5000);
        redisSeen.source = QStringLiteral("cache");
        QCOMPARE(RedisSummary::fromJson(redisSeen.toJson()).toJson(), redisSeen.toJson());
        QCOMPARE(RedisSummary::fromJson(redisSeen.toJson()).hitRate, 70.0);
        // A summary of a file without the figures reads as not measured.
        QCOMPARE(RedisSummary::fromJson({}).hitRate, -1.0);
        QCOMPARE(PostgresSummary::fromJson({}).peakLockWaits, -1.0);
    }
};

QTEST_MAIN(TestSourceSummary)
#include "tst_sourcesummary.moc"
