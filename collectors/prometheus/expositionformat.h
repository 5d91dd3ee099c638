#pragma once

#include <optional>
#include <string_view>

namespace Prometheus {

// The two text dialects a /metrics endpoint may answer with.
enum class ExpositionFormat
{
    Text,        // Prometheus text format 0.0.4 (text/plain; version=0.0.4)
    OpenMetrics, // OpenMetrics 1.0 (application/openmetrics-text; version=1.0.0)
};

// Maps a Content-Type header value to the format to parse with. An empty header means the
// Prometheus text format (what Prometheus 2.x assumes); media types perfdash cannot parse
// (protobuf, JSON, OpenMetrics 2.x) give nullopt so the caller can report them.
std::optional<ExpositionFormat> formatForContentType(std::string_view contentType);

// The Accept header a scraper should send: OpenMetrics preferred, text format as fallback.
std::string_view acceptHeader();

} // namespace Prometheus
