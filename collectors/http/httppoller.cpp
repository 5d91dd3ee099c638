#include "httppoller.h"

#include <QDateTime>
#include <QHash>

HttpPoller::HttpPoller(CurlMultiLoop* loop, ResultHandler handler)
    : m_loop(loop)
    , m_handler(std::move(handler))
{
}

int HttpPoller::spreadOffsetMs(const QString& id, int intervalMs)
{
    return intervalMs > 0 ? int(qHash(id, 0x5eed) % uint(intervalMs)) : 0;
}

void HttpPoller::setJobs(const std::vector<Job>& jobs)
{
    std::map<QString, State> next;
    const auto now = Clock::now();
    for (const Job& job : jobs) {
        auto existing = m_jobs.find(job.id);
        if (existing != m_jobs.end() && existing->second.job.intervalMs == job.intervalMs) {
            State kept = existing->second;
            kept.job = job; // new request settings apply from the next poll
            next.emplace(job.id, kept);
            continue;
        }
        State fresh{job, ++m_generation, false,
                    now + std::chrono::milliseconds(spreadOffsetMs(job.id, job.intervalMs))};
        schedule(next.emplace(job.id, fresh).first->second);
    }
    m_jobs = std::move(next);
}

void HttpPoller::schedule(State& state)
{
    const quint64 timer = ++state.timer;
    m_loop->callAt(state.nextDue, [this, id = state.job.id, generation = state.generation, timer] {
        onTimer(id, generation, timer);
    });
}

void HttpPoller::onTimer(const QString& id, quint64 generation, quint64 timer)
{
    auto it = m_jobs.find(id);
    // A timer of a removed or replaced job, or one superseded by a newer schedule.
    if (it == m_jobs.end() || it->second.generation != generation || it->second.timer != timer)
        return;
    poll(it->second);
}

void HttpPoller::pollNow(const QString& id)
{
    auto it = m_jobs.find(id);
    if (it != m_jobs.end())
        poll(it->second);
}

void HttpPoller::poll(State& state)
{
    if (state.inFlight)
        return; // never two polls of one job at once
    const QString id = state.job.id;
    const quint64 generation = state.generation;
    state.inFlight = true;
    const qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_loop->send(state.job.request, [this, id, generation, startedAtMs](HttpResult result) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->second.generation != generation ||
            result.error == HttpResult::Error::Cancelled)
            return;
        State& state = it->second;
        state.inFlight = false;
        // Next slot on the job's own grid; slots missed by a slow poll are skipped, not queued.
        const auto interval = std::chrono::milliseconds(state.job.intervalMs);
        const auto now = Clock::now();
        do
            state.nextDue += interval;
        while (state.nextDue <= now);
        schedule(state);
        m_handler(id, startedAtMs, result);
    });
}
