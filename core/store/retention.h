#pragma once

#include <QString>
#include <cstdint>

struct sqlite3;

namespace store {

struct RetentionStats
{
    std::int64_t rowsDeleted = 0;
    std::int64_t pagesReturned = 0;
};

// Deletes everything that ended before `cutoffMs` (raw blocks, chunks, rollups, alert events),
// a few hundred rows per transaction so the writer lock is never held long.
bool enforceAge(sqlite3* db, std::int64_t cutoffMs, RetentionStats* stats, QString* error);

// While the live data (pages in use, free pages excluded) exceeds maxBytes, deletes the oldest
// chunks and raw blocks, and the rollup buckets older than what remains, in small transactions.
bool enforceSize(sqlite3* db, std::int64_t maxBytes, RetentionStats* stats, QString* error);

// Returns up to `maxPages` free pages to the file system (auto_vacuum=INCREMENTAL); never a
// full VACUUM.
bool returnFreePages(sqlite3* db, int maxPages, RetentionStats* stats, QString* error);

std::int64_t usedBytes(sqlite3* db);

} // namespace store
