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

QJsonObject SourcePolls::toJson() const
{
    return {{QStringLiteral("source"), source},       {QStringLiteral("target"), target},
            {QStringLiteral("polls"), polls},         {QStringLiteral("failedPolls"), failedPolls},
            {QStringLiteral("lastError"), lastError}, {QStringLiteral("events"), eventsToJson(events)}};
}

SourcePolls SourcePolls::fromJson(const QJsonObject& object)
{
    SourcePolls polled;
    polled.source = object.value(QStringLiteral("source")).toString();
    polled.target = object.value(QStringLiteral("target")).toString();
    polled.polls = object.value(QStringLiteral("polls")).toInt();
    polled.failedPolls = object.value(QStringLiteral("failedPolls")).toInt();
    polled.lastError = object.value(QStringLiteral("lastError")).toString();
    polled.events = eventsFromJson(object.value(QStringLiteral("events")).toArray());
    return polled;
}

QJsonObject PostgresSummary::toJson() const
{
    QJsonObject object = SourcePolls::toJson();
    object.insert(QStringLiteral("peakConnections"), peakConnections);
    object.insert(QStringLiteral("maxConnections"), maxConnections);
    object.insert(QStringLiteral("peakActive"), peakActive);
    object.insert(QStringLiteral("peakIdleInTransaction"), peakIdleInTransaction);
    object.insert(QStringLiteral("peakLockWaits"), peakLockWaits);
    object.insert(QStringLiteral("commits"), commits);
    object.insert(QStringLiteral("rollbacks"), rollbacks);
    return object;
}

PostgresSummary PostgresSummary::fromJson(const QJsonObject& object)
{
    PostgresSummary summary;
    static_cast<SourcePolls&>(summary) = SourcePolls::fromJson(object);
    summary.peakConnections = number(object, "peakConnections");
    summary.maxConnections = number(object, "maxConnections");
    summary.peakActive = number(object, "peakActive");
    summary.peakIdleInTransaction = number(object, "peakIdleInTransaction");
    summary.peakLockWaits = number(object, "peakLockWaits");
    summary.commits = number(object, "commits");
    summary.rollbacks = number(object, "rollbacks");
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
    QJsonObject object = SourcePolls::toJson();
    object.insert(QStringLiteral("hits"), hits);
    object.insert(QStringLiteral("misses"), misses);
    object.insert(QStringLiteral("hitRate"), hitRate);
    object.insert(QStringLiteral("peakUsedMemoryBytes"), peakUsedMemoryBytes);
    object.insert(QStringLiteral("peakClients"), peakClients);
    object.insert(QStringLiteral("evictions"), evictions);
    return object;
}

RedisSummary RedisSummary::fromJson(const QJsonObject& object)
{
    RedisSummary summary;
    static_cast<SourcePolls&>(summary) = SourcePolls::fromJson(object);
    summary.hits = number(object, "hits");
    summary.misses = number(object, "misses");
    summary.hitRate = number(object, "hitRate");
    summary.peakUsedMemoryBytes = number(object, "peakUsedMemoryBytes");
    summary.peakClients = number(object, "peakClients");
    summary.evictions = number(object, "evictions");
    return summary;
}

} // namespace report
