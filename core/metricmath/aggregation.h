#pragma once

#include "series.h"

// PromQL sum aggregation over an instant vector.
//
// Semantics followed: Prometheus 3.x promql/engine.go `aggregation` for `sum`: series are grouped by
// their labels kept by `by` / left by `without` (the metric name is always dropped), and values are
// added with Kahan-Neumaier compensation (promql/functions.go `kahanSumInc`). NaN and Inf propagate.
namespace metricmath {

// sum by (names) (v)
InstantVector sumBy(const InstantVector& v, const LabelNames& by);
// sum without (names) (v)
InstantVector sumWithout(const InstantVector& v, const LabelNames& without);

// Compensated running sum, as Prometheus adds float samples in sum(), avg() and sum_over_time().
class KahanSum
{
public:
    void add(double value);
    double value() const { return m_sum + m_compensation; }

private:
    double m_sum = 0;
    double m_compensation = 0;
};

} // namespace metricmath
