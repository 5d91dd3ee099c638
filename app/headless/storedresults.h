#pragma once

#include "loadrunstore.h"
#include "planresult.h"

#include <QString>
#include <optional>

// What `perfdash report` and `perfdash export` read: a workspace's stored load runs and acceptance
// results (its data file opened read-only, so a perfdash writing it may keep running) and result
// files written by `perfdash acceptance --json`. Nothing, with `error`, when it cannot be read.
namespace StoredResults {
std::optional<load::StoredRun> loadRun(const QString& workspace, qint64 id, QString* error);
std::optional<report::PlanResult> acceptanceResult(const QString& workspace, qint64 id, QString* error);
std::optional<report::PlanResult> resultFile(const QString& fileName, QString* error);
} // namespace StoredResults
