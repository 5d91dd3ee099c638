#include "timeseriesstore.h"

#include "schema.h"
#include "seriesregistry.h"
#include "sqlitehelpers.h"
#include "storelogging.h"
#include "storereader.h"
#include "storewriter.h"
#include "workspacefile.h"

#include <QFileInfo>
#include <QLockFile>
#include <sqlite3.h>

namespace store {
namespace {

sqlite3* openConnection(const QString& path, bool readOnly, QString* error)
{
    sqlite3* db = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, lastError(db));
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

// The read-only path does not go through WorkspaceFile (which writes): same checks, no writes.
bool checkReadOnlyFile(sqlite3* db, const QString& path, QString* error)
{
    const std::int64_t id = queryInt(db, "PRAGMA application_id", -1);
    if (id != WorkspaceFile::applicationId) {
        *error = id == -1 ? QStringLiteral("%1 is not an SQLite database: %2").arg(path, lastError(db))
                          : QStringLiteral("%1 is not a perfdash workspace file").arg(path);
        return false;
    }
    const int version = schema::version(db);
    if (version != schema::currentVersion) {
        *error =
            QStringLiteral("%1 has schema version %2, this perfdash reads %3 (open it read-write once to "
                           "migrate it)")
                .arg(path)
                .arg(version)
                .arg(schema::currentVersion);
        return false;
    }
    return true;
}

} // namespace

TimeSeriesStore::TimeSeriesStore(QObject* parent)
    : QObject(parent)
{
}

TimeSeriesStore::~TimeSeriesStore()
{
    close();
}

bool TimeSeriesStore::open(const QString& path, const StoreOptions& options, QString* error)
{
    close();
    auto registry = std::make_unique<SeriesRegistry>();
    std::unique_ptr<QLockFile> lock; // held from here on; released by any early return
    if (options.readOnly) {
        sqlite3* db = openConnection(path, true, error);
        if (!db)
            return false;
        const bool ok = checkReadOnlyFile(db, path, error) && registry->load(db, error);
        sqlite3_close_v2(db);
        if (!ok)
            return false;
    } else {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            *error =
                lock->error() == QLockFile::LockFailedError
                    ? QStringLiteral(
                          "%1 is in use by another perfdash (%2, process %3 on %4); close it there "
                          "first")
                          .arg(path, application.isEmpty() ? QStringLiteral("perfdash") : application)
                          .arg(pid)
                          .arg(host)
                    : QStringLiteral(
                          "cannot create %1.lock: its directory is read-only or not writable for this user")
                          .arg(path);
            return false;
        }
        if (QFileInfo::exists(path)) {
            // A newer perfdash's file is refused before anything (even WAL mode) is written to it.
            sqlite3* db = openConnection(path, true, error);
            if (!db)
                return false;
            const bool ours = queryInt(db, "PRAGMA application_id", -1) == WorkspaceFile::applicationId;
            const int version = schema::version(db);
            sqlite3_close_v2(db);
            if (ours && version > schema::currentVersion) {
                *error =
                    QStringLiteral("%1 has schema version %2, newer than this perfdash understands (%3); "
                                   "it is left untouched")
                        .arg(path)
                        .arg(version)
                        .arg(schema::currentVersion);
                return false;
            }
        }
        {
            // Refuses foreign and corrupt files, sets WAL and perfdash's application_id.
            WorkspaceFile file;
            if (!file.open(path, error))
                return false;
        }
        sqlite3* db = openConnection(path, false, error);
        if (!db)
            return false;
        QString detail;
        const bool ok = exec(db, "PRAGMA synchronous=NORMAL", &detail) &&
                        exec(db, "PRAGMA foreign_keys=ON", &detail) &&
                        exec(db, "PRAGMA cache_size=-32768", &detail) && schema::migrate(db, &detail) &&
                        registry->load(db, &detail);
        if (!ok) {
            *error = QStringLiteral("%1: %2").arg(path, detail);
            sqlite3_close_v2(db);
            return false;
        }
        StoreWriter::Callbacks callbacks;
        callbacks.committed = [this, callback = m_committedCallback](std::uint64_t acknowledged) {
            if (callback)
                callback(acknowledged);
            Q_EMIT committed(acknowledged);
        };
        callbacks.writeStateChanged = [this](const QString& message) { Q_EMIT writeStateChanged(message); };
        m_writer = std::make_unique<StoreWriter>(db, registry.get(), options, std::move(callbacks));
    }
    m_lock = std::move(lock);
    m_registry = std::move(registry);
    m_options = options;
    m_path = path;
    m_readOnlyError = QStringLiteral("%1 was opened read-only; samples are not stored").arg(path);
    qCInfo(lcStore) << "store opened" << path << (options.readOnly ? "read-only" : "read-write");
    return true;
}

void TimeSeriesStore::close()
{
    m_writer.reset();
    m_registry.reset();
    m_path.clear();
    m_lock.reset(); // unlocks
}

SeriesRef TimeSeriesStore::series(std::string_view metric, const metricmath::LabelSet& labels)
{
    metricmath::LabelSet named = labels;
    named.set(metricmath::LabelSet::metricNameLabel, metric);
    return series(named);
}

SeriesRef TimeSeriesStore::series(const metricmath::LabelSet& labels)
{
    return m_registry ? m_registry->resolve(labels) : SeriesRef();
}

bool TimeSeriesStore::append(SeriesRef series, std::int64_t timestampMs, double value)
{
    const Sample sample{series, timestampMs, value};
    return append(std::span<const Sample>(&sample, 1));
}

bool TimeSeriesStore::append(std::span<const Sample> samples)
{
    if (!m_writer)
        return false;
    m_writer->append(samples);
    return true;
}

bool TimeSeriesStore::flush(std::chrono::milliseconds timeout)
{
    return m_writer ? m_writer->flush(timeout) : false;
}

std::uint64_t TimeSeriesStore::acknowledged() const
{
    return m_writer ? m_writer->acknowledged() : 0;
}

std::uint64_t TimeSeriesStore::dropped() const
{
    return m_writer ? m_writer->dropped() : 0;
}

std::size_t TimeSeriesStore::queued() const
{
    return m_writer ? m_writer->queued() : 0;
}

QString TimeSeriesStore::lastError() const
{
    if (isOpen() && m_options.readOnly)
        return m_readOnlyError;
    return m_writer ? m_writer->lastError() : QString();
}

bool TimeSeriesStore::runOnWriter(const std::function<bool(sqlite3*, QString*)>& task, QString* error)
{
    if (!m_writer) {
        if (error)
            *error = isOpen() ? m_readOnlyError : QStringLiteral("the store is not open");
        return false;
    }
    return m_writer->run(task, error);
}

bool TimeSeriesStore::compactNow(std::int64_t nowMs, CompactionStats* stats, QString* error)
{
    CompactionStats local;
    const std::int64_t cutoff = nowMs - m_options.compactAfterMs;
    const std::size_t chunkSamples = m_options.chunkSamples;
    return runOnWriter(
        [&](sqlite3* db, QString* message) {
            return compact(db, cutoff, chunkSamples, stats ? stats : &local, message);
        },
        error);
}

bool TimeSeriesStore::enforceRetentionNow(std::int64_t nowMs, RetentionStats* stats, QString* error)
{
    RetentionStats local;
    RetentionStats* out = stats ? stats : &local;
    const StoreOptions options = m_options;
    return runOnWriter(
        [&](sqlite3* db, QString* message) {
            return (options.retentionMs <= 0 || enforceAge(db, nowMs - options.retentionMs, out, message)) &&
                   (options.maxFileBytes <= 0 || enforceSize(db, options.maxFileBytes, out, message)) &&
                   returnFreePages(db, 0, out, message);
        },
        error);
}

QueryResult TimeSeriesStore::query(const RangeQuery& query) const
{
    StoreReader reader;
    QueryResult result;
    if (!reader.open(m_path, &result.error))
        return result;
    return reader.query(query);
}

} // namespace store
