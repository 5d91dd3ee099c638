#pragma once

#include "series.h"

#include <map>
#include <string_view>

// The dashboard's standard quantities, each the PromQL expression in its comment evaluated over
// plain inputs: a range vector of one metric's series (labels -> points sorted by time), the window
// the `[range]` covers, and the labels to group by (e.g. {"service", "path"}). Group labels a series
// lacks read as empty, as in PromQL.
namespace metricmath {

struct LatencyQuantiles
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
};

// For q in 0.5, 0.95, 0.99:
//   histogram_quantile(q, sum by (le, <groupBy>) (rate(<metric>_bucket[window])))
// `bucketSeries` are the `_bucket` series (with `le`). Groups whose buckets give no quantile (e.g. no
// traffic in the window, or no +Inf bucket) are present with NaN values.
std::map<LabelSet, LatencyQuantiles> latencyQuantiles(const RangeVector& bucketSeries, RangeWindow window,
                                                      const LabelNames& groupBy);

// Request rate (QPS):  sum by (<groupBy>) (rate(<counter>[window]))
InstantVector requestRate(const RangeVector& counterSeries, RangeWindow window, const LabelNames& groupBy);

// Server-error ratio:
//   sum by (<groupBy>) (rate(<counter>{<statusLabel>=~"5.."}[window]))
//     / sum by (<groupBy>) (rate(<counter>[window]))
// One deliberate difference from that PromQL: a group with requests but no 5xx series gets 0 (PromQL
// drops it, having no left-hand side). A group with zero total rate gets NaN (0/0, as PromQL).
InstantVector serverErrorRatio(const RangeVector& counterSeries, RangeWindow window,
                               const LabelNames& groupBy, std::string_view statusLabel = "status");

// The PromQL matcher =~"5..": anchored, exactly three (ASCII) characters, the first '5', none a newline.
bool isServerErrorStatus(std::string_view status);

} // namespace metricmath
