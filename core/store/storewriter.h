#pragma once

#include "seriesregistry.h"
#include "storetypes.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

struct sqlite3;

namespace store {

// The store's writer thread. Samples are queued under a mutex (the caller never waits for the
// disk) and committed in batches: every commitIntervalMs or commitSamples samples. A batch that
// fails (disk full, read-only, I/O error) stays queued and is retried each interval; the queue is
// bounded by maxBacklogSamples, beyond which the oldest samples are dropped and counted.
// Between batches it runs maintenance (compaction, retention, incremental vacuum) and tasks.
class StoreWriter
{
public:
    struct Callbacks
    {
        // Called on the writer thread after each commit with the total acknowledged so far.
        std::function<void(std::uint64_t acknowledged)> committed;
        // Called on the writer thread when a batch fails (message) and when writing recovers (empty).
        std::function<void(const QString& error)> writeStateChanged;
    };

    // Takes ownership of `db`, an open read-write connection with the current schema.
    StoreWriter(sqlite3* db, SeriesRegistry* registry, const StoreOptions& options, Callbacks callbacks);
    // Makes a last attempt to commit what is queued, then closes the connection.
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    void append(std::span<const Sample> samples);
    // Waits until every sample appended before the call is committed or dropped; false on timeout.
    bool flush(std::chrono::milliseconds timeout);
    // Runs `task` on the writer thread between batches and returns its result.
    bool run(const std::function<bool(sqlite3*, QString*)>& task, QString* error);

    std::uint64_t acknowledged() const { return m_acknowledged.load(); }
    std::uint64_t dropped() const { return m_dropped.load(); }
    std::size_t queued() const;
    QString lastError() const;

private:
    using Clock = std::chrono::steady_clock;
    struct Task
    {
        const std::function<bool(sqlite3*, QString*)>* function;
        bool done = false;
        bool ok = false;
        QString error;
    };

    void loop();
    bool commitDue(Clock::time_point now) const;
    Clock::time_point nextWake() const;
    void commitPending(std::unique_lock<std::mutex>& lock);
    void maintain();
    void trimBacklog();

    sqlite3* m_db;
    SeriesRegistry* m_registry;
    const StoreOptions m_options;
    const Callbacks m_callbacks;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::vector<Sample> m_pending;
    Clock::time_point m_firstPending;
    Clock::time_point m_retryAt;
    Clock::time_point m_nextMaintenance;
    std::deque<Task*> m_tasks;
    std::uint64_t m_appended = 0;
    int m_flushWaiters = 0;
    bool m_failing = false;
    bool m_stop = false;
    QString m_lastError;
    std::atomic<std::uint64_t> m_acknowledged{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::thread m_thread;
};

} // namespace store
