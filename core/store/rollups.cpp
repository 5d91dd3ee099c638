#include "rollups.h"

#include "sqlitehelpers.h"

#include <cmath>

namespace store {

namespace {

// MIN/MAX/sum/count combine; NULL (a NaN batch) leaves the other side.
constexpr const char* upsertTemplate =
    "INSERT INTO %1(series_id, bucket, min, max, sum, count, last, last_ts) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(series_id, bucket) DO UPDATE SET "
    "min = CASE WHEN min IS NULL THEN excluded.min WHEN excluded.min IS NULL THEN min "
    "      ELSE MIN(min, excluded.min) END, "
    "max = CASE WHEN max IS NULL THEN excluded.max WHEN excluded.max IS NULL THEN max "
    "      ELSE MAX(max, excluded.max) END, "
    "sum = sum + excluded.sum, count = count + excluded.count, "
    "last = CASE WHEN excluded.last_ts >= last_ts THEN excluded.last ELSE last END, "
    "last_ts = MAX(last_ts, excluded.last_ts)";

QByteArray upsertFor(const char* table)
{
    return QString::fromLatin1(upsertTemplate).arg(QString::fromLatin1(table)).toUtf8();
}

void bindReal(Statement& statement, int index, double value)
{
    if (std::isnan(value))
        statement.bindNull(index);
    else
        statement.bind(index, value);
}

} // namespace

void RollupBucket::merge(const RollupBucket& other)
{
    if (std::isnan(min) || other.min < min)
        min = other.min;
    if (std::isnan(max) || other.max > max)
        max = other.max;
    sum += other.sum;
    count += other.count;
    if (other.lastTs >= lastTs) {
        last = other.last;
        lastTs = other.lastTs;
    }
}

std::int64_t bucketStart(std::int64_t timestampMs, std::int64_t bucketMs)
{
    std::int64_t start = timestampMs - timestampMs % bucketMs;
    if (timestampMs % bucketMs < 0)
        start -= bucketMs;
    return start;
}

std::vector<RollupBucket> rollUp(std::span<const metricmath::Point> points, std::int64_t bucketMs)
{
    std::vector<RollupBucket> buckets;
    for (const metricmath::Point& point : points) {
        const std::int64_t bucket = bucketStart(point.timestampMs, bucketMs);
        const bool isNan = std::isnan(point.value);
        if (buckets.empty() || buckets.back().bucket != bucket) {
            buckets.push_back({bucket, point.value, point.value, isNan ? 0 : point.value, isNan ? 0 : 1,
                               point.value, point.timestampMs});
            continue;
        }
        RollupBucket& b = buckets.back();
        if (!isNan) {
            if (std::isnan(b.min) || point.value < b.min)
                b.min = point.value;
            if (std::isnan(b.max) || point.value > b.max)
                b.max = point.value;
            b.sum += point.value;
            ++b.count;
        }
        if (point.timestampMs >= b.lastTs) {
            b.last = point.value;
            b.lastTs = point.timestampMs;
        }
    }
    return buckets;
}

struct RollupWriter::Statements
{
    Statement minute;
    Statement hour;
};

RollupWriter::RollupWriter(sqlite3* db)
    : m_statements(new Statements{Statement(db, upsertFor("rollup_minute").constData()),
                                  Statement(db, upsertFor("rollup_hour").constData())})
{
}

RollupWriter::~RollupWriter()
{
    delete m_statements;
}

bool RollupWriter::add(std::int64_t seriesId, std::span<const metricmath::Point> sortedPoints)
{
    const auto write = [&](Statement& upsert, std::int64_t bucketMs) {
        for (const RollupBucket& b : rollUp(sortedPoints, bucketMs)) {
            upsert.bind(1, seriesId).bind(2, b.bucket);
            bindReal(upsert, 3, b.min);
            bindReal(upsert, 4, b.max);
            bindReal(upsert, 5, b.sum); // NULL: +Inf and -Inf met in the bucket
            upsert.bind(6, b.count);
            bindReal(upsert, 7, b.last);
            upsert.bind(8, b.lastTs);
            if (!upsert.run())
                return false;
        }
        return true;
    };
    return write(m_statements->minute, minuteMs) && write(m_statements->hour, hourMs);
}

} // namespace store
