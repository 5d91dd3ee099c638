#include "derivedmetrics.h"
#include "metricmathtest.h"

#include <QTest>

using metricmath::InstantVector;
using metricmath::LabelNames;
using metricmath::LabelSet;
using metricmath::Point;
using metricmath::RangeVector;
using metricmath::RangeWindow;
using metricmathtest::NaN;

namespace {

// Window (0, 60]; points at 15, 30, 45, 60 s starting at `base` and rising `step` per 15 s.
// As in tst_counterrate "steady counter": result 3 * step, dS 15 < 16.5 (kept), zero point far
// (base >= step), increase = 3 * step * 60 / 45 = 4 * step, rate = 4 * step / 60 = step / 15.
std::vector<Point> steady(double base, double step)
{
    std::vector<Point> points;
    for (int i = 0; i < 4; ++i)
        points.push_back({std::int64_t(15 + 15 * i) * 1000, base + step * i});
    return points;
}

const RangeWindow window = RangeWindow::ending(60000, 60000);
const LabelNames byServicePath{"service", "path"};

LabelSet requestLabels(const std::string& path, const std::string& status)
{
    return {{"__name__", "http_requests_total"}, {"service", "api"}, {"path", path}, {"status", status}};
}

LabelSet bucketLabels(const std::string& path, const std::string& status, const std::string& le)
{
    return {{"__name__", "http_request_duration_seconds_bucket"},
            {"service", "api"},
            {"path", path},
            {"status", status},
            {"le", le}};
}

// Request counters, rate = step / 15 per series.
RangeVector requests()
{
    return {
        {requestLabels("/a", "200"), steady(1000, 30)}, // 2/s
        {requestLabels("/a", "500"), steady(1000, 15)}, // 1/s
        {requestLabels("/b", "200"), steady(1000, 45)}, // 3/s
        {requestLabels("/b", "503"), steady(1000, 0)},  // 0/s: errors before the window only
        {requestLabels("/c", "200"), steady(1000, 15)}, // 1/s, never a 5xx series
        {requestLabels("/d", "500"), {{30000, 5}}},     // one point: no rate, group absent
        {requestLabels("/e", "200"), steady(1000, 0)},  // idle
        {requestLabels("/f", "50"), steady(1000, 15)},  // "50" is not =~"5.."
        {requestLabels("/f", "5000"), steady(1000, 15)}, {requestLabels("/f", "404"), steady(1000, 15)},
        {requestLabels("/f", "599"), steady(1000, 15)}, // 1/s of 4/s
    };
}

} // namespace

class TestDerivedMetrics : public QObject
{
    Q_OBJECT
private slots:
    void requestRatePerServiceAndPath()
    {
        // /a: 2 + 1; /b: 3 + 0; /c: 1; /e: 0; /f: 4 x 1. /d has no rate.
        const InstantVector expected{
            {{{"path", "/a"}, {"service", "api"}}, 3}, {{{"path", "/b"}, {"service", "api"}}, 3},
            {{{"path", "/c"}, {"service", "api"}}, 1}, {{{"path", "/e"}, {"service", "api"}}, 0},
            {{{"path", "/f"}, {"service", "api"}}, 4},
        };
        COMPARE_VECTOR(metricmath::requestRate(requests(), window, byServicePath), expected);
        // Per service only: 3 + 3 + 1 + 0 + 4.
        COMPARE_VECTOR(metricmath::requestRate(requests(), window, {"service"}),
                       InstantVector({{{{"service", "api"}}, 11}}));
    }

    void serverErrorRatio()
    {
        // /a: 1 / 3; /b: 0 / 3 (a 5xx series, but flat); /c: no 5xx series -> 0 / 1;
        // /e: 0 / 0 -> NaN; /f: only 599 matches: 1 / 4.
        const InstantVector expected{
            {{{"path", "/a"}, {"service", "api"}}, 1.0 / 3}, {{{"path", "/b"}, {"service", "api"}}, 0},
            {{{"path", "/c"}, {"service", "api"}}, 0},       {{{"path", "/e"}, {"service", "api"}}, NaN},
            {{{"path", "/f"}, {"service", "api"}}, 0.25},
        };
        COMPARE_VECTOR(metricmath::serverErrorRatio(requests(), window, byServicePath), expected);
    }

    void serverErrorRatioWithOtherStatusLabel()
    {
        // client_golang names the label `code`: 1/s of 5xx out of 1 + 1.
        const RangeVector series{
            {{{"code", "502"}, {"path", "/a"}}, steady(1000, 15)},
            {{{"code", "200"}, {"path", "/a"}}, steady(1000, 15)},
        };
        COMPARE_VECTOR(metricmath::serverErrorRatio(series, window, {"path"}, "code"),
                       InstantVector({{{{"path", "/a"}}, 0.5}}));
    }

    void isServerErrorStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("matches");
        QTest::newRow("500") << QStringLiteral("500") << true;
        QTest::newRow("503") << QStringLiteral("503") << true;
        QTest::newRow("599") << QStringLiteral("599") << true;
        QTest::newRow("5xx") << QStringLiteral("5xx") << true; // `.` is any character
        QTest::newRow("200") << QStringLiteral("200") << false;
        QTest::newRow("404") << QStringLiteral("404") << false;
        QTest::newRow("50") << QStringLiteral("50") << false;
        QTest::newRow("5000") << QStringLiteral("5000") << false; // the match is anchored
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("newline") << QStringLiteral("5\n0") << false;
    }

    void isServerErrorStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, matches);
        QCOMPARE(metricmath::isServerErrorStatus(status.toStdString()), matches);
    }

    void latencyQuantiles()
    {
        // Bucket rates (step / 15), summed by (le, service, path) across statuses:
        // /a: 200 gives 0.1: 1, 0.5: 3, +Inf: 4; 500 gives 0.1: 0, 0.5: 1, +Inf: 2
        //     -> 0.1: 1, 0.5: 4, +Inf: 6.
        //   p50: rank 3 -> bucket 0.5: 0.1 + 0.4 * (3 - 1) / (4 - 1) = 0.3666...
        //   p95: rank 5.7 > 4 -> +Inf bucket -> 0.5; p99 likewise 0.5.
        // /b: 0.1: 2, 0.5: 2, 1: 3, +Inf: 3.
        //   p50: rank 1.5 -> bucket 0.1: 0.1 * 1.5 / 2 = 0.075
        //   p95: rank 2.85 -> bucket 1: 0.5 + 0.5 * (2.85 - 2) / 1 = 0.925
        //   p99: rank 2.97 -> 0.5 + 0.5 * 0.97 = 0.985
        // /c: no traffic in the window -> NaN (zero observations).
        // /d: no +Inf bucket -> NaN.
        const RangeVector buckets{
            {bucketLabels("/a", "200", "0.1"), steady(1000, 15)},
            {bucketLabels("/a", "200", "0.5"), steady(1000, 45)},
            {bucketLabels("/a", "200", "+Inf"), steady(1000, 60)},
            {bucketLabels("/a", "500", "0.1"), steady(1000, 0)},
            {bucketLabels("/a", "500", "0.5"), steady(1000, 15)},
            {bucketLabels("/a", "500", "+Inf"), steady(1000, 30)},
            {bucketLabels("/b", "200", "0.1"), steady(1000, 30)},
            {bucketLabels("/b", "200", "0.5"), steady(1000, 30)},
            {bucketLabels("/b", "200", "1"), steady(1000, 45)},
            {bucketLabels("/b", "200", "+Inf"), steady(1000, 45)},
            {bucketLabels("/c", "200", "0.1"), steady(1000, 0)},
            {bucketLabels("/c", "200", "+Inf"), steady(1000, 0)},
            {bucketLabels("/d", "200", "0.1"), steady(1000, 15)},
        };
        const auto result = metricmath::latencyQuantiles(buckets, window, byServicePath);
        QCOMPARE(result.size(), std::size_t(4));

        const auto check = [&](const std::string& path, double p50, double p95, double p99) {
            const auto it = result.find(LabelSet{{"service", "api"}, {"path", path}});
            QVERIFY2(it != result.end(), path.c_str());
            COMPARE_NUMBER(it->second.p50, p50);
            COMPARE_NUMBER(it->second.p95, p95);
            COMPARE_NUMBER(it->second.p99, p99);
        };
        check("/a", 0.1 + 0.4 * 2.0 / 3.0, 0.5, 0.5);
        check("/b", 0.075, 0.925, 0.985);
        check("/c", NaN, NaN, NaN);
        check("/d", NaN, NaN, NaN);
    }
};

QTEST_GUILESS_MAIN(TestDerivedMetrics)
#include "tst_metricmath_derived.moc"
