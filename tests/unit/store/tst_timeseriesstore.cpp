// The store end to end: batched commits and acknowledgement, series identity, raw and rollup
// queries, seamless compaction, retention, asynchronous queries, export and import.
#include "exportimport.h"
#include "queryplanner.h"
#include "readjobrunner.h"
#include "storereader.h"
#include "storetesthelpers.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cmath>
#include <thread>

using metricmath::Point;
using storetest::Db;
using storetest::nowMs;
using Points = std::vector<Point>;

namespace {

// A 1 s gauge ending at `end`: value i % 97 * 0.5 for sample i.
Points gauge(std::int64_t start, std::int64_t end, std::int64_t stepMs = 1000)
{
    Points points;
    for (std::int64_t t = start, i = 0; t <= end; t += stepMs, ++i)
        points.push_back({t, double(i % 97) * 0.5});
    return points;
}

// Appends in slices of `slice` samples, each committed on its own, as scrapes over time would be.
void appendInSlices(store::TimeSeriesStore& store, store::SeriesRef series, const Points& points,
                    std::size_t slice)
{
    for (std::size_t i = 0; i < points.size(); i += slice) {
        std::vector<store::Sample> samples;
        for (std::size_t j = i; j < std::min(points.size(), i + slice); ++j)
            samples.push_back({series, points[j].timestampMs, points[j].value});
        QVERIFY(store.append(samples));
        QVERIFY(store.flush());
    }
}

void appendPoints(store::TimeSeriesStore& store, store::SeriesRef series, const Points& points)
{
    std::vector<store::Sample> samples;
    for (const Point& p : points)
        samples.push_back({series, p.timestampMs, p.value});
    QVERIFY(store.append(samples));
}

store::RangeQuery rawQuery(const std::string& metric, std::int64_t start, std::int64_t end)
{
    store::RangeQuery query;
    query.metric = metric;
    query.startMs = start;
    query.endMs = end;
    query.stepMs = 1000;
    query.aggregation = store::Aggregation::Last;
    return query;
}

} // namespace

class TestTimeSeriesStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_files)); }

private slots:
    void batchesAreCommittedAndAcknowledged()
    {
        store::TimeSeriesStore store;
        store::StoreOptions options = storetest::quietOptions();
        options.commitIntervalMs = 20;
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        QList<quint64> acknowledgements;
        connect(
            &store, &store::TimeSeriesStore::committed, this,
            [&](quint64 total) { acknowledgements.append(total); }, Qt::QueuedConnection);

        const store::SeriesRef up = store.series("up", {{"job", "api"}});
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.append(up, nowMs + i * 1000, 1));
        // No flush: the interval alone commits the batch.
        QTRY_COMPARE(store.acknowledged(), std::uint64_t(10));
        QTRY_VERIFY(!acknowledgements.isEmpty());
        QCOMPARE(acknowledgements.last(), quint64(10));
        Db db(path);
        QCOMPARE(db.integer("SELECT sum(count) FROM samples"), std::int64_t(10));
        QCOMPARE(db.integer("PRAGMA synchronous"), std::int64_t(2)); // this connection's default: FULL
        QVERIFY(store.runOnWriter([](sqlite3* writer, QString*) {
            return store::queryInt(writer, "PRAGMA synchronous") == 1; // the writer's: NORMAL
        }));
        QCOMPARE(store.dropped(), std::uint64_t(0));
    }

    void seriesIdentityIsMetricPlusSortedLabels()
    {
        const QString path = newPath();
        QString error;
        std::int64_t first = 0;
        {
            store::TimeSeriesStore store;
            QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
            const auto a = store.series("http_requests_total", {{"path", "/a"}, {"code", "200"}});
            const auto b = store.series("http_requests_total", {{"code", "200"}, {"path", "/a"}});
            const auto c = store.series("http_requests_total", {{"code", "500"}, {"path", "/a"}});
            const auto d =
                store.series(metricmath::LabelSet{{"__name__", "other"}, {"code", "200"}, {"path", "/a"}});
            QCOMPARE(a, b);
            QVERIFY(!(a == c) && !(a == d));
            first = a.id;
            QVERIFY(store.append(a, nowMs, 1));
            QVERIFY(store.flush());
        }
        store::TimeSeriesStore reopened;
        QVERIFY2(reopened.open(path, storetest::quietOptions(), &error), qPrintable(error));
        QCOMPARE(reopened.series("http_requests_total", {{"code", "200"}, {"path", "/a"}}).id, first);
        Db db(path);
        QCOMPARE(db.text("SELECT key FROM series WHERE id = 1"),
                 QStringLiteral("http_requests_total{code=\"200\",path=\"/a\"}"));
        // Every resolved series is registered with the next commit.
        QCOMPARE(db.integer("SELECT count(*) FROM series"), std::int64_t(3));
    }

    void rawQueriesAggregatePerStep()
    {
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
        const Points points = gauge(nowMs - 599'000, nowMs);
        appendPoints(store, store.series("queue_length", {{"queue", "celery"}}), points);
        appendPoints(store, store.series("queue_length", {{"queue", "other"}}), gauge(nowMs - 10'000, nowMs));
        QVERIFY(store.flush());

        store::RangeQuery query = rawQuery("queue_length", nowMs - 540'000, nowMs);
        query.matchers = {{"queue", "celery"}};
        query.stepMs = 60'000;
        query.forceResolution = true; // raw even at a 1 min step
        for (const auto aggregation :
             {store::Aggregation::Avg, store::Aggregation::Max, store::Aggregation::Count}) {
            query.aggregation = aggregation;
            const store::QueryResult result = store.query(query);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.series.size(), std::size_t(1));
            store::QueryPlan plan;
            plan.firstMs = query.startMs;
            plan.endMs = query.endMs;
            plan.stepMs = plan.windowMs = 60'000;
            QCOMPARE(result.series[0].points, store::evaluateRaw(points, plan, aggregation));
            QCOMPARE(result.series[0].points.size(), std::size_t(10));
        }
        query.aggregation = store::Aggregation::Count;
        QCOMPARE(store.query(query).series[0].points[0].value, 60.0); // (T - 60 s, T] at 1 s
    }

    void compactionIsInvisibleToQueries()
    {
        store::TimeSeriesStore store;
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
        const auto series = store.series("pool_in_use", {});
        const Points points = gauge(nowMs - 3 * 3'600'000 + 1000, nowMs);
        // Appended in 60 pieces, as scrapes would: many small blocks.
        for (std::size_t i = 0; i < points.size(); i += 180) {
            appendPoints(store, series,
                         Points(points.begin() + std::ptrdiff_t(i),
                                points.begin() + std::ptrdiff_t(std::min(points.size(), i + 180))));
            QVERIFY(store.flush());
        }
        // A rewrite of one old sample: the later write wins, before and after compaction.
        Points expected = points;
        expected[100].value = -1;
        QVERIFY(store.append(series, expected[100].timestampMs, -1));
        QVERIFY(store.flush());

        const store::RangeQuery all = rawQuery("pool_in_use", points.front().timestampMs, nowMs);
        QCOMPARE(store.query(all).series.at(0).points, expected);

        store::CompactionStats stats;
        QVERIFY2(store.compactNow(nowMs, &stats, &error), qPrintable(error));
        QVERIFY(stats.samplesPacked > 0);
        Db db(path);
        const std::int64_t cutoff = nowMs - 2 * 3'600'000;
        QCOMPARE(db.integer("SELECT count(*) FROM samples WHERE max_ts < 1699992800000"), std::int64_t(0));
        const auto aged = std::count_if(points.begin(), points.end(),
                                        [&](const Point& p) { return p.timestampMs < cutoff; });
        // Whole blocks ending before the cutoff (180 samples each) were packed.
        const std::int64_t packed = db.integer("SELECT sum(count) FROM chunks");
        QVERIFY2(packed <= aged && packed > aged - 180,
                 qPrintable(QStringLiteral("%1 of %2").arg(packed).arg(aged)));
        QVERIFY(db.integer("SELECT max(count) FROM chunks") <= 960);
        QCOMPARE(store.query(all).series.at(0).points, expected);

        // More samples age; compacting again refills the last chunk instead of adding a small one.
        const std::int64_t chunksBefore = db.integer("SELECT count(*) FROM chunks");
        QVERIFY(store.compactNow(nowMs + 60'000, &stats, &error));
        QCOMPARE(db.integer("SELECT count(*) FROM chunks"), chunksBefore);
        QCOMPARE(store.query(all).series.at(0).points, expected);
        QCOMPARE(db.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void longRangesReadRollups()
    {
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
        const auto series = store.series("cpu", {});
        const std::int64_t start = nowMs - 6 * 3'600'000;
        const Points points = gauge(start, nowMs, 10'000);
        appendPoints(store, series, points);
        QVERIFY(store.flush());

        store::RangeQuery query = rawQuery("cpu", start, nowMs);
        query.stepMs = store::stepForPoints(start, nowMs, 100); // 218 s -> minute rollups
        for (const auto aggregation :
             {store::Aggregation::Avg, store::Aggregation::Min, store::Aggregation::Max,
              store::Aggregation::Last, store::Aggregation::Count}) {
            query.aggregation = aggregation;
            const store::QueryResult result = store.query(query);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.resolution, store::Resolution::Minute);
            const Points& got = result.series.at(0).points;
            QVERIFY(!got.empty() && got.size() <= 100);
            for (const Point& p : got) {
                // Recomputed from the samples: whole buckets [T - step, T).
                double sum = 0, min = 1e300, max = -1e300, last = 0;
                int count = 0;
                for (const Point& s : points) {
                    if (s.timestampMs >= p.timestampMs - result.stepMs && s.timestampMs < p.timestampMs) {
                        sum += s.value;
                        min = std::min(min, s.value);
                        max = std::max(max, s.value);
                        last = s.value;
                        ++count;
                    }
                }
                const double expected = aggregation == store::Aggregation::Avg    ? sum / count
                                        : aggregation == store::Aggregation::Min  ? min
                                        : aggregation == store::Aggregation::Max  ? max
                                        : aggregation == store::Aggregation::Last ? last
                                                                                  : double(count);
                QVERIFY2(std::abs(p.value - expected) < 1e-9, qPrintable(QString::number(p.timestampMs)));
            }
        }
        query.stepMs = 3'600'000;
        query.aggregation = store::Aggregation::Count;
        const store::QueryResult hourly = store.query(query);
        QCOMPARE(hourly.resolution, store::Resolution::Hour);
        QCOMPARE(hourly.series.at(0).points.back().value, 360.0); // a whole hour at 10 s
    }

    void counterRateSurvivesResets()
    {
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
        const auto series = store.series("http_requests_total", {});
        // +2 per second for 20 minutes with a restart (back to 0) at minute 10.
        Points points;
        for (int i = 0; i < 1200; ++i)
            points.push_back({nowMs - 1'200'000 + i * 1000, double(i < 600 ? 2 * i : 2 * (i - 600))});
        appendPoints(store, series, points);
        QVERIFY(store.flush());
        store::RangeQuery query = rawQuery("http_requests_total", nowMs - 900'000, nowMs - 1000);
        query.aggregation = store::Aggregation::Rate;
        query.stepMs = 60'000;
        query.forceResolution = true;
        const store::QueryResult raw = store.query(query);
        QCOMPARE(raw.series.at(0).points.size(), std::size_t(15));
        for (const Point& p : raw.series.at(0).points) {
            // The step holding the restart sees 58 increases of 2 and one of 0 (Prometheus counts the
            // value after a reset from zero): 116 over 59 s sampled, extrapolated to 60 s.
            QVERIFY2(std::abs(p.value - 2.0) < 1e-9 || std::abs(p.value - 116.0 / 59) < 1e-9,
                     qPrintable(QString::number(p.value)));
        }
        query.forceResolution = false; // minute rollups
        const store::QueryResult rolled = store.query(query);
        QCOMPARE(rolled.resolution, store::Resolution::Minute);
        QVERIFY(!rolled.series.at(0).points.empty());
        for (const Point& p : rolled.series.at(0).points) {
            // The reset minute loses the increase before the restart inside that bucket (documented).
            QVERIFY2(std::abs(p.value - 2.0) < 1e-9 || (p.value > 0 && p.value < 2.0),
                     qPrintable(QString::number(p.value)));
        }
    }

    void retentionByAgeDeletesEverythingOlder()
    {
        store::TimeSeriesStore store;
        store::StoreOptions options = storetest::quietOptions();
        options.retentionMs = 30LL * 86'400'000;
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        const auto series = store.series("disk", {});
        appendInSlices(store, series, gauge(nowMs - 40LL * 86'400'000, nowMs, 60'000), 60);
        QVERIFY(store.flush());
        QVERIFY(store.compactNow(nowMs, nullptr, &error));
        store::RetentionStats stats;
        QVERIFY2(store.enforceRetentionNow(nowMs, &stats, &error), qPrintable(error));
        QVERIFY(stats.rowsDeleted > 0);
        QVERIFY(stats.pagesReturned > 0);
        Db db(path);
        const std::int64_t cutoff = nowMs - options.retentionMs;
        for (const char* sql : {"SELECT count(*) FROM chunks WHERE max_ts < 1697408000000",
                                "SELECT count(*) FROM samples WHERE max_ts < 1697408000000",
                                "SELECT count(*) FROM rollup_minute WHERE bucket + 60000 <= 1697408000000",
                                "SELECT count(*) FROM rollup_hour WHERE bucket + 3600000 <= 1697408000000"})
            QCOMPARE(db.integer(sql), std::int64_t(0));
        QCOMPARE(cutoff, std::int64_t(1697408000000));
        QCOMPARE(db.integer("PRAGMA freelist_count"), std::int64_t(0));
        store::StoreReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        std::vector<store::StoreReader::SeriesInfo> found;
        QVERIFY2(reader.selectSeries(rawQuery("disk", 0, 0), &found, &error), qPrintable(error));
        QCOMPARE(found.size(), std::size_t(1));
        Points kept;
        QVERIFY2(reader.rawPoints(found.front().id, cutoff - 86'400'000, nowMs, &kept, &error),
                 qPrintable(error));
        QVERIFY(!kept.empty());
        QVERIFY(kept.front().timestampMs >= cutoff - 960 * 60'000); // at most one chunk straddles the cutoff
        QCOMPARE(kept.back().timestampMs, nowMs);
        QCOMPARE(db.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void retentionBySizeDropsOldestFirst()
    {
        store::TimeSeriesStore store;
        store::StoreOptions options = storetest::quietOptions();
        options.retentionMs = 0;
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        for (int s = 0; s < 20; ++s)
            appendInSlices(store, store.series("load", {{"cpu", std::to_string(s)}}),
                           gauge(nowMs - 3LL * 86'400'000, nowMs, 10'000), 360);
        QVERIFY(store.flush());
        QVERIFY(store.compactNow(nowMs, nullptr, &error));
        const std::int64_t before = store::usedBytes(Db(path).db);
        options.maxFileBytes = before * 3 / 4;
        store.close();
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        QVERIFY2(store.enforceRetentionNow(nowMs, nullptr, &error), qPrintable(error));
        Db db(path);
        QVERIFY2(
            store::usedBytes(db.db) <= options.maxFileBytes,
            qPrintable(QStringLiteral("%1 > %2").arg(store::usedBytes(db.db)).arg(options.maxFileBytes)));
        QCOMPARE(db.integer("PRAGMA freelist_count"), std::int64_t(0));
        // The newest samples stay; the oldest went.
        store::RangeQuery everyHalfMinute = rawQuery("load", nowMs - 3LL * 86'400'000, nowMs);
        everyHalfMinute.stepMs = 30'000; // raw data, within the 11,000 points a query may ask for
        const auto result = store.query(everyHalfMinute);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series.size(), std::size_t(20));
        for (const auto& s : result.series) {
            QCOMPARE(s.points.back().timestampMs, nowMs);
            QVERIFY(s.points.front().timestampMs > nowMs - 3LL * 86'400'000);
        }
    }

    // Readers see committed batches whole while the writer keeps committing (WAL): every answer
    // is a multiple of a batch, never less than the one before, and the last one is everything.
    void queriesRunWhileTheWriterCommits()
    {
        store::TimeSeriesStore store;
        store::StoreOptions options = storetest::quietOptions();
        options.commitSamples = 1000; // every append below is one transaction
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        const auto series = store.series("busy", {});
        constexpr int batches = 300;
        std::thread producer([&] {
            for (int b = 0; b < batches; ++b) {
                std::vector<store::Sample> batch;
                for (int i = 0; i < 1000; ++i)
                    batch.push_back(
                        {series, nowMs - 3'599'999 + b * 1000 + i, double(i)}); // inside (T - 1 h, T]
                store.append(batch);
            }
        });
        store::StoreReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        store::RangeQuery count = rawQuery("busy", nowMs, nowMs);
        count.stepMs = 1000;
        count.rangeMs = 3'600'000; // one window over everything
        count.aggregation = store::Aggregation::Count;
        double seen = 0;
        int queries = 0;
        auto counted = [&] {
            const store::QueryResult result = reader.query(count);
            if (!result.ok())
                return -1.0;
            return result.series.empty() || result.series[0].points.empty()
                       ? 0.0
                       : result.series[0].points[0].value;
        };
        while (seen < batches * 1000.0 && queries < 100'000) {
            const double now = counted();
            ++queries;
            QVERIFY2(now >= seen, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(seen)));
            QCOMPARE(std::fmod(now, 1000.0), 0.0);
            seen = now;
        }
        producer.join();
        QVERIFY(store.flush());
        QCOMPARE(counted(), batches * 1000.0);
        QVERIFY(queries > 1);
    }

    // Reads run on the runner's own thread and answer on the caller's, in order; a job submitted
    // while its slot is busy replaces the one waiting there; a file that cannot be read says why.
    void readJobsRunOffTheCallingThread()
    {
        store::TimeSeriesStore store;
        QString error;
        const QString path = newPath();
        QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
        appendPoints(store, store.series("up", {}), gauge(nowMs - 9000, nowMs));
        QVERIFY(store.flush());
        store::ReadJobRunner runner(path);
        auto found = std::make_shared<store::QueryResult>();
        auto missing = std::make_shared<store::QueryResult>();
        auto ranOn = std::make_shared<std::atomic<QThread*>>(nullptr);
        QStringList done;
        QStringList errors;
        const auto record = [&](const QString& name) {
            return [&done, &errors, name](const QString& e) {
                done.append(name);
                errors.append(e);
            };
        };
        runner.submit(
            QStringLiteral("a"),
            [found, ranOn](store::StoreReader& reader) {
                *ranOn = QThread::currentThread();
                *found = reader.query(rawQuery("up", nowMs - 9000, nowMs));
            },
            record(QStringLiteral("found")));
        runner.submit(
            QStringLiteral("b"),
            [missing](store::StoreReader& reader) {
                *missing = reader.query(rawQuery("missing", nowMs - 9000, nowMs));
            },
            record(QStringLiteral("missing")));
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done, (QStringList{QStringLiteral("found"), QStringLiteral("missing")}));
        QCOMPARE(errors, (QStringList{QString(), QString()}));
        QVERIFY(ranOn->load() != nullptr && ranOn->load() != QThread::currentThread());
        QVERIFY2(found->ok(), qPrintable(found->error));
        QCOMPARE(found->series.at(0).points.size(), std::size_t(10));
        QVERIFY(missing->series.empty());

        // Three jobs in one slot at once: the first runs, the third replaces the second.
        done.clear();
        for (const char* name : {"1", "2", "3"})
            runner.submit(
                QStringLiteral("c"), [](store::StoreReader&) {}, record(QString::fromLatin1(name)));
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));

        store::ReadJobRunner nowhere(newPath() + QStringLiteral(".absent"));
        QString failure;
        bool ran = false;
        nowhere.submit(
            QStringLiteral("x"), [&ran](store::StoreReader&) { ran = true; },
            [&failure](const QString& e) { failure = e.isEmpty() ? QStringLiteral("no error") : e; });
        QTRY_VERIFY(!failure.isEmpty());
        QVERIFY2(failure != QLatin1String("no error"), "an unreadable file must report an error");
        QVERIFY(!ran);
    }

    // A step far too fine for the range (a 1 ms step over a week: 600 M evaluations) is refused at
    // once, as Prometheus refuses more than 11,000 points per series.
    void oversizedQueriesAreRefused()
    {
        store::TimeSeriesStore s;
        QString error;
        QVERIFY2(s.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
        appendPoints(s, s.series("up", {}), gauge(nowMs - 5000, nowMs));
        QVERIFY(s.flush());
        store::RangeQuery fine = rawQuery("up", nowMs - 7 * 86'400'000LL, nowMs);
        fine.stepMs = 1;
        const store::QueryResult refused = s.query(fine);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("choose a larger step")), qPrintable(refused.error));
        store::RangeQuery backwards = rawQuery("up", nowMs, nowMs - 1000);
        QVERIFY(!s.query(backwards).ok());
        // 11,000 points is still answered.
        store::RangeQuery limit = rawQuery("up", nowMs - 10'999'000, nowMs);
        const store::QueryResult answered = s.query(limit);
        QVERIFY2(answered.ok(), qPrintable(answered.error));
        QCOMPARE(answered.series.at(0).points.size(), std::size_t(6));
    }

    void exportAndImportRoundTrip()
    {
        store::TimeSeriesStore source;
        QString error;
        const QString path = newPath();
        QVERIFY2(source.open(path, storetest::quietOptions(), &error), qPrintable(error));
        const Points odd{{nowMs - 2000, std::nan("")},
                         {nowMs - 1000, -std::numeric_limits<double>::infinity()},
                         {nowMs, 0.1}};
        appendPoints(source, source.series("queue_length", {{"queue", "a \"quoted\"\\name"}}), odd);
        appendPoints(source, source.series("queue_length", {{"queue", "b"}}), gauge(nowMs - 5000, nowMs));
        appendPoints(source, source.series("up", {}), gauge(nowMs - 5000, nowMs));
        QVERIFY(source.flush());

        store::StoreReader reader;
        QVERIFY(reader.open(path, &error));
        store::RangeQuery everything;
        everything.startMs = nowMs - 5000;
        everything.endMs = nowMs;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY2(store::exportCsv(reader, everything, &csv, &error), qPrintable(error));
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("metric,labels,timestamp_ms,value"));
        QCOMPARE(lines.at(1), QByteArray("\"queue_length\",\"{queue=\"\"a \\\"\"quoted\\\"\"\\\\name\"\"}\","
                                         "1699999998000,NaN"));
        QCOMPARE(lines.at(2), QByteArray("\"queue_length\",\"{queue=\"\"a \\\"\"quoted\\\"\"\\\\name\"\"}\","
                                         "1699999999000,-Inf"));
        QCOMPARE(lines.size(), 1 + 3 + 6 + 6 + 1);

        QBuffer text;
        text.open(QIODevice::WriteOnly);
        QVERIFY2(store::exportOpenMetrics(reader, everything, &text, &error), qPrintable(error));
        QVERIFY2(text.data().contains("\nup 2.5 1700000000\n"), text.data().constData());
        QVERIFY(text.data().endsWith("# EOF\n"));

        // A metric's series stay one family even when another metric's name sorts between them
        // ("up" < "up_extra" < "up{job=...}" as keys): OpenMetrics allows no repeated family.
        {
            store::TimeSeriesStore more;
            const QString mixed = newPath();
            QVERIFY2(more.open(mixed, storetest::quietOptions(), &error), qPrintable(error));
            appendPoints(more, more.series("up", {}), gauge(nowMs - 1000, nowMs));
            appendPoints(more, more.series("up_extra", {}), gauge(nowMs - 1000, nowMs));
            appendPoints(more, more.series("up", {{"job", "b"}}), gauge(nowMs - 1000, nowMs));
            QVERIFY(more.flush());
            store::StoreReader mixedReader;
            QVERIFY(mixedReader.open(mixed, &error));
            QBuffer families;
            families.open(QIODevice::WriteOnly);
            QVERIFY2(store::exportOpenMetrics(mixedReader, everything, &families, &error), qPrintable(error));
            QCOMPARE(families.data().count("# TYPE up unknown\n"), 1);
            QCOMPARE(families.data().count("# TYPE up_extra unknown\n"), 1);
            store::TimeSeriesStore check;
            QVERIFY2(check.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
            store::ImportStats imported;
            QVERIFY2(store::importOpenMetrics(check, families.data(), 0, &imported, &error),
                     qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(families.data())));
        }

        store::TimeSeriesStore target;
        QVERIFY2(target.open(newPath(), storetest::quietOptions(), &error), qPrintable(error));
        store::ImportStats stats;
        QVERIFY2(store::importOpenMetrics(target, text.data(), 0, &stats, &error),
                 qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(text.data())));
        QCOMPARE(stats.samples, std::int64_t(3 + 6 + 6));
        QCOMPARE(stats.series, std::int64_t(3));
        QVERIFY(target.flush());
        store::RangeQuery raw = rawQuery("", nowMs - 5000, nowMs);
        const auto before = source.query(raw);
        const auto after = target.query(raw);
        QCOMPARE(after.series.size(), before.series.size());
        for (std::size_t i = 0; i < before.series.size(); ++i) {
            QCOMPARE(after.series[i].labels, before.series[i].labels);
            QCOMPARE(after.series[i].points.size(), before.series[i].points.size());
            for (std::size_t j = 0; j < before.series[i].points.size(); ++j) {
                QCOMPARE(after.series[i].points[j].timestampMs, before.series[i].points[j].timestampMs);
                QVERIFY(
                    storetest::sameValue(after.series[i].points[j].value, before.series[i].points[j].value));
            }
        }
        QVERIFY(!store::importOpenMetrics(target, "not openmetrics {", 0, &stats, &error));
        QVERIFY2(error.contains(QStringLiteral("does not parse")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTimeSeriesStore)
#include "tst_timeseriesstore.moc"
