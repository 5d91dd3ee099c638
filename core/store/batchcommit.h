#pragma once

#include "seriesregistry.h"
#include "storetypes.h"

#include <QString>
#include <vector>

struct sqlite3;

namespace store {

// Writes one batch in one transaction: new series rows, one Gorilla-encoded block per series
// (table samples) and the rollup buckets it touches. All or nothing: on failure nothing of the
// batch is in the file and the caller keeps the samples.
// `samples` is sorted in place by (series, time); equal timestamps keep their order.
bool commitBatch(sqlite3* db, std::vector<Sample>& samples,
                 const std::vector<SeriesRegistry::NewSeries>& newSeries, QString* error);

} // namespace store
