#include "batchcommit.h"

#include "chunkcodec.h"
#include "rollups.h"
#include "sqlitehelpers.h"

#include <algorithm>

namespace store {

bool commitBatch(sqlite3* db, std::vector<Sample>& samples,
                 const std::vector<SeriesRegistry::NewSeries>& newSeries, QString* error)
{
    std::stable_sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) {
        return a.series.id != b.series.id ? a.series.id < b.series.id : a.timestampMs < b.timestampMs;
    });
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = lastError(db);
        return false;
    }
    if (!insertSeries(db, newSeries)) {
        *error = lastError(db);
        return false;
    }
    Statement insertBlock(
        db, "INSERT INTO samples(series_id, min_ts, max_ts, count, data) VALUES(?, ?, ?, ?, ?)");
    RollupWriter rollups(db);
    std::vector<metricmath::Point> points;
    for (std::size_t begin = 0; begin < samples.size();) {
        const std::int64_t seriesId = samples[begin].series.id;
        std::size_t end = begin;
        points.clear();
        while (end < samples.size() && samples[end].series.id == seriesId) {
            points.push_back({samples[end].timestampMs, samples[end].value});
            ++end;
        }
        const std::vector<std::uint8_t> block = encodeChunk(points);
        if (!insertBlock.bind(1, seriesId)
                 .bind(2, points.front().timestampMs)
                 .bind(3, points.back().timestampMs)
                 .bind(4, std::int64_t(points.size()))
                 .bindBlob(5, block)
                 .run() ||
            !rollups.add(seriesId, points)) {
            *error = lastError(db);
            return false;
        }
        begin = end;
    }
    return transaction.commit(error);
}

} // namespace store
