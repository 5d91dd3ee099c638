#pragma once

#include "batchoperation.h"
#include "cachesecondaccess.h"
#include "loadrunreport.h"
#include "threshold.h"

#include <QString>
#include <vector>

// What `perfdash load run <scenario>` prints after the wrk-like summary: the thresholds as k6
// prints them (✓ 'p(95)<500' p(95)=12.34ms, grouped by metric), the acceptance checks, a verdict.
namespace ScenarioPrinter {
// One line per request of the scenario: requests, errors, P50/P95/P99/max (when there are several).
QString endpoints(const load::Scenario& scenario, const load::LoadResult& result);
QString thresholds(const std::vector<load::ThresholdOutcome>& outcomes);
QString cache(const load::CacheSecondAccess::Result& result);
QString batch(const load::BatchOperation::Result& result);
QString verdict(const load::LoadRunReport& report);
} // namespace ScenarioPrinter
