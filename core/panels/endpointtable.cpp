#include "endpointtable.h"

#include "panelqueries.h"
#include "prometheussourcepanels.h"

#include <QCoreApplication>
#include <map>

namespace panels {
namespace {

using Key = std::pair<std::string, std::string>; // job, path

Key keyOf(const metricmath::LabelSet& labels)
{
    return {std::string(labels.value("job")), std::string(labels.value("path"))};
}

double lastValue(const PanelSeries& series)
{
    return series.points.empty() ? std::numeric_limits<double>::quiet_NaN() : series.points.back().value;
}

} // namespace

std::vector<EndpointFigures> computeEndpoints(store::StoreReader& reader, std::int64_t endMs,
                                              std::int64_t windowMs)
{
    TimeRange instant;
    instant.startMs = endMs;
    instant.endMs = endMs;
    instant.stepMs = 1000; // one evaluation; a step under a minute reads raw samples, not rollups
    instant.rateWindowMs = windowMs;
    PanelQueries queries(reader);
    const metricmath::LabelNames by{"job", "path"};
    std::map<Key, EndpointFigures> rows;
    auto row = [&rows](const metricmath::LabelSet& labels) -> EndpointFigures& {
        const Key key = keyOf(labels);
        EndpointFigures& figures = rows[key];
        figures.job = key.first;
        figures.path = key.second;
        return figures;
    };
    for (const PanelSeries& series : queries.rate({"http_requests_total", {}, {}}, by, instant).series)
        row(series.labels).requestsPerSecond = lastValue(series);
    const PanelResult errors = queries.ratio({"http_requests_total", {}, {{"status", "5"}}},
                                             {"http_requests_total", {}, {}}, by, instant);
    for (const PanelSeries& series : errors.series)
        row(series.labels).errorRatio = lastValue(series);
    const PanelResult latency =
        queries.quantiles({"http_request_duration_seconds", {}, {}}, {0.5, 0.95, 0.99}, by, instant);
    for (const PanelSeries& series : latency.series) {
        EndpointFigures& figures = row(series.labels);
        const std::string_view q = series.labels.value("quantile");
        (q == "0.5" ? figures.p50 : q == "0.95" ? figures.p95 : figures.p99) = lastValue(series);
    }
    std::vector<EndpointFigures> out;
    for (auto& [key, figures] : rows) {
        if (!key.second.empty()) // series without a path label are not endpoints
            out.push_back(std::move(figures));
    }
    addPrometheusEndpoints(queries, endMs, windowMs, &out);
    return out;
}

PanelData endpointLatency(store::StoreReader& reader, const std::string& job, const std::string& path,
                          std::int64_t endMs, std::int64_t spanMs)
{
    PanelQueries queries(reader);
    PanelData panel =
        latencyPanel(queries, {"http_request_duration_seconds", {{"job", job}, {"path", path}}, {}},
                     QStringLiteral("endpoint"),
                     QCoreApplication::translate("panels", "%1 %2: latency P50 / P95 / P99")
                         .arg(QString::fromStdString(job), QString::fromStdString(path)),
                     chartRange(endMs, spanMs));
    panel.emptyReason = QCoreApplication::translate("panels", "no traffic on this endpoint in this range");
    return panel;
}

} // namespace panels
