// The query planner: resolution choice and per-step evaluation, expected values worked out by hand.
#include "queryplanner.h"

#include <QTest>
#include <cmath>

using metricmath::Point;
using Points = std::vector<Point>;
using store::Aggregation;
using store::Resolution;
Q_DECLARE_METATYPE(Points)
Q_DECLARE_METATYPE(store::Aggregation)

class TestQueryPlanner : public QObject
{
    Q_OBJECT
private slots:
    void resolutionFollowsStep_data()
    {
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<Resolution>("expected");
        QTest::newRow("1 s") << qint64(1000) << Resolution::Raw;
        QTest::newRow("59.999 s") << qint64(59'999) << Resolution::Raw;
        QTest::newRow("1 min") << qint64(60'000) << Resolution::Minute;
        QTest::newRow("7 days in 2000 points") << qint64(302'400) << Resolution::Minute;
        QTest::newRow("1 h") << qint64(3'600'000) << Resolution::Hour;
    }
    void resolutionFollowsStep()
    {
        QFETCH(qint64, stepMs);
        QFETCH(Resolution, expected);
        QCOMPARE(store::resolutionForStep(stepMs), expected);
    }

    void sevenDaysNeverReadsRaw()
    {
        const std::int64_t end = 1'700'000'000'000;
        const std::int64_t start = end - 7 * 86'400'000LL;
        const std::int64_t step = store::stepForPoints(start, end, 2000);
        QCOMPARE(step, std::int64_t(303000)); // 604,800,000 / 1999 = 302,551.3, rounded up to whole seconds
        store::RangeQuery query;
        query.startMs = start;
        query.endMs = end;
        query.stepMs = step;
        const store::QueryPlan plan = store::planQuery(query);
        QCOMPARE(plan.resolution, Resolution::Minute);
        QCOMPARE(plan.stepMs, std::int64_t(360000)); // snapped up to whole minutes
        QVERIFY((plan.endMs - plan.firstMs) / plan.stepMs + 1 <= 2000);
    }

    void rawAggregations_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<Points>("expected");
        // Samples at 1..6 s with values 1, 5, 3, NaN-free; steps at 2 s, 4 s, 6 s over (T-2 s, T].
        QTest::newRow("avg") << Aggregation::Avg << Points{{2000, 1.5}, {4000, 4}, {6000, 7}};
        QTest::newRow("min") << Aggregation::Min << Points{{2000, 1}, {4000, 3}, {6000, 6}};
        QTest::newRow("max") << Aggregation::Max << Points{{2000, 2}, {4000, 5}, {6000, 8}};
        QTest::newRow("last") << Aggregation::Last << Points{{2000, 2}, {4000, 5}, {6000, 8}};
        QTest::newRow("sum") << Aggregation::Sum << Points{{2000, 3}, {4000, 8}, {6000, 14}};
        QTest::newRow("count") << Aggregation::Count << Points{{2000, 2}, {4000, 2}, {6000, 2}};
    }
    void rawAggregations()
    {
        QFETCH(Aggregation, aggregation);
        QFETCH(Points, expected);
        const Points points{{1000, 1}, {2000, 2}, {3000, 3}, {4000, 5}, {5000, 6}, {6000, 8}};
        store::QueryPlan plan;
        plan.firstMs = 2000;
        plan.endMs = 6000;
        plan.stepMs = 2000;
        plan.windowMs = 2000;
        QCOMPARE(store::evaluateRaw(points, plan, aggregation), expected);
    }

    void rawRateUsesPrometheusExtrapolation()
    {
        // Counter 0,10,20,30 at 0..30 s, then a reset to 5 at 40 s and 15 at 50 s.
        const Points points{{0, 0}, {10'000, 10}, {20'000, 20}, {30'000, 30}, {40'000, 5}, {50'000, 15}};
        store::QueryPlan plan;
        plan.firstMs = 30'000;
        plan.endMs = 50'000;
        plan.stepMs = 20'000;
        plan.windowMs = 30'000;
        const Points rates = store::evaluateRaw(points, plan, Aggregation::Rate);
        QCOMPARE(rates.size(), std::size_t(2));
        // (0 s, 30 s]: 10,20,30 -> increase 20 over 20 s sampled, extrapolated by 10 s at the start
        // (the zero limit 20 s * 10/20 = 10 s does not bind) and 0 at the end: 30 / 30 s = 1/s.
        QCOMPARE(rates[0], (Point{30'000, 1.0}));
        // (20 s, 50 s]: 30,5,15 -> 15 - 30 + 30 (reset) = 15 over 20 s sampled; start extrapolation
        // 10 s limited to 20 * 30/15 = 40 s (no effect); 15 * 30/20 = 22.5 over 30 s = 0.75/s.
        QCOMPARE(rates[1], (Point{50'000, 0.75}));
    }

    void rollupAggregationsAndRate()
    {
        // Minute buckets of a counter: lasts 100, 160, 40 (a reset), 100.
        const std::vector<store::RollupBucket> buckets{
            {0, 40, 100, 420, 6, 100, 59'000},
            {60'000, 110, 160, 810, 6, 160, 119'000},
            {120'000, 0, 150, 300, 6, 40, 179'000},
            {180'000, 50, 100, 450, 6, 100, 239'000},
        };
        store::QueryPlan plan;
        plan.resolution = Resolution::Minute;
        plan.firstMs = 120'000;
        plan.endMs = 240'000;
        plan.stepMs = 120'000;
        plan.windowMs = 120'000;
        // T=120 s covers buckets 0 and 60 s; T=240 s covers 120 s and 180 s.
        QCOMPARE(store::evaluateRollups(buckets, plan, Aggregation::Avg),
                 (Points{{120'000, 1230.0 / 12}, {240'000, 750.0 / 12}}));
        QCOMPARE(store::evaluateRollups(buckets, plan, Aggregation::Min),
                 (Points{{120'000, 40}, {240'000, 0}}));
        QCOMPARE(store::evaluateRollups(buckets, plan, Aggregation::Max),
                 (Points{{120'000, 160}, {240'000, 150}}));
        QCOMPARE(store::evaluateRollups(buckets, plan, Aggregation::Last),
                 (Points{{120'000, 160}, {240'000, 100}}));
        // Increases: 160-100 = 60 in the first window; 40 (reset from 160) + 60 in the second.
        QCOMPARE(store::evaluateRollups(buckets, plan, Aggregation::Rate),
                 (Points{{120'000, 60.0 / 120}, {240'000, 100.0 / 120}}));
    }

    void rollupBucketsMergeLastByTime()
    {
        store::RollupBucket a{0, 1, 5, 6, 2, 5, 30'000};
        a.merge({0, 0, 3, 3, 2, 3, 10'000}); // an earlier batch arriving late
        QCOMPARE(a.min, 0.0);
        QCOMPARE(a.max, 5.0);
        QCOMPARE(a.count, std::int64_t(4));
        QCOMPARE(a.last, 5.0);
        QCOMPARE(a.lastTs, std::int64_t(30000));
    }

    void rollUpLeavesNanOut()
    {
        const Points points{{0, std::nan("")}, {1000, 4}, {2000, 2}, {61'000, std::nan("")}};
        const auto buckets = store::rollUp(points, store::minuteMs);
        QCOMPARE(buckets.size(), std::size_t(2));
        QCOMPARE(buckets[0].min, 2.0);
        QCOMPARE(buckets[0].max, 4.0);
        QCOMPARE(buckets[0].sum, 6.0);
        QCOMPARE(buckets[0].count, std::int64_t(2));
        QVERIFY(std::isnan(buckets[1].min));
        QCOMPARE(buckets[1].count, std::int64_t(0));
        QVERIFY(std::isnan(buckets[1].last));
    }

    // The same samples give the same answer from raw data and from rollups, NaN included.
    void rawAndRollupsAgreeWithNan_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::newRow("avg") << Aggregation::Avg;
        QTest::newRow("sum") << Aggregation::Sum;
        QTest::newRow("count") << Aggregation::Count;
        QTest::newRow("min") << Aggregation::Min;
        QTest::newRow("max") << Aggregation::Max;
    }
    void rawAndRollupsAgreeWithNan()
    {
        QFETCH(Aggregation, aggregation);
        Points points;
        for (int i = 0; i < 240; ++i)
            points.push_back({i * 1000, i % 7 == 0 ? std::nan("") : double(i % 13)});
        store::QueryPlan plan;
        plan.firstMs = store::minuteMs;
        plan.endMs = 4 * store::minuteMs;
        plan.stepMs = store::minuteMs;
        plan.windowMs = store::minuteMs;
        const Points fromRollups =
            store::evaluateRollups(store::rollUp(points, store::minuteMs), plan, aggregation);
        // Rollup windows are [T - 1 min, T); raw windows (T - 1 min, T]: shift the raw grid 1 ms back.
        store::QueryPlan rawPlan = plan;
        rawPlan.firstMs -= 1;
        rawPlan.endMs -= 1;
        Points fromRaw = store::evaluateRaw(points, rawPlan, aggregation);
        for (auto& point : fromRaw)
            point.timestampMs += 1;
        QCOMPARE(fromRaw.size(), std::size_t(4));
        QCOMPARE(fromRollups, fromRaw);
    }
};

QTEST_GUILESS_MAIN(TestQueryPlanner)
#include "tst_queryplanner.moc"
