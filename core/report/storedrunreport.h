#pragma once

#include "loadrunstore.h"
#include "planresult.h"

namespace report {

// A stored load run in the form the report writers read: one scenario (its report, or one rebuilt
// from the stored seconds for a run that never finished, and its per-second timeline; no collector
// data) and its k6 thresholds as criteria. Thresholds a criterion cannot state (min, percentiles
// other than 50/90/95/99, request counts and rates, !=) are left out; a run without thresholds has
// no criteria. A run that did not complete carries why in PlanResult::error.
PlanResult planResultFromStoredRun(const load::StoredRun& run);

// What a stored run's report says without reading its seconds (for a list): how many criteria
// planResultFromStoredRun would judge, and how many of them failed; a run that did not complete fails.
struct StoredRunVerdict
{
    int criteria = 0;
    int failed = 0;
    bool completed = true;
    bool judged() const { return criteria > 0 || !completed; }
    bool passed() const { return completed && criteria > 0 && failed == 0; }
};
StoredRunVerdict storedRunVerdict(const QJsonObject& report, const QString& state);

// A threshold as judged in a LoadRunReport's JSON, as a criterion; false when none can state it.
bool criterionFromThreshold(const QJsonObject& threshold, const QString& scenario, CriterionOutcome* outcome);

} // namespace report
