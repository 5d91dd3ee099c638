#pragma once

#include "storetypes.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace store {

class StoreReader;
class TimeSeriesStore;

// Raw samples of the series selected by query.metric / query.matchers in
// [query.startMs, query.endMs] (step and aggregation are ignored).

// CSV: header `metric,labels,timestamp_ms,value`; labels in canonical form ({a="b"}), quoted.
bool exportCsv(StoreReader& reader, const RangeQuery& query, QIODevice* out, QString* error);
// OpenMetrics 1.0 text: one `unknown` family per metric, timestamps in seconds, ending `# EOF`.
bool exportOpenMetrics(StoreReader& reader, const RangeQuery& query, QIODevice* out, QString* error);

struct ImportStats
{
    std::int64_t samples = 0;
    std::int64_t series = 0;
};

// Parses OpenMetrics text with collectors/prometheus and appends every sample (those without a
// timestamp get defaultTimestampMs). Nothing is appended when the text does not parse.
// The samples are queued; call store.flush() to wait for them.
bool importOpenMetrics(TimeSeriesStore& store, const QByteArray& text, std::int64_t defaultTimestampMs,
                       ImportStats* stats, QString* error);

} // namespace store
