// The load engine against the real demo target on loopback: short closed and open runs, errors by
// kind (injected 5xx, a closed port, timeouts), the count bound, cancel, and a 1 s stall that the
// open model's corrected P99 shows while the closed model's does not.
#include "demotargetprocess.h"
#include "httpclient.h"
#include "loadengine.h"
#include "loadrun.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace load;

namespace {
const QString materials = QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=10");

LoadPlan planFor(const QUrl& url, int users, std::int64_t durationMs)
{
    LoadPlan plan;
    PlannedRequest request;
    request.name = QStringLiteral("GET /api/v1/erp/mm/materials");
    request.url = url.toString().toStdString();
    plan.requests.push_back(request);
    plan.users = users;
    plan.durationMs = durationMs;
    plan.workers = 2;
    return plan;
}

std::int64_t sumOfSeconds(const LoadResult& result, std::int64_t EndpointFigures::*field)
{
    std::int64_t sum = 0;
    for (const LoadSecond& second : result.seconds)
        sum += second.total.*field;
    return sum;
}

QString describe(const LoadResult& result)
{
    QString text = QStringLiteral("end %1 error '%2' requests %3 errors")
                       .arg(int(result.end))
                       .arg(result.error)
                       .arg(result.totals.total.requests);
    for (int i = 0; i < errorKindCount; ++i)
        text += QStringLiteral(" %1=%2").arg(errorKindName(ErrorKind(i))).arg(result.totals.total.errors[i]);
    return text;
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when the server goes
}
} // namespace

class TestLoadEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_target = std::make_unique<DemoTargetProcess>();
        QVERIFY2(m_target->start(), qPrintable(m_target->errorString()));
    }

    void closedRunSecondsAddUpToTheTotals()
    {
        const LoadResult result = runLoad(planFor(m_target->url(materials), 20, 2000));
        const EndpointFigures& total = result.totals.total;
        QVERIFY2(result.end == RunEnd::Completed, qPrintable(describe(result)));
        QVERIFY2(total.requests > 100, qPrintable(describe(result)));
        QCOMPARE(total.errorCount(), 0);
        QVERIFY(total.bytesReceived > total.requests * 100);
        QCOMPARE(result.seconds.size(), std::size_t(2));
        QCOMPARE(sumOfSeconds(result, &EndpointFigures::requests), total.requests);
        QCOMPARE(sumOfSeconds(result, &EndpointFigures::bytesReceived), total.bytesReceived);
        std::int64_t timed = 0;
        for (const LoadSecond& second : result.seconds) {
            timed += second.total.latency.count();
            QCOMPARE(second.second, std::int64_t(&second - result.seconds.data()));
            QCOMPARE(second.endpoints.size(), std::size_t(1));
            QCOMPARE(second.endpoints[0].requests, second.total.requests);
        }
        QCOMPARE(timed, total.requests);
        QCOMPARE(total.latency.count(), total.requests);
        QCOMPARE(total.uncorrectedLatency.count(), 0); // open model only
        QCOMPARE(result.totals.activeUsers, 20);
        QVERIFY(total.latency.valueAtPercentileUs(50) <= total.latency.valueAtPercentileUs(99));
        QVERIFY(total.latency.valueAtPercentileUs(99) <= total.latency.maxUs());
        QVERIFY(!result.percentileMethod.isEmpty());
    }

    void libcurlTransportAddsUpTheSame()
    {
        LoadPlan plan = planFor(m_target->url(materials), 8, 1000);
        plan.useCurlForPlainHttp = true;
        const LoadResult result = runLoad(plan);
        const EndpointFigures& total = result.totals.total;
        QVERIFY2(total.requests > 50 && total.errorCount() == 0, qPrintable(describe(result)));
        QCOMPARE(sumOfSeconds(result, &EndpointFigures::requests), total.requests);
        QCOMPARE(total.latency.count(), total.requests);
        QVERIFY(total.bytesReceived > total.requests * 100);
    }

    void httpsVerifiesCertificatesUnlessToldNotTo()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(),
                 "the openssl command is missing (installer/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess req;
        req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(req.waitForFinished(60000) && req.exitCode() == 0);
        DemoTargetProcess tls({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

        LoadPlan plan = planFor(tls.url(materials), 2, 1000);
        plan.maxRequests = 50;
        const LoadResult untrusted = runLoad(plan); // a self-signed certificate nobody trusts
        QVERIFY(untrusted.totals.total.requests > 0);
        QCOMPARE(untrusted.totals.total.errors[int(ErrorKind::Connect)], untrusted.totals.total.requests);
        plan.verifyTls = false;
        const LoadResult insecure = runLoad(plan);
        QCOMPARE(insecure.totals.total.requests, 50);
        QCOMPARE(insecure.totals.total.errorCount(), 0);
    }

    void requestCountBoundIsExact()
    {
        LoadPlan plan = planFor(m_target->url(materials), 16, 20'000);
        plan.workers = 3;
        plan.maxRequests = 777;
        const LoadResult result = runLoad(plan);
        QVERIFY2(result.end == RunEnd::Completed, qPrintable(describe(result)));
        QCOMPARE(result.totals.total.requests, 777);
        QCOMPARE(sumOfSeconds(result, &EndpointFigures::requests), 777);
        QVERIFY(result.durationMs < 20'000);
    }

    void injectedErrorRateCountsServerErrors()
    {
        DemoTargetProcess faulty({QStringLiteral("--error-rate"), QStringLiteral("0.3")});
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoadPlan plan = planFor(faulty.url(materials), 8, 20'000);
        plan.maxRequests = 2000;
        const LoadResult result = runLoad(plan);
        const EndpointFigures& total = result.totals.total;
        QCOMPARE(total.requests, 2000);
        const double share = double(total.errors[int(ErrorKind::Status5xx)]) / double(total.requests);
        QVERIFY2(share > 0.25 && share < 0.35, qPrintable(describe(result)));
        QCOMPARE(total.errorCount(), total.errors[int(ErrorKind::Status5xx)]);
        QCOMPARE(total.latency.count(), total.requests); // answers, even failed ones, are timed
    }

    void closedPortGivesConnectErrorsAndTheRunEnds()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()));
        LoadPlan plan = planFor(url, 2, 1000);
        const LoadResult result = runLoad(plan);
        const EndpointFigures& total = result.totals.total;
        QVERIFY2(result.end == RunEnd::Completed, qPrintable(describe(result)));
        QVERIFY(total.requests > 0);
        QCOMPARE(total.errors[int(ErrorKind::Connect)], total.requests);
        QCOMPARE(total.latency.count(), 0);
    }

    void slowAnswersTimeOut()
    {
        DemoTargetProcess stalled;
        QVERIFY2(stalled.start(), qPrintable(stalled.errorString()));
        QCOMPARE(httpPostJson(stalled.url(QStringLiteral("/admin/faults")), "{\"stallMs\":5000}").status,
                 200L);
        LoadPlan plan = planFor(stalled.url(materials), 2, 1500);
        plan.requestTimeoutMs = 300;
        const LoadResult result = runLoad(plan);
        const EndpointFigures& total = result.totals.total;
        QVERIFY2(total.errors[int(ErrorKind::Timeout)] >= 2, qPrintable(describe(result)));
        QCOMPARE(total.errorCount(), total.errors[int(ErrorKind::Timeout)]);
        QCOMPARE(total.errorCount(), total.requests);
    }

    void remoteTargetNeedsAllowRemote()
    {
        LoadPlan plan = planFor(QUrl(QStringLiteral("http://192.0.2.1/")), 1, 1000);
        const LoadResult result = runLoad(plan);
        QVERIFY(result.end == RunEnd::Failed);
        QVERIFY2(result.error.contains(QLatin1String("requests[0].url")) &&
                     result.error.contains(QLatin1String("allowRemote")),
                 qPrintable(result.error));
        QCOMPARE(result.totals.total.requests, 0);
    }

    void cancelKeepsPartialResults()
    {
        LoadEngine engine;
        QSignalSpy seconds(&engine, &LoadEngine::secondMerged);
        QSignalSpy finished(&engine, &LoadEngine::finished);
        QVERIFY(engine.start(planFor(m_target->url(materials), 10, 60'000)));
        QVERIFY(engine.isRunning());
        QVERIFY(!engine.start(planFor(m_target->url(materials), 1, 1000))); // one run at a time
        QVERIFY(seconds.wait(5000));
        engine.cancel();
        QVERIFY(finished.wait(5000));
        const auto result = finished.at(0).at(0).value<LoadResult>();
        QVERIFY2(result.end == RunEnd::Cancelled, qPrintable(describe(result)));
        QVERIFY(result.totals.total.requests > 0);
        QVERIFY(!result.seconds.empty());
        QVERIFY2(result.durationMs < 10'000, qPrintable(QString::number(result.durationMs)));
        QCOMPARE(sumOfSeconds(result, &EndpointFigures::requests), result.totals.total.requests);
        QCOMPARE(seconds.first().at(0).value<LoadSecond>().second, 0);
        QVERIFY(!engine.isRunning());
    }

    void abortWhenStopsTheRun()
    {
        LoadPlan plan = planFor(m_target->url(materials), 4, 60'000);
        plan.abortWhen = [](const LoadSecond& totals) { return totals.total.requests > 0; };
        const LoadResult result = runLoad(plan);
        QVERIFY2(result.end == RunEnd::Aborted, qPrintable(describe(result)));
        QVERIFY(result.durationMs < 10'000);
    }

    void openModelSendsRateTimesDuration()
    {
        LoadPlan plan = planFor(m_target->url(materials), 10, 3000);
        plan.model = LoadModel::Open;
        plan.ratePerSecond = 200;
        const LoadResult result = runLoad(plan);
        const EndpointFigures& total = result.totals.total;
        QVERIFY2(total.requests >= 560 && total.requests <= 610, qPrintable(describe(result)));
        QCOMPARE(total.errorCount(), 0);
        QCOMPARE(total.uncorrectedLatency.count(), total.requests);
        QCOMPARE(total.latency.count(), total.requests);
        // From the intended send, never shorter than from the actual one.
        QVERIFY(total.latency.valueAtPercentileUs(99) >= total.uncorrectedLatency.valueAtPercentileUs(99));
    }

    void stallShowsInTheOpenModelsCorrectedP99Only()
    {
        const QUrl faults = m_target->url(QStringLiteral("/admin/faults"));
        auto stallOnce = [faults, done = false](const LoadSecond& second) mutable {
            if (second.second == 0 && !done) { // about 1 s into the run
                done = true;
                httpPostJson(faults, "{\"stallMs\":1000}");
            }
        };
        LoadPlan open = planFor(m_target->url(materials), 4, 4000);
        open.model = LoadModel::Open;
        open.ratePerSecond = 300;
        const LoadResult openResult = runLoad(open, stallOnce);
        LoadPlan closed = planFor(m_target->url(materials), 10, 4000);
        const LoadResult closedResult = runLoad(closed, stallOnce);

        const EndpointFigures& o = openResult.totals.total;
        const EndpointFigures& c = closedResult.totals.total;
        const QString figures =
            QStringLiteral("open: %1 requests, corrected P99 %2 us, uncorrected P99 %3 us; "
                           "closed: %4 requests, P99 %5 us, max %6 us")
                .arg(o.requests)
                .arg(o.latency.valueAtPercentileUs(99))
                .arg(o.uncorrectedLatency.valueAtPercentileUs(99))
                .arg(c.requests)
                .arg(c.latency.valueAtPercentileUs(99))
                .arg(c.latency.maxUs());
        qInfo("%s", qPrintable(figures));
        QCOMPARE(o.errorCount() + c.errorCount(), 0);
        // Arrivals kept coming during the stall: a quarter of them waited up to the full second.
        QVERIFY2(o.latency.valueAtPercentileUs(99) >= 700'000, qPrintable(figures));
        // Only the few requests already on the wire were slow when they were sent.
        QVERIFY2(o.uncorrectedLatency.valueAtPercentileUs(99) < 300'000, qPrintable(figures));
        // The closed model's users waited too (its max shows it), but sent nothing meanwhile.
        QVERIFY2(c.latency.maxUs() >= 700'000, qPrintable(figures));
        QVERIFY2(c.latency.valueAtPercentileUs(99) < 300'000, qPrintable(figures));
    }

private:
    std::unique_ptr<DemoTargetProcess> m_target;
};

QTEST_GUILESS_MAIN(TestLoadEngine)
#include "tst_loadengine.moc"
