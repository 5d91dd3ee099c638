#pragma once

#include "labelset.h"
#include "metricset.h"
#include "series.h"

#include <string_view>

// Adapts the parser's MetricSet (collectors) to the metric math's series types (core).
namespace MetricSetView {
// The series identity of one sample: its labels plus __name__.
metricmath::LabelSet labelSet(const Prometheus::MetricSet& set, const Prometheus::Sample& sample);
// Every sample whose full name is `sampleName` (e.g. "http_requests_total"), by series.
metricmath::InstantVector samplesNamed(const Prometheus::MetricSet& set, std::string_view sampleName);
} // namespace MetricSetView
