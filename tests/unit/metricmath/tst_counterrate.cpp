#include "counterrate.h"
#include "metricmathtest.h"

#include <QTest>

using metricmath::InstantVector;
using metricmath::LabelSet;
using metricmath::Point;
using metricmath::RangeVector;
using metricmath::RangeWindow;
using Points = std::vector<Point>;

namespace {

// Points at whole seconds, as the rows below are written.
Points seconds(std::initializer_list<std::pair<int, double>> points)
{
    Points result;
    for (const auto& [second, value] : points)
        result.push_back({std::int64_t(second) * 1000, value});
    return result;
}

// The window of `[range]` evaluated at `end`, both in seconds.
RangeWindow window(int end, int range)
{
    return RangeWindow::ending(std::int64_t(end) * 1000, std::int64_t(range) * 1000);
}

} // namespace

// Expected values follow Prometheus' extrapolatedRate (promql/functions.go, Prometheus 3.x).
// Notation: dS/dE = seconds from the window start/end to the first/last point, I = sampled interval,
// avg = I / (n - 1), threshold = 1.1 * avg; a dS/dE >= threshold becomes avg / 2; for counters
// dS = min(dS, I * first / result) when result > 0 and first >= 0;
// increase = result * (I + dS + dE) / I; rate = increase / window seconds.
class TestCounterRate : public QObject
{
    Q_OBJECT
private slots:
    void extrapolatedRate_data()
    {
        QTest::addColumn<Points>("points");
        QTest::addColumn<int>("end");   // evaluation time, s
        QTest::addColumn<int>("range"); // [range], s
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("increase");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("delta");

        // result 45, I 45, avg 15, threshold 16.5; dS 15 < 16.5 kept, dE 0;
        // zero point 45 * 100 / 45 = 100 s > 15, no limit; increase = 45 * 60 / 45 = 60, rate 1.
        // delta: no zero limit, same 60.
        QTest::newRow("steady counter") << seconds({{15, 100}, {30, 115}, {45, 130}, {60, 145}}) << 60 << 60
                                        << true << 60.0 << 1.0 << 60.0;
        // Counter: 20 - 100 + 115 (reset after 115) = 35; zero point 45 * 100 / 35 = 128 s > 15;
        // increase = 35 * 60 / 45 = 46.666..., rate = 46.666... / 60 = 0.7777...
        // Gauge delta has no reset handling: (20 - 100) * 60 / 45 = -106.666...
        QTest::newRow("counter reset") << seconds({{15, 100}, {30, 115}, {45, 5}, {60, 20}}) << 60 << 60
                                       << true << 35.0 * 60 / 45 << 35.0 * 60 / 45 / 60 << -80.0 * 60 / 45;
        // Reset in the first step: 12 - 50 + 50 = 12; I 20, avg 10, threshold 11, dS 10 kept, dE 0;
        // zero point 20 * 50 / 12 = 83 s > 10; increase = 12 * 30 / 20 = 18, rate 18 / 30 = 0.6.
        // delta: (12 - 50) * 30 / 20 = -57.
        QTest::newRow("reset in the first step")
            << seconds({{10, 50}, {20, 2}, {30, 12}}) << 30 << 30 << true << 18.0 << 0.6 << -57.0;
        // Two resets: 10, 40, 5 (reset after 40), 20, 3 (reset after 20), 30 -> 30 - 10 + 40 + 20 = 80.
        // I 50, avg 10, threshold 11, dS 10, dE 0; zero point 50 * 10 / 80 = 6.25 < 10 -> dS 6.25;
        // increase = 80 * (50 + 6.25) / 50 = 90, rate 90 / 60 = 1.5.
        // delta: (30 - 10) * (50 + 10) / 50 = 24.
        QTest::newRow("two resets") << seconds({{10, 10}, {20, 40}, {30, 5}, {40, 20}, {50, 3}, {60, 30}})
                                    << 60 << 60 << true << 90.0 << 1.5 << 24.0;
        // Points 5 s from the start and 15 s from the end, avg 20, threshold 22: extrapolate to both
        // edges and no further. result 40, zero point 40 * 10 / 40 = 10 > 5;
        // increase = 40 * (40 + 5 + 15) / 40 = 60, rate 1 (the slope, 1/s).
        QTest::newRow("extrapolation stops at the window edges")
            << seconds({{5, 10}, {25, 30}, {45, 50}}) << 60 << 60 << true << 60.0 << 1.0 << 60.0;
        // Series starts inside the window: dS 35 >= 11 -> avg / 2 = 5; dE 5 kept.
        // zero point 20 * 100 / 20 = 100 > 5; increase = 20 * (20 + 5 + 5) / 20 = 30, rate 0.5.
        QTest::newRow("series starts inside the window")
            << seconds({{35, 100}, {45, 110}, {55, 120}}) << 60 << 60 << true << 30.0 << 0.5 << 30.0;
        // Series ends inside the window: dS 5 kept, dE 35 -> 5; increase = 20 * 30 / 20 = 30.
        QTest::newRow("series ends inside the window")
            << seconds({{5, 100}, {15, 110}, {25, 120}}) << 60 << 60 << true << 30.0 << 0.5 << 30.0;
        // Counter extrapolated to zero: dS 20 < 22 kept, but zero point 40 * 5 / 40 = 5 < 20 -> dS 5;
        // increase = 40 * (40 + 5 + 0) / 40 = 45, rate 0.75.
        // A gauge may go negative: delta = 40 * (40 + 20) / 40 = 60.
        QTest::newRow("counter extrapolation stops at zero")
            << seconds({{20, 5}, {40, 25}, {60, 45}}) << 60 << 60 << true << 45.0 << 0.75 << 60.0;
        // First value 0: zero point 0 -> no extrapolation to the left; increase = 40 * 40 / 40 = 40.
        QTest::newRow("counter starting at zero")
            << seconds({{20, 0}, {40, 20}, {60, 40}}) << 60 << 60 << true << 40.0 << 40.0 / 60 << 60.0;
        // Threshold first, zero limit second (prometheus/prometheus#13725): dS 35 >= 11 -> 5, zero point
        // 20 * 8 / 20 = 8 is not < 5, so dS 5; dE 5; increase = 20 * 30 / 20 = 30.
        // (Before #13725 the zero point 8 replaced 35 first and 8 < 11 kept it: 33.)
        QTest::newRow("threshold applies before the zero limit")
            << seconds({{35, 8}, {45, 18}, {55, 28}}) << 60 << 60 << true << 30.0 << 0.5 << 30.0;
        // Flat counter: result 0, no zero limit; increase 0.
        QTest::newRow("flat counter")
            << seconds({{15, 5}, {30, 5}, {45, 5}, {60, 5}}) << 60 << 60 << true << 0.0 << 0.0 << 0.0;
        // Falling gauge: result -30, dS 15 < 16.5; delta = -30 * 60 / 45 = -40.
        // As a counter every step is a reset: 20 - 50 + 50 + 40 + 30 = 90, zero point 45 * 50 / 90 = 25
        // > 15; increase = 90 * 60 / 45 = 120, rate 2.
        QTest::newRow("falling gauge")
            << seconds({{15, 50}, {30, 40}, {45, 30}, {60, 20}}) << 60 << 60 << true << 120.0 << 2.0 << -40.0;
        // Left-open window (0, 60]: the point at 0 s is outside. Left (30, 40), (60, 70): result 30,
        // I 30, avg 30, threshold 33, dS 30 kept, zero point 30 * 40 / 30 = 40 > 30;
        // increase = 30 * (30 + 30) / 30 = 60, rate 1.
        QTest::newRow("point at the window start is outside")
            << seconds({{0, 10}, {30, 40}, {60, 70}}) << 60 << 60 << true << 60.0 << 1.0 << 60.0;
        // Points after the end are ignored: same as "steady counter".
        QTest::newRow("points after the end ignored")
            << seconds({{15, 100}, {30, 115}, {45, 130}, {60, 145}, {75, 160}}) << 60 << 60 << true << 60.0
            << 1.0 << 60.0;
        // Irregular spacing: (10, 0), (20, 10), (50, 40): I 40, avg 20, threshold 22; dS 10, dE 10 kept;
        // zero point 0 -> dS 0; increase = 40 * (40 + 0 + 10) / 40 = 50, rate 50 / 60.
        // delta = 40 * (40 + 10 + 10) / 40 = 60.
        QTest::newRow("irregular spacing")
            << seconds({{10, 0}, {20, 10}, {50, 40}}) << 60 << 60 << true << 50.0 << 50.0 / 60 << 60.0;
        // Five-minute window, 15 s scrapes, 1.5 req/s from 1000: 20 points 15..300 s; result 427.5,
        // I 285, dS 15 < 16.5, zero point far; increase = 427.5 * 300 / 285 = 450, rate 1.5.
        QTest::newRow("5m window") <<
            [] {
                Points points;
                for (int i = 1; i <= 20; ++i)
                    points.push_back({std::int64_t(i) * 15000, 1000 + 22.5 * (i - 1)});
                return points;
            }() << 300 << 300 << true
                                   << 450.0 << 1.5 << 450.0;

        QTest::newRow("no points") << Points{} << 60 << 60 << false << 0.0 << 0.0 << 0.0;
        QTest::newRow("one point") << seconds({{30, 5}}) << 60 << 60 << false << 0.0 << 0.0 << 0.0;
        QTest::newRow("one point inside, one at the start")
            << seconds({{0, 1}, {30, 5}}) << 60 << 60 << false << 0.0 << 0.0 << 0.0;
        QTest::newRow("all points before the window")
            << seconds({{5, 1}, {10, 2}}) << 60 << 30 << false << 0.0 << 0.0 << 0.0;
        QTest::newRow("duplicate timestamps")
            << seconds({{30, 1}, {30, 2}}) << 60 << 60 << false << 0.0 << 0.0 << 0.0;
    }

    void extrapolatedRate()
    {
        QFETCH(Points, points);
        QFETCH(int, end);
        QFETCH(int, range);
        QFETCH(bool, hasValue);
        QFETCH(double, increase);
        QFETCH(double, rate);
        QFETCH(double, delta);
        const RangeWindow w = window(end, range);
        const std::optional<double> increaseResult = metricmath::increase(points, w);
        const std::optional<double> rateResult = metricmath::rate(points, w);
        const std::optional<double> deltaResult = metricmath::delta(points, w);
        QCOMPARE(increaseResult.has_value(), hasValue);
        QCOMPARE(rateResult.has_value(), hasValue);
        QCOMPARE(deltaResult.has_value(), hasValue);
        if (!hasValue)
            return;
        COMPARE_NUMBER(*increaseResult, increase);
        COMPARE_NUMBER(*rateResult, rate);
        COMPARE_NUMBER(*deltaResult, delta);
    }

    void rateOverSeriesDropsNameAndShortSeries()
    {
        const RangeVector series{
            {{{"__name__", "http_requests_total"}, {"path", "/a"}},
             seconds({{15, 100}, {30, 115}, {45, 130}, {60, 145}})},
            {{{"__name__", "http_requests_total"}, {"path", "/b"}}, seconds({{30, 1}})},
        };
        // /a as "steady counter": rate 1; /b has one point and no value.
        const InstantVector expected{{LabelSet{{"path", "/a"}}, 1.0}};
        COMPARE_VECTOR(metricmath::rate(series, window(60, 60)), expected);
        const InstantVector expectedIncrease{{LabelSet{{"path", "/a"}}, 60.0}};
        COMPARE_VECTOR(metricmath::increase(series, window(60, 60)), expectedIncrease);
    }
};

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
