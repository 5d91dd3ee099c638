#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

class FaultInjection;

// Celery-like task queues (default, import, report) fed by producers and drained by
// workers on a background thread, so celery_queue_length and task_duration_seconds
// move over time; the queueGrowth fault makes arrivals outpace the workers.
class QueueSimulator
{
public:
    explicit QueueSimulator(const FaultInjection& faults);
    ~QueueSimulator();
    QueueSimulator(const QueueSimulator&) = delete;
    QueueSimulator& operator=(const QueueSimulator&) = delete;

    void start();
    void stop();
    // Sum of all queue lengths, for /health.
    std::int64_t totalLength() const;
    void render(std::string& out) const;

private:
    using Clock = std::chrono::steady_clock;
    struct Worker
    {
        Clock::time_point busyUntil;
        double taskSeconds = 0; // 0 when idle
    };
    struct Queue
    {
        std::string name;
        double arrivalsPerSecond;
        double meanTaskSeconds;
        std::vector<Worker> workers;
        std::int64_t length = 0;
        std::vector<double> recentDurations; // ring buffer for the summary quantiles
        std::size_t nextSlot = 0;
        double durationSum = 0;
        std::uint64_t durationCount = 0;
    };

    void run(std::stop_token stopToken);
    void tick(Queue& queue, Clock::time_point now, double seconds);
    void runWorker(Queue& queue, Worker& worker, Clock::time_point now);
    void recordDuration(Queue& queue, double seconds);
    void renderSummary(std::string& out) const;

    const FaultInjection& m_faults;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::vector<Queue> m_queues;
    std::mt19937 m_random{42};
    std::jthread m_thread;
};
