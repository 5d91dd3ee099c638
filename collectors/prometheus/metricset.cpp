#include "metricset.h"

#include <algorithm>

namespace Prometheus {

std::string_view metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Unknown:
        return "unknown";
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::Info:
        return "info";
    case MetricType::StateSet:
        return "stateset";
    }
    return "unknown";
}

Label LabelRange::Iterator::operator*() const
{
    return {m_set->text(m_ref->name), m_set->text(m_ref->value)};
}

const MetricFamily* MetricSet::family(std::string_view name) const
{
    for (const MetricFamily& family : m_families) {
        if (text(family.name) == name)
            return &family;
    }
    return nullptr;
}

std::span<const Sample> MetricSet::samples(const MetricFamily& family) const
{
    return std::span<const Sample>(m_samples).subspan(family.firstSample, family.sampleCount);
}

LabelRange MetricSet::labels(const Sample& sample) const
{
    return {this, std::span<const LabelRef>(m_labels).subspan(sample.firstLabel, sample.labelCount)};
}

LabelRange MetricSet::labels(const Exemplar& exemplar) const
{
    return {this, std::span<const LabelRef>(m_labels).subspan(exemplar.firstLabel, exemplar.labelCount)};
}

std::vector<Label> MetricSet::sortedLabels(const Sample& sample) const
{
    std::vector<Label> sorted = labels(sample).toVector();
    std::sort(sorted.begin(), sorted.end(), [](const Label& a, const Label& b) { return a.name < b.name; });
    return sorted;
}

std::optional<std::string_view> MetricSet::labelValue(const Sample& sample, std::string_view name) const
{
    for (const Label label : labels(sample)) {
        if (label.name == name)
            return label.value;
    }
    return std::nullopt;
}

const Exemplar* MetricSet::exemplar(const Sample& sample) const
{
    return sample.exemplar < 0 ? nullptr : &m_exemplars[static_cast<std::size_t>(sample.exemplar)];
}

std::string_view MetricSet::text(TextRef ref) const
{
    if (ref.offset & kArenaBit)
        return std::string_view(m_arena).substr(ref.offset & ~kArenaBit, ref.size);
    return source().substr(ref.offset, ref.size);
}

} // namespace Prometheus
