#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// Per-operation timings in the shape of seed 003's performance_monitor:
// {"min", "max", "avg", "count", "total"} in seconds.
class OperationStats
{
public:
    // The set of operations is fixed up front so that recording needs no map lock.
    explicit OperationStats(const std::vector<std::string>& operations);

    // Times one operation from construction to destruction.
    class Scope
    {
    public:
        Scope(OperationStats& stats, const char* operation)
            : m_stats(stats)
            , m_operation(operation)
            , m_start(std::chrono::steady_clock::now())
        {
        }
        ~Scope()
        {
            m_stats.record(m_operation,
                           std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count());
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        OperationStats& m_stats;
        const char* m_operation;
        std::chrono::steady_clock::time_point m_start;
    };

    void record(std::string_view operation, double seconds);
    void reset();
    // {"timestamp": ISO 8601, "performance_metrics": {...}}
    std::string toJson() const;
    // One operation's {min,max,avg,count,total}; empty when the operation is unknown.
    std::string operationJson(const std::string& operation) const;

private:
    struct Timing
    {
        mutable std::mutex mutex;
        double min = 0;
        double max = 0;
        double total = 0;
        std::uint64_t count = 0;
    };
    static void appendTiming(std::string& out, const Timing& timing);

    std::map<std::string, std::unique_ptr<Timing>, std::less<>> m_timings;
};
