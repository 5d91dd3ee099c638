#pragma once

#include "postgresconnection.h"
#include "postgrespollresult.h"
#include "postgressource.h"
#include "sourcesummary.h"
#include "sourcewatch.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace report {

// Polls one PostgreSQL source during a plan run with the collector's own poll (PostgresPoll), on a
// thread of its own, keeping its session between polls. A source that is down or refuses the login
// is recorded as a failed poll and tried again at the next interval; it never stops the run.
class PostgresWatch
{
public:
    using Sink = std::function<void(const PostgresPollResult&)>; // every poll, on the polling thread

    PostgresWatch(const PostgresSource& source, std::int64_t intervalMs, Sink sink = {});
    ~PostgresWatch();

    void start() { m_watch.start(); }
    void stop();
    void sampleNow() { m_watch.sampleNow(); }
    std::vector<PostgresPoint> points() const;
    PostgresSummary summarise(std::int64_t fromMs, std::int64_t toMs) const;

private:
    void poll();

    PostgresSource m_source;
    Sink m_sink;
    std::atomic<bool> m_stopping = false;
    PostgresConnection m_connection;
    mutable std::mutex m_mutex;
    std::vector<PostgresPoint> m_points;
    SourceWatch m_watch; // last: its thread stops before the rest goes
};

} // namespace report
