#pragma once

#include "exportfamily.h"

namespace load {
struct StoredRun;
}

namespace exporting {

// The metric families of a stored load run, every series labelled run, scenario and target:
//   perfdash_load_requests_total{endpoint?}, perfdash_load_errors_total{kind},
//   perfdash_load_received_bytes_total, perfdash_load_duration_seconds,
//   perfdash_load_latency_seconds{endpoint?, quantile=0.5|0.95|0.99|0.999} (a summary with _sum
//   and _count; no endpoint label: the whole run), stamped at the run's end.
// With `timeline`, per second as well (stamped at each second's end, for remote write):
//   perfdash_load_second_requests, perfdash_load_second_errors, perfdash_load_active_users,
//   perfdash_load_second_latency_seconds{quantile=0.5|0.95|0.99}.
namespace RunMetrics {
std::vector<ExportFamily> build(const load::StoredRun& run, bool timeline);
}

} // namespace exporting
