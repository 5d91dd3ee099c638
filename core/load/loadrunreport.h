#pragma once

#include "batchoperation.h"
#include "cachesecondaccess.h"
#include "loadresult.h"
#include "scenario.h"
#include "threshold.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace load {

// Everything a `perfdash load run` found: the scenario as written, the load run's result and its
// thresholds, and the acceptance steps; written as JSON (the full record) or JUnit (one test case
// per threshold or acceptance check) so a report or a CI can read it.
struct LoadRunReport
{
    Scenario scenario;
    QString target;
    std::optional<LoadResult> load;
    std::vector<ThresholdOutcome> thresholds;
    std::optional<CacheSecondAccess::Result> cache;
    std::vector<BatchOperation::Result> batch;

    int checkCount() const;
    int failureCount() const;
    bool passed() const { return failureCount() == 0; }

    QJsonObject toJson() const;
    QByteArray toJUnit() const;
};

// The thresholds against the totals of a run (rates per second over its duration).
std::vector<ThresholdOutcome> evaluateThresholds(const std::vector<Threshold>& thresholds,
                                                 const LoadResult& result);
// P50, P90, P95, P99, P99.9 and max in ms, mean, counts and errors by kind.
QJsonObject figuresToJson(const EndpointFigures& figures, std::int64_t durationMs);

} // namespace load
