#pragma once

#include "series.h"

#include <map>

// Summary quantiles are computed by the client and passed through: they cannot be interpolated to
// other quantiles nor aggregated across series (unlike histogram buckets).
namespace metricmath {

// One summary's reported quantiles: quantile (0..1) -> value.
using SummaryQuantiles = std::map<double, double>;

// Groups the samples carrying a parsable `quantile` label by their labels without `quantile` (the
// metric name is kept, so two summaries stay apart); `_sum` / `_count` samples are skipped.
std::map<LabelSet, SummaryQuantiles> summaryQuantiles(const InstantVector& samples);

// The value reported for exactly quantile q, NaN when the summary does not report that quantile.
double summaryQuantile(const SummaryQuantiles& quantiles, double q);

} // namespace metricmath
