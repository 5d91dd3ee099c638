#include "retention.h"

#include "sqlitehelpers.h"

#include <algorithm>
#include <sqlite3.h>

namespace store {
namespace {

constexpr int rowsPerTransaction = 500;

// Runs `sql` (a DELETE with a LIMITed subquery bound to ?1 and ?2) until it deletes nothing.
bool deleteInSlices(sqlite3* db, const char* sql, std::int64_t cutoff, RetentionStats* stats, QString* error)
{
    Statement statement(db, sql);
    if (!statement.isValid()) {
        *error = lastError(db);
        return false;
    }
    while (true) {
        Transaction transaction(db);
        if (!transaction.isActive() ||
            !statement.bind(1, cutoff).bind(2, std::int64_t(rowsPerTransaction)).run()) {
            *error = QStringLiteral("retention failed: %1").arg(lastError(db));
            return false;
        }
        const int deleted = sqlite3_changes(db);
        if (!transaction.commit(error))
            return false;
        stats->rowsDeleted += deleted;
        if (deleted == 0)
            return true;
    }
}

bool deleteOlderThan(sqlite3* db, std::int64_t cutoffMs, RetentionStats* stats, QString* error)
{
    return deleteInSlices(db,
                          "DELETE FROM chunks WHERE rowid IN "
                          "(SELECT rowid FROM chunks WHERE max_ts < ?1 LIMIT ?2)",
                          cutoffMs, stats, error) &&
           deleteInSlices(db,
                          "DELETE FROM samples WHERE rowid IN "
                          "(SELECT rowid FROM samples WHERE max_ts < ?1 LIMIT ?2)",
                          cutoffMs, stats, error) &&
           deleteInSlices(db,
                          "DELETE FROM rollup_minute WHERE (series_id, bucket) IN "
                          "(SELECT series_id, bucket FROM rollup_minute WHERE bucket + 60000 <= ?1 LIMIT ?2)",
                          cutoffMs, stats, error) &&
           deleteInSlices(db,
                          "DELETE FROM rollup_hour WHERE (series_id, bucket) IN "
                          "(SELECT series_id, bucket FROM rollup_hour WHERE bucket + 3600000 <= ?1 LIMIT ?2)",
                          cutoffMs, stats, error);
}

} // namespace

std::int64_t usedBytes(sqlite3* db)
{
    const std::int64_t pageSize = queryInt(db, "PRAGMA page_size", 4096);
    return (queryInt(db, "PRAGMA page_count", 0) - queryInt(db, "PRAGMA freelist_count", 0)) * pageSize;
}

bool enforceAge(sqlite3* db, std::int64_t cutoffMs, RetentionStats* stats, QString* error)
{
    return deleteOlderThan(db, cutoffMs, stats, error) &&
           deleteInSlices(db,
                          "DELETE FROM alert_events WHERE id IN "
                          "(SELECT id FROM alert_events WHERE time_ms < ?1 LIMIT ?2)",
                          cutoffMs, stats, error);
}

bool enforceSize(sqlite3* db, std::int64_t maxBytes, RetentionStats* stats, QString* error)
{
    // Each round moves the cutoff past the oldest slice of chunks/blocks and deletes up to it.
    for (int round = 0; round < 10'000 && usedBytes(db) > maxBytes; ++round) {
        std::int64_t cutoff = 0;
        bool found = false;
        for (const char* sql :
             {"SELECT max(t) FROM (SELECT max_ts AS t FROM chunks ORDER BY max_ts LIMIT 200)",
              "SELECT max(t) FROM (SELECT max_ts AS t FROM samples ORDER BY max_ts LIMIT 200)"}) {
            Statement oldest(db, sql);
            if (oldest.step() == SQLITE_ROW && !oldest.isNull(0)) {
                cutoff = found ? std::min(cutoff, oldest.int64(0) + 1) : oldest.int64(0) + 1;
                found = true;
            }
        }
        if (!found)
            return true; // nothing left to drop
        if (!deleteOlderThan(db, cutoff, stats, error))
            return false;
    }
    return true;
}

bool returnFreePages(sqlite3* db, int maxPages, RetentionStats* stats, QString* error)
{
    const std::int64_t before = queryInt(db, "PRAGMA freelist_count", 0);
    if (before == 0)
        return true;
    const QByteArray sql = "PRAGMA incremental_vacuum(" + QByteArray::number(maxPages) + ")";
    if (!exec(db, sql.constData(), error))
        return false;
    stats->pagesReturned += before - queryInt(db, "PRAGMA freelist_count", 0);
    return true;
}

} // namespace store
