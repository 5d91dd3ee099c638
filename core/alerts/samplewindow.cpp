#include "samplewindow.h"

#include "queryplanner.h"
#include "storereader.h"

#include <algorithm>

namespace alerts {

SampleWindow::SampleWindow(std::int64_t keepMs, std::int64_t overlapMs)
    : m_keepMs(keepMs)
    , m_overlapMs(overlapMs)
{
}

void SampleWindow::beginEvaluation(store::StoreReader& reader, std::int64_t nowMs)
{
    m_reader = &reader;
    m_nowMs = nowMs;
    ++m_evaluation;
}

bool SampleWindow::topUp(std::int64_t id, SeriesPoints& series, QString* error)
{
    const std::int64_t oldest = m_nowMs - m_keepMs;
    // Time going back, a gap longer than the window or a new series: read the whole window afresh.
    const bool afresh = series.points.empty() || m_nowMs < series.fetchedToMs || series.fetchedToMs < oldest;
    const std::int64_t from = afresh ? oldest : series.fetchedToMs - m_overlapMs;
    std::vector<metricmath::Point> fetched;
    if (!m_reader->rawPoints(id, from, m_nowMs, &fetched, error))
        return false;
    if (afresh) {
        series.points = std::move(fetched);
    } else {
        // The overlap is read again: what is there now replaces what was.
        const auto keep =
            std::lower_bound(series.points.begin(), series.points.end(), from,
                             [](const metricmath::Point& p, std::int64_t t) { return p.timestampMs < t; });
        series.points.erase(keep, series.points.end());
        series.points.insert(series.points.end(), fetched.begin(), fetched.end());
        const auto old =
            std::lower_bound(series.points.begin(), series.points.end(), oldest,
                             [](const metricmath::Point& p, std::int64_t t) { return p.timestampMs < t; });
        series.points.erase(series.points.begin(), old);
    }
    series.fetchedToMs = m_nowMs;
    return true;
}

bool SampleWindow::refresh(const std::string& name, QString* error)
{
    Metric& metric = m_metrics[name];
    if (metric.refreshedMs == m_evaluation)
        return true;
    store::RangeQuery all;
    all.metric = name;
    std::vector<store::StoreReader::SeriesInfo> infos;
    if (!m_reader->selectSeries(all, &infos, error))
        return false;
    metric.ids.clear();
    for (store::StoreReader::SeriesInfo& info : infos) {
        SeriesPoints& series = m_series[info.id];
        if (series.labels.empty())
            series.labels = std::move(info.labels);
        if (!topUp(info.id, series, error))
            return false;
        metric.ids.push_back(info.id);
    }
    metric.refreshedMs = m_evaluation;
    return true;
}

store::QueryResult SampleWindow::query(const store::RangeQuery& query)
{
    const store::QueryPlan plan = store::planQuery(query);
    if (plan.resolution != store::Resolution::Raw || query.endMs > m_nowMs ||
        plan.fetchFromMs < m_nowMs - m_keepMs || query.stepMs <= 0 || query.endMs < query.startMs)
        return m_reader->query(query);
    store::QueryResult result;
    result.stepMs = plan.stepMs;
    if (!refresh(query.metric, &result.error))
        return result;
    for (const std::int64_t id : m_metrics[query.metric].ids) {
        const SeriesPoints& series = m_series[id];
        const bool matches = std::all_of(query.matchers.begin(), query.matchers.end(), [&](const auto& m) {
            return series.labels.value(m.first) == m.second;
        });
        if (!matches)
            continue;
        store::SeriesResult out{series.labels, store::evaluateRaw(series.points, plan, query.aggregation)};
        if (!out.points.empty())
            result.series.push_back(std::move(out));
    }
    return result;
}

} // namespace alerts
