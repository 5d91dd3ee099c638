#include "instantquantiles.h"

#include "histogramquantile.h"
#include "metricsetview.h"
#include "summaryquantile.h"

std::vector<InstantQuantiles> instantQuantiles(const Prometheus::MetricSet& set)
{
    std::vector<InstantQuantiles> rows;
    for (const Prometheus::MetricFamily& family : set.families()) {
        const std::string name(set.name(family));
        if (family.type == Prometheus::MetricType::Histogram ||
            family.type == Prometheus::MetricType::GaugeHistogram) {
            const auto groups = metricmath::groupBuckets(MetricSetView::samplesNamed(set, name + "_bucket"));
            for (const auto& [labels, buckets] : groups) {
                rows.push_back({name, labels.withoutMetricName(), InstantQuantiles::Source::Histogram,
                                metricmath::bucketQuantile(0.5, buckets),
                                metricmath::bucketQuantile(0.95, buckets),
                                metricmath::bucketQuantile(0.99, buckets)});
            }
        } else if (family.type == Prometheus::MetricType::Summary) {
            for (const auto& [labels, quantiles] :
                 metricmath::summaryQuantiles(MetricSetView::samplesNamed(set, name))) {
                rows.push_back({name, labels.withoutMetricName(), InstantQuantiles::Source::Summary,
                                metricmath::summaryQuantile(quantiles, 0.5),
                                metricmath::summaryQuantile(quantiles, 0.95),
                                metricmath::summaryQuantile(quantiles, 0.99)});
            }
        }
    }
    return rows;
}
