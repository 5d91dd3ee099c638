#pragma once

#include "exportfamily.h"

namespace report {
struct PlanResult;
}

namespace exporting {

// The metric families of an acceptance result, every series labelled plan, target, system and
// version (those given), stamped when the run finished:
//   perfdash_acceptance_passed (1 or 0), perfdash_acceptance_failed_criteria,
//   perfdash_acceptance_criterion_passed{criterion, scenario, metric, required},
//   perfdash_acceptance_criterion_value{,_seconds,_ratio}{criterion, ...} (what was measured, in
//   base units: ms as seconds, % as a ratio) and perfdash_acceptance_criterion_threshold{...}.
namespace AcceptanceMetrics {
std::vector<ExportFamily> build(const report::PlanResult& result);
}

} // namespace exporting
