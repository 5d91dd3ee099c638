#include "queuesimulator.h"

#include "faultinjection.h"
#include "prometheustext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr auto tickInterval = std::chrono::milliseconds(100);
constexpr std::size_t summaryWindow = 512;
constexpr std::int64_t maxQueueLength = 1'000'000;
// With queueGrowth on, producers outpace the workers by about this factor.
constexpr double growthFactor = 4.0;
} // namespace

QueueSimulator::QueueSimulator(const FaultInjection& faults)
    : m_faults(faults)
{
    // Rates chosen so that normally about two thirds of the workers' capacity is used.
    m_queues.push_back(Queue{"default", 15.0, 0.15, std::vector<Worker>(4), 0, {}, 0, 0, 0});
    m_queues.push_back(Queue{"import", 0.8, 1.5, std::vector<Worker>(2), 0, {}, 0, 0, 0});
    m_queues.push_back(Queue{"report", 0.1, 6.0, std::vector<Worker>(1), 0, {}, 0, 0, 0});
}

QueueSimulator::~QueueSimulator()
{
    stop();
}

void QueueSimulator::start()
{
    m_thread = std::jthread([this](std::stop_token stopToken) { run(stopToken); });
}

void QueueSimulator::stop()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

void QueueSimulator::run(std::stop_token stopToken)
{
    auto last = Clock::now();
    std::unique_lock lock(m_mutex);
    while (!stopToken.stop_requested()) {
        // A periodic tick, woken early only by stop().
        m_wake.wait_for(lock, stopToken, tickInterval, [] { return false; });
        const auto now = Clock::now();
        const double seconds = std::chrono::duration<double>(now - last).count();
        last = now;
        for (Queue& queue : m_queues)
            tick(queue, now, seconds);
    }
}

void QueueSimulator::tick(Queue& queue, Clock::time_point now, double seconds)
{
    const double rate = queue.arrivalsPerSecond * (m_faults.queueGrowth() ? growthFactor : 1.0);
    std::poisson_distribution<int> arrivals(rate * seconds);
    queue.length = std::min(maxQueueLength, queue.length + arrivals(m_random));
    for (Worker& worker : queue.workers)
        runWorker(queue, worker, now);
}

void QueueSimulator::runWorker(Queue& queue, Worker& worker, Clock::time_point now)
{
    // Log-normal task times: mostly near the mean, with a tail, like real workers.
    std::lognormal_distribution<double> duration(std::log(queue.meanTaskSeconds), 0.5);
    Clock::time_point freeSince = now;
    for (;;) {
        if (worker.taskSeconds > 0) {
            if (worker.busyUntil > now)
                return;
            recordDuration(queue, worker.taskSeconds);
            worker.taskSeconds = 0;
            // Back-to-back tasks start when the last one ended, not at the next tick.
            freeSince = worker.busyUntil;
        }
        if (queue.length == 0)
            return;
        --queue.length;
        worker.taskSeconds = duration(m_random) * std::max(0.01, m_faults.latencyMultiplier());
        worker.busyUntil = freeSince + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(worker.taskSeconds));
    }
}

void QueueSimulator::recordDuration(Queue& queue, double seconds)
{
    if (queue.recentDurations.size() < summaryWindow)
        queue.recentDurations.push_back(seconds);
    else
        queue.recentDurations[queue.nextSlot] = seconds;
    queue.nextSlot = (queue.nextSlot + 1) % summaryWindow;
    queue.durationSum += seconds;
    ++queue.durationCount;
}

std::int64_t QueueSimulator::totalLength() const
{
    std::lock_guard lock(m_mutex);
    std::int64_t total = 0;
    for (const Queue& queue : m_queues)
        total += queue.length;
    return total;
}

void QueueSimulator::render(std::string& out) const
{
    std::lock_guard lock(m_mutex);
    PrometheusText::appendHeader(out, "celery_queue_length", "gauge",
                                 "Tasks waiting in each simulated queue.");
    for (const Queue& queue : m_queues) {
        std::string labels;
        PrometheusText::appendLabel(labels, "queue", queue.name);
        PrometheusText::appendSample(out, "celery_queue_length", labels, double(queue.length));
    }
    renderSummary(out);
}

void QueueSimulator::renderSummary(std::string& out) const
{
    PrometheusText::appendHeader(out, "task_duration_seconds", "summary",
                                 "Run time of simulated tasks; quantiles over the last 512 per queue.");
    for (const Queue& queue : m_queues) {
        std::string labels;
        PrometheusText::appendLabel(labels, "queue", queue.name);
        std::vector<double> sorted = queue.recentDurations;
        std::sort(sorted.begin(), sorted.end());
        for (const double quantile : {0.5, 0.9, 0.99}) {
            std::string quantileLabels = labels + ',';
            std::string quantileText;
            PrometheusText::appendValue(quantileText, quantile);
            PrometheusText::appendLabel(quantileLabels, "quantile", quantileText);
            const double value =
                sorted.empty()
                    ? std::numeric_limits<double>::quiet_NaN()
                    : sorted[std::min(sorted.size() - 1, std::size_t(quantile * double(sorted.size())))];
            PrometheusText::appendSample(out, "task_duration_seconds", quantileLabels, value);
        }
        PrometheusText::appendSample(out, "task_duration_seconds_sum", labels, queue.durationSum);
        PrometheusText::appendSample(out, "task_duration_seconds_count", labels, double(queue.durationCount));
    }
}
