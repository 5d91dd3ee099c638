#pragma once

#include "labelset.h"
#include "series.h"
#include "storereader.h"

#include <QString>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace panels {

// Which series of one metric: label == value for `equal`, label starting with the value for
// `prefix` (status "5" for 5xx), as a PromQL selector with =~"5.." would.
struct Selector
{
    std::string metric;
    std::vector<std::pair<std::string, std::string>> equal;
    std::vector<std::pair<std::string, std::string>> prefix;
};

// Evaluation times startMs, startMs + stepMs ... <= endMs; counters are rated over rateWindowMs
// (PromQL's [window]; at least the step).
struct TimeRange
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::int64_t stepMs = 15'000;
    std::int64_t rateWindowMs = 60'000;
};

// A chart's grid over [endMs - spanMs, endMs]: about 200 steps on whole seconds, counters rated
// over four steps (at least 30 s).
TimeRange chartRange(std::int64_t endMs, std::int64_t spanMs);

struct PanelSeries
{
    metricmath::LabelSet labels; // the grouping labels (and "quantile" for quantiles)
    std::vector<metricmath::Point> points;
};

struct PanelResult
{
    std::vector<PanelSeries> series; // ordered by labels
    QString error;                   // empty on success
    bool ok() const { return error.isEmpty(); }
};

// The standard panels' figures from the store, each the PromQL expression in its comment. Steps
// without data give no point (a gap in a chart, never a made-up zero). Runs on the caller's
// thread with the caller's reader (the GUI calls it from a worker).
class PanelQueries
{
public:
    explicit PanelQueries(store::StoreReader& reader);
    // Over another source of range queries answered as StoreReader::query() would (the alert
    // evaluator's window of recent samples).
    using QueryFunction = std::function<store::QueryResult(const store::RangeQuery&)>;
    explicit PanelQueries(QueryFunction query);

    // histogram_quantile(q, sum by (le, by...) (rate(<metric>_bucket{selector}[window]))) for each q;
    // `selector.metric` names the histogram (without _bucket).
    PanelResult quantiles(const Selector& histogram, const std::vector<double>& qs,
                          const metricmath::LabelNames& by, const TimeRange& range);
    // sum by (by...) (rate(counter{selector}[window]))
    PanelResult rate(const Selector& counter, const metricmath::LabelNames& by, const TimeRange& range);
    // sum by (by...) (rate(numerator[window])) / sum by (by...) (rate(denominator[window])); steps
    // where the denominator's rate is 0 give no point.
    PanelResult ratio(const Selector& numerator, const Selector& denominator,
                      const metricmath::LabelNames& by, const TimeRange& range);
    // hits / (hits + misses) over their rates, summed by (by...): a cache's hit rate. Steps with no
    // lookups give no point.
    PanelResult hitRatio(const Selector& hits, const Selector& misses, const metricmath::LabelNames& by,
                         const TimeRange& range);
    // sum by (by...) (last_over_time(gauge{selector}[step]))
    PanelResult gauge(const Selector& gauge, const metricmath::LabelNames& by, const TimeRange& range);
    // last_over_time(gauge{selector}[step]): every series on its own (labels without __name__), as a
    // plain PromQL selector answers.
    PanelResult each(const Selector& gauge, const TimeRange& range);

    // With the cache on, calls that share a metric, an aggregation and a range read the store once
    // (all series of the metric, matchers applied in memory): the alert evaluator's many rules at one
    // instant. Off by default: the cache keeps every series of each metric read until clearCache().
    void setCaching(bool on) { m_caching = on; }
    void clearCache() { m_cache.clear(); }

private:
    // What fetch() found: its own copy, or (cached, nothing filtered out) the cache's series.
    struct Fetched
    {
        metricmath::RangeVector owned;
        const metricmath::RangeVector* shared = nullptr;
        const metricmath::RangeVector& series() const { return shared ? *shared : owned; }
    };
    // Per series of `selector` (labels without __name__), the store's per-step aggregate (Rate or Last).
    bool fetch(const Selector& selector, store::Aggregation aggregation, const TimeRange& range, Fetched* out,
               QString* error);
    // Sums series that share their `by` labels, step by step.
    static metricmath::RangeVector sumBy(const metricmath::RangeVector& in, const metricmath::LabelNames& by);
    static PanelResult toResult(const metricmath::RangeVector& grouped);

    using CacheKey =
        std::tuple<std::string, store::Aggregation, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
    bool fetchAll(const std::string& metric, store::Aggregation aggregation, const TimeRange& range,
                  const metricmath::RangeVector** out, QString* error);

    QueryFunction m_query;
    bool m_caching = false;
    std::map<CacheKey, metricmath::RangeVector> m_cache;
};

} // namespace panels
