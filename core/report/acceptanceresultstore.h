#pragma once

#include "planresult.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace store {
class TimeSeriesStore;
}

namespace report {

// A stored acceptance result as the Reports page lists it (no JSON read).
struct AcceptanceResultInfo
{
    std::int64_t id = 0;
    QString planName;
    QString system;
    std::int64_t startedMs = 0;
    std::int64_t finishedMs = 0;
    bool passed = false;
    int failedRequired = 0;
};

// Acceptance results in the workspace store (schema 6), kept as the PlanResult JSON that
// `perfdash report` reads, so a stored result re-renders in every format. Writes wait for the
// store's writer thread and reads open a connection: call from a worker thread, not the GUI's.
class AcceptanceResultStore
{
public:
    explicit AcceptanceResultStore(store::TimeSeriesStore* store);

    std::optional<std::int64_t> save(const PlanResult& result, QString* error = nullptr);
    std::vector<AcceptanceResultInfo> list(QString* error = nullptr) const; // newest first
    // Nothing, with `error`, for an unknown id or a row whose JSON no longer reads as a result.
    std::optional<PlanResult> get(std::int64_t id, QString* error = nullptr) const;

private:
    store::TimeSeriesStore* m_store;
};

} // namespace report
