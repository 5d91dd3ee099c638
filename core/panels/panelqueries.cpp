#include "panelqueries.h"

#include "histogramquantile.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace panels {
namespace {

bool matchesEqual(const metricmath::LabelSet& labels, const Selector& selector)
{
    for (const auto& [name, value] : selector.equal) {
        if (labels.value(name) != value)
            return false;
    }
    return true;
}

bool matchesPrefixes(const metricmath::LabelSet& labels, const Selector& selector)
{
    for (const auto& [name, prefix] : selector.prefix) {
        if (!labels.value(name).starts_with(prefix))
            return false;
    }
    return true;
}

std::int64_t queryRangeMs(store::Aggregation aggregation, const TimeRange& range)
{
    return aggregation == store::Aggregation::Rate ? std::max(range.rateWindowMs, range.stepMs) : 0;
}

store::RangeQuery rangeQuery(const std::string& metric, store::Aggregation aggregation,
                             const TimeRange& range)
{
    store::RangeQuery query;
    query.metric = metric;
    query.startMs = range.startMs;
    query.endMs = range.endMs;
    query.stepMs = range.stepMs;
    query.rangeMs = queryRangeMs(aggregation, range);
    query.aggregation = aggregation;
    return query;
}

} // namespace

TimeRange chartRange(std::int64_t endMs, std::int64_t spanMs)
{
    TimeRange range;
    range.endMs = endMs;
    range.stepMs = std::max<std::int64_t>(1000, (spanMs / 200 + 999) / 1000 * 1000);
    range.startMs = endMs - spanMs;
    range.rateWindowMs = std::max<std::int64_t>(30'000, 4 * range.stepMs);
    return range;
}

PanelQueries::PanelQueries(store::StoreReader& reader)
    : m_query([&reader](const store::RangeQuery& query) { return reader.query(query); })
{
}

PanelQueries::PanelQueries(QueryFunction query)
    : m_query(std::move(query))
{
}

bool PanelQueries::fetchAll(const std::string& metric, store::Aggregation aggregation, const TimeRange& range,
                            const metricmath::RangeVector** out, QString* error)
{
    const CacheKey key{metric,      aggregation,  range.startMs,
                       range.endMs, range.stepMs, queryRangeMs(aggregation, range)};
    if (const auto it = m_cache.find(key); it != m_cache.end()) {
        *out = &it->second;
        return true;
    }
    store::QueryResult result = m_query(rangeQuery(metric, aggregation, range));
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    metricmath::RangeVector& series = m_cache[key];
    for (store::SeriesResult& one : result.series)
        series[one.labels.withoutMetricName()] = std::move(one.points);
    *out = &series;
    return true;
}

bool PanelQueries::fetch(const Selector& selector, store::Aggregation aggregation, const TimeRange& range,
                         Fetched* out, QString* error)
{
    if (m_caching) {
        const metricmath::RangeVector* all = nullptr;
        if (!fetchAll(selector.metric, aggregation, range, &all, error))
            return false;
        if (selector.equal.empty() && selector.prefix.empty()) {
            out->shared = all; // every series: no copy
            return true;
        }
        for (const auto& [labels, points] : *all) {
            if (matchesEqual(labels, selector) && matchesPrefixes(labels, selector))
                out->owned[labels] = points;
        }
        return true;
    }
    store::RangeQuery query = rangeQuery(selector.metric, aggregation, range);
    query.matchers = selector.equal;
    const store::QueryResult result = m_query(query);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    for (const store::SeriesResult& series : result.series) {
        if (matchesPrefixes(series.labels, selector))
            out->owned[series.labels.withoutMetricName()] = series.points;
    }
    return true;
}

metricmath::RangeVector PanelQueries::sumBy(const metricmath::RangeVector& in,
                                            const metricmath::LabelNames& by)
{
    std::map<metricmath::LabelSet, std::map<std::int64_t, double>> sums;
    for (const auto& [labels, points] : in) {
        auto& steps = sums[labels.keepOnly(by)];
        for (const metricmath::Point& point : points)
            steps[point.timestampMs] += point.value;
    }
    metricmath::RangeVector out;
    for (const auto& [labels, steps] : sums) {
        auto& points = out[labels];
        for (const auto& [t, value] : steps)
            points.push_back({t, value});
    }
    return out;
}

PanelResult PanelQueries::toResult(const metricmath::RangeVector& grouped)
{
    PanelResult result;
    for (const auto& [labels, points] : grouped)
        result.series.push_back({labels, points});
    return result;
}

PanelResult PanelQueries::quantiles(const Selector& histogram, const std::vector<double>& qs,
                                    const metricmath::LabelNames& by, const TimeRange& range)
{
    Selector buckets = histogram;
    buckets.metric += "_bucket";
    Fetched rates;
    PanelResult result;
    if (!fetch(buckets, store::Aggregation::Rate, range, &rates, &result.error))
        return result;
    metricmath::LabelNames byAndLe = by;
    byAndLe.push_back("le");
    // Per step, the summed bucket rates of each group: histogram_quantile's instant vector.
    std::map<std::int64_t, metricmath::InstantVector> steps;
    for (const auto& [labels, points] : sumBy(rates.series(), byAndLe)) {
        for (const metricmath::Point& point : points)
            steps[point.timestampMs][labels] = point.value;
    }
    metricmath::RangeVector out;
    for (const double q : qs) {
        char name[32];
        std::snprintf(name, sizeof name, "%g", q);
        for (const auto& [t, buckets] : steps) {
            for (const auto& [group, value] : metricmath::histogramQuantile(q, buckets)) {
                if (std::isnan(value))
                    continue; // no observations in the window: a gap, not a value
                metricmath::LabelSet labels = group;
                labels.set("quantile", name);
                out[labels].push_back({t, value});
            }
        }
    }
    return toResult(out);
}

PanelResult PanelQueries::rate(const Selector& counter, const metricmath::LabelNames& by,
                               const TimeRange& range)
{
    Fetched rates;
    PanelResult result;
    if (!fetch(counter, store::Aggregation::Rate, range, &rates, &result.error))
        return result;
    return toResult(sumBy(rates.series(), by));
}

PanelResult PanelQueries::ratio(const Selector& numerator, const Selector& denominator,
                                const metricmath::LabelNames& by, const TimeRange& range)
{
    Fetched top;
    Fetched bottom;
    PanelResult result;
    if (!fetch(numerator, store::Aggregation::Rate, range, &top, &result.error) ||
        !fetch(denominator, store::Aggregation::Rate, range, &bottom, &result.error))
        return result;
    const metricmath::RangeVector sumsTop = sumBy(top.series(), by);
    metricmath::RangeVector out;
    for (const auto& [labels, points] : sumBy(bottom.series(), by)) {
        // A group with no numerator series at all has a ratio of 0 wherever its denominator moves.
        std::map<std::int64_t, double> above;
        if (auto it = sumsTop.find(labels); it != sumsTop.end()) {
            for (const metricmath::Point& point : it->second)
                above[point.timestampMs] = point.value;
        }
        for (const metricmath::Point& point : points) {
            if (point.value <= 0)
                continue;
            const auto it = above.find(point.timestampMs);
            out[labels].push_back({point.timestampMs, (it != above.end() ? it->second : 0.0) / point.value});
        }
    }
    return toResult(out);
}

PanelResult PanelQueries::hitRatio(const Selector& hits, const Selector& misses,
                                   const metricmath::LabelNames& by, const TimeRange& range)
{
    Fetched hitRates;
    Fetched missRates;
    PanelResult result;
    if (!fetch(hits, store::Aggregation::Rate, range, &hitRates, &result.error) ||
        !fetch(misses, store::Aggregation::Rate, range, &missRates, &result.error))
        return result;
    std::map<metricmath::LabelSet, std::map<std::int64_t, std::pair<double, double>>> steps;
    for (const auto& [labels, points] : sumBy(hitRates.series(), by)) {
        for (const metricmath::Point& point : points)
            steps[labels][point.timestampMs].first = point.value;
    }
    for (const auto& [labels, points] : sumBy(missRates.series(), by)) {
        for (const metricmath::Point& point : points)
            steps[labels][point.timestampMs].second = point.value;
    }
    metricmath::RangeVector out;
    for (const auto& [labels, byTime] : steps) {
        for (const auto& [t, counts] : byTime) {
            const double lookups = counts.first + counts.second;
            if (lookups > 0)
                out[labels].push_back({t, counts.first / lookups});
        }
    }
    return toResult(out);
}

PanelResult PanelQueries::gauge(const Selector& gauge, const metricmath::LabelNames& by,
                                const TimeRange& range)
{
    Fetched values;
    PanelResult result;
    if (!fetch(gauge, store::Aggregation::Last, range, &values, &result.error))
        return result;
    return toResult(sumBy(values.series(), by));
}

PanelResult PanelQueries::each(const Selector& gauge, const TimeRange& range)
{
    Fetched values;
    PanelResult result;
    if (!fetch(gauge, store::Aggregation::Last, range, &values, &result.error))
        return result;
    return toResult(values.series());
}

} // namespace panels
