#pragma once

#include "endpointtable.h"
#include "overviewpanels.h"

#include <vector>

namespace panels {

struct TimeRange;
class PanelQueries;

// What Prometheus server sources stored (promapi's path:* series), beside perfdash's own figures
// and named by their source, so a reader knows where a value came from.

// Rows of the endpoint table, their job shown as "<job> via prom:<name>"; values are the newest
// within windowMs before endMs.
void addPrometheusEndpoints(PanelQueries& queries, std::int64_t endMs, std::int64_t windowMs,
                            std::vector<EndpointFigures>* rows);
// The latency card's P95 lines from the sources: "P95 <job> <path> via prom:<name>".
void addPrometheusLatencyLines(PanelQueries& queries, const TimeRange& range, PanelData* latency);

} // namespace panels
