// The Redis collector against a private redis-server the test owns (the shared one is never
// restarted or slowed down): shut down mid-run and started again, and stalled with DEBUG SLEEP
// longer than the collector's command timeout.
#include "rediscollector.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace {
// A redis-server child on a free loopback port, logging to stdout so that readiness is read
// from its log instead of being waited for.
class PrivateRedis
{
public:
    PrivateRedis()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~PrivateRedis()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    quint16 port() const { return m_port; }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("redis-server"),
                        {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                         QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--dir"),
                         m_dir.path(), QStringLiteral("--enable-debug-command"), QStringLiteral("yes"),
                         QStringLiteral("--logfile"), QString()});
        QByteArray log;
        while (m_process.waitForReadyRead(10000)) {
            log += m_process.readAll();
            if (log.contains("Ready to accept connections"))
                return true;
        }
        qWarning().noquote() << "redis-server did not start:" << log;
        return false;
    }

    // Runs redis-cli against this server and waits for it.
    QByteArray cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral("redis-cli"),
                      QStringList{QStringLiteral("-p"), QString::number(m_port)} + arguments);
        process.waitForFinished(30000);
        return process.readAllStandardOutput().trimmed();
    }

    bool shutdown()
    {
        cli({QStringLiteral("SHUTDOWN"), QStringLiteral("NOSAVE")});
        return m_process.waitForFinished(30000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

QList<RedisPollResult> results(const QSignalSpy& spy)
{
    QList<RedisPollResult> list;
    for (const QList<QVariant>& args : spy)
        list << args.first().value<RedisPollResult>();
    return list;
}

int failuresSince(const QSignalSpy& spy, qsizetype from)
{
    int failures = 0;
    const QList<RedisPollResult> all = results(spy);
    for (qsizetype i = from; i < all.size(); ++i)
        failures += all[i].ok ? 0 : 1;
    return failures;
}

bool okSince(const QSignalSpy& spy, qsizetype from, int count)
{
    const QList<RedisPollResult> all = results(spy);
    int ok = 0;
    for (qsizetype i = from; i < all.size(); ++i)
        ok += all[i].ok ? 1 : 0;
    return ok >= count;
}

bool hasSample(const RedisPollResult& result, const char* metric)
{
    for (const MetricSample& s : result.samples) {
        if (s.metric == QLatin1String(metric))
            return true;
    }
    return false;
}

// Each poll starts after the previous one ended (timestamps in ms, durations in s).
void verifyNoOverlap(const QList<RedisPollResult>& all)
{
    for (qsizetype i = 1; i < all.size(); ++i) {
        const qint64 previousEnd = all[i - 1].timestampMs + qint64(all[i - 1].durationSeconds * 1000);
        QVERIFY2(all[i].timestampMs >= previousEnd,
                 qPrintable(QStringLiteral("poll %1 started at %2, before poll %3 ended at %4")
                                .arg(i)
                                .arg(all[i].timestampMs)
                                .arg(i - 1)
                                .arg(previousEnd)));
    }
}
} // namespace

class TestRedisFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<RedisPollResult>(); }

    void serverRestartIsReportedBackedOffAndRecovered()
    {
        PrivateRedis redis;
        QVERIFY(redis.start());
        RedisSource source;
        source.name = QStringLiteral("private");
        source.port = redis.port();
        source.intervalMs = 100;
        source.maxBackoffMs = 800;
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        QTRY_VERIFY_WITH_TIMEOUT(okSince(polled, 0, 2), 15000);

        const qsizetype beforeShutdown = polled.size();
        QVERIFY(redis.shutdown());
        QTRY_VERIFY_WITH_TIMEOUT(failuresSince(polled, beforeShutdown) >= 3, 15000);
        QList<RedisPollResult> all = results(polled);
        QList<RedisPollResult> failures;
        for (qsizetype i = beforeShutdown; i < all.size(); ++i) {
            if (!all[i].ok)
                failures << all[i];
        }
        // The open connection sees the close; the reconnects find nobody listening.
        const QString refused = QStringLiteral("connection refused at 127.0.0.1:%1").arg(redis.port());
        QVERIFY2(failures[0].error.startsWith(QLatin1String("server closed the connection")) ||
                     failures[0].error == refused,
                 qPrintable(failures[0].error));
        QCOMPARE(failures[1].error, refused);
        qInfo().noquote() << "after SHUTDOWN:" << failures[0].error << "|" << failures[1].error;
        QCOMPARE(failures[2].consecutiveFailures, failures[1].consecutiveFailures + 1);
        QCOMPARE(failures[2].nextPollInMs, 2 * failures[1].nextPollInMs); // backing off

        const qsizetype beforeRestart = polled.size();
        QVERIFY(redis.start());
        QTRY_VERIFY_WITH_TIMEOUT(okSince(polled, beforeRestart, 2), 15000);
        all = results(polled);
        qsizetype firstOk = beforeRestart;
        while (!all[firstOk].ok)
            ++firstOk;
        QCOMPARE(all[firstOk].consecutiveFailures, 0);
        QCOMPARE(all[firstOk].nextPollInMs > 0 && all[firstOk].nextPollInMs <= source.intervalMs, true);
        // No rate across the restart: the first poll after it starts a new baseline.
        QVERIFY(!hasSample(all[firstOk], "redis_commands_per_second"));
        QVERIFY(hasSample(all[firstOk + 1], "redis_commands_per_second"));
        verifyNoOverlap(all);
    }

    void aPollSlowerThanItsIntervalTimesOutWithoutOverlapping()
    {
        PrivateRedis redis;
        QVERIFY(redis.start());
        RedisSource source;
        source.name = QStringLiteral("slow");
        source.port = redis.port();
        source.intervalMs = 200;
        source.commandTimeoutMs = 300;
        source.connectTimeoutMs = 300;
        source.maxBackoffMs = 400;
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        QTRY_VERIFY_WITH_TIMEOUT(okSince(polled, 0, 2), 15000);

        // The whole server stalls for 2 s; redis-cli runs beside the test's event loop.
        QProcess sleeper;
        sleeper.start(QStringLiteral("redis-cli"),
                      {QStringLiteral("-p"), QString::number(redis.port()), QStringLiteral("DEBUG"),
                       QStringLiteral("SLEEP"), QStringLiteral("2")});
        QVERIFY(sleeper.waitForStarted(10000));
        const qsizetype beforeSleep = polled.size();
        QTRY_VERIFY_WITH_TIMEOUT(failuresSince(polled, beforeSleep) >= 1, 15000);
        QVERIFY(sleeper.waitForFinished(30000));
        QCOMPARE(sleeper.readAllStandardOutput().trimmed(), QByteArray("OK"));
        const qsizetype afterSleep = polled.size();
        QTRY_VERIFY_WITH_TIMEOUT(okSince(polled, afterSleep, 2), 15000);

        const QList<RedisPollResult> all = results(polled);
        bool sawTimeout = false;
        for (const RedisPollResult& result : all) {
            if (result.ok)
                continue;
            QVERIFY2(result.error.startsWith(QLatin1String("timed out after 300 ms")),
                     qPrintable(result.error));
            if (!sawTimeout)
                qInfo().noquote() << "during DEBUG SLEEP:" << result.error;
            sawTimeout = true;
        }
        QVERIFY(sawTimeout);
        verifyNoOverlap(all);
    }
};

QTEST_GUILESS_MAIN(TestRedisFaults)
#include "tst_redisfaults.moc"
