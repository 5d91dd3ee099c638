#include "aggregation.h"

#include <cmath>

namespace metricmath {

namespace {

template<typename GroupOf>
InstantVector sumGrouped(const InstantVector& v, GroupOf groupOf)
{
    std::map<LabelSet, KahanSum> sums;
    for (const auto& [labels, value] : v)
        sums[groupOf(labels)].add(value);
    InstantVector result;
    for (const auto& [labels, sum] : sums)
        result.emplace_hint(result.end(), labels, sum.value());
    return result;
}

} // namespace

void KahanSum::add(double value)
{
    const double total = m_sum + value;
    if (std::isinf(total))
        m_compensation = 0; // the compensation of an infinite sum is meaningless (and would make NaN)
    else if (std::abs(m_sum) >= std::abs(value))
        m_compensation += (m_sum - total) + value; // Neumaier: recover the low bits of the smaller term
    else
        m_compensation += (value - total) + m_sum;
    m_sum = total;
}

InstantVector sumBy(const InstantVector& v, const LabelNames& by)
{
    return sumGrouped(v, [&](const LabelSet& labels) { return labels.keepOnly(by); });
}

InstantVector sumWithout(const InstantVector& v, const LabelNames& without)
{
    return sumGrouped(v, [&](const LabelSet& labels) { return labels.without(without); });
}

} // namespace metricmath
