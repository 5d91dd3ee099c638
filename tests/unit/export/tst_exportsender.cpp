// The sender against a real loopback HTTP server answering what real receivers answer when they
// fail: 5xx retried a bounded number of times, 4xx at once, the server's message in the error,
// the credential sent from the environment and never named in an error.
#include "cannedhttpserver.h"
#include "exportsender.h"

#include <QTest>
#include <future>

using exporting::ExportEndpoint;

namespace {
struct Outcome
{
    bool ok = false;
    QString error;
    int attempts = 0;
};

// Sends on another thread: the canned server answers from this one, whose event loop QTRY runs.
std::future<Outcome> sendAsync(const ExportEndpoint& endpoint)
{
    return std::async(std::launch::async, [endpoint] {
        Outcome outcome;
        outcome.ok = exporting::ExportSender::send(
            endpoint, QByteArrayLiteral("POST"), {QByteArrayLiteral("Content-Type: application/x-protobuf")},
            QByteArrayLiteral("body"), &outcome.error, &outcome.attempts);
        return outcome;
    });
}

bool ready(const std::future<Outcome>& future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

ExportEndpoint endpointOf(const CannedHttpServer& server)
{
    ExportEndpoint endpoint;
    endpoint.url = server.url(QStringLiteral("/api/v1/write"));
    endpoint.timeoutMs = 5000;
    endpoint.maxAttempts = 3;
    endpoint.firstRetryDelayMs = 10;
    return endpoint;
}
} // namespace

class TestExportSender : public QObject
{
    Q_OBJECT

private slots:
    void serverErrorsAreRetriedThenReportedWithTheMessage()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.respondWith(503, "text/plain", "TSDB is not ready\n");
        std::future<Outcome> future = sendAsync(endpointOf(server));
        QTRY_VERIFY_WITH_TIMEOUT(ready(future), 20000);
        const Outcome outcome = future.get();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(server.requestsSeen(), 3);
        QCOMPARE(outcome.error,
                 QStringLiteral("127.0.0.1:%1/api/v1/write answered HTTP 503: TSDB is not ready")
                     .arg(server.port()));
        QCOMPARE(server.requestBodies().constFirst(), QByteArrayLiteral("body"));
    }

    void clientErrorsAreNotRetried()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.respondWith(400, "text/plain", "out of bounds");
        std::future<Outcome> future = sendAsync(endpointOf(server));
        QTRY_VERIFY_WITH_TIMEOUT(ready(future), 20000);
        const Outcome outcome = future.get();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(server.requestsSeen(), 1);
        QVERIFY2(outcome.error.endsWith(QStringLiteral("answered HTTP 400: out of bounds")),
                 qPrintable(outcome.error));
    }

    void bearerTokenComesFromTheEnvironment()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.respondWith(204, "text/plain", {});
        qputenv("PERFDASH_TEST_EXPORT_TOKEN", "s3cret-token");
        ExportEndpoint endpoint = endpointOf(server);
        endpoint.secret.environmentVariable = QStringLiteral("PERFDASH_TEST_EXPORT_TOKEN");
        std::future<Outcome> future = sendAsync(endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(ready(future), 20000);
        const Outcome outcome = future.get();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(server.requestHeads().constFirst().contains("Authorization: Bearer s3cret-token"));
        QVERIFY(server.requestHeads().constFirst().startsWith("POST /api/v1/write "));
    }

    void missingSecretFailsBeforeSending()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.respondWith(204, "text/plain", {});
        ExportEndpoint endpoint = endpointOf(server);
        endpoint.secret.environmentVariable = QStringLiteral("PERFDASH_TEST_EXPORT_UNSET");
        qunsetenv("PERFDASH_TEST_EXPORT_UNSET");
        std::future<Outcome> future = sendAsync(endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(ready(future), 20000);
        const Outcome outcome = future.get();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("PERFDASH_TEST_EXPORT_UNSET")),
                 qPrintable(outcome.error));
        QCOMPARE(server.requestsSeen(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportSender)
#include "tst_exportsender.moc"
