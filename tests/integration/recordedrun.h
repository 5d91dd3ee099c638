#pragma once

#include "loadresult.h"

#include <QString>
#include <QUrl>
#include <optional>

// A short real run of the core-100-users preset against `target` (loopback), recorded through the
// real recorder into the store file `dataFile` with its report and thresholds, as the Load runs
// page records one. Nothing, with
// `error`, when the preset does not compile, the run does not end or the store refuses it.
struct RecordedRun
{
    qint64 id = 0;
    load::LoadResult result;
};
std::optional<RecordedRun> recordPresetRun(const QUrl& target, const QString& dataFile,
                                           std::int64_t durationMs, int users, QString* error);
