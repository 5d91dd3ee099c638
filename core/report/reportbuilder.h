#pragma once

#include "planresult.h"
#include "reportdocument.h"
#include "reportfiles.h"

namespace report {

// The content of a report: cover, criteria summary, one section per scenario (configuration,
// environment, percentiles, charts over time, errors by kind, cache and batch tables, what the
// collectors saw), how the percentiles were computed, and the sign-off block.
ReportDocument buildReport(const PlanResult& result, const ReportOptions& options);

} // namespace report
