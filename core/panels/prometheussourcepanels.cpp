#include "prometheussourcepanels.h"

#include "panelbuilding.h"
#include "panelqueries.h"
#include "promsourcemetrics.h"

#include <map>
#include <tuple>

namespace panels {
namespace {
QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

double newest(const PanelSeries& series)
{
    return series.points.empty() ? std::numeric_limits<double>::quiet_NaN() : series.points.back().value;
}
} // namespace

void addPrometheusEndpoints(PanelQueries& queries, std::int64_t endMs, std::int64_t windowMs,
                            std::vector<EndpointFigures>* rows)
{
    // One step as long as the window: last_over_time reaches back to the source's newest poll.
    const TimeRange lookback{endMs, endMs, std::max<std::int64_t>(windowMs, 1000), windowMs};
    std::map<std::tuple<std::string, std::string, std::string>, EndpointFigures> bySource;
    auto row = [&bySource](const metricmath::LabelSet& l) -> EndpointFigures& {
        EndpointFigures& figures = bySource[{std::string(l.value("source")), std::string(l.value("job")),
                                             std::string(l.value("path"))}];
        figures.job = tr("%1 via %2").arg(text(l.value("job")), text(l.value("source"))).toStdString();
        figures.path = std::string(l.value("path"));
        return figures;
    };
    for (const PanelSeries& s : queries.each({promapi::requestRateMetric, {}, {}}, lookback).series)
        row(s.labels).requestsPerSecond = newest(s);
    for (const PanelSeries& s : queries.each({promapi::errorRatioMetric, {}, {}}, lookback).series)
        row(s.labels).errorRatio = newest(s);
    for (const PanelSeries& s : queries.each({promapi::quantileMetric, {}, {}}, lookback).series) {
        const std::string_view q = s.labels.value("quantile");
        EndpointFigures& figures = row(s.labels);
        (q == "0.5" ? figures.p50 : q == "0.95" ? figures.p95 : figures.p99) = newest(s);
    }
    for (auto& [key, figures] : bySource)
        if (!figures.path.empty())
            rows->push_back(std::move(figures));
}

void addPrometheusLatencyLines(PanelQueries& queries, const TimeRange& range, PanelData* latency)
{
    const PanelResult p95 = queries.each({promapi::quantileMetric, {{"quantile", "0.95"}}, {}}, range);
    for (const PanelSeries& s : p95.series)
        latency->lines.push_back({tr("P95 %1 %2 via %3")
                                      .arg(text(s.labels.value("job")), text(s.labels.value("path")),
                                           text(s.labels.value("source"))),
                                  s.points});
}

} // namespace panels
