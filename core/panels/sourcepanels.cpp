#include "sourcepanels.h"

#include "panelbuilding.h"
#include "panelqueries.h"

namespace panels {
namespace {

// One source's series, or every source's (then grouped and named by it).
struct Scope
{
    std::vector<std::pair<std::string, std::string>> equal;
    metricmath::LabelNames by;

    Scope(const std::string& source, metricmath::LabelNames more)
    {
        if (source.empty())
            by.push_back("source");
        else
            equal.push_back({"source", source});
        by.insert(by.end(), more.begin(), more.end());
    }
    Selector of(const char* metric) const { return {metric, equal, {}}; }
};

} // namespace

PanelData databaseConnectionsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("dbConnections"), tr("Database connections"), Unit::Count);
    const Scope states(source, {"state"});
    const Scope limit(source, {});
    if (addLines(&data, queries.gauge(states.of("pg_connections"), states.by, range), {}, states.by)) {
        const std::size_t states = data.lines.size();
        addLines(&data, queries.gauge(limit.of("pg_max_connections"), limit.by, range), tr("max_connections"),
                 limit.by);
        for (std::size_t i = states; i < data.lines.size(); ++i)
            data.lines[i].limit = true;
    }
    data.emptyReason =
        source.empty() ? tr("no PostgreSQL source") : tr("no poll of this source in this range");
    return data;
}

PanelData lockWaitsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("dbLockWaits"), tr("Lock waits"), Unit::Count);
    const Scope scope(source, {});
    addLines(&data, queries.gauge(scope.of("pg_lock_waiting_sessions"), scope.by, range),
             source.empty() ? QString() : tr("waiting sessions"), scope.by);
    data.emptyReason =
        source.empty() ? tr("no PostgreSQL source") : tr("no poll of this source in this range");
    return data;
}

PanelData transactionsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("dbTransactions"), tr("Transactions"), Unit::PerSecond);
    const Scope scope(source, {});
    if (addLines(&data, queries.rate(scope.of("pg_xact_commit_total"), scope.by, range), tr("commits"),
                 scope.by))
        addLines(&data, queries.rate(scope.of("pg_xact_rollback_total"), scope.by, range), tr("rollbacks"),
                 scope.by);
    data.emptyReason = tr("no PostgreSQL source polled twice in this range");
    return data;
}

PanelData bufferCachePanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("dbBufferCache"), tr("Buffer cache hit ratio"), Unit::Ratio);
    const Scope scope(source, {});
    // blks_hit / (blks_hit + blks_read) over the range's rates: the ratio of now, not since the reset.
    addLines(&data,
             queries.hitRatio(scope.of("pg_blks_hit_total"), scope.of("pg_blks_read_total"), scope.by, range),
             source.empty() ? QString() : tr("hit ratio"), scope.by);
    data.emptyReason = tr("no block reads or hits in this range");
    return data;
}

PanelData redisHitRatePanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("redisHitRate"), tr("Redis hit rate"), Unit::Ratio);
    setThreshold(&data, 0.5, false, tr("alert under 50 %"));
    const Scope scope(source, {});
    addLines(&data,
             queries.hitRatio(scope.of("redis_keyspace_hits_total"), scope.of("redis_keyspace_misses_total"),
                              scope.by, range),
             source.empty() ? QString() : tr("hit rate"), scope.by);
    data.emptyReason = tr("no keyspace lookups in this range");
    return data;
}

PanelData redisMemoryPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("redisMemory"), tr("Redis memory"), Unit::Ratio);
    setThreshold(&data, 0.9, true, tr("alert over 90 % of maxmemory"));
    const Scope scope(source, {});
    addLines(&data, queries.gauge(scope.of("redis_memory_used_ratio"), scope.by, range),
             source.empty() ? QString() : tr("used of maxmemory"), scope.by);
    data.emptyReason = tr("no Redis source with maxmemory set");
    return data;
}

PanelData redisClientsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("redisClients"), tr("Redis clients"), Unit::Count);
    const Scope scope(source, {});
    addLines(&data, queries.gauge(scope.of("redis_connected_clients"), scope.by, range),
             source.empty() ? QString() : tr("connected"), scope.by);
    data.emptyReason = source.empty() ? tr("no Redis source") : tr("no poll of this source in this range");
    return data;
}

PanelData redisOpsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range)
{
    PanelData data = panel(QStringLiteral("redisOps"), tr("Redis commands"), Unit::PerSecond);
    const Scope scope(source, {});
    addLines(&data, queries.rate(scope.of("redis_commands_processed_total"), scope.by, range),
             source.empty() ? QString() : tr("commands"), scope.by);
    data.emptyReason = tr("no Redis source polled twice in this range");
    return data;
}

namespace {
using MakePanel = PanelData (*)(PanelQueries&, const std::string&, const TimeRange&);

OverviewData sourcePanels(store::StoreReader& reader, const std::string& source, std::int64_t endMs,
                          std::int64_t spanMs, std::initializer_list<MakePanel> makers)
{
    OverviewData data;
    const TimeRange range = chartRange(endMs, spanMs);
    data.startMs = range.startMs;
    data.endMs = range.endMs;
    PanelQueries queries(reader);
    for (const MakePanel make : makers)
        data.panels.push_back(make(queries, source, range));
    return data;
}
} // namespace

OverviewData databasePanels(store::StoreReader& reader, const std::string& source, std::int64_t endMs,
                            std::int64_t spanMs)
{
    return sourcePanels(reader, source, endMs, spanMs,
                        {databaseConnectionsPanel, transactionsPanel, lockWaitsPanel, bufferCachePanel});
}

OverviewData cachePanels(store::StoreReader& reader, const std::string& source, std::int64_t endMs,
                         std::int64_t spanMs)
{
    return sourcePanels(reader, source, endMs, spanMs,
                        {redisHitRatePanel, redisMemoryPanel, redisOpsPanel, redisClientsPanel});
}

} // namespace panels
