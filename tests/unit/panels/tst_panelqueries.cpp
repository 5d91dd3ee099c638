// PanelQueries: latency quantiles, rates, ratios and gauges over what a store holds, checked
// against values derived by hand from Prometheus' semantics.
#include "endpointtable.h"
#include "panelqueries.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;
constexpr int seconds = 300; // five minutes of 1 s scrapes

// Counter `name{labels}` growing by perSecond every second from t0.
void counter(store::TimeSeriesStore& s, const std::string& name, const metricmath::LabelSet& labels,
             double perSecond)
{
    const store::SeriesRef series = s.series(name, labels);
    std::vector<store::Sample> samples;
    for (int i = 0; i <= seconds; ++i)
        samples.push_back({series, t0 + i * 1000, perSecond * i});
    s.append(samples);
}

panels::TimeRange lastMinutes()
{
    panels::TimeRange range;
    range.startMs = t0 + 120'000;
    range.endMs = t0 + seconds * 1000;
    range.stepMs = 30'000;
    range.rateWindowMs = 60'000;
    return range;
}

// The value of every point of the one series whose labels include `wanted`.
std::vector<double> valuesOf(const panels::PanelResult& result, const metricmath::LabelSet& wanted)
{
    for (const panels::PanelSeries& series : result.series) {
        bool all = true;
        for (const auto& [name, value] : wanted.labels())
            all = all && series.labels.value(name) == value;
        if (all) {
            std::vector<double> values;
            for (const metricmath::Point& point : series.points)
                values.push_back(point.value);
            return values;
        }
    }
    return {};
}
} // namespace

class TestPanelQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("panels.sqlite"));
        store::TimeSeriesStore s;
        QString error;
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        options.retentionMs = 0;
        QVERIFY2(s.open(m_path, options, &error), qPrintable(error));
        // /a: per second 50 requests under 0.1 s, 40 more under 0.5 s, 10 more under 1 s, two
        // series (status 200 and 500) that sum by path. /b: everything under 0.1 s.
        for (const auto& [status, share] : {std::pair{"200", 0.9}, std::pair{"500", 0.1}}) {
            const auto labels = [&](const char* le) {
                return metricmath::LabelSet{{"job", "api"}, {"path", "/a"}, {"status", status}, {"le", le}};
            };
            counter(s, "http_request_duration_seconds_bucket", labels("0.1"), 50 * share);
            counter(s, "http_request_duration_seconds_bucket", labels("0.5"), 90 * share);
            counter(s, "http_request_duration_seconds_bucket", labels("1"), 100 * share);
            counter(s, "http_request_duration_seconds_bucket", labels("+Inf"), 100 * share);
            counter(s, "http_requests_total", {{"job", "api"}, {"path", "/a"}, {"status", status}},
                    100 * share);
        }
        for (const char* le : {"0.1", "0.5", "1", "+Inf"})
            counter(s, "http_request_duration_seconds_bucket", {{"job", "api"}, {"path", "/b"}, {"le", le}},
                    20);
        counter(s, "http_requests_total", {{"job", "api"}, {"path", "/b"}, {"status", "200"}}, 20);
        counter(s, "cache_hits_total", {{"job", "api"}}, 30);
        counter(s, "cache_misses_total", {{"job", "api"}}, 10);
        const store::SeriesRef queue =
            s.series("celery_queue_length", {{"job", "api"}, {"queue", "default"}});
        for (int i = 0; i <= seconds; ++i)
            s.append(queue, t0 + i * 1000, double(i % 60));
        QVERIFY(s.flush());
        QVERIFY2(m_reader.open(m_path, &error), qPrintable(error));
    }

    void latencyQuantilesPerPath()
    {
        panels::PanelQueries queries(m_reader);
        const panels::PanelResult result =
            queries.quantiles({"http_request_duration_seconds", {{"job", "api"}}, {}}, {0.5, 0.95, 0.99},
                              {"path"}, lastMinutes());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series.size(), std::size_t(6)); // 2 paths x 3 quantiles
        // /a, per second: 50 <= 0.1 s, 90 <= 0.5 s, 100 <= 1 s (status 200 and 500 summed).
        // P50: rank 50 in the lowest bucket, interpolated from 0: 0.1 * 50/50 = 0.1.
        // P95: rank 95 in (0.5, 1]: 0.5 + 0.5 * (95 - 90) / (100 - 90) = 0.75. P99: 0.5 + 0.5 * 0.9 = 0.95.
        const std::vector<double> p50 = valuesOf(result, {{"path", "/a"}, {"quantile", "0.5"}});
        const std::vector<double> p95 = valuesOf(result, {{"path", "/a"}, {"quantile", "0.95"}});
        const std::vector<double> p99 = valuesOf(result, {{"path", "/a"}, {"quantile", "0.99"}});
        QCOMPARE(p95.size(), std::size_t(7)); // 120 s .. 300 s every 30 s
        for (std::size_t i = 0; i < p95.size(); ++i) {
            QCOMPARE(p50[i], 0.1);
            QCOMPARE(p95[i], 0.75);
            QCOMPARE(p99[i], 0.95);
        }
        // /b: all in the lowest bucket: rank 0.95 * 20 interpolated in [0, 0.1].
        QCOMPARE(valuesOf(result, {{"path", "/b"}, {"quantile", "0.95"}}).front(), 0.095);
    }

    void requestRateAndErrorRatio()
    {
        panels::PanelQueries queries(m_reader);
        const panels::PanelResult rate =
            queries.rate({"http_requests_total", {{"job", "api"}}, {}}, {"path"}, lastMinutes());
        QVERIFY2(rate.ok(), qPrintable(rate.error));
        QCOMPARE(valuesOf(rate, {{"path", "/a"}}).front(), 100.0);
        QCOMPARE(valuesOf(rate, {{"path", "/b"}}).front(), 20.0);

        const panels::PanelResult errors =
            queries.ratio({"http_requests_total", {{"job", "api"}}, {{"status", "5"}}},
                          {"http_requests_total", {{"job", "api"}}, {}}, {"path"}, lastMinutes());
        QVERIFY2(errors.ok(), qPrintable(errors.error));
        QCOMPARE(valuesOf(errors, {{"path", "/a"}}).back(), 0.1);
        QCOMPARE(valuesOf(errors, {{"path", "/b"}}).back(), 0.0); // no 5xx series at all: 0, not a gap

        // 30 hits and 10 misses a second: 75 %.
        const panels::PanelResult hitRate =
            queries.hitRatio({"cache_hits_total", {}, {}}, {"cache_misses_total", {}, {}}, {}, lastMinutes());
        QVERIFY2(hitRate.ok(), qPrintable(hitRate.error));
        QCOMPARE(valuesOf(hitRate, {}).front(), 0.75);
    }

    void gaugesSumByTheirLabels()
    {
        panels::PanelQueries queries(m_reader);
        const panels::PanelResult backlog =
            queries.gauge({"celery_queue_length", {{"job", "api"}}, {}}, {"queue"}, lastMinutes());
        QVERIFY2(backlog.ok(), qPrintable(backlog.error));
        QCOMPARE(backlog.series.size(), std::size_t(1));
        QCOMPARE(backlog.series.front().labels.value("queue"), std::string_view("default"));
        // The last sample at or before 120 s, 150 s, ...: i % 60 at i = 120, 150, ... 300.
        QCOMPARE(valuesOf(backlog, {}), (std::vector<double>{0, 30, 0, 30, 0, 30, 0}));
    }

    void eachSeriesOnItsOwn()
    {
        panels::PanelQueries queries(m_reader);
        const panels::PanelResult result =
            queries.each({"http_requests_total", {{"job", "api"}, {"path", "/a"}}, {}}, lastMinutes());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series.size(), std::size_t(2)); // status 200 and 500, not summed
        QCOMPARE(result.series[0].labels,
                 (metricmath::LabelSet{{"job", "api"}, {"path", "/a"}, {"status", "200"}}));
    }

    void cachedAnswersAreTheSame()
    {
        panels::PanelQueries plain(m_reader);
        panels::PanelQueries cached(m_reader);
        cached.setCaching(true);
        const panels::Selector errors{"http_requests_total", {{"path", "/a"}}, {{"status", "5"}}};
        const panels::Selector all{"http_requests_total", {{"job", "api"}}, {}};
        for (int round = 0; round < 2; ++round) { // the second round answers from the cache
            const panels::PanelResult a = plain.ratio(errors, all, {"path"}, lastMinutes());
            const panels::PanelResult b = cached.ratio(errors, all, {"path"}, lastMinutes());
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b.series.size(), a.series.size());
            for (std::size_t i = 0; i < a.series.size(); ++i) {
                QCOMPARE(b.series[i].labels, a.series[i].labels);
                QCOMPARE(b.series[i].points, a.series[i].points);
            }
            QCOMPARE(cached.each({"http_requests_total", {{"path", "/b"}}, {}}, lastMinutes()).series.size(),
                     std::size_t(1));
        }
        cached.clearCache();
        QCOMPARE(cached.gauge({"celery_queue_length", {}, {}}, {}, lastMinutes()).series.size(),
                 std::size_t(1));
    }

    void endpointTableHasEveryPath()
    {
        const std::vector<panels::EndpointFigures> rows =
            panels::computeEndpoints(m_reader, t0 + seconds * 1000, 60'000);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].path, std::string("/a"));
        QCOMPARE(rows[0].job, std::string("api"));
        QCOMPARE(rows[0].requestsPerSecond, 100.0);
        QCOMPARE(rows[0].p50, 0.1);
        QCOMPARE(rows[0].p95, 0.75);
        QCOMPARE(rows[0].p99, 0.95);
        QCOMPARE(rows[0].errorRatio, 0.1);
        QCOMPARE(rows[1].path, std::string("/b"));
        QCOMPARE(rows[1].p95, 0.095);
        QCOMPARE(rows[1].errorRatio, 0.0);

        const panels::PanelData chart =
            panels::endpointLatency(m_reader, "api", "/a", t0 + seconds * 1000, 120'000);
        QVERIFY2(chart.error.isEmpty(), qPrintable(chart.error));
        QCOMPARE(chart.lines.size(), std::size_t(3));
        QCOMPARE(chart.lines[1].name, QStringLiteral("P95"));
        QCOMPARE(chart.lines[1].points.back().value, 0.75);
    }

    void missingDataIsAGapNotAZero()
    {
        panels::PanelQueries queries(m_reader);
        panels::TimeRange later = lastMinutes();
        later.startMs += 3'600'000;
        later.endMs += 3'600'000;
        const panels::PanelResult result =
            queries.quantiles({"http_request_duration_seconds", {}, {}}, {0.95}, {"path"}, later);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.series.empty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::StoreReader m_reader;
};

QTEST_GUILESS_MAIN(TestPanelQueries)
#include "tst_panelqueries.moc"
