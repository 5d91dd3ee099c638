#pragma once

#include "rollups.h"
#include "storetypes.h"

#include <span>
#include <vector>

namespace store {

// Which data a range query reads, and the evaluation grid.
//   step >= 1 h  -> hourly rollups; step >= 1 min -> minute rollups; otherwise raw samples.
// So a chart asking for <= 2,000 points over more than ~33 hours never touches raw samples
// (7 days / 2,000 points = 302 s per step -> minute rollups).
struct QueryPlan
{
    Resolution resolution = Resolution::Raw;
    std::int64_t firstMs = 0; // first evaluation time T
    std::int64_t endMs = 0;
    std::int64_t stepMs = 0;
    std::int64_t windowMs = 0;
    // The data to fetch: raw samples in [fetchFromMs, fetchToMs], rollup buckets in [from, to).
    std::int64_t fetchFromMs = 0;
    std::int64_t fetchToMs = 0;
};

std::int64_t bucketMs(Resolution resolution);
Resolution resolutionForStep(std::int64_t stepMs);
// The smallest whole-second step that keeps [startMs, endMs] within maxPoints evaluations.
std::int64_t stepForPoints(std::int64_t startMs, std::int64_t endMs, int maxPoints);
QueryPlan planQuery(const RangeQuery& query);

// Evaluates at every T of the plan over sorted, deduplicated raw samples; steps without samples
// (or, for Rate, without two samples) give no point.
std::vector<metricmath::Point> evaluateRaw(std::span<const metricmath::Point> points, const QueryPlan& plan,
                                           Aggregation aggregation);
// Same over rollup buckets sorted by bucket. Rate sums the increase between consecutive bucket
// `last` values inside the window, a decrease counting as a reset from zero (as Prometheus'
// counter-reset rule); resets inside a single bucket are not visible at this resolution.
std::vector<metricmath::Point> evaluateRollups(std::span<const RollupBucket> buckets, const QueryPlan& plan,
                                               Aggregation aggregation);

} // namespace store
