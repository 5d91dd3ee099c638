#pragma once

#include "labelset.h"
#include "series.h"

#include <QMetaType>
#include <QString>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace store {

// A series as the store knows it; obtained from TimeSeriesStore::series(), valid for the store's life.
struct SeriesRef
{
    std::int64_t id = 0;
    bool isValid() const { return id > 0; }
    bool operator==(const SeriesRef&) const = default;
};

struct Sample
{
    SeriesRef series;
    std::int64_t timestampMs = 0;
    double value = 0;
};

struct StoreOptions
{
    // A batch is committed when this much time passed since its first sample, or when it holds
    // commitSamples samples, whichever comes first.
    std::int64_t commitIntervalMs = 1000;
    std::size_t commitSamples = 100'000;
    // Samples waiting while the disk refuses writes; beyond this the oldest are dropped (counted).
    std::size_t maxBacklogSamples = 2'000'000;
    // Raw blocks older than this are packed into chunks of up to chunkSamples samples.
    std::int64_t compactAfterMs = 2 * 3600 * 1000;
    std::size_t chunkSamples = 960;
    // 0 disables the limit.
    std::int64_t retentionMs = 30LL * 24 * 3600 * 1000;
    std::int64_t maxFileBytes = 0;
    // How often the writer compacts, enforces retention and returns free pages (0: only on request).
    std::int64_t maintenanceIntervalMs = 60'000;
    // Opens the file with SQLITE_OPEN_READONLY (viewing a file another perfdash writes).
    bool readOnly = false;
};

// NaN samples (no value) are left out of every aggregation but Last, from raw data and rollups alike.
enum class Aggregation
{
    Avg,
    Min,
    Max,
    Last,
    Sum,
    Count,
    Rate, // counter: per-second increase with reset handling
};

enum class Resolution
{
    Raw,
    Minute,
    Hour,
};

// Series of one metric whose labels include every `matchers` pair, evaluated at
// startMs, startMs + stepMs, ... <= endMs. Each value aggregates the samples in (T - window, T],
// window = max(stepMs, rangeMs). From rollups the windows are whole buckets [T - step, T)
// with T and step snapped to the bucket size.
struct RangeQuery
{
    std::string metric;
    std::vector<std::pair<std::string, std::string>> matchers;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::int64_t stepMs = 1000;
    std::int64_t rangeMs = 0;
    Aggregation aggregation = Aggregation::Avg;
    // Forces a resolution (tests, benchmarks); by default the planner picks.
    bool forceResolution = false;
    Resolution resolution = Resolution::Raw;
};

struct SeriesResult
{
    metricmath::LabelSet labels; // including __name__
    std::vector<metricmath::Point> points;
};

struct QueryResult
{
    std::vector<SeriesResult> series;
    Resolution resolution = Resolution::Raw;
    std::int64_t stepMs = 0;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

} // namespace store

Q_DECLARE_METATYPE(store::RangeQuery)
Q_DECLARE_METATYPE(store::QueryResult)
