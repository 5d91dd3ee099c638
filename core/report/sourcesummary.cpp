#include "sourcesummary.h"

#include "postgrespollresult.h"
#include "redispollresult.h"

#include <QJsonArray>
#include <algorithm>

namespace report {

namespace {
void raise(double* peak, double value)
{
    if (value >= 0)
        *peak = std::max(*peak, value);
}

// The sum of a metric's series in a poll's samples, or -1 when it has none.
double total(const std::vector<MetricSample>& samples, const QString& metric)
{
    double sum = -1;
    for (const MetricSample& sample : samples)
        if (sample.metric == metric)
            sum = std::max(sum, 0.0) + sample.value;
    return sum;
}

// Increase of a running total between two figures; -1 when either is missing or it went back
// (a statistics reset or a restart within the window).
double increase(double first, double last)
{
    return first >= 0 && last >= first ? last - first : -1;
}

double number(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toDouble(-1);
}

bool inWindow(std::int64_t timeMs, std::int64_t fromMs, std::int64_t toMs)
{
    return timeMs >= fromMs && timeMs <= toMs;
}
} // namespace

PostgresPoint PostgresPoint::of(const PostgresPollResult& result)
{
    PostgresPoint point;
    point.timeMs = result.timestampMs;
    point.ok = result.ok;
    point.error = result.error;
    if (!result.ok)
        return point;
    point.connections = total(result.samples, QStringLiteral("pg_connections"));
    point.maxConnections = result.value(QStringLiteral("pg_max_connections"));
    point.active = result.value(QStringLiteral("pg_connections"),
                                {{QStringLiteral("state"), QStringLiteral("active")}}, 0);
    point.idleInTransaction = result.value(QStringLiteral("pg_idle_in_transaction_sessions"));
    point.lockWaits = result.value(QStringLiteral("pg_lock_waiting_sessions"));
    point.commits = total(result.samples, QStringLiteral("pg_xact_commit_total"));
    point.rollbacks = total(result.samples, QStringLiteral("pg_xact_rollback_total"));
    return point;
}

PostgresSummary PostgresSummary::summarise(const std::vector<PostgresPoint>& points, std::int64_t fromMs,
                                           std::int64_t toMs)
{
    PostgresSummary summary;
    const PostgresPoint* first = nullptr;
    const PostgresPoint* last = nullptr;
    bool lockSeen = false;
    bool crowdSeen = false;
    for (const PostgresPoint& point : points) {
        if (!inWindow(point.timeMs, fromMs, toMs))
            continue;
        ++summary.polls;
        if (!point.ok) {
            ++summary.failedPolls;
            summary.lastError = point.error;
            continue;
        }
        first = first ? first : &point;
        last = &point;
        raise(&summary.peakConnections, point.connections);
        raise(&summary.peakActive, point.active);
        raise(&summary.peakIdleInTransaction, point.idleInTransaction);
        raise(&summary.peakLockWaits, point.lockWaits);
        summary.maxConnections = point.maxConnections;
        if (point.lockWaits > 0 && !std::exchange(lockSeen, true))
            summary.events.push_back(
                {point.timeMs,
                 QStringLiteral("%1 PostgreSQL session(s) waiting for a lock").arg(point.lockWaits)});
        // The seeds' pool rule warns at 70 % in use; max_connections is the server-side pool.
        if (point.maxConnections > 0 && point.connections >= 0.7 * point.maxConnections &&
            !std::exchange(crowdSeen, true))
            summary.events.push_back({point.timeMs, QStringLiteral("PostgreSQL connections at %1 of %2")
                                                        .arg(point.connections)
                                                        .arg(point.maxConnections)});
    }
    if (first) {
        summary.commits = increase(first->commits, last->commits);
        summary.rollbacks = increase(first->rollbacks, last->rollbacks);
    }
    return summary;
}

QJsonObject PostgresSummary::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("target"), target},
            {QStringLiteral("polls"), polls},
            {QStringLiteral("failedPolls"), failedPolls},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("peakConnections"), peakConnections},
            {QStringLiteral("maxConnections"), maxConnections},
            {QStringLiteral("peakActive"), peakActive},
            {QStringLiteral("peakIdleInTransaction"), peakIdleInTransaction},
            {QStringLiteral("peakLockWaits"), peakLockWaits},
            {QStringLiteral("commits"), commits},
            {QStringLiteral("rollbacks"), rollbacks},
            {QStringLiteral("events"), eventsToJson(events)}};
}

PostgresSummary PostgresSummary::fromJson(const QJsonObject& object)
{
    PostgresSummary summary;
    summary.source = object.value(QStringLiteral("source")).toString();
    summary.target = object.value(QStringLiteral("target")).toString();
    summary.polls = object.value(QStringLiteral("polls")).toInt();
    summary.failedPolls = object.value(QStringLiteral("failedPolls")).toInt();
    summary.lastError = object.value(QStringLiteral("lastError")).toString();
    summary.peakConnections = number(object, "peakConnections");
    summary.maxConnections = number(object, "maxConnections");
    summary.peakActive = number(object, "peakActive");
    summary.peakIdleInTransaction = number(object, "peakIdleInTransaction");
    summary.peakLockWaits = number(object, "peakLockWaits");
    summary.commits = number(object, "commits");
    summary.rollbacks = number(object, "rollbacks");
    summary.events = eventsFromJson(object.value(QStringLiteral("events")).toArray());
    return summary;
}

RedisPoint RedisPoint::of(const RedisPollResult& result)
{
    RedisPoint point;
    point.timeMs = result.timestampMs;
    point.ok = result.ok;
    point.error = result.error;
    point.ownHits = result.ownKeyspaceHits;
    point.ownMisses = result.ownKeyspaceMisses;
    if (!result.ok)
        return point;
    point.hits = total(result.samples, QStringLiteral("redis_keyspace_hits_total"));
    point.misses = total(result.samples, QStringLiteral("redis_keyspace_misses_total"));
    point.usedMemoryBytes = total(result.samples, QStringLiteral("redis_memory_used_bytes"));
    point.clients = total(result.samples, QStringLiteral("redis_connected_clients"));
    point.evictions = total(result.samples, QStringLiteral("redis_evicted_keys_total"));
    return point;
}

RedisSummary RedisSummary::summarise(const std::vector<RedisPoint>& points, std::int64_t fromMs,
                                     std::int64_t toMs)
{
    RedisSummary summary;
    const RedisPoint* first = nullptr;
    const RedisPoint* last = nullptr;
    double ownHits = 0;
    double ownMisses = 0;
    for (const RedisPoint& point : points) {
        if (!inWindow(point.timeMs, fromMs, toMs))
            continue;
        ++summary.polls;
        if (!point.ok) {
            ++summary.failedPolls;
            summary.lastError = point.error;
            // Its own lookups before the failure are unknown: no hit rate across it.
            first = nullptr;
            continue;
        }
        // Lookups the collector made between the first poll and this one are not the system's.
        ownHits = first ? ownHits + point.ownHits : 0;
        ownMisses = first ? ownMisses + point.ownMisses : 0;
        first = first ? first : &point;
        last = &point;
        raise(&summary.peakUsedMemoryBytes, point.usedMemoryBytes);
        raise(&summary.peakClients, point.clients);
        if (first->evictions >= 0 && point.evictions > first->evictions && summary.events.empty())
            summary.events.push_back(
                {point.timeMs,
                 QStringLiteral("Redis evicted %1 key(s)").arg(point.evictions - first->evictions)});
    }
    if (!first)
        return summary;
    summary.evictions = increase(first->evictions, last->evictions);
    const double hits = increase(first->hits, last->hits);
    const double misses = increase(first->misses, last->misses);
    if (hits < 0 || misses < 0)
        return summary;
    summary.hits = std::max(0.0, hits - ownHits);
    summary.misses = std::max(0.0, misses - ownMisses);
    const double lookups = summary.hits + summary.misses;
    summary.hitRate = lookups > 0 ? 100.0 * summary.hits / lookups : -1;
    return summary;
}

QJsonObject RedisSummary::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("target"), target},
            {QStringLiteral("polls"), polls},
            {QStringLiteral("failedPolls"), failedPolls},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("misses"), misses},
            {QStringLiteral("hitRate"), hitRate},
            {QStringLiteral("peakUsedMemoryBytes"), peakUsedMemoryBytes},
            {QStringLiteral("peakClients"), peakClients},
            {QStringLiteral("evictions"), evictions},
            {QStringLiteral("events"), eventsToJson(events)}};
}

RedisSummary RedisSummary::fromJson(const QJsonObject& object)
{
    RedisSummary summary;
    summary.source = object.value(QStringLiteral("source")).toString();
    summary.target = object.value(QStringLiteral("target")).toString();
    summary.polls = object.value(QStringLiteral("polls")).toInt();
    summary.failedPolls = object.value(QStringLiteral("failedPolls")).toInt();
    summary.lastError = object.value(QStringLiteral("lastError")).toString();
    summary.hits = number(object, "hits");
    summary.misses = number(object, "misses");
    summary.hitRate = number(object, "hitRate");
    summary.peakUsedMemoryBytes = number(object, "peakUsedMemoryBytes");
    summary.peakClients = number(object, "peakClients");
    summary.evictions = number(object, "evictions");
    summary.events = eventsFromJson(object.value(QStringLiteral("events")).toArray());
    return summary;
}

} // namespace report
