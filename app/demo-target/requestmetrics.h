#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>

// http_request_duration_seconds (histogram), http_requests_total (counter) and
// http_requests_in_flight (gauge), labelled by method, route template and status.
// Recording takes a shared lock only to find the series; the counts are atomics.
class RequestMetrics
{
public:
    static constexpr std::array<double, 11> bucketBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                         0.5,   1.0,  2.5,   5.0,  10.0};

    RequestMetrics() = default;
    RequestMetrics(const RequestMetrics&) = delete;
    RequestMetrics& operator=(const RequestMetrics&) = delete;

    // path must be a route template (bounded cardinality), never a raw URL.
    void record(const std::string& method, const std::string& path, int status, double seconds);
    void requestStarted() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestFinished() { m_inFlight.fetch_sub(1, std::memory_order_relaxed); }
    void reset();
    void render(std::string& out) const;

private:
    struct Series
    {
        std::string method;
        std::string path;
        std::string status;
        // Non-cumulative per bucket; the last one is +Inf. Cumulated when rendering.
        std::array<std::atomic<std::uint64_t>, bucketBounds.size() + 1> buckets{};
        std::atomic<double> sum{0.0};
    };

    Series& series(const std::string& method, const std::string& path, int status);
    static std::string labels(const Series& series);

    mutable std::shared_mutex m_mutex;
    std::map<std::string, std::unique_ptr<Series>> m_series;
    std::atomic<std::int64_t> m_inFlight{0};
};
