#pragma once

#include "series.h"

#include <cstdint>
#include <span>
#include <vector>

struct sqlite3;

namespace store {

constexpr std::int64_t minuteMs = 60'000;
constexpr std::int64_t hourMs = 3'600'000;

// One rollup bucket [bucket, bucket + size): what a long-range chart reads instead of raw samples.
struct RollupBucket
{
    std::int64_t bucket = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    std::int64_t count = 0; // samples with a value (NaN left out)
    double last = 0;
    std::int64_t lastTs = 0;

    // Folds `other` (same bucket) in; the later `last` wins.
    void merge(const RollupBucket& other);
};

std::int64_t bucketStart(std::int64_t timestampMs, std::int64_t bucketMs);

// Buckets of `points` (sorted by time), as the writer folds them into the rollup tables.
std::vector<RollupBucket> rollUp(std::span<const metricmath::Point> points, std::int64_t bucketMs);

// Rollups are kept incrementally: every committed batch upserts its buckets, merged with what
// the table holds (min/max/sum/count combine; `last` follows the latest timestamp). NaN samples
// (no value) are left out of min/max/sum/count, as raw queries leave them out; only `last` can
// be NaN (SQLite stores NaN as NULL).
class RollupWriter
{
public:
    explicit RollupWriter(sqlite3* db);
    ~RollupWriter();
    RollupWriter(const RollupWriter&) = delete;
    RollupWriter& operator=(const RollupWriter&) = delete;
    // Inside the caller's transaction.
    bool add(std::int64_t seriesId, std::span<const metricmath::Point> sortedPoints);

private:
    struct Statements;
    Statements* m_statements;
};

} // namespace store
