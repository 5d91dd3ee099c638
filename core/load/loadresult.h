#pragma once

#include "latencyhistogram.h"

#include <QString>
#include <array>
#include <cstdint>
#include <vector>

namespace load {

enum class ErrorKind
{
    Connect,
    Timeout,
    Read,
    Write,
    Status4xx,
    Status5xx,
    StatusOther, // 1xx, or a 2xx/3xx other than the expected status
    Assertion,   // body did not contain what was expected
    Count
};
constexpr int errorKindCount = int(ErrorKind::Count);
QString errorKindName(ErrorKind kind); // "connect", "timeout", ...

// The figures of one endpoint (or all) over an interval.
struct EndpointFigures
{
    std::int64_t requests = 0; // answered or failed
    std::int64_t bytesReceived = 0;
    std::array<std::int64_t, errorKindCount> errors{};
    LatencyHistogram latency;            // closed: from the actual send; open: from the intended send
    LatencyHistogram uncorrectedLatency; // open only: from the actual send

    std::int64_t errorCount() const;
    void add(const EndpointFigures& other);
};

// One second of a run (or the totals of a run so far): index 0 is the first second.
struct LoadSecond
{
    std::int64_t second = 0;
    std::int64_t startedMs = 0; // wall clock of the interval's start, ms since the epoch
    int activeUsers = 0;
    EndpointFigures total;
    std::vector<EndpointFigures> endpoints; // by index of LoadPlan::requests
};

enum class RunEnd
{
    Completed, // duration or request count reached
    Cancelled, // cancel(); the partial results are kept
    Aborted,   // abortWhen said so
    Failed,    // could not start (error says why)
};
QString runEndName(RunEnd end); // "completed", "cancelled", "aborted", "failed"

struct LoadResult
{
    RunEnd end = RunEnd::Completed;
    QString error;
    std::int64_t startedMs = 0;
    std::int64_t durationMs = 0;
    std::vector<LoadSecond> seconds;
    LoadSecond totals;
    QString percentileMethod; // stated in reports: how the percentiles were computed
};

} // namespace load
