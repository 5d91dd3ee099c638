#include "overviewpanels.h"

#include "panelqueries.h"

#include <QCoreApplication>
#include <cstdio>

namespace panels {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("panels", text);
}

QString labelText(const metricmath::LabelSet& labels, const metricmath::LabelNames& names)
{
    QStringList parts;
    for (const std::string& name : names) {
        const std::string_view value = labels.value(name);
        if (!value.empty())
            parts.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
    }
    return parts.join(QLatin1Char(' '));
}

// Appends `result`'s series as lines named `prefix` + their labels; false (and the error kept) when
// the store could not answer.
bool addLines(PanelData* panel, const PanelResult& result, const QString& prefix,
              const metricmath::LabelNames& names)
{
    if (!result.ok()) {
        panel->error = result.error;
        return false;
    }
    for (const PanelSeries& series : result.series) {
        const QString labels = labelText(series.labels, names);
        QString name = prefix;
        if (!labels.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + labels;
        panel->lines.push_back({name.isEmpty() ? tr("all") : name, series.points});
    }
    return true;
}

PanelData panel(const QString& id, const QString& title, Unit unit)
{
    PanelData data;
    data.id = id;
    data.title = title;
    data.unit = unit;
    return data;
}

void setThreshold(PanelData* panel, double threshold, bool alertAbove, const QString& text)
{
    panel->threshold = threshold;
    panel->alertAbove = alertAbove;
    panel->thresholdText = text;
}

} // namespace

std::vector<ChartLine> quantileLines(const PanelResult& result, const std::vector<double>& qs)
{
    std::vector<ChartLine> lines;
    for (const double q : qs) {
        char name[32];
        std::snprintf(name, sizeof name, "%g", q);
        for (const PanelSeries& series : result.series) {
            if (series.labels.value("quantile") == name)
                lines.push_back({QStringLiteral("P%1").arg(q * 100), series.points});
        }
    }
    return lines;
}

PanelData latencyPanel(PanelQueries& queries, const Selector& histogram, const QString& id,
                       const QString& title, const TimeRange& range)
{
    PanelData latency = panel(id, title, Unit::Seconds);
    setThreshold(&latency, 0.5, true, tr("P95 ≤ 500 ms"));
    latency.thresholdLine = QStringLiteral("P95");
    const std::vector<double> qs{0.5, 0.95, 0.99};
    const PanelResult quantiles = queries.quantiles(histogram, qs, {}, range);
    latency.lines = quantileLines(quantiles, qs);
    latency.error = quantiles.error;
    return latency;
}

bool breaches(const PanelData& panel, double value)
{
    if (!panel.threshold)
        return false;
    return panel.alertAbove ? value > *panel.threshold : value < *panel.threshold;
}

OverviewData computeOverview(store::StoreReader& reader, std::int64_t endMs, std::int64_t spanMs)
{
    OverviewData data;
    const TimeRange range = chartRange(endMs, spanMs);
    data.startMs = range.startMs;
    data.endMs = range.endMs;
    PanelQueries queries(reader);

    PanelData latency = latencyPanel(queries, {"http_request_duration_seconds", {}, {}},
                                     QStringLiteral("latency"), tr("Latency P50 / P95 / P99"), range);
    latency.emptyReason = tr("no http_request_duration_seconds histogram with traffic in this range");
    data.panels.push_back(std::move(latency));

    PanelData requests = panel(QStringLiteral("requests"), tr("Request rate"), Unit::PerSecond);
    addLines(&requests, queries.rate({"http_requests_total", {}, {}}, {"job"}, range), {}, {"job"});
    requests.emptyReason = tr("no http_requests_total counter seen twice in this range");
    data.panels.push_back(std::move(requests));

    PanelData errors = panel(QStringLiteral("errors"), tr("5xx ratio"), Unit::Ratio);
    setThreshold(&errors, 0.0, true, tr("zero errors"));
    addLines(&errors,
             queries.ratio({"http_requests_total", {}, {{"status", "5"}}}, {"http_requests_total", {}, {}},
                           {"job"}, range),
             {}, {"job"});
    errors.emptyReason = tr("no requests in this range");
    data.panels.push_back(std::move(errors));

    PanelData cache = panel(QStringLiteral("cache"), tr("Cache hit rate"), Unit::Ratio);
    setThreshold(&cache, 0.5, false, tr("alert under 50 %"));
    if (addLines(
            &cache,
            queries.hitRatio({"cache_hits_total", {}, {}}, {"cache_misses_total", {}, {}}, {"job"}, range),
            {}, {"job"}))
        addLines(&cache, queries.gauge({"redis_hit_rate", {}, {}}, {"source"}, range), tr("Redis"),
                 {"source"});
    cache.emptyReason = tr("no cache lookups (cache_hits_total / cache_misses_total) and no Redis source");
    data.panels.push_back(std::move(cache));

    PanelData pools = panel(QStringLiteral("pools"), tr("Connection-pool usage"), Unit::Ratio);
    setThreshold(&pools, 0.7, true, tr("alert over 70 %"));
    if (addLines(&pools, queries.gauge({"app_pool_usage_ratio", {}, {}}, {"job", "pool"}, range), {},
                 {"job", "pool"}))
        addLines(&pools, queries.gauge({"pg_connection_usage_ratio", {}, {}}, {"source"}, range),
                 tr("PostgreSQL"), {"source"});
    pools.emptyReason = tr("no application pool gauges (…_pool_size) and no PostgreSQL source");
    data.panels.push_back(std::move(pools));

    PanelData queues = panel(QStringLiteral("queues"), tr("Queue backlog"), Unit::Count);
    setThreshold(&queues, 50.0, true, tr("alert over 50"));
    if (addLines(&queues, queries.gauge({"celery_queue_length", {}, {}}, {"queue"}, range), {}, {"queue"}))
        addLines(&queues, queries.gauge({"redis_queue_length", {}, {}}, {"source", "queue"}, range), {},
                 {"source", "queue"});
    queues.emptyReason = tr("no queue length gauges (celery_queue_length) and no Redis queue keys");
    data.panels.push_back(std::move(queues));

    PanelData health = panel(QStringLiteral("health"), tr("Health-check latency"), Unit::Seconds);
    addLines(&health, queries.gauge({"probe_duration_seconds", {}, {}}, {"probe"}, range), {}, {"probe"});
    health.emptyReason = tr("no health probes in this workspace");
    data.panels.push_back(std::move(health));

    // The seeds' database figures: connections against the server's limit, lock waits, transactions.
    PanelData connections = panel(QStringLiteral("dbConnections"), tr("Database connections"), Unit::Count);
    if (addLines(&connections, queries.gauge({"pg_connections", {}, {}}, {"source", "state"}, range), {},
                 {"source", "state"}))
        addLines(&connections, queries.gauge({"pg_max_connections", {}, {}}, {"source"}, range),
                 tr("max_connections"), {"source"});
    connections.emptyReason = tr("no PostgreSQL source");
    data.panels.push_back(std::move(connections));

    PanelData locks = panel(QStringLiteral("dbLockWaits"), tr("Lock waits"), Unit::Count);
    addLines(&locks, queries.gauge({"pg_lock_waiting_sessions", {}, {}}, {"source"}, range), {}, {"source"});
    locks.emptyReason = tr("no PostgreSQL source");
    data.panels.push_back(std::move(locks));

    PanelData transactions =
        panel(QStringLiteral("dbTransactions"), tr("Commits and rollbacks"), Unit::PerSecond);
    if (addLines(&transactions, queries.rate({"pg_xact_commit_total", {}, {}}, {"source"}, range),
                 tr("commits"), {"source"}))
        addLines(&transactions, queries.rate({"pg_xact_rollback_total", {}, {}}, {"source"}, range),
                 tr("rollbacks"), {"source"});
    transactions.emptyReason = tr("no PostgreSQL source polled twice in this range");
    data.panels.push_back(std::move(transactions));

    PanelData memory = panel(QStringLiteral("redisMemory"), tr("Redis memory"), Unit::Ratio);
    setThreshold(&memory, 0.9, true, tr("alert over 90 % of maxmemory"));
    addLines(&memory, queries.gauge({"redis_memory_used_ratio", {}, {}}, {"source"}, range), {}, {"source"});
    memory.emptyReason = tr("no Redis source with maxmemory set");
    data.panels.push_back(std::move(memory));

    PanelData clients = panel(QStringLiteral("redisClients"), tr("Redis clients"), Unit::Count);
    addLines(&clients, queries.gauge({"redis_connected_clients", {}, {}}, {"source"}, range), {}, {"source"});
    clients.emptyReason = tr("no Redis source");
    data.panels.push_back(std::move(clients));
    return data;
}

} // namespace panels
