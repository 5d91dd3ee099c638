#pragma once

#include "collectorwatch.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

struct PostgresPollResult;
struct RedisPollResult;

namespace report {

// The figures of one PostgreSQL poll a plan run keeps (-1: the poll did not give it).
struct PostgresPoint
{
    std::int64_t timeMs = 0;
    bool ok = false;
    QString error;
    double connections = -1; // client backends, every state
    double maxConnections = -1;
    double active = -1;
    double idleInTransaction = -1;
    double lockWaits = -1; // sessions waiting for a heavyweight lock
    double commits = -1;   // running totals, summed over databases
    double rollbacks = -1;

    static PostgresPoint of(const PostgresPollResult& result);
};

// What every polled source's summary holds: which source, how its polls went, and the first moment
// each warning condition held.
struct SourcePolls
{
    QString source;
    QString target; // where it points (PostgreSQL: never a password; Redis: host:port)
    int polls = 0;
    int failedPolls = 0;
    QString lastError;
    std::vector<CollectorEvent> events;

    QJsonObject toJson() const;
    static SourcePolls fromJson(const QJsonObject& object);
};

// What one PostgreSQL source showed over one scenario's window.
struct PostgresSummary : SourcePolls
{
    double peakConnections = -1;
    double maxConnections = -1;
    double peakActive = -1;
    double peakIdleInTransaction = -1;
    double peakLockWaits = -1;
    double commits = -1; // increase over the window
    double rollbacks = -1;

    static PostgresSummary summarise(const std::vector<PostgresPoint>& points, std::int64_t fromMs,
                                     std::int64_t toMs);
    QJsonObject toJson() const;
    static PostgresSummary fromJson(const QJsonObject& object);
};

// The figures of one Redis poll a plan run keeps (-1: the poll did not give it).
struct RedisPoint
{
    std::int64_t timeMs = 0;
    bool ok = false;
    QString error;
    double hits = -1; // keyspace_hits, a running total
    double misses = -1;
    double ownHits = 0; // perfdash's own lookups since the previous poll, taken out of the rate
    double ownMisses = 0;
    double usedMemoryBytes = -1;
    double clients = -1;
    double evictions = -1; // evicted_keys, a running total

    static RedisPoint of(const RedisPollResult& result);
};

// What one Redis source showed over one scenario's window.
struct RedisSummary : SourcePolls
{
    double hits = -1; // other clients' lookups over the window
    double misses = -1;
    double hitRate = -1; // % of those lookups that hit; -1 when there were none
    double peakUsedMemoryBytes = -1;
    double peakClients = -1;
    double evictions = -1; // increase over the window

    static RedisSummary summarise(const std::vector<RedisPoint>& points, std::int64_t fromMs,
                                  std::int64_t toMs);
    QJsonObject toJson() const;
    static RedisSummary fromJson(const QJsonObject& object);
};

} // namespace report
