#include "prometheusrecorder.h"

#include <cmath>

namespace ingest {
namespace {
metricmath::LabelSet storedLabels(const PrometheusPollResult::Series& series, const std::string& source)
{
    std::vector<metricmath::LabelSet::Label> labels;
    labels.reserve(std::size_t(series.labels.size()) + 1);
    for (const auto& [name, value] : series.labels)
        labels.emplace_back(name.toStdString(), value.toStdString());
    labels.emplace_back("source", source);
    return metricmath::LabelSet(std::move(labels));
}
} // namespace

PrometheusRecorder::PrometheusRecorder(store::TimeSeriesStore& store)
    : m_store(store)
{
}

bool PrometheusRecorder::record(const PrometheusPollResult& result)
{
    const std::string source = result.source.toStdString();
    std::vector<store::Sample> batch;
    for (const PrometheusPollResult::Series& series : result.series) {
        const store::SeriesRef ref =
            m_store.series(series.metric.toStdString(), storedLabels(series, source));
        for (const promapi::Point& point : series.points)
            if (!std::isnan(point.value))
                batch.push_back({ref, point.timestampMs, point.value});
    }
    const store::SeriesRef up =
        m_store.series("prometheus_source_up", metricmath::LabelSet{{"source", source}});
    batch.push_back({up, result.timestampMs, result.ok() ? 1.0 : 0.0});
    return m_store.append(batch);
}

} // namespace ingest
