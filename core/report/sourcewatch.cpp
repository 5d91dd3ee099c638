#include "sourcewatch.h"

#include <chrono>

namespace report {

SourceWatch::SourceWatch(std::int64_t intervalMs, Poll poll)
    : m_intervalMs(intervalMs)
    , m_poll(std::move(poll))
{
}

SourceWatch::~SourceWatch()
{
    stop();
}

void SourceWatch::start()
{
    m_thread = std::thread([this] { loop(); });
}

void SourceWatch::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SourceWatch::sampleNow()
{
    pollOnce();
}

void SourceWatch::pollOnce()
{
    std::lock_guard lock(m_pollMutex);
    m_poll();
}

void SourceWatch::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        pollOnce();
        lock.lock();
        // The interval is the poll period, not a synchronisation: stop() wakes it at once.
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; });
    }
}

} // namespace report
