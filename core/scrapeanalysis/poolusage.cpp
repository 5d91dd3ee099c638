#include "poolusage.h"

#include "metricsetview.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace {
constexpr std::string_view sizeSuffix = "_size";

// The value of the first of `suffixes` that `prefix` has for `labels`.
std::optional<double> sibling(const Prometheus::MetricSet& set, const std::string& prefix,
                              const metricmath::LabelSet& labels,
                              std::initializer_list<std::string_view> suffixes)
{
    for (std::string_view suffix : suffixes) {
        for (const auto& [series, value] : MetricSetView::samplesNamed(set, prefix + std::string(suffix))) {
            if (series.withoutMetricName() == labels)
                return value;
        }
    }
    return std::nullopt;
}

bool isPoolSizeFamily(const Prometheus::MetricSet& set, const Prometheus::MetricFamily& family)
{
    const std::string_view name = set.name(family);
    return (family.type == Prometheus::MetricType::Gauge || family.type == Prometheus::MetricType::Unknown) &&
           name.ends_with(sizeSuffix) && name.substr(0, name.size() - sizeSuffix.size()).ends_with("pool");
}
} // namespace

std::vector<PoolUsage> poolUsage(const Prometheus::MetricSet& set)
{
    std::vector<PoolUsage> pools;
    for (const Prometheus::MetricFamily& family : set.families()) {
        if (!isPoolSizeFamily(set, family))
            continue;
        const std::string name(set.name(family));
        const std::string prefix = name.substr(0, name.size() - sizeSuffix.size());
        for (const auto& [series, size] : MetricSetView::samplesNamed(set, name)) {
            PoolUsage pool;
            pool.prefix = prefix;
            pool.labels = series.withoutMetricName();
            pool.size = size;
            const auto overflow = sibling(set, prefix, pool.labels, {"_overflow"});
            pool.overflow = std::max(0.0, overflow.value_or(0));
            if (const auto checkedOut =
                    sibling(set, prefix, pool.labels, {"_checked_out", "_checkedout", "_in_use"})) {
                pool.inUse = *checkedOut;
                pool.basis = PoolUsage::InUseBasis::CheckedOut;
            } else if (const auto available = sibling(set, prefix, pool.labels,
                                                      {"_available", "_checked_in", "_checkedin", "_idle"})) {
                pool.inUse = std::max(0.0, size - *available);
                pool.basis = PoolUsage::InUseBasis::SizeMinusAvailable;
            } else if (overflow) {
                pool.inUse = std::max(0.0, size + *overflow);
                pool.basis = PoolUsage::InUseBasis::SizePlusOverflow;
            } else {
                continue;
            }
            pool.capacity =
                size + std::max(0.0, sibling(set, prefix, pool.labels, {"_max_overflow"}).value_or(0));
            pool.usageRatio = pool.capacity > 0 ? pool.inUse / pool.capacity : 0;
            pools.push_back(std::move(pool));
        }
    }
    std::sort(pools.begin(), pools.end(), [](const PoolUsage& a, const PoolUsage& b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : a.labels < b.labels;
    });
    return pools;
}
