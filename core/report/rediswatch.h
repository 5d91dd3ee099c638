#pragma once

#include "redispoller.h"
#include "redissource.h"
#include "sourcesummary.h"
#include "sourcewatch.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace report {

// Polls one Redis source during a plan run with the collector's own poller (INFO, its own lookups
// accounted for), on a thread of its own. A source that is down or refuses the password is recorded
// as a failed poll and tried again at the next interval; it never stops the run.
class RedisWatch
{
public:
    using Sink = std::function<void(const RedisPollResult&)>; // every poll, on the polling thread

    RedisWatch(const RedisSource& source, std::int64_t intervalMs, Sink sink = {});
    ~RedisWatch();

    void start() { m_watch.start(); }
    void stop();
    void sampleNow() { m_watch.sampleNow(); }
    std::vector<RedisPoint> points() const;
    RedisSummary summarise(std::int64_t fromMs, std::int64_t toMs) const;

private:
    void poll();

    RedisSource m_source;
    Sink m_sink;
    std::atomic<bool> m_stopping = false;
    RedisPoller m_poller;
    mutable std::mutex m_mutex;
    std::vector<RedisPoint> m_points;
    SourceWatch m_watch; // last: its thread stops before the rest goes
};

} // namespace report
