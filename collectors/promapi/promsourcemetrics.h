#pragma once

namespace promapi {

// Recording-rule style names (level:metric:operation) under which a Prometheus server source stores
// what the standard panels show, so they never collide with the raw series a scrape stores. Shared
// with core/panels, which reads them back (hence a header of its own, free of HTTP).
inline constexpr char quantileMetric[] = "path:http_request_duration_seconds:quantile";
inline constexpr char requestRateMetric[] = "path:http_requests:rate";
inline constexpr char errorRatioMetric[] = "path:http_requests_5xx:ratio";

} // namespace promapi
