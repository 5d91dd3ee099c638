#include "overviewpanels.h"

#include "panelbuilding.h"
#include "panelqueries.h"
#include "prometheussourcepanels.h"
#include "sourcepanels.h"

#include <cstdio>

namespace panels {

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
    addPrometheusLatencyLines(queries, range, &latency);
    latency.emptyReason = tr("no http_request_duration_seconds histogram with traffic in this range");
    data.panels.push_back(std::move(latency));

    PanelData requests = panel(QStringLiteral("requests"), tr("Request rate"), Unit::RequestsPerSecond);
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
    health.emptyReason = tr("no health-check results in this range");
    data.panels.push_back(std::move(health));

    // The seeds' database and cache figures, every source on one card.
    for (auto make :
         {databaseConnectionsPanel, lockWaitsPanel, transactionsPanel, redisMemoryPanel, redisClientsPanel})
        data.panels.push_back(make(queries, {}, range));
    return data;
}

} // namespace panels
