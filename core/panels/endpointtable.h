#pragma once

#include "overviewpanels.h"
#include "storereader.h"

#include <string>
#include <vector>

namespace panels {

// One service and path as the Endpoints table shows it; NaN where there is no figure (no traffic
// in the window, or no histogram).
struct EndpointFigures
{
    std::string job;
    std::string path;
    double requestsPerSecond = std::numeric_limits<double>::quiet_NaN();
    double p50 = std::numeric_limits<double>::quiet_NaN();
    double p95 = std::numeric_limits<double>::quiet_NaN();
    double p99 = std::numeric_limits<double>::quiet_NaN();
    double errorRatio = std::numeric_limits<double>::quiet_NaN(); // 5xx over all requests
};

// Every job and path of http_requests_total / http_request_duration_seconds, rated over the
// window that ends at endMs, ordered by job then path.
std::vector<EndpointFigures> computeEndpoints(store::StoreReader& reader, std::int64_t endMs,
                                              std::int64_t windowMs);

// One endpoint's P50/P95/P99 over [endMs - spanMs, endMs], with the seeds' P95 threshold.
PanelData endpointLatency(store::StoreReader& reader, const std::string& job, const std::string& path,
                          std::int64_t endMs, std::int64_t spanMs);

} // namespace panels
