// SampleWindow answers the evaluator's range queries from the samples it kept, topped up between
// evaluations: the same answers as the store's own query, with samples arriving late, new series,
// time going back, and queries it cannot answer from memory.
#include "samplewindow.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;

store::RangeQuery query(const char* metric, std::int64_t nowMs, store::Aggregation aggregation,
                        std::int64_t rangeMs = 0, std::int64_t stepMs = 30'000)
{
    store::RangeQuery q;
    q.metric = metric;
    q.startMs = nowMs;
    q.endMs = nowMs;
    q.stepMs = stepMs;
    q.rangeMs = rangeMs;
    q.aggregation = aggregation;
    return q;
}

void compare(const store::QueryResult& got, const store::QueryResult& want)
{
    QVERIFY2(got.ok(), qPrintable(got.error));
    QVERIFY2(want.ok(), qPrintable(want.error));
    QCOMPARE(got.series.size(), want.series.size());
    for (std::size_t i = 0; i < want.series.size(); ++i) {
        QCOMPARE(got.series[i].labels, want.series[i].labels);
        QCOMPARE(got.series[i].points, want.series[i].points);
    }
}
} // namespace

class TestSampleWindow : public QObject
{
    Q_OBJECT
private slots:
    void sameAnswersAsTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.sqlite"));
        store::TimeSeriesStore s;
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        options.retentionMs = 0;
        QString error;
        QVERIFY2(s.open(path, options, &error), qPrintable(error));
        const store::SeriesRef a = s.series("requests_total", {{"job", "a"}});
        const store::SeriesRef b = s.series("requests_total", {{"job", "b"}});
        auto write = [&](const store::SeriesRef& ref, int from, int to, double perSecond) {
            std::vector<store::Sample> samples;
            for (int i = from; i <= to; ++i)
                samples.push_back({ref, t0 + i * 1000LL, perSecond * i});
            s.append(samples);
            QVERIFY(s.flush());
        };
        write(a, 0, 100, 2);
        store::StoreReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        alerts::SampleWindow window(60'000);
        auto check = [&](std::int64_t nowMs) {
            window.beginEvaluation(reader, nowMs);
            for (const auto& q : {query("requests_total", nowMs, store::Aggregation::Rate, 60'000),
                                  query("requests_total", nowMs, store::Aggregation::Last),
                                  query("requests_total", nowMs, store::Aggregation::Max, 0, 10'000)}) {
                compare(window.query(q), reader.query(q));
                store::RangeQuery narrowed = q;
                narrowed.matchers = {{"job", "b"}};
                compare(window.query(narrowed), reader.query(narrowed));
            }
        };
        for (int second = 70; second <= 100; second += 5)
            check(t0 + second * 1000LL);
        // Live: the evaluation at 105 s sees samples up to 104 s; the one at 105 s arrives after it.
        write(a, 101, 104, 2);
        check(t0 + 105'000);
        write(a, 105, 110, 2);
        write(b, 50, 110, 5); // a new series, with its history
        check(t0 + 106'000);
        check(t0 + 110'000);
        check(t0 + 80'000);  // time going back reads the window afresh
        check(t0 + 400'000); // far ahead: nothing left in the window
        check(t0 + 110'000);

        // Beyond what it keeps (a longer range, minute rollups, the future): the store answers.
        window.beginEvaluation(reader, t0 + 110'000);
        for (const auto& q : {query("requests_total", t0 + 110'000, store::Aggregation::Rate, 90'000),
                              query("requests_total", t0 + 110'000, store::Aggregation::Last, 0, 60'000),
                              query("requests_total", t0 + 111'000, store::Aggregation::Last)})
            compare(window.query(q), reader.query(q));
    }

    void slowScrapesSampleIsSeenWhenItArrives()
    {
        // A scrape is stamped when it starts and stored when it ends: with its 4 s timeout and the
        // writer's 1 s commit, its samples may become visible 5 s after their time, once an
        // evaluation has passed them by.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.sqlite"));
        store::TimeSeriesStore s;
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        options.retentionMs = 0;
        QString error;
        QVERIFY2(s.open(path, options, &error), qPrintable(error));
        const store::SeriesRef ref = s.series("requests_total", {{"job", "slow"}});
        for (int i = 0; i <= 100; i += 5)
            s.append(ref, t0 + i * 1000LL, 10.0 * i);
        QVERIFY(s.flush());
        store::StoreReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        alerts::SampleWindow window(60'000);
        const auto check = [&](std::int64_t nowMs) {
            window.beginEvaluation(reader, nowMs);
            for (const auto& q : {query("requests_total", nowMs, store::Aggregation::Rate, 60'000),
                                  query("requests_total", nowMs, store::Aggregation::Last)})
                compare(window.query(q), reader.query(q));
        };
        check(t0 + 100'000);
        // The scrape of 101 s is still running at the evaluation of 105 s ...
        check(t0 + 105'000);
        // ... and stored at 106 s, with the next one (fast) of 106 s.
        s.append(ref, t0 + 101'000, 1010.0);
        s.append(ref, t0 + 106'000, 5000.0); // a burst between the two
        QVERIFY(s.flush());
        check(t0 + 110'000);
        check(t0 + 115'000);
    }
};

QTEST_GUILESS_MAIN(TestSampleWindow)
#include "tst_samplewindow.moc"
