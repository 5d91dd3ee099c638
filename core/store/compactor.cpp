#include "compactor.h"

#include "chunkcodec.h"
#include "sqlitehelpers.h"
#include "storelogging.h"

#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace store {
namespace {

constexpr std::size_t seriesPerTransaction = 32;

// Sorts by time and keeps the last of equal timestamps (points arrive oldest write first).
void sortAndDeduplicate(std::vector<metricmath::Point>& points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.timestampMs < b.timestampMs; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (out > 0 && points[out - 1].timestampMs == points[i].timestampMs)
            points[out - 1] = points[i];
        else
            points[out++] = points[i];
    }
    points.resize(out);
}

struct SeriesCompactor
{
    explicit SeriesCompactor(sqlite3* db)
        : db(db)
        , selectBlocks(db,
                       "SELECT rowid, data FROM samples WHERE series_id = ? AND max_ts < ? ORDER BY rowid")
        , deleteBlock(db, "DELETE FROM samples WHERE rowid = ?")
        , selectTail(db, "SELECT rowid, min_ts, max_ts, count, data FROM chunks WHERE series_id = ? "
                         "ORDER BY max_ts DESC LIMIT 1")
        , deleteChunk(db, "DELETE FROM chunks WHERE rowid = ?")
        , insertChunk(db, "INSERT INTO chunks(series_id, min_ts, max_ts, count, data) VALUES(?, ?, ?, ?, ?)")
    {
    }

    bool run(std::int64_t seriesId, std::int64_t cutoffMs, std::size_t chunkSamples, CompactionStats* stats)
    {
        points.clear();
        std::vector<std::int64_t> blockRows;
        selectBlocks.bind(1, seriesId).bind(2, cutoffMs);
        int rc;
        while ((rc = selectBlocks.step()) == SQLITE_ROW) {
            blockRows.push_back(selectBlocks.int64(0));
            if (!decodeChunk(selectBlocks.blob(1), &points)) {
                // Left in place: a damaged block is reported, never silently dropped.
                qCWarning(lcStore) << "damaged sample block" << blockRows.back() << "of series" << seriesId;
                blockRows.pop_back();
            }
        }
        selectBlocks.reset();
        if (rc != SQLITE_DONE)
            return false;
        if (blockRows.empty())
            return true;
        sortAndDeduplicate(points);
        stats->samplesPacked += std::int64_t(points.size());

        // Refill the last chunk when it has room and ends before the new samples.
        selectTail.bind(1, seriesId);
        if (selectTail.step() == SQLITE_ROW && std::size_t(selectTail.int64(3)) < chunkSamples &&
            !points.empty() && selectTail.int64(2) < points.front().timestampMs) {
            std::vector<metricmath::Point> tail;
            const std::int64_t tailRow = selectTail.int64(0);
            if (decodeChunk(selectTail.blob(4), &tail)) {
                selectTail.reset();
                points.insert(points.begin(), tail.begin(), tail.end());
                if (!deleteChunk.bind(1, tailRow).run())
                    return false;
            }
        }
        selectTail.reset();

        for (std::size_t begin = 0; begin < points.size(); begin += chunkSamples) {
            const std::size_t end = std::min(points.size(), begin + chunkSamples);
            const std::span<const metricmath::Point> part(points.data() + begin, end - begin);
            if (!insertChunk.bind(1, seriesId)
                     .bind(2, part.front().timestampMs)
                     .bind(3, part.back().timestampMs)
                     .bind(4, std::int64_t(part.size()))
                     .bindBlob(5, encodeChunk(part))
                     .run())
                return false;
            ++stats->chunksWritten;
        }
        for (const std::int64_t row : blockRows) {
            if (!deleteBlock.bind(1, row).run())
                return false;
        }
        stats->blocksRemoved += std::int64_t(blockRows.size());
        return true;
    }

    sqlite3* db;
    Statement selectBlocks;
    Statement deleteBlock;
    Statement selectTail;
    Statement deleteChunk;
    Statement insertChunk;
    std::vector<metricmath::Point> points;
};

} // namespace

bool compact(sqlite3* db, std::int64_t cutoffMs, std::size_t chunkSamples, CompactionStats* stats,
             QString* error)
{
    std::vector<std::int64_t> seriesIds;
    {
        Statement select(db, "SELECT DISTINCT series_id FROM samples WHERE max_ts < ?");
        select.bind(1, cutoffMs);
        while (select.step() == SQLITE_ROW)
            seriesIds.push_back(select.int64(0));
    }
    SeriesCompactor compactor(db);
    for (std::size_t begin = 0; begin < seriesIds.size(); begin += seriesPerTransaction) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            *error = lastError(db);
            return false;
        }
        const std::size_t end = std::min(seriesIds.size(), begin + seriesPerTransaction);
        for (std::size_t i = begin; i < end; ++i) {
            if (!compactor.run(seriesIds[i], cutoffMs, chunkSamples, stats)) {
                *error = QStringLiteral("compaction failed: %1").arg(lastError(db));
                return false;
            }
        }
        if (!transaction.commit(error))
            return false;
    }
    return true;
}

} // namespace store
