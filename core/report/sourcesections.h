#pragma once

#include "planresult.h"
#include "reportdocument.h"
#include "reporttext.h"

#include <vector>

namespace report {

// The report's blocks for what the PostgreSQL and Redis sources saw during a scenario, and for the
// alerts of the run: built here so that reportbuilder stays the document's outline.
namespace SourceSections {
std::vector<ReportBlock> postgres(const PostgresSummary& seen, const ReportText& t);
std::vector<ReportBlock> redis(const RedisSummary& seen, const ReportText& t);
// Empty when the run evaluated no alert rules.
std::vector<ReportBlock> alerts(const PlanResult& result, const ReportText& t);
} // namespace SourceSections

} // namespace report
