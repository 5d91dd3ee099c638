#pragma once

#include "jsonendpoint.h"
#include "metricsample.h"

#include <QByteArray>
#include <vector>

// Labels come in wildcardLabels order.
using JsonSample = MetricSample;

namespace JsonSampleExtractor {
// Pure: body in, samples out. Numbers and booleans (1/0) map; a mapping whose path matches
// nothing yields no sample. Not-JSON, or a mapping with more '*' than labels, is an error.
bool extract(const QByteArray& body, const QList<JsonMapping>& mappings, std::vector<JsonSample>* samples,
             QString* errorMessage);
} // namespace JsonSampleExtractor
