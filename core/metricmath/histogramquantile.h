#pragma once

#include "series.h"

#include <optional>
#include <string_view>
#include <vector>

// histogram_quantile() over classic (`_bucket` / `le`) histograms, as Prometheus computes it.
//
// Semantics followed: Prometheus 3.x, promql/quantile.go `bucketQuantile` with `coalesceBuckets`,
// `correctPrecisionErrors` (relative tolerance 1e-12) and `ensureMonotonic`, and promql/functions.go
// `funcHistogramQuantile` for grouping the series. See also the histogram_quantile() section of
// https://prometheus.io/docs/prometheus/latest/querying/functions/.
namespace metricmath {

// One cumulative bucket: the number of observations <= upperBound.
struct Bucket
{
    double upperBound = 0;
    double count = 0;

    bool operator==(const Bucket&) const = default;
};

// What Prometheus reports as annotations next to the value.
struct QuantileNotes
{
    bool forcedMonotonic = false; // bucket counts decreased somewhere and were raised to the running max
    bool fixedPrecision = false;  // tiny float differences between neighbours were flattened first
};

// The q-quantile of one histogram. Buckets may come in any order. In order:
//   q NaN -> NaN; q < 0 -> -Inf; q > 1 -> +Inf; no buckets or a NaN bound -> NaN (ours: Prometheus
//   leaves that unspecified);
//   highest bound not +Inf -> NaN; buckets with the same bound are summed; counts made monotonic;
//   fewer than two buckets -> NaN; zero observations (the +Inf count) -> NaN;
//   rank = q * observations, b = first bucket (below +Inf) with count >= rank;
//   b is the +Inf bucket -> the second-highest bound;
//   b is the lowest bucket and its bound <= 0 -> that bound;
//   else linear interpolation inside b, from the previous bound (0 for the lowest bucket).
double bucketQuantile(double q, std::vector<Bucket> buckets, QuantileNotes* notes = nullptr);

// Parses an `le` (or summary `quantile`) label value as Go's strconv.ParseFloat does for what
// exporters write: decimal and exponent forms, optional sign, "Inf"/"Infinity"/"NaN" in any case.
// Hexadecimal floats and digit underscores are not accepted. No value on error or overflow.
std::optional<double> parseLabelFloat(std::string_view text);

// histogram_quantile(q, v): groups v's bucket samples by their labels without `le` and the metric
// name, and computes bucketQuantile per group. Samples whose `le` is missing or unparsable are
// ignored. Result labels are the group labels.
InstantVector histogramQuantile(double q, const InstantVector& bucketSamples);

// Groups bucket samples into histograms the same way (for several quantiles over one grouping).
std::map<LabelSet, std::vector<Bucket>> groupBuckets(const InstantVector& bucketSamples);

} // namespace metricmath
