#pragma once

#include "labelset.h"

#include <cstdint>
#include <map>
#include <vector>

namespace metricmath {

// One float sample of a series.
struct Point
{
    std::int64_t timestampMs = 0;
    double value = 0;

    bool operator==(const Point&) const = default;
};

// What a PromQL range selector `[range]` evaluated at time T covers: the left-open interval
// (T - range, T], as in Prometheus 3 (a sample exactly at the start is not part of the range).
struct RangeWindow
{
    std::int64_t startMs = 0; // exclusive
    std::int64_t endMs = 0;   // inclusive

    static RangeWindow ending(std::int64_t evalTimeMs, std::int64_t rangeMs)
    {
        return {evalTimeMs - rangeMs, evalTimeMs};
    }
    double seconds() const { return double(endMs - startMs) / 1000.0; }
};

// One value per series (a PromQL instant vector), ordered by labels so results are deterministic.
using InstantVector = std::map<LabelSet, double>;
// Samples per series (a PromQL range vector); each series' points sorted by timestamp, unique timestamps.
using RangeVector = std::map<LabelSet, std::vector<Point>>;

} // namespace metricmath
