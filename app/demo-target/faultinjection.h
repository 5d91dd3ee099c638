#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

// Faults a demo operator switches on to see perfdash's charts and alerts react.
// Atomics only: every request reads them, the admin endpoint rarely writes them.
class FaultInjection
{
public:
    struct State
    {
        double latencyMultiplier = 1.0;
        double errorRate = 0.0;
        bool healthOutage = false;
        bool queueGrowth = false;
    };

    explicit FaultInjection(const State& initial);

    State state() const;
    // Applies a JSON object holding any subset of the State fields (camelCase names).
    // Returns an error message, empty on success; on error nothing changes.
    std::string applyJson(const std::string& body);
    std::string toJson() const;

    double latencyMultiplier() const { return m_latencyMultiplier.load(std::memory_order_relaxed); }
    bool healthOutage() const { return m_healthOutage.load(std::memory_order_relaxed); }
    bool queueGrowth() const { return m_queueGrowth.load(std::memory_order_relaxed); }
    // True for the share of requests that must fail with an injected 500.
    bool shouldFail() const;
    // Sleeps for a simulated back-end cost, stretched by the latency multiplier.
    void simulateCost(double milliseconds) const;
    // A stall ({"stallMs": N}): every API request arriving in the next N ms waits until they are over,
    // the way a stop-the-world pause holds a server.
    void waitOutStall() const;
    std::int64_t stallRemainingMs() const;

    static std::string describe(const State& state);

private:
    std::atomic<double> m_latencyMultiplier;
    std::atomic<double> m_errorRate;
    std::atomic<bool> m_healthOutage;
    std::atomic<bool> m_queueGrowth;
    std::atomic<std::int64_t> m_stallUntilNs{0}; // steady clock
};
