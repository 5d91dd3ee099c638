#pragma once

#include "expositionformat.h"
#include "metricset.h"
#include "parseerror.h"

#include <optional>
#include <string>
#include <string_view>

namespace Prometheus {

// Either every family of a valid exposition, or the first error and nothing else.
struct ParseResult
{
    MetricSet metrics; // empty when error is set
    std::optional<ParseError> error;
    bool ok() const { return !error.has_value(); }
};

// Parses and validates a whole exposition (PrometheusParser + MetricSetBuilder). The result
// points into `input`: keep the buffer alive while you use it. Inputs of 2 GiB or more are
// rejected (offsets are 32-bit).
ParseResult parseMetrics(std::string_view input, ExpositionFormat format);
// Same, but the result owns the buffer (moved in, not copied).
ParseResult parseMetrics(std::string&& input, ExpositionFormat format);

} // namespace Prometheus
