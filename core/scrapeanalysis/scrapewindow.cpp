#include "scrapewindow.h"

#include "derivedmetrics.h"
#include "metricsetview.h"

#include <algorithm>

namespace {
const std::string durationBuckets = "http_request_duration_seconds_bucket";
const std::string requestsTotal = "http_requests_total";
} // namespace

ScrapeWindow::ScrapeWindow(std::vector<std::string> sampleNames, qint64 retainMs)
    : m_sampleNames(std::move(sampleNames))
    , m_retainMs(retainMs)
{
}

void ScrapeWindow::add(const ScrapeResult& scrape)
{
    if (!scrape.up || !scrape.metrics || scrape.timestampMs <= m_latestMs)
        return;
    m_latestMs = scrape.timestampMs;
    const qint64 oldest = m_latestMs - m_retainMs;
    for (const std::string& name : m_sampleNames) {
        metricmath::RangeVector& range = m_ranges[name];
        for (const auto& [labels, value] : MetricSetView::samplesNamed(*scrape.metrics, name))
            range[labels].push_back({scrape.timestampMs, value});
        for (auto it = range.begin(); it != range.end();) {
            auto& points = it->second;
            points.erase(points.begin(),
                         std::find_if(points.begin(), points.end(),
                                      [&](const metricmath::Point& p) { return p.timestampMs > oldest; }));
            it = points.empty() ? range.erase(it) : std::next(it);
        }
    }
}

const metricmath::RangeVector& ScrapeWindow::range(const std::string& sampleName) const
{
    static const metricmath::RangeVector empty;
    auto it = m_ranges.find(sampleName);
    return it == m_ranges.end() ? empty : it->second;
}

std::vector<std::string> endpointFigureSampleNames()
{
    return {durationBuckets, requestsTotal};
}

std::map<metricmath::LabelSet, EndpointFigures> endpointFigures(const ScrapeWindow& window, qint64 rangeMs,
                                                                const metricmath::LabelNames& groupBy)
{
    const auto range = metricmath::RangeWindow::ending(window.latestMs(), rangeMs);
    std::map<metricmath::LabelSet, EndpointFigures> figures;
    for (const auto& [group, qps] : metricmath::requestRate(window.range(requestsTotal), range, groupBy))
        figures[group].requestsPerSecond = qps;
    for (const auto& [group, ratio] :
         metricmath::serverErrorRatio(window.range(requestsTotal), range, groupBy))
        figures[group].serverErrorRatio = ratio;
    for (const auto& [group, quantiles] :
         metricmath::latencyQuantiles(window.range(durationBuckets), range, groupBy)) {
        EndpointFigures& f = figures[group];
        f.p50 = quantiles.p50;
        f.p95 = quantiles.p95;
        f.p99 = quantiles.p99;
    }
    return figures;
}
