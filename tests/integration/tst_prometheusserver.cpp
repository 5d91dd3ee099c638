// A Prometheus server as a source, against a real Prometheus (Debian's package) scraping the real
// demo target every second: the P95 perfdash reads from the server lands in the same histogram
// bucket as the P95 perfdash computes from its own scrape of the same window; the server's errors
// (bad PromQL, wrong password) and a closed port reach the user with the server's message; labels,
// series and targets are read back.
#include "alertevaluator.h"
#include "collectorservice.h"
#include "demotargetprocess.h"
#include "httpclient.h"
#include "panelqueries.h"
#include "promapiclient.h"
#include "prometheuscollector.h"
#include "prometheusprocess.h"
#include "prometheusrecorder.h"
#include "samplerecorder.h"
#include "standardqueries.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>

namespace {
const QString user = QStringLiteral("perfdash");
const QString password = QStringLiteral("perfdash-test");
// bcrypt (cost 4, fast to check) of the test password above; a test fixture, not a secret.
const QString passwordHash = QStringLiteral("$2b$04$Kuc2nNtiVGn9I/NHEidwS.US7l8jAhLfCN.XMrwNC1N/Atcd.ESMW");
const QString passwordVariable = QStringLiteral("PERFDASH_TEST_PROM_PASSWORD");
const QString wrongPasswordVariable = QStringLiteral("PERFDASH_TEST_PROM_WRONG_PASSWORD");
const std::string path = "/api/v1/crm/customers/{id}";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// An answer that never came is a failure, never an empty success.
void markTimedOut(promapi::Response* r)
{
    r->errorType = QStringLiteral("test");
    r->error = QStringLiteral("no answer within 20 s");
}
void markTimedOut(promapi::QueryResult* r)
{
    markTimedOut(&r->response);
}

// The bucket of `bounds` (sorted upper bounds) that holds `value`: its index.
int bucketOf(const std::vector<double>& bounds, double value)
{
    return int(std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin());
}
} // namespace

class TestPrometheusServer : public QObject
{
    Q_OBJECT
private:
    DemoTargetProcess m_demo;
    std::unique_ptr<PrometheusProcess> m_prometheus;
    CurlMultiLoop m_loop;

    PrometheusServer server(const QString& name, const QString& secretVariable = passwordVariable) const
    {
        PrometheusServer s;
        s.name = name;
        s.url = m_prometheus->baseUrl();
        s.intervalMs = 60000; // the tests poll with pollNow()
        s.timeoutMs = 5000;
        s.backfillMs = 0;
        s.auth = HttpAuth::Kind::Basic;
        s.username = user;
        s.secret.environmentVariable = secretVariable;
        s.services = {{QStringLiteral("demo"), {}}};
        return s;
    }

    // Runs one client call on the test's loop and waits for its answer.
    template<typename Answer, typename Call>
    Answer ask(Call call)
    {
        auto promise = std::make_shared<std::promise<Answer>>();
        std::future<Answer> answer = promise->get_future();
        const PrometheusServer s = server(QStringLiteral("fleet"));
        m_loop.post([this, s, call, promise] {
            auto client = std::make_shared<PromApiClient>(&m_loop, s);
            call(*client, [client, promise](const Answer& a) { promise->set_value(a); });
        });
        if (answer.wait_for(std::chrono::seconds(20)) == std::future_status::ready)
            return answer.get();
        Answer timedOut;
        markTimedOut(&timedOut);
        return timedOut;
    }

    promapi::QueryResult instant(const QString& promql)
    {
        return ask<promapi::QueryResult>(
            [promql](PromApiClient& c, PromApiClient::QueryDone done) { c.query(promql, 0, done); });
    }

    // The newest scrape of the demo target by the server (ms), 0 when none.
    qint64 serverScrapedAt()
    {
        const promapi::QueryResult r = instant(QStringLiteral("timestamp(up{job=\"demo\"})"));
        return r.series.empty() ? 0 : qint64(r.series.front().points.front().value * 1000);
    }

    // One poll of `s` evaluated at atMs (0: now), as the collector emits it.
    static PrometheusPollResult pollOnce(const PrometheusServer& s, qint64 atMs = 0)
    {
        PrometheusCollector collector;
        QSignalSpy spy(&collector, &PrometheusCollector::polled);
        collector.start();
        collector.configure({s}); // polls at once (evaluated now)
        PrometheusPollResult timedOut;
        timedOut.errors.append(QStringLiteral("no poll within 20 s"));
        if (!spy.wait(20000))
            return timedOut;
        if (atMs > 0) {
            collector.pollNow(s.name, atMs);
            if (!spy.wait(20000))
                return timedOut;
        }
        return spy.last().first().value<PrometheusPollResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScrapeResult>();
        qRegisterMetaType<PrometheusPollResult>();
        qputenv(passwordVariable.toLatin1(), password.toUtf8());
        qputenv(wrongPasswordVariable.toLatin1(), "not-the-password");
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
        m_prometheus = std::make_unique<PrometheusProcess>(
            QStringList{m_demo.baseUrl().authority()}, PrometheusProcess::BasicAuthUser{user, passwordHash});
        QVERIFY2(m_prometheus->start(password), qPrintable(m_prometheus->errorString()));
        m_loop.start();
    }

    void cleanupTestCase() { m_loop.stop(); }

    void p95FromServerMatchesOwnScrape()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("store.sqlite")), {}, &error), qPrintable(error));
        ingest::SampleRecorder recorder(store);
        std::atomic<qint64> ownScrapedAt = 0;
        CollectorService collector;
        collector.setScrapeSink([&](const ScrapeResult& result, const QUrl& url) {
            recorder.record(result, url);
            if (result.up)
                ownScrapedAt = result.timestampMs;
        });
        ScrapeTarget target;
        target.name = QStringLiteral("demo"); // the job label, as the server's scrape config names it
        target.url = m_demo.url(QStringLiteral("/metrics"));
        target.intervalMs = 1000;
        target.timeoutMs = 1000;
        collector.start();
        collector.configure({target}, {}, {});

        // One request so the path's series exist, seen by both scrapes; then a scrape of each inside
        // the window before the traffic, so both windows hold the traffic's whole increase.
        QCOMPARE(httpGet(m_demo.url(QStringLiteral("/api/v1/crm/customers/1"))).status, 200L);
        const qint64 warmedUp = now();
        QTRY_VERIFY_WITH_TIMEOUT(ownScrapedAt > warmedUp && serverScrapedAt() > warmedUp, 15000);
        const qint64 windowStart = now();
        QTRY_VERIFY_WITH_TIMEOUT(ownScrapedAt > windowStart && serverScrapedAt() > windowStart, 15000);

        for (int id = 2; id <= 61; ++id) // bounded: 60 requests on loopback
            QCOMPARE(httpGet(m_demo.url(QStringLiteral("/api/v1/crm/customers/%1").arg(id))).status, 200L);
        const qint64 trafficEnd = now();
        QTRY_VERIFY_WITH_TIMEOUT(ownScrapedAt > trafficEnd && serverScrapedAt() > trafficEnd, 15000);
        const qint64 windowEnd = now();
        const qint64 windowMs = windowEnd - windowStart;

        // perfdash's own P95 over the window, from its scrape in the store.
        QVERIFY(store.flush());
        panels::PanelQueries own([&store](const store::RangeQuery& q) { return store.query(q); });
        const panels::PanelResult ownResult =
            own.quantiles({"http_request_duration_seconds", {{"path", path}, {"job", "demo"}}, {}}, {0.95},
                          {"path"}, {windowEnd, windowEnd, windowMs, windowMs});
        QVERIFY2(ownResult.ok(), qPrintable(ownResult.error));
        QCOMPARE(int(ownResult.series.size()), 1);
        QCOMPARE(int(ownResult.series.front().points.size()), 1);
        const double ownP95 = ownResult.series.front().points.front().value;

        // The server's P95 of the same window through the collector, recorded and read back.
        PrometheusServer s = server(QStringLiteral("fleet"));
        s.rateWindowMs = int(windowMs);
        const PrometheusPollResult poll = pollOnce(s, windowEnd);
        QVERIFY2(poll.ok(), qPrintable(poll.errors.join(QLatin1Char('\n'))));
        QCOMPARE(poll.timestampMs, windowEnd);
        ingest::PrometheusRecorder(store).record(poll);
        QVERIFY(store.flush());
        store::RangeQuery read;
        read.metric = promapi::quantileMetric;
        read.matchers = {{"path", path}, {"quantile", "0.95"}, {"source", "prom:fleet"}, {"job", "demo"}};
        read.startMs = read.endMs = windowEnd;
        read.aggregation = store::Aggregation::Last;
        const store::QueryResult stored = store.query(read);
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        QCOMPARE(int(stored.series.size()), 1);
        QCOMPARE(int(stored.series.front().points.size()), 1);
        const double serverP95 = stored.series.front().points.front().value;

        // The bucket bounds the demo target exposes, as perfdash stored them.
        store::RangeQuery buckets;
        buckets.metric = "http_request_duration_seconds_bucket";
        buckets.matchers = {{"path", path}};
        buckets.startMs = buckets.endMs = windowEnd;
        buckets.aggregation = store::Aggregation::Last;
        std::vector<double> bounds;
        for (const store::SeriesResult& series : store.query(buckets).series)
            bounds.push_back(std::stod(std::string(series.labels.value("le"))));
        std::sort(bounds.begin(), bounds.end());
        QVERIFY(bounds.size() >= 5);

        qInfo("P95 of %s over %lld ms: own scrape %.6f s, server %.6f s", path.c_str(), windowMs, ownP95,
              serverP95);
        QVERIFY(std::isfinite(ownP95) && ownP95 > 0);
        QVERIFY(std::isfinite(serverP95) && serverP95 > 0);
        QCOMPARE(bucketOf(bounds, serverP95), bucketOf(bounds, ownP95));

        // Alert rules read the server's series like any stored one: a gauge rule on that P95
        // fires with the server's value when under it, and stays inactive when above it.
        alerts::AlertRule over;
        over.name = QStringLiteral("FleetP95High");
        over.kind = alerts::RuleKind::Gauge;
        over.metric = promapi::quantileMetric;
        over.matchers = {{"path", path}, {"quantile", "0.95"}, {"source", "prom:fleet"}};
        over.threshold = serverP95 / 2;
        alerts::AlertRule under = over;
        under.name = QStringLiteral("FleetP95Extreme");
        under.threshold = serverP95 * 2;
        store::StoreReader reader;
        QVERIFY2(reader.open(dir.filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
        alerts::AlertEvaluator evaluator({over, under});
        const std::vector<alerts::AlertTransition> changes = evaluator.evaluate(reader, windowEnd);
        QCOMPARE(int(changes.size()), 1);
        QCOMPARE(changes.front().rule, over.name);
        QCOMPARE(changes.front().to, alerts::State::Firing);
        QVERIFY(changes.front().value.has_value());
        QCOMPARE(*changes.front().value, serverP95);
        collector.stop();
    }

    // The first poll of a source reads its backfill range with query_range: history at once.
    void firstPollBackfills()
    {
        PrometheusServer s = server(QStringLiteral("fleet"));
        s.backfillMs = 20000;
        s.intervalMs = 2000;
        s.queries = {{QStringLiteral("demo_up"), QStringLiteral("up{job=\"demo\"}")}};
        const PrometheusPollResult poll = pollOnce(s);
        QVERIFY2(poll.ok(), qPrintable(poll.errors.join(QLatin1Char('\n'))));
        QVERIFY(poll.backfill);
        const auto up =
            std::find_if(poll.series.begin(), poll.series.end(), [](const PrometheusPollResult::Series& x) {
                return x.metric == QLatin1String("demo_up");
            });
        QVERIFY(up != poll.series.end());
        // One point per 2 s step since the server started (a few seconds ago), not one instant value.
        QVERIFY2(up->points.size() >= 2, qPrintable(QString::number(up->points.size())));
        QCOMPARE(up->points.back().timestampMs, poll.timestampMs);
        QCOMPARE(up->points.back().value, 1.0);
        QVERIFY(up->points.at(1).timestampMs - up->points.at(0).timestampMs == 2000);
    }

    void badPromqlShowsServerMessage()
    {
        PrometheusServer s = server(QStringLiteral("fleet"));
        s.queries = {{QStringLiteral("broken"), QStringLiteral("sum(rate(http_requests_total[1m])")}};
        const PrometheusPollResult poll = pollOnce(s);
        QCOMPARE(poll.errors.size(), 1); // the standard queries still answered
        QVERIFY2(poll.errors.first().startsWith(QStringLiteral("broken: bad_data: ")),
                 qPrintable(poll.errors.first()));
        QVERIFY2(poll.errors.first().contains(QStringLiteral("parse error")),
                 qPrintable(poll.errors.first()));
        QVERIFY2(poll.errors.first().endsWith(QStringLiteral("(HTTP 400)")), qPrintable(poll.errors.first()));
        QVERIFY(!poll.series.empty());
    }

    void wrongPasswordIsRefused()
    {
        const PrometheusPollResult poll = pollOnce(server(QStringLiteral("fleet"), wrongPasswordVariable));
        QCOMPARE(poll.errors.size(), 1); // said once, not once per query
        QVERIFY2(poll.errors.first().contains(QStringLiteral("HTTP status 401")),
                 qPrintable(poll.errors.first()));
        QVERIFY(!poll.errors.first().contains(QStringLiteral("not-the-password")));
        QVERIFY(poll.series.empty());
    }

    void missingSecretIsNamed()
    {
        const PrometheusPollResult poll =
            pollOnce(server(QStringLiteral("fleet"), QStringLiteral("PERFDASH_TEST_UNSET")));
        QCOMPARE(poll.errors.size(), 1);
        QVERIFY2(poll.errors.first().contains(QStringLiteral("PERFDASH_TEST_UNSET")),
                 qPrintable(poll.errors.first()));
    }

    void closedPortGivesClearError()
    {
        PrometheusServer s = server(QStringLiteral("gone"));
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
        const PrometheusPollResult poll = pollOnce(s);
        QCOMPARE(poll.errors.size(), 1);
        QVERIFY2(poll.errors.first().contains(QStringLiteral("transport: 127.0.0.1")),
                 qPrintable(poll.errors.first()));
        QCOMPARE(poll.source, QStringLiteral("prom:gone"));
    }

    void labelsSeriesAndTargets()
    {
        QString error;
        const promapi::Response labels = ask<promapi::Response>(
            [](PromApiClient& c, PromApiClient::ResponseDone done) { c.labels(done); });
        QVERIFY2(labels.ok(), qPrintable(labels.errorText()));
        QVERIFY(promapi::parseStrings(labels, &error).contains(QStringLiteral("path")));
        const promapi::Response jobs =
            ask<promapi::Response>([](PromApiClient& c, PromApiClient::ResponseDone done) {
                c.labelValues(QStringLiteral("job"), done);
            });
        QCOMPARE(promapi::parseStrings(jobs, &error), QStringList{QStringLiteral("demo")});
        const promapi::Response series =
            ask<promapi::Response>([](PromApiClient& c, PromApiClient::ResponseDone done) {
                c.series({QStringLiteral("up{job=\"demo\"}")}, now() - 60000, now(), done);
            });
        QVERIFY2(series.ok(), qPrintable(series.errorText()));
        QCOMPARE(promapi::parseSeries(series, &error).size(), 1);
        const promapi::Response targets = ask<promapi::Response>(
            [](PromApiClient& c, PromApiClient::ResponseDone done) { c.targets(done); });
        const QList<promapi::Target> active = promapi::parseTargets(targets, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().job, QStringLiteral("demo"));
        QCOMPARE(active.first().instance, m_demo.baseUrl().authority());
        QCOMPARE(active.first().health, QStringLiteral("up"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusServer)
#include "tst_prometheusserver.moc"
