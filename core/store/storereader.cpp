#include "storereader.h"

#include "chunkcodec.h"
#include "queryplanner.h"
#include "seriesregistry.h"
#include "sqlitehelpers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace store {
namespace {

// Ends a read transaction however the query leaves.
struct ReadSnapshot
{
    explicit ReadSnapshot(sqlite3* db)
        : db(db)
        , active(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {
    }
    ~ReadSnapshot()
    {
        if (active)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3* db;
    bool active;
};

double realOrNan(const Statement& statement, int column)
{
    return statement.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : statement.real(column);
}

} // namespace

StoreReader::~StoreReader()
{
    m_chunkPoints = Statement();
    m_blockPoints = Statement();
    sqlite3_close_v2(m_db);
}

bool StoreReader::open(const QString& path, QString* error)
{
    m_chunkPoints = Statement();
    m_blockPoints = Statement();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1 for reading: %2").arg(path, lastError(m_db));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

bool StoreReader::selectSeries(const RangeQuery& query, std::vector<SeriesInfo>* out, QString* error)
{
    Statement select(m_db, query.metric.empty()
                               ? "SELECT id, metric, labels FROM series ORDER BY metric, key"
                               : "SELECT id, metric, labels FROM series WHERE metric = ? ORDER BY key");
    if (!select.isValid()) {
        *error = lastError(m_db);
        return false;
    }
    if (!query.metric.empty())
        select.bind(1, std::string_view(query.metric));
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        metricmath::LabelSet labels = SeriesRegistry::parseLabels(select.text(1), select.text(2));
        const bool matches = std::all_of(query.matchers.begin(), query.matchers.end(),
                                         [&](const auto& m) { return labels.value(m.first) == m.second; });
        if (matches)
            out->push_back({select.int64(0), std::move(labels)});
    }
    if (rc != SQLITE_DONE) {
        *error = lastError(m_db);
        return false;
    }
    return true;
}

bool StoreReader::rawPoints(std::int64_t seriesId, std::int64_t fromMs, std::int64_t toMs,
                            std::vector<metricmath::Point>* out, QString* error)
{
    // Chunks first, then blocks in write order: for a repeated timestamp the later write wins.
    std::vector<metricmath::Point> all;
    if (!m_chunkPoints.isValid())
        m_chunkPoints = Statement(m_db, "SELECT data FROM chunks WHERE series_id = ? AND max_ts >= ? AND "
                                        "min_ts <= ? ORDER BY min_ts");
    if (!m_blockPoints.isValid())
        m_blockPoints = Statement(m_db, "SELECT data FROM samples WHERE series_id = ? AND max_ts >= ? AND "
                                        "min_ts <= ? ORDER BY rowid");
    for (Statement* select : {&m_chunkPoints, &m_blockPoints}) {
        if (!select->isValid()) {
            *error = lastError(m_db);
            return false;
        }
        select->bind(1, seriesId).bind(2, fromMs).bind(3, toMs);
        int rc = SQLITE_DONE;
        bool damaged = false;
        while (!damaged && (rc = select->step()) == SQLITE_ROW)
            damaged = !decodeChunk(select->blob(0), &all);
        select->reset();
        if (damaged) {
            *error = QStringLiteral("a stored chunk of series %1 is damaged").arg(seriesId);
            return false;
        }
        if (rc != SQLITE_DONE) {
            *error = lastError(m_db);
            return false;
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.timestampMs < b.timestampMs; });
    out->clear();
    out->reserve(all.size());
    for (const metricmath::Point& p : all) {
        if (p.timestampMs < fromMs || p.timestampMs > toMs)
            continue;
        if (!out->empty() && out->back().timestampMs == p.timestampMs)
            out->back() = p;
        else
            out->push_back(p);
    }
    return true;
}

bool StoreReader::rollups(Resolution resolution, std::int64_t seriesId, std::int64_t fromMs,
                          std::int64_t toMs, std::vector<RollupBucket>* out, QString* error)
{
    Statement select(m_db, resolution == Resolution::Hour
                               ? "SELECT bucket, min, max, sum, count, last, last_ts FROM rollup_hour "
                                 "WHERE series_id = ? AND bucket >= ? AND bucket < ? ORDER BY bucket"
                               : "SELECT bucket, min, max, sum, count, last, last_ts FROM rollup_minute "
                                 "WHERE series_id = ? AND bucket >= ? AND bucket < ? ORDER BY bucket");
    select.bind(1, seriesId).bind(2, fromMs).bind(3, toMs);
    out->clear();
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        out->push_back({select.int64(0), realOrNan(select, 1), realOrNan(select, 2), realOrNan(select, 3),
                        select.int64(4), realOrNan(select, 5), select.int64(6)});
    }
    if (rc != SQLITE_DONE) {
        *error = lastError(m_db);
        return false;
    }
    return true;
}

QueryResult StoreReader::query(const RangeQuery& query)
{
    QueryResult result;
    if (!m_db) {
        result.error = QStringLiteral("the store is not open");
        return result;
    }
    if (query.stepMs <= 0 || query.endMs < query.startMs) {
        result.error = QStringLiteral("a range query needs a positive step and an end not before its start");
        return result;
    }
    const QueryPlan plan = planQuery(query);
    result.resolution = plan.resolution;
    result.stepMs = plan.stepMs;
    // As Prometheus: a step too fine for the range is refused, not evaluated for minutes.
    const std::int64_t evaluations =
        plan.endMs < plan.firstMs ? 0 : (plan.endMs - plan.firstMs) / plan.stepMs + 1;
    if (evaluations > maxPointsPerSeries) {
        result.error = QStringLiteral("the query asks for %1 points per series, more than the %2 allowed; "
                                      "choose a larger step")
                           .arg(evaluations)
                           .arg(maxPointsPerSeries);
        return result;
    }
    // One snapshot for the whole query: compaction moving samples between tables meanwhile is
    // invisible, so nothing is missed or counted twice.
    ReadSnapshot snapshot(m_db);
    std::vector<SeriesInfo> series;
    if (!selectSeries(query, &series, &result.error))
        return result;
    std::vector<metricmath::Point> points;
    std::vector<RollupBucket> buckets;
    for (SeriesInfo& info : series) {
        SeriesResult out{std::move(info.labels), {}};
        if (plan.resolution == Resolution::Raw) {
            if (!rawPoints(info.id, plan.fetchFromMs, plan.fetchToMs, &points, &result.error))
                return result;
            out.points = evaluateRaw(points, plan, query.aggregation);
        } else {
            if (!rollups(plan.resolution, info.id, plan.fetchFromMs, plan.fetchToMs, &buckets, &result.error))
                return result;
            out.points = evaluateRollups(buckets, plan, query.aggregation);
        }
        if (!out.points.empty())
            result.series.push_back(std::move(out));
    }
    return result;
}

} // namespace store
