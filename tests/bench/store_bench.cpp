// Store benchmark: ingest rate (with a plain row-per-sample SQLite table as peer), bytes per sample
// after compaction, and range-query latency. One JSON object per line on stdout.
#include "exportimport.h"
#include "queryplanner.h"
#include "retention.h"
#include "sqlitehelpers.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <random>
#include <sqlite3.h>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t dayMs = 86'400'000;
constexpr std::int64_t now = 1'700'000'000'000;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

void report(const char* metric, double value, const char* unit, const char* peer)
{
    std::printf(
        "{\"bench\": \"store\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"peer\": %s}\n",
        metric, value, unit, peer);
    std::fflush(stdout);
}

store::StoreOptions benchOptions()
{
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0; // compaction is triggered explicitly below
    options.retentionMs = 0;
    return options;
}

bool openStore(store::TimeSeriesStore& s, const QString& path)
{
    QString error;
    if (!s.open(path, benchOptions(), &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

// 1,000 series x 1,000 samples, appended as 1,000 scrapes of 1,000 samples.
void ingest(const QTemporaryDir& dir)
{
    store::TimeSeriesStore s;
    if (!openStore(s, dir.filePath(QStringLiteral("ingest.sqlite"))))
        return;
    std::vector<store::SeriesRef> series;
    for (int i = 0; i < 1000; ++i)
        series.push_back(s.series("bench_gauge", {{"instance", std::to_string(i)}}));
    std::vector<store::Sample> scrape(1000);
    const auto start = Clock::now();
    for (int t = 0; t < 1000; ++t) {
        for (int i = 0; i < 1000; ++i)
            scrape[std::size_t(i)] = {series[std::size_t(i)], now - 1'000'000 + t * 1000,
                                      double((t * 7 + i) % 100)};
        s.append(scrape);
    }
    s.flush();
    report("ingest_rate", 1e6 / seconds(start), "samples/s", "null");

    // Peer: the same samples as rows of a plain (series, ts) -> value table, same pragmas and batches.
    sqlite3* db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("peer.sqlite")).toUtf8().constData(), &db);
    store::exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;", nullptr);
    store::exec(
        db,
        "CREATE TABLE samples(series INTEGER, ts INTEGER, value REAL, PRIMARY KEY(series, ts)) WITHOUT ROWID",
        nullptr);
    store::Statement insert(db, "INSERT INTO samples VALUES(?, ?, ?)");
    const auto peerStart = Clock::now();
    for (int t = 0; t < 1000; ++t) {
        if (t % 100 == 0)
            store::exec(db, "BEGIN", nullptr);
        for (int i = 0; i < 1000; ++i)
            insert.bind(1, std::int64_t(i))
                .bind(2, now - 1'000'000 + t * 1000)
                .bind(3, double((t * 7 + i) % 100))
                .run();
        if (t % 100 == 99)
            store::exec(db, "COMMIT", nullptr);
    }
    report("ingest_rate_peer", 1e6 / seconds(peerStart), "samples/s",
           "\"plain SQLite table (series, ts) -> value, WITHOUT ROWID, WAL, synchronous=NORMAL, 100k rows "
           "per transaction\"");
    const double peerBytes = double(QFileInfo(dir.filePath(QStringLiteral("peer.sqlite"))).size() +
                                    QFileInfo(dir.filePath(QStringLiteral("peer.sqlite-wal"))).size());
    report("bytes_per_sample_peer", peerBytes / 1e6, "bytes", "\"the same plain table (data + WAL)\"");
    sqlite3_close(db);
}

// With PERFDASH_BENCH_EXPORT_DIR set, writes the series as OpenMetrics text there (NAME.om), so that
// store.sh can build Prometheus TSDB blocks from exactly the same samples with promtool.
void exportForPeer(const QString& path, const char* name, std::int64_t fromMs, std::int64_t toMs)
{
    const QByteArray exportDir = qgetenv("PERFDASH_BENCH_EXPORT_DIR");
    if (exportDir.isEmpty())
        return;
    store::StoreReader reader;
    QString error;
    QFile out(QString::fromLocal8Bit(exportDir) + QLatin1Char('/') + QLatin1String(name) +
              QStringLiteral(".om"));
    store::RangeQuery query;
    query.metric =
        std::string("bench_") + (std::string_view(name) == "counters" ? "requests_total" : "pool_in_use");
    query.startMs = fromMs;
    query.endMs = toMs;
    if (!reader.open(path, &error) || !out.open(QIODevice::WriteOnly) ||
        !store::exportOpenMetrics(reader, query, &out, &error))
        std::fprintf(stderr, "store: export for the peer failed: %s\n",
                     qPrintable(error.isEmpty() ? out.errorString() : error));
}

// 20 series x 6 h at 1 s, compacted; file size (checkpointed, free pages returned) per sample.
void bytesPerSample(const QTemporaryDir& dir, bool counters)
{
    const QString path =
        dir.filePath(counters ? QStringLiteral("counters.sqlite") : QStringLiteral("gauges.sqlite"));
    std::int64_t samples = 0;
    {
        store::TimeSeriesStore s;
        if (!openStore(s, path))
            return;
        std::mt19937 random(42);
        std::vector<store::SeriesRef> series;
        std::vector<double> value(20, 50);
        for (int i = 0; i < 20; ++i)
            series.push_back(s.series(counters ? "bench_requests_total" : "bench_pool_in_use",
                                      {{"instance", std::to_string(i)}}));
        const std::int64_t start = now - 6 * 3'600'000;
        std::vector<store::Sample> scrape(20);
        for (std::int64_t t = start; t < now; t += 1000) {
            for (int i = 0; i < 20; ++i) {
                // Gauge: a bounded random walk of whole numbers (pool in use, queue length);
                // counter: requests counted at 0..40 per second.
                if (counters)
                    value[std::size_t(i)] += double(random() % 41);
                else
                    value[std::size_t(i)] =
                        std::clamp(value[std::size_t(i)] + double(int(random() % 5) - 2), 0.0, 100.0);
                scrape[std::size_t(i)] = {series[std::size_t(i)], t, value[std::size_t(i)]};
            }
            s.append(scrape);
            samples += 20;
        }
        s.flush();
        s.compactNow(now + 3 * 3'600'000);
        s.enforceRetentionNow(now);
        s.runOnWriter([](sqlite3* db, QString* error) {
            return store::exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", error);
        });
    }
    const double bytes = double(QFileInfo(path).size());
    report(counters ? "bytes_per_sample_counter_1s" : "bytes_per_sample_gauge_1s", bytes / double(samples),
           "bytes", "null"); // the whole file: chunks, minute/hour rollups, indexes
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    report(counters ? "chunk_bytes_per_sample_counter_1s" : "chunk_bytes_per_sample_gauge_1s",
           double(store::queryInt(db, "SELECT sum(length(data)) FROM chunks")) / double(samples), "bytes",
           "null");
    sqlite3_close(db);
    exportForPeer(path, counters ? "counters" : "gauges", now - 6 * 3'600'000, now);
}

// Best of `runs` query times in ms, each on a fresh read connection.
double timeQuery(const QString& path, const store::RangeQuery& query, std::size_t* points,
                 store::Resolution* used)
{
    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        store::StoreReader reader;
        QString error;
        reader.open(path, &error);
        const auto start = Clock::now();
        const store::QueryResult result = reader.query(query);
        best = std::min(best, seconds(start) * 1000);
        *points = 0;
        for (const auto& s : result.series)
            *points += s.points.size();
        *used = result.resolution;
        if (!result.ok())
            std::fprintf(stderr, "store: query failed: %s\n", qPrintable(result.error));
    }
    return best;
}

const char* resolutionName(store::Resolution r)
{
    return r == store::Resolution::Raw      ? "raw"
           : r == store::Resolution::Minute ? "minute rollups"
                                            : "hour rollups";
}

void sevenDays(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("week.sqlite"));
    {
        store::TimeSeriesStore s;
        if (!openStore(s, path))
            return;
        const auto series = s.series("bench_week", {});
        std::vector<store::Sample> hour;
        for (std::int64_t t = now - 7 * dayMs + 1000, i = 0; t <= now; t += 1000, ++i) {
            hour.push_back({series, t, double(i % 600) * 0.1});
            if (hour.size() == 3600) {
                s.append(hour);
                hour.clear();
            }
        }
        s.append(hour);
        s.flush();
        s.compactNow(now);
    }
    store::RangeQuery query;
    query.metric = "bench_week";
    query.startMs = now - 7 * dayMs;
    query.endMs = now;
    query.stepMs = store::stepForPoints(query.startMs, query.endMs, 2000);
    std::size_t points = 0;
    store::Resolution used{};
    const double ms = timeQuery(path, query, &points, &used);
    std::fprintf(stderr, "store: 7 days -> %zu points from %s\n", points, resolutionName(used));
    report("query_7d_1series_2000pts", ms, "ms", "null");
    query.forceResolution = true; // the same chart computed from the 604,800 raw samples
    query.resolution = store::Resolution::Raw;
    report("query_7d_1series_2000pts_from_raw", timeQuery(path, query, &points, &used), "ms",
           "\"same query forced to decode every raw sample (what rollups avoid)\"");
}

// 200 series x 24 h at a 10 s scrape interval (1.73 M samples): a 1 s interval would be 17 M samples,
// too long to generate inside the benchmark's time budget.
void oneDayManySeries(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("day.sqlite"));
    {
        store::TimeSeriesStore s;
        if (!openStore(s, path))
            return;
        std::vector<store::SeriesRef> series;
        for (int i = 0; i < 200; ++i)
            series.push_back(s.series("bench_day", {{"instance", std::to_string(i)}}));
        std::vector<store::Sample> batch;
        for (std::int64_t t = now - dayMs + 10'000; t <= now; t += 10'000) {
            for (int i = 0; i < 200; ++i)
                batch.push_back({series[std::size_t(i)], t, double((t / 10'000 + i) % 300)});
            if (batch.size() >= 200 * 360) {
                s.append(batch);
                batch.clear();
                s.flush();
            }
        }
        s.append(batch);
        s.flush();
        s.compactNow(now);
    }
    store::RangeQuery query;
    query.metric = "bench_day";
    query.startMs = now - dayMs;
    query.endMs = now;
    query.stepMs = 60'000; // 1,441 points per series from minute rollups
    std::size_t points = 0;
    store::Resolution used{};
    report("query_24h_200series_1min_step", timeQuery(path, query, &points, &used), "ms", "null");
    std::fprintf(stderr, "store: 24 h x 200 -> %zu points from %s\n", points, resolutionName(used));
    query.stepMs = store::stepForPoints(query.startMs, query.endMs, 2000); // 44 s: raw chunks
    report("query_24h_200series_2000pts_raw_10s_data", timeQuery(path, query, &points, &used), "ms", "null");
    std::fprintf(stderr, "store: 24 h x 200 -> %zu points from %s\n", points, resolutionName(used));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    ingest(dir);
    bytesPerSample(dir, false);
    bytesPerSample(dir, true);
    sevenDays(dir);
    oneDayManySeries(dir);
    return 0;
}
