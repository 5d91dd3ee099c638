#include "metricsetview.h"

namespace MetricSetView {
metricmath::LabelSet labelSet(const Prometheus::MetricSet& set, const Prometheus::Sample& sample)
{
    std::vector<metricmath::LabelSet::Label> labels;
    const auto range = set.labels(sample);
    labels.reserve(range.size() + 1);
    labels.emplace_back(std::string(metricmath::LabelSet::metricNameLabel), std::string(set.name(sample)));
    for (const Prometheus::Label& label : range)
        labels.emplace_back(std::string(label.name), std::string(label.value));
    return metricmath::LabelSet(std::move(labels));
}

metricmath::InstantVector samplesNamed(const Prometheus::MetricSet& set, std::string_view sampleName)
{
    metricmath::InstantVector result;
    for (const Prometheus::MetricFamily& family : set.families()) {
        // A sample's name starts with its family's name (foo_bucket in family foo).
        if (!sampleName.starts_with(set.name(family)))
            continue;
        for (const Prometheus::Sample& sample : set.samples(family)) {
            if (set.name(sample) == sampleName)
                result[labelSet(set, sample)] = sample.value;
        }
    }
    return result;
}
} // namespace MetricSetView
