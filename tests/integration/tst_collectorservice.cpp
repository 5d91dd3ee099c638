// The collector thread against real servers: the demo target scraped live (with the figures
// derived from its histograms and counters checked against the faults it was given), and
// dead, hung, garbage, huge and failing targets that must not stop the others.
#include "cannedhttpserver.h"
#include "collectorservice.h"
#include "demotargetprocess.h"
#include "httpclient.h"
#include "scrapewindow.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <cmath>

namespace {
ScrapeTarget target(const QString& name, const QUrl& url, int intervalMs = 60000, int timeoutMs = 5000)
{
    ScrapeTarget t;
    t.name = name;
    t.url = url;
    t.intervalMs = intervalMs;
    t.timeoutMs = timeoutMs;
    return t;
}

// A loopback port nobody listens on: bound, then released.
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// gzip-compresses with the gzip tool, so the test does not rely on the code under test.
QByteArray gzip(const QByteArray& data)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

const metricmath::LabelSet customerPath{{"path", "/api/v1/crm/customers/{id}"}};
const metricmath::LabelSet materialsPath{{"path", "/api/v1/erp/mm/materials"}};
} // namespace

class TestCollectorService : public QObject
{
    Q_OBJECT
private:
    // Scrapes `name` now and returns its result (fails the test after 15 s).
    static ScrapeResult scrapeOnce(CollectorService& collector, QSignalSpy& spy, const QString& name)
    {
        spy.clear();
        collector.scrapeNow(name);
        for (int waited = 0; waited < 15; ++waited) {
            for (const QList<QVariant>& args : std::as_const(spy)) {
                const auto result = args.first().value<ScrapeResult>();
                if (result.target == name)
                    return result;
            }
            spy.wait(1000);
        }
        return {};
    }

    static void postFaults(const DemoTargetProcess& demo, const QByteArray& json)
    {
        const HttpResponse response = httpPostJson(demo.url(QStringLiteral("/admin/faults")), json);
        QCOMPARE(response.status, 200L);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScrapeResult>();
        qRegisterMetaType<ProbeResult>();
        qRegisterMetaType<JsonPollResult>();
    }

    void demoTargetFiguresFollowItsFaults()
    {
        DemoTargetProcess demo({QStringLiteral("--db-latency-ms"), QStringLiteral("30")});
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        CollectorService collector;
        QSignalSpy scraped(&collector, &CollectorService::scraped);
        const QString name = QStringLiteral("demo");
        collector.configure({target(name, demo.url(QStringLiteral("/metrics")))}, {}, {});
        collector.start();

        // Phase 1: cold customer reads pay 30 ms, materials are cheap, no errors.
        // rate() needs a series in both scrapes, so each one is created before the first.
        QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/crm/customers/999"))).status, 200L);
        QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                 200L);
        ScrapeWindow window(endpointFigureSampleNames());
        ScrapeResult baseline = scrapeOnce(collector, scraped, name);
        QVERIFY2(baseline.up, qPrintable(baseline.error));
        window.add(baseline);
        for (int id = 1; id <= 20; ++id)
            QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/crm/customers/%1").arg(id))).status, 200L);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                     200L);
        ScrapeResult after = scrapeOnce(collector, scraped, name);
        QVERIFY2(after.up, qPrintable(after.error));
        window.add(after);

        const qint64 span = after.timestampMs - baseline.timestampMs + 1;
        auto figures = endpointFigures(window, span, {"path"});
        QVERIFY(figures.count(customerPath) && figures.count(materialsPath));
        // 30 ms (plus a little work) lies in the (0.025, 0.05] bucket, and so do the cold reads' quantiles.
        const EndpointFigures cold = figures.at(customerPath);
        QVERIFY2(cold.p50 > 0.025 && cold.p95 > 0.025 && cold.p95 <= 0.05,
                 qPrintable(QString::number(cold.p95)));
        QVERIFY(cold.p50 <= cold.p95 && cold.p95 <= cold.p99);
        QCOMPARE(cold.serverErrorRatio, 0.0);
        // 50 requests over the scrape interval, extrapolated by rate(): the same order of magnitude.
        const double expectedQps = 50.0 / (span / 1000.0);
        QVERIFY2(figures.at(materialsPath).requestsPerSecond > 0.5 * expectedQps &&
                     figures.at(materialsPath).requestsPerSecond < 2.0 * expectedQps,
                 qPrintable(QString::number(figures.at(materialsPath).requestsPerSecond)));

        // Phase 2: latency x5 makes cold reads 150 ms, in the (0.1, 0.25] bucket.
        postFaults(demo, R"({"latencyMultiplier": 5})");
        ScrapeWindow slowWindow(endpointFigureSampleNames());
        baseline = scrapeOnce(collector, scraped, name);
        slowWindow.add(baseline);
        for (int id = 100; id < 110; ++id)
            QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/crm/customers/%1").arg(id))).status, 200L);
        after = scrapeOnce(collector, scraped, name);
        slowWindow.add(after);
        const EndpointFigures slow =
            endpointFigures(slowWindow, after.timestampMs - baseline.timestampMs + 1, {"path"})
                .at(customerPath);
        QVERIFY2(slow.p95 > 0.1 && slow.p95 <= 0.25, qPrintable(QString::number(slow.p95)));

        // Phase 3: every API request fails; the 5xx ratio of the materials path goes to 1.
        postFaults(demo, R"({"latencyMultiplier": 1, "errorRate": 1.0})");
        QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                 500L);
        ScrapeWindow errorWindow(endpointFigureSampleNames());
        baseline = scrapeOnce(collector, scraped, name);
        errorWindow.add(baseline);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                     500L);
        after = scrapeOnce(collector, scraped, name);
        errorWindow.add(after);
        const auto errors =
            endpointFigures(errorWindow, after.timestampMs - baseline.timestampMs + 1, {"path"});
        QCOMPARE(errors.at(materialsPath).serverErrorRatio, 1.0);
    }

    void badTargetsAreReportedAndTheRestKeepsRunning()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        CannedHttpServer hung, garbage, huge, failing;
        QVERIFY(hung.listen() && garbage.listen() && huge.listen() && failing.listen());
        hung.neverRespond();
        garbage.respondWith(200, "text/plain; version=0.0.4", "up 1\nthis is { not metrics\n");
        huge.respondWith(200, "text/plain; version=0.0.4", QByteArray(2 * 1024 * 1024, '#'));
        failing.respondWith(500, "text/plain", "internal error");

        ScrapeTarget hugeTarget = target(QStringLiteral("huge"), huge.url(), 300, 2000);
        hugeTarget.maxBodyBytes = 1024 * 1024;
        const QList<ScrapeTarget> targets{
            target(QStringLiteral("demo"), demo.url(QStringLiteral("/metrics")), 300, 2000),
            target(QStringLiteral("dead"),
                   QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(deadPort())), 300, 2000),
            target(QStringLiteral("hung"), hung.url(), 300, 300),
            target(QStringLiteral("garbage"), garbage.url(), 300, 2000),
            hugeTarget,
            target(QStringLiteral("failing"), failing.url(), 300, 2000),
        };
        CollectorService collector;
        QSignalSpy scraped(&collector, &CollectorService::scraped);
        collector.configure(targets, {}, {});
        collector.start();

        QMap<QString, QList<ScrapeResult>> seen;
        auto everyTargetSeenTwice = [&] {
            for (const QList<QVariant>& args : std::as_const(scraped)) {
                const auto result = args.first().value<ScrapeResult>();
                seen[result.target].append(result);
            }
            scraped.clear();
            for (const ScrapeTarget& t : targets) {
                if (seen.value(t.name).size() < 2)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyTargetSeenTwice(), 20000);

        for (const ScrapeResult& result : seen.value(QStringLiteral("demo")))
            QVERIFY2(result.up && result.samplesScraped() > 0, qPrintable(result.error));
        const QMap<QString, QString> expectedError{
            {QStringLiteral("dead"), QStringLiteral("Couldn't connect")},
            {QStringLiteral("hung"), QStringLiteral("timed out")},
            {QStringLiteral("garbage"), QStringLiteral("line 2, column")},
            {QStringLiteral("huge"), QStringLiteral("exceeds the limit of 1048576 bytes")},
            {QStringLiteral("failing"), QStringLiteral("HTTP status 500")},
        };
        for (auto it = expectedError.begin(); it != expectedError.end(); ++it) {
            const ScrapeResult& result = seen.value(it.key()).first();
            QVERIFY2(!result.up, qPrintable(it.key()));
            QVERIFY(!result.metrics); // nothing partial is kept
            QVERIFY2(result.error.contains(it.value()),
                     qPrintable(it.key() + QStringLiteral(": ") + result.error));
        }
        QCOMPARE(seen.value(QStringLiteral("failing")).first().httpStatus, 500L);
    }

    void gzipIsDecodedBeforeTheCapAndRedirectsAreLimited()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        const QByteArray exposition = "# TYPE jobs_total counter\njobs_total{queue=\"a\"} 17\n";
        CannedHttpServer gzipped, bomb, redirect, loop;
        QVERIFY(gzipped.listen() && bomb.listen() && redirect.listen() && loop.listen());
        gzipped.respondWith(200, "text/plain; version=0.0.4", gzip(exposition), {"Content-Encoding: gzip"});
        // 8 MiB of comment lines that compress to a few KiB: the cap counts what they expand to.
        bomb.respondWith(200, "text/plain; version=0.0.4", gzip(QByteArray(8 * 1024 * 1024, '#')),
                         {"Content-Encoding: gzip"});
        redirect.respondWith(302, "text/plain", {},
                             {"Location: " + demo.url(QStringLiteral("/metrics")).toEncoded()});
        loop.respondWith(302, "text/plain", {}, {"Location: " + loop.url().toEncoded()});

        ScrapeTarget bombTarget = target(QStringLiteral("bomb"), bomb.url());
        bombTarget.maxBodyBytes = 1024 * 1024;
        const QList<ScrapeTarget> targets{target(QStringLiteral("gzipped"), gzipped.url()), bombTarget,
                                          target(QStringLiteral("redirect"), redirect.url()),
                                          target(QStringLiteral("loop"), loop.url())};
        CollectorService collector;
        QSignalSpy scraped(&collector, &CollectorService::scraped);
        collector.configure(targets, {}, {});
        collector.start();

        const ScrapeResult plain = scrapeOnce(collector, scraped, QStringLiteral("gzipped"));
        QVERIFY2(plain.up, qPrintable(plain.error));
        QCOMPARE(plain.samplesScraped(), 1);
        QCOMPARE(plain.metrics->samples(plain.metrics->families().front()).front().value, 17.0);

        const ScrapeResult exploded = scrapeOnce(collector, scraped, QStringLiteral("bomb"));
        QVERIFY(!exploded.up);
        QVERIFY2(exploded.error.contains(QStringLiteral("exceeds the limit of 1048576 bytes")),
                 qPrintable(exploded.error));

        const ScrapeResult followed = scrapeOnce(collector, scraped, QStringLiteral("redirect"));
        QVERIFY2(followed.up && followed.samplesScraped() > 0, qPrintable(followed.error));

        const ScrapeResult looped = scrapeOnce(collector, scraped, QStringLiteral("loop"));
        QVERIFY(!looped.up);
        QVERIFY2(looped.error.contains(QStringLiteral("redirects")), qPrintable(looped.error));
        QCOMPARE(loop.requestsSeen(), 4); // the first request and 3 redirects, then it stops
    }

    void healthProbeGoesDownAfterFailuresAndUpAfterOneSuccess()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        HealthProbe probe;
        probe.name = QStringLiteral("demo-health");
        probe.url = demo.url(QStringLiteral("/health"));
        probe.jsonField = QStringLiteral("status");
        probe.expectedValue = QStringLiteral("ok");
        probe.intervalMs = 100;
        probe.failuresBeforeDown = 2;

        CollectorService collector;
        QSignalSpy probed(&collector, &CollectorService::probed);
        collector.configure({}, {probe}, {});
        collector.start();
        auto last = [&] { return probed.last().first().value<ProbeResult>(); };

        QTRY_VERIFY_WITH_TIMEOUT(!probed.isEmpty(), 10000);
        QVERIFY2(last().success && last().up, qPrintable(last().error));
        QVERIFY(last().latencySeconds > 0);

        postFaults(demo, R"({"healthOutage": true})");
        QTRY_VERIFY_WITH_TIMEOUT(!last().success, 10000);
        const ProbeResult firstFailure = last();
        QVERIFY2(firstFailure.error.contains(QStringLiteral("HTTP status 503")),
                 qPrintable(firstFailure.error));
        QVERIFY(firstFailure.up); // one failure is not enough
        QCOMPARE(firstFailure.consecutiveFailures, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!last().up, 10000);
        QCOMPARE(last().consecutiveFailures, 2);

        postFaults(demo, R"({"healthOutage": false})");
        QTRY_VERIFY_WITH_TIMEOUT(last().success, 10000);
        QVERIFY(last().up);
        QCOMPARE(last().consecutiveFailures, 0);
    }

    void jsonEndpointMapsOperationsToSeries()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(httpGet(demo.url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                     200L);
        JsonEndpoint endpoint;
        endpoint.name = QStringLiteral("performance");
        endpoint.url = demo.url(QStringLiteral("/api/performance/metrics"));
        endpoint.mappings = JsonEndpoint::performanceMetricsMappings();

        CollectorService collector;
        QSignalSpy polled(&collector, &CollectorService::jsonPolled);
        collector.configure({}, {}, {endpoint});
        collector.start();
        QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), 15000);
        const auto poll = polled.first().first().value<JsonPollResult>();
        QVERIFY2(poll.ok, qPrintable(poll.error));
        bool found = false;
        for (const JsonSample& sample : poll.samples) {
            if (sample.metric == QLatin1String("app_operation_count") &&
                sample.labels == QList<QPair<QString, QString>>{
                                     {QStringLiteral("operation"), QStringLiteral("erp.list_materials")}}) {
                QCOMPARE(sample.value, 7.0);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCollectorService)
#include "tst_collectorservice.moc"
