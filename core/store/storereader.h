#pragma once

#include "rollups.h"
#include "sqlitehelpers.h"
#include "storetypes.h"

#include <QString>
#include <vector>

struct sqlite3;

namespace store {

// A read-only connection of its own: in WAL mode readers see the last committed state and run
// alongside the writer without blocking it. Not thread-safe; one reader per thread.
class StoreReader
{
public:
    StoreReader() = default;
    ~StoreReader();
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;

    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_db != nullptr; }

    // Prometheus' limit for range queries (11,000 points per series).
    static constexpr std::int64_t maxPointsPerSeries = 11'000;

    // Plans and evaluates a range query (see RangeQuery); more than maxPointsPerSeries
    // evaluation times, a non-positive step or a reversed range is an error.
    QueryResult query(const RangeQuery& query);

    struct SeriesInfo
    {
        std::int64_t id;
        metricmath::LabelSet labels;
    };
    // Series of `metric` whose labels include every matcher; all series when metric is empty.
    bool selectSeries(const RangeQuery& query, std::vector<SeriesInfo>* out, QString* error);
    // Raw samples of one series in [fromMs, toMs], from chunks and blocks merged: sorted, one
    // sample per timestamp (the one written last).
    bool rawPoints(std::int64_t seriesId, std::int64_t fromMs, std::int64_t toMs,
                   std::vector<metricmath::Point>* out, QString* error);
    // Rollup buckets with fromMs <= bucket < toMs.
    bool rollups(Resolution resolution, std::int64_t seriesId, std::int64_t fromMs, std::int64_t toMs,
                 std::vector<RollupBucket>* out, QString* error);

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    // rawPoints()' statements, prepared once per connection: a query reads every series of a metric.
    Statement m_chunkPoints;
    Statement m_blockPoints;
};

} // namespace store
