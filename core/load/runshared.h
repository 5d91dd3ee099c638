#pragma once

#include "loadplan.h"
#include "loadresult.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace load {

using LoadClock = std::chrono::steady_clock;

// One worker's figures for one second of the run, handed to the merger once that second is over.
struct WorkerInterval
{
    std::int64_t second = 0;
    int activeUsers = 0;
    std::vector<EndpointFigures> endpoints; // by index of LoadPlan::requests
};

// What the workers of one run share. Only `started` is touched per request (one atomic add);
// the mutex is taken once per second per worker, to publish.
struct RunShared
{
    const LoadPlan* plan = nullptr;
    LoadClock::time_point start;
    std::int64_t endNs = 0; // from start
    std::int64_t maxRequests = 0;
    std::atomic<std::int64_t> started{0}; // requests begun: the {{seq}} counter and the count bound
    std::atomic<bool> stop{false};

    std::mutex mutex;
    std::condition_variable published;

    std::int64_t nowNs() const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(LoadClock::now() - start).count();
    }
    // Claims the next request's sequence number; false once the count bound is reached.
    bool claim(std::uint64_t* seq)
    {
        const std::int64_t n = started.fetch_add(1, std::memory_order_relaxed);
        if (n >= maxRequests)
            return false;
        *seq = std::uint64_t(n);
        return true;
    }
    bool exhausted() const { return started.load(std::memory_order_relaxed) >= maxRequests; }
};

} // namespace load
