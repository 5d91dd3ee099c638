#include "storewriter.h"

#include "batchcommit.h"
#include "compactor.h"
#include "retention.h"
#include "storelogging.h"

#include <QDateTime>
#include <algorithm>
#include <sqlite3.h>

namespace store {

StoreWriter::StoreWriter(sqlite3* db, SeriesRegistry* registry, const StoreOptions& options,
                         Callbacks callbacks)
    : m_db(db)
    , m_registry(registry)
    , m_options(options)
    , m_callbacks(std::move(callbacks))
{
    m_nextMaintenance = options.maintenanceIntervalMs > 0
                            ? Clock::now() + std::chrono::milliseconds(options.maintenanceIntervalMs)
                            : Clock::time_point::max();
    m_thread = std::thread([this] { loop(); });
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sqlite3_close_v2(m_db);
}

void StoreWriter::append(std::span<const Sample> samples)
{
    bool wake = false;
    bool trimmed = false;
    {
        std::lock_guard lock(m_mutex);
        // A first sample sets a new commit deadline the writer must hear about.
        wake = m_pending.empty() && !m_failing;
        if (m_pending.empty())
            m_firstPending = Clock::now();
        m_pending.insert(m_pending.end(), samples.begin(), samples.end());
        m_appended += samples.size();
        const std::uint64_t droppedBefore = m_dropped;
        trimBacklog();
        trimmed = m_dropped != droppedBefore;
        wake = wake || (m_pending.size() >= m_options.commitSamples && !m_failing);
    }
    if (wake)
        m_wake.notify_one();
    if (trimmed)
        m_progress.notify_all();
}

bool StoreWriter::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_appended;
    ++m_flushWaiters;
    m_wake.notify_one();
    const bool done =
        m_progress.wait_for(lock, timeout, [&] { return m_acknowledged + m_dropped >= target; });
    --m_flushWaiters;
    return done;
}

bool StoreWriter::run(const std::function<bool(sqlite3*, QString*)>& task, QString* error)
{
    Task pending{&task, false, false, {}};
    std::unique_lock lock(m_mutex);
    m_tasks.push_back(&pending);
    m_wake.notify_one();
    m_progress.wait(lock, [&] { return pending.done; });
    if (!pending.ok && error)
        *error = pending.error;
    return pending.ok;
}

std::size_t StoreWriter::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size();
}

QString StoreWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void StoreWriter::trimBacklog()
{
    if (m_pending.size() <= m_options.maxBacklogSamples)
        return;
    const std::size_t excess = m_pending.size() - m_options.maxBacklogSamples;
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(excess));
    m_dropped += excess;
}

bool StoreWriter::commitDue(Clock::time_point now) const
{
    if (m_pending.empty())
        return false;
    if (m_stop)
        return true;
    if (m_failing)
        return now >= m_retryAt;
    return m_flushWaiters > 0 || m_pending.size() >= m_options.commitSamples ||
           now >= m_firstPending + std::chrono::milliseconds(m_options.commitIntervalMs);
}

StoreWriter::Clock::time_point StoreWriter::nextWake() const
{
    Clock::time_point wake = std::min(m_nextMaintenance, Clock::now() + std::chrono::hours(1));
    if (!m_pending.empty()) {
        wake = std::min(wake, m_failing
                                  ? m_retryAt
                                  : m_firstPending + std::chrono::milliseconds(m_options.commitIntervalMs));
    }
    return wake;
}

void StoreWriter::loop()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        // One wait at a time: an append may move the deadline, so it is recomputed on every wake.
        if (!m_stop && m_tasks.empty() && !commitDue(Clock::now()) && Clock::now() < m_nextMaintenance)
            m_wake.wait_until(lock, nextWake());
        if (!m_tasks.empty()) {
            Task* task = m_tasks.front();
            m_tasks.pop_front();
            lock.unlock();
            QString error;
            const bool ok = (*task->function)(m_db, &error);
            lock.lock();
            task->ok = ok;
            task->error = error;
            task->done = true;
            m_progress.notify_all();
            continue;
        }
        if (commitDue(Clock::now()))
            commitPending(lock);
        if (m_stop)
            break;
        if (Clock::now() >= m_nextMaintenance) {
            lock.unlock();
            maintain();
            lock.lock();
            m_nextMaintenance = Clock::now() + std::chrono::milliseconds(m_options.maintenanceIntervalMs);
        }
    }
}

void StoreWriter::commitPending(std::unique_lock<std::mutex>& lock)
{
    std::vector<Sample> batch = std::exchange(m_pending, {});
    std::vector<SeriesRegistry::NewSeries> newSeries = m_registry->takeUnpersisted();
    lock.unlock();
    QString error;
    const bool ok = commitBatch(m_db, batch, newSeries, &error);
    if (!ok) {
        // Oldest first, so that trimming the backlog drops the oldest samples.
        std::stable_sort(batch.begin(), batch.end(),
                         [](const Sample& a, const Sample& b) { return a.timestampMs < b.timestampMs; });
        m_registry->returnUnpersisted(std::move(newSeries));
    }
    lock.lock();
    const bool wasFailing = m_failing;
    if (ok) {
        m_acknowledged += batch.size();
        m_failing = false;
        m_lastError.clear();
        if (!m_pending.empty())
            m_firstPending = Clock::now();
    } else {
        batch.insert(batch.end(), m_pending.begin(), m_pending.end());
        m_pending = std::move(batch);
        trimBacklog();
        m_failing = true;
        m_retryAt = Clock::now() + std::chrono::milliseconds(m_options.commitIntervalMs);
        m_lastError = QStringLiteral("cannot write samples: %1").arg(error);
    }
    const std::uint64_t acknowledged = m_acknowledged;
    m_progress.notify_all();
    lock.unlock();
    if (ok && m_callbacks.committed)
        m_callbacks.committed(acknowledged);
    if (!ok)
        qCWarning(lcStore).noquote() << "batch not written, kept for retry:" << error;
    if (!ok || wasFailing) {
        if (m_callbacks.writeStateChanged)
            m_callbacks.writeStateChanged(ok ? QString()
                                             : QStringLiteral("cannot write samples: %1").arg(error));
    }
    lock.lock();
}

void StoreWriter::maintain()
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    CompactionStats compaction;
    RetentionStats retention;
    const bool ok =
        compact(m_db, now - m_options.compactAfterMs, m_options.chunkSamples, &compaction, &error) &&
        (m_options.retentionMs <= 0 || enforceAge(m_db, now - m_options.retentionMs, &retention, &error)) &&
        (m_options.maxFileBytes <= 0 || enforceSize(m_db, m_options.maxFileBytes, &retention, &error)) &&
        returnFreePages(m_db, 256, &retention, &error);
    if (!ok)
        qCWarning(lcStore).noquote() << "maintenance:" << error;
}

} // namespace store
