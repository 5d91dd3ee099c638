#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace report {

// Runs one source's poll on a thread of its own: at start(), then every interval after the previous
// poll finished (polls never pile up), until stop(). The poll records what it saw itself.
class SourceWatch
{
public:
    using Poll = std::function<void()>;

    SourceWatch(std::int64_t intervalMs, Poll poll);
    ~SourceWatch();
    SourceWatch(const SourceWatch&) = delete;
    SourceWatch& operator=(const SourceWatch&) = delete;

    void start();
    // Wakes the thread and joins it; a poll in flight finishes first (the caller interrupts it).
    void stop();
    // One poll now on the calling thread, after the one in flight: a figure at a scenario's edges.
    void sampleNow();

private:
    void loop();
    void pollOnce();

    std::int64_t m_intervalMs;
    Poll m_poll;
    std::mutex m_pollMutex; // one poll at a time: the thread's and sampleNow()'s share a session
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace report
