#pragma once

#include "compactor.h"
#include "retention.h"
#include "storetypes.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <span>
#include <string_view>

class QLockFile;
struct sqlite3;

namespace store {

class SeriesRegistry;
class StoreWriter;

// The workspace's time-series store (issue #5). One SQLite file in WAL mode:
//  - append() is thread-safe and never waits for the disk; a writer thread commits batches at least
//    every commitIntervalMs (1 s) or every commitSamples samples;
//  - synchronous=NORMAL: a committed batch survives the process being killed (it is in the WAL,
//    which the next open replays); only an OS crash or power loss can take back the last
//    committed transactions. So a killed perfdash loses at most the batch not yet committed;
//    acknowledged() / committed() say what has been committed;
//  - disk full, read-only or I/O errors: writeError(message), samples kept in a bounded queue
//    (oldest dropped beyond maxBacklogSamples, counted in dropped()) and written once space returns;
//  - queries run on other connections (StoreReader, ReadJobRunner), concurrently with the writer.
class TimeSeriesStore : public QObject
{
    Q_OBJECT
public:
    explicit TimeSeriesStore(QObject* parent = nullptr);
    ~TimeSeriesStore() override;

    // Opens (creating when missing) and migrates the file. Foreign, corrupt, read-only or newer
    // files are refused with a message naming the file; nothing is written to them. One writer
    // per file: series ids are handed out in memory, so a second read-write open (another
    // perfdash, an import) is refused while the first holds the file's lock (PATH.lock; the
    // lock of a killed process is taken over).
    bool open(const QString& path, const StoreOptions& options, QString* error);
    // Commits what is queued (one last attempt) and closes.
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_options.readOnly; }
    QString path() const { return m_path; }

    // The series for metric name + labels (labels in any order; __name__ in `labels` is replaced).
    SeriesRef series(std::string_view metric, const metricmath::LabelSet& labels);
    // `labels` carries the metric name as __name__.
    SeriesRef series(const metricmath::LabelSet& labels);

    // Thread-safe. False (and nothing queued) when the store is closed or read-only.
    bool append(SeriesRef series, std::int64_t timestampMs, double value);
    bool append(std::span<const Sample> samples);

    // Blocks until every sample appended before the call is committed or dropped.
    bool flush(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    std::uint64_t acknowledged() const;
    std::uint64_t dropped() const;
    std::size_t queued() const;
    // Why the last batch failed; empty while writing works.
    QString lastError() const;

    // Called on the writer thread after each commit (set before open()): for tools that must
    // react at once, such as the kill-test helper printing what was acknowledged.
    void setCommittedCallback(std::function<void(std::uint64_t)> callback) { m_committedCallback = callback; }

    // Maintenance on the writer thread, now rather than at the next interval ("now" passed in so
    // tests and benchmarks control age).
    bool compactNow(std::int64_t nowMs, CompactionStats* stats = nullptr, QString* error = nullptr);
    bool enforceRetentionNow(std::int64_t nowMs, RetentionStats* stats = nullptr, QString* error = nullptr);
    // Runs `task` on the writer's connection between batches (tests: PRAGMA max_page_count).
    bool runOnWriter(const std::function<bool(sqlite3*, QString*)>& task, QString* error = nullptr);

    // Range query on a fresh read connection, in the calling thread (tests, benchmarks, CLI);
    // the GUI goes through ReadJobRunner.
    QueryResult query(const RangeQuery& query) const;

Q_SIGNALS:
    void committed(quint64 acknowledged);
    // A batch could not be written (message), or writing works again (empty message).
    void writeStateChanged(const QString& error);

private:
    StoreOptions m_options;
    QString m_path;
    QString m_readOnlyError;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SeriesRegistry> m_registry;
    std::unique_ptr<StoreWriter> m_writer;
    std::function<void(std::uint64_t)> m_committedCallback;
};

} // namespace store
