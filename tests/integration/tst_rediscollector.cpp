// The Redis collector against the shared test Redis (PERFDASH_TEST_REDIS): keyspace counters
// moved by exactly the commands the test sends, queue backlog by type, SCAN discovery and its
// caps, load from redis-benchmark, ACL authentication, a dead port and a hung server beside a
// healthy source. Keys live in db 7 under a per-run prefix; the collector's own lookups are
// accounted for, not ignored.
#include "rediscollector.h"
#include "testservers.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <hiredis/hiredis.h>
#include <memory>
#include <optional>

namespace {
using Labels = QList<QPair<QString, QString>>;
constexpr int testDb = 7;

// A plain hiredis client for setting the scene, independent of the code under test.
class SceneClient
{
public:
    SceneClient(int port, int db)
        : m_context(redisConnectWithTimeout("127.0.0.1", port, timeval{5, 0}), &redisFree)
    {
        if (m_context && !m_context->err)
            run({"SELECT", QByteArray::number(db)});
    }
    bool ok() const { return m_context && !m_context->err; }
    // The reply as text (strings, status, errors) or as a number (integers).
    QByteArray run(const QByteArrayList& arguments)
    {
        std::vector<const char*> argv;
        std::vector<size_t> lengths;
        for (const QByteArray& argument : arguments) {
            argv.push_back(argument.constData());
            lengths.push_back(size_t(argument.size()));
        }
        std::unique_ptr<redisReply, decltype(&freeReplyObject)> reply(
            static_cast<redisReply*>(
                redisCommandArgv(m_context.get(), int(argv.size()), argv.data(), lengths.data())),
            &freeReplyObject);
        if (!reply)
            return QByteArray("IOERR ") + m_context->errstr;
        if (reply->type == REDIS_REPLY_INTEGER)
            return QByteArray::number(reply->integer);
        return reply->str ? QByteArray(reply->str, qsizetype(reply->len)) : QByteArray();
    }

private:
    std::unique_ptr<redisContext, decltype(&redisFree)> m_context;
};

int sharedPort()
{
    return TestServers::redisAddress().section(QLatin1Char(':'), 1).toInt();
}

QString uniquePrefix()
{
    return QStringLiteral("perfdash_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
}

RedisSource sharedSource(const QString& name)
{
    RedisSource source;
    source.name = name;
    source.port = sharedPort();
    source.db = testDb;
    source.intervalMs = 60000; // the tests poll with pollNow()
    return source;
}

std::optional<double> sample(const RedisPollResult& result, const char* metric, const Labels& labels = {})
{
    for (const MetricSample& s : result.samples) {
        if (s.metric == QLatin1String(metric) && s.labels == labels)
            return s.value;
    }
    return std::nullopt;
}

Labels queue(const QString& key, const char* type)
{
    return {{QStringLiteral("queue"), key}, {QStringLiteral("type"), QLatin1String(type)}};
}

// A loopback port nobody listens on: bound, then released.
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Results of one source, in arrival order.
QList<RedisPollResult> resultsOf(const QSignalSpy& spy, const QString& source)
{
    QList<RedisPollResult> results;
    for (const QList<QVariant>& args : spy) {
        const auto result = args.first().value<RedisPollResult>();
        if (result.source == source)
            results << result;
    }
    return results;
}
} // namespace

class TestRedisCollector : public QObject
{
    Q_OBJECT
private:
    // The next result of `name` after `already` of them arrived (fails the test after 15 s).
    static RedisPollResult nextResult(QSignalSpy& spy, const QString& name, qsizetype already)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(resultsOf(spy, name).size() > already, 15000); }();
        const QList<RedisPollResult> results = resultsOf(spy, name);
        return results.size() > already ? results.at(already) : RedisPollResult{};
    }
    static RedisPollResult pollNow(RedisCollector& collector, QSignalSpy& spy, const QString& name)
    {
        const qsizetype already = resultsOf(spy, name).size();
        collector.pollNow(name);
        return nextResult(spy, name, already);
    }
    static void deleteKeys(const QString& prefix)
    {
        QProcess cli; // SCAN through redis-cli: the scene client reads scalar replies only
        cli.start(QStringLiteral("redis-cli"),
                  {QStringLiteral("-p"), QString::number(sharedPort()), QStringLiteral("-n"),
                   QString::number(testDb), QStringLiteral("--scan"), QStringLiteral("--pattern"),
                   prefix + QStringLiteral("*")});
        cli.waitForFinished(30000);
        SceneClient client(sharedPort(), testDb);
        for (const QByteArray& key : cli.readAllStandardOutput().split('\n')) {
            if (!key.isEmpty())
                client.run({"DEL", key});
        }
    }

private slots:
    void initTestCase() { qRegisterMetaType<RedisPollResult>(); }

    void keyspaceCountersMoveByExactlyTheLookupsMade()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        const QString prefix = uniquePrefix();
        SceneClient client(sharedPort(), testDb);
        QVERIFY(client.ok());
        QCOMPARE(client.run({"SET", (prefix + QStringLiteral(":present")).toUtf8(), "v"}), QByteArray("OK"));

        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        const QString name = QStringLiteral("shared");
        collector.configure({sharedSource(name)}); // no queue keys: the collector itself looks nothing up
        collector.start();
        const RedisPollResult first = nextResult(polled, name, 0);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(!sample(first, "redis_hit_rate"), "no hit rate from a single poll");
        QVERIFY2(first.notes.join(QLatin1Char(' ')).contains(QLatin1String("first")),
                 qPrintable(first.notes.join(QLatin1Char(' '))));
        QVERIFY(sample(first, "redis_ping_seconds").value_or(-1) > 0);
        QVERIFY(sample(first, "redis_connected_clients").value_or(0) >= 2); // the collector and us
        QCOMPARE(sample(first, "redis_db_keys", {{QStringLiteral("db"), QStringLiteral("db7")}}).has_value(),
                 true);

        const int misses = 37;
        for (int i = 0; i < misses; ++i)
            QVERIFY(client.run({"GET", (prefix + QStringLiteral(":missing:%1").arg(i)).toUtf8()}).isEmpty());
        const RedisPollResult second = pollNow(collector, polled, name);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(*sample(second, "redis_keyspace_misses_total") -
                     *sample(first, "redis_keyspace_misses_total"),
                 double(misses));
        QCOMPARE(*sample(second, "redis_keyspace_hits_total"), *sample(first, "redis_keyspace_hits_total"));
        QCOMPARE(sample(second, "redis_hit_rate"), 0.0);
        QCOMPARE(second.ownKeyspaceHits + second.ownKeyspaceMisses, 0.0);

        const int hits = 23;
        for (int i = 0; i < hits; ++i)
            QCOMPARE(client.run({"GET", (prefix + QStringLiteral(":present")).toUtf8()}), QByteArray("v"));
        for (int i = 0; i < 7; ++i)
            QVERIFY(client.run({"GET", (prefix + QStringLiteral(":missing:%1").arg(i)).toUtf8()}).isEmpty());
        const RedisPollResult third = pollNow(collector, polled, name);
        QVERIFY2(third.ok, qPrintable(third.error));
        QCOMPARE(*sample(third, "redis_keyspace_hits_total") - *sample(second, "redis_keyspace_hits_total"),
                 double(hits));
        QCOMPARE(*sample(third, "redis_keyspace_misses_total") -
                     *sample(second, "redis_keyspace_misses_total"),
                 7.0);
        QCOMPARE(sample(third, "redis_hit_rate"), 23.0 / 30.0);
        QVERIFY(sample(third, "redis_commands_per_second").has_value());
        client.run({"DEL", (prefix + QStringLiteral(":present")).toUtf8()});
    }

    void queueBacklogFollowsListsStreamsAndSortedSets()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        const QString prefix = uniquePrefix();
        const QString list = prefix + QStringLiteral(":celery");
        const QString stream = prefix + QStringLiteral(":events");
        const QString delayed = prefix + QStringLiteral(":delayed");
        const QString missing = prefix + QStringLiteral(":nothing");
        SceneClient client(sharedPort(), testDb);
        QVERIFY(client.ok());
        QCOMPARE(client.run({"RPUSH", list.toUtf8(), "seed"}), QByteArray("1"));
        QCOMPARE(client.run({"XGROUP", "CREATE", stream.toUtf8(), "workers", "$", "MKSTREAM"}),
                 QByteArray("OK"));
        QCOMPARE(client.run({"XGROUP", "CREATE", stream.toUtf8(), "audit", "$"}), QByteArray("OK"));
        QCOMPARE(client.run({"ZADD", delayed.toUtf8(), "1", "a"}), QByteArray("1"));

        RedisSource source = sharedSource(QStringLiteral("queues"));
        source.queueKeys = {list, stream, delayed, missing};
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        const RedisPollResult first = nextResult(polled, source.name, 0);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(sample(first, "redis_queue_length", queue(list, "list")), 1.0);
        QCOMPARE(sample(first, "redis_queue_length", queue(stream, "stream")), 0.0);
        QCOMPARE(sample(first, "redis_queue_length", queue(delayed, "zset")), 1.0);
        QCOMPARE(sample(first, "redis_queue_length", queue(missing, "none")), 0.0);
        const Labels workers{{QStringLiteral("queue"), stream},
                             {QStringLiteral("group"), QStringLiteral("workers")}};
        const Labels audit{{QStringLiteral("queue"), stream},
                           {QStringLiteral("group"), QStringLiteral("audit")}};
        QCOMPARE(sample(first, "redis_stream_pending", workers), 0.0);

        for (int i = 0; i < 5; ++i)
            client.run({"LPUSH", list.toUtf8(), "task"});
        client.run({"RPOP", list.toUtf8()});
        client.run({"RPOP", list.toUtf8()});
        for (int i = 0; i < 4; ++i)
            client.run({"XADD", stream.toUtf8(), "*", "job", QByteArray::number(i)});
        // Three entries delivered to a consumer and not acknowledged: pending in "workers" only.
        client.run({"XREADGROUP", "GROUP", "workers", "c1", "COUNT", "3", "STREAMS", stream.toUtf8(), ">"});
        for (int i = 0; i < 5; ++i)
            client.run({"ZADD", delayed.toUtf8(), QByteArray::number(i + 2), "job" + QByteArray::number(i)});

        const RedisPollResult second = pollNow(collector, polled, source.name);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(sample(second, "redis_queue_length", queue(list, "list")), 4.0);
        QCOMPARE(sample(second, "redis_queue_length", queue(stream, "stream")), 4.0);
        QCOMPARE(sample(second, "redis_stream_pending", workers), 3.0);
        QCOMPARE(sample(second, "redis_stream_pending", audit), 0.0);
        QCOMPARE(sample(second, "redis_queue_length", queue(delayed, "zset")), 6.0);
        QCOMPARE(sample(second, "redis_queue_length", queue(missing, "none")), 0.0);

        // The collector's own lookups per poll: TYPE x4 (one of them a miss), LLEN, XLEN, XINFO GROUPS,
        // XPENDING x2, ZCARD. They land in the server's counters and are reported as such.
        const RedisPollResult third = pollNow(collector, polled, source.name);
        QVERIFY2(third.ok, qPrintable(third.error));
        QCOMPARE(third.ownKeyspaceHits, 9.0);
        QCOMPARE(third.ownKeyspaceMisses, 1.0);
        const int misses = 11;
        for (int i = 0; i < misses; ++i)
            client.run({"GET", (prefix + QStringLiteral(":absent")).toUtf8()});
        const RedisPollResult fourth = pollNow(collector, polled, source.name);
        QVERIFY2(fourth.ok, qPrintable(fourth.error));
        QCOMPARE(*sample(fourth, "redis_keyspace_misses_total") -
                     *sample(third, "redis_keyspace_misses_total"),
                 misses + fourth.ownKeyspaceMisses);
        QCOMPARE(*sample(fourth, "redis_keyspace_hits_total") - *sample(third, "redis_keyspace_hits_total"),
                 fourth.ownKeyspaceHits);
        QCOMPARE(sample(fourth, "redis_hit_rate"), 0.0); // the other clients only missed

        client.run({"RPOP", list.toUtf8(), "10"});
        const RedisPollResult drained = pollNow(collector, polled, source.name);
        QCOMPARE(sample(drained, "redis_queue_length", queue(list, "none")), 0.0);
        client.run({"DEL", stream.toUtf8(), delayed.toUtf8()});
    }

    void scanDiscoveryFindsPatternKeysWithinItsCaps()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        const QString prefix = uniquePrefix();
        SceneClient client(sharedPort(), testDb);
        QVERIFY(client.ok());
        const int keys = 40;
        for (int i = 0; i < keys; ++i)
            client.run({"RPUSH", (prefix + QStringLiteral(":q:%1").arg(i)).toUtf8(), "a", "b"});
        client.run({"SET", (prefix + QStringLiteral(":other")).toUtf8(), "x"}); // outside the pattern

        auto discovered = [&](const RedisPollResult& result) {
            int count = 0;
            for (const MetricSample& s : result.samples) {
                if (s.metric == QLatin1String("redis_queue_length")) {
                    ++count;
                    if (s.value != 2.0 || !s.labels.first().second.startsWith(prefix + QStringLiteral(":q:")))
                        return -1;
                }
            }
            return count;
        };
        RedisSource all = sharedSource(QStringLiteral("all"));
        all.queueDiscoveryPattern = prefix + QStringLiteral(":q:*");
        RedisSource capped = sharedSource(QStringLiteral("capped"));
        capped.queueDiscoveryPattern = all.queueDiscoveryPattern;
        capped.discoveryMaxKeys = 10;
        RedisSource shortScan = sharedSource(QStringLiteral("short"));
        shortScan.queueDiscoveryPattern = all.queueDiscoveryPattern;
        shortScan.discoveryScanCount = 1;
        shortScan.discoveryMaxIterations = 1;

        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({all, capped, shortScan});
        collector.start();
        const RedisPollResult everything = nextResult(polled, all.name, 0);
        QVERIFY2(everything.ok, qPrintable(everything.error));
        QCOMPARE(discovered(everything), keys);
        const RedisPollResult ten = nextResult(polled, capped.name, 0);
        QVERIFY2(ten.ok, qPrintable(ten.error));
        QCOMPARE(discovered(ten), 10);
        QVERIFY2(ten.notes.join(QLatin1Char(' ')).contains(QLatin1String("cap of 10 keys")),
                 qPrintable(ten.notes.join(QLatin1Char(' '))));
        // One SCAN call with COUNT 1 over 40+ keys cannot reach the end of the keyspace.
        const RedisPollResult partial = nextResult(polled, shortScan.name, 0);
        QVERIFY2(partial.ok, qPrintable(partial.error));
        QVERIFY(discovered(partial) >= 0 && discovered(partial) < keys);
        QVERIFY2(partial.notes.join(QLatin1Char(' ')).contains(QLatin1String("after 1 SCAN calls")),
                 qPrintable(partial.notes.join(QLatin1Char(' '))));
        deleteKeys(prefix);
    }

    void benchmarkRaisesTheOperationCounters()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        const QString name = QStringLiteral("bench");
        collector.configure({sharedSource(name)});
        collector.start();
        const RedisPollResult before = nextResult(polled, name, 0);
        QVERIFY2(before.ok, qPrintable(before.error));

        QProcess benchmark;
        benchmark.start(QStringLiteral("redis-benchmark"),
                        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(sharedPort()), QStringLiteral("-n"), QStringLiteral("20000"),
                         QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("get,set")});
        QVERIFY(benchmark.waitForFinished(60000));
        QCOMPARE(benchmark.exitCode(), 0);
        const RedisPollResult after = pollNow(collector, polled, name);
        QVERIFY2(after.ok, qPrintable(after.error));
        const double commands = *sample(after, "redis_commands_processed_total") -
                                *sample(before, "redis_commands_processed_total");
        QVERIFY2(commands >= 40000, qPrintable(QString::number(commands)));
        QVERIFY(sample(after, "redis_commands_per_second").value_or(0) > 0);
        // The server's own sampled estimate; it decays within seconds, so it is shown, not asserted.
        qInfo() << "commands:" << commands
                << "instantaneous ops/s:" << sample(after, "redis_ops_per_second").value_or(-1)
                << "from deltas:" << sample(after, "redis_commands_per_second").value_or(-1);
        SceneClient(sharedPort(), 0).run({"DEL", "key:__rand_int__"});
    }

    void aclPasswordFromTheEnvironmentAndAWrongOne()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        const QString user = uniquePrefix();
        const QByteArray secret =
            "s3cret-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QByteArray wrong = "not-" + secret;
        SceneClient admin(sharedPort(), 0);
        QCOMPARE(admin.run({"ACL", "SETUSER", user.toUtf8(), "on", ">" + secret, "~*", "+@all"}),
                 QByteArray("OK"));
        const QByteArray variable = "PERFDASH_TEST_REDIS_PASSWORD_" + user.toUpper().toUtf8();
        const auto cleanup = qScopeGuard([&] {
            admin.run({"ACL", "DELUSER", user.toUtf8()});
            qunsetenv(variable.constData());
        });

        RedisSource source = sharedSource(QStringLiteral("acl"));
        source.username = user;
        source.password.environmentVariable = QString::fromUtf8(variable);
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        const RedisPollResult unset = nextResult(polled, source.name, 0);
        QVERIFY(!unset.ok);
        QCOMPARE(unset.error, QStringLiteral("password: environment variable %1 is not set")
                                  .arg(source.password.environmentVariable));

        qputenv(variable.constData(), wrong);
        const RedisPollResult refused = pollNow(collector, polled, source.name);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QLatin1String("WRONGPASS")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(user), qPrintable(refused.error));
        QVERIFY(!refused.error.contains(QString::fromUtf8(wrong)) &&
                !refused.error.contains(QString::fromUtf8(secret)));
        QVERIFY(refused.samples.empty());
        qInfo().noquote() << "wrong password:" << refused.error;

        qputenv(variable.constData(), secret);
        const RedisPollResult accepted = pollNow(collector, polled, source.name);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY(sample(accepted, "redis_memory_used_bytes").value_or(0) > 0);
    }

    void deadPortIsReportedAndBackedOff()
    {
        RedisSource source;
        source.name = QStringLiteral("down");
        source.port = deadPort();
        source.intervalMs = 100;
        source.maxBackoffMs = 400;
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 4, 15000);
        const QList<RedisPollResult> results = resultsOf(polled, source.name);
        QCOMPARE(results.first().error,
                 QStringLiteral("connection refused at 127.0.0.1:%1").arg(source.port));
        QList<int> delays;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!results[i].ok);
            QCOMPARE(results[i].consecutiveFailures, i + 1);
            delays << results[i].nextPollInMs;
        }
        QCOMPARE(delays, (QList<int>{100, 200, 400, 400}));
    }

    void tlsSourceIsRefusedWithTheReason()
    {
        RedisSource source;
        source.name = QStringLiteral("tls");
        source.port = deadPort();
        source.tls = true;
        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({source});
        collector.start();
        QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 1, 15000);
        const RedisPollResult result = resultsOf(polled, source.name).first();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("tls: TLS to Redis is unavailable")),
                 qPrintable(result.error));
        qInfo().noquote() << result.error;
    }

    void aHungSourceDoesNotStopAHealthyOne()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        QTcpServer hung; // accepts connections and never answers
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        RedisSource broken;
        broken.name = QStringLiteral("hung");
        broken.port = hung.serverPort();
        broken.intervalMs = 100;
        broken.commandTimeoutMs = 300;
        RedisSource good = sharedSource(QStringLiteral("good"));
        good.intervalMs = 100;

        RedisCollector collector;
        QSignalSpy polled(&collector, &RedisCollector::polled);
        collector.configure({good, broken});
        collector.start();
        // While the hung source waits out its timeouts, the good one keeps producing results.
        QTRY_VERIFY_WITH_TIMEOUT(resultsOf(polled, broken.name).size() >= 2, 15000);
        const qsizetype goodBefore = resultsOf(polled, good.name).size();
        QTRY_VERIFY_WITH_TIMEOUT(resultsOf(polled, good.name).size() >= goodBefore + 3, 15000);
        for (const RedisPollResult& result : resultsOf(polled, good.name))
            QVERIFY2(result.ok, qPrintable(result.error));
        const RedisPollResult failed = resultsOf(polled, broken.name).first();
        QVERIFY2(failed.error.startsWith(QLatin1String("timed out after 300 ms")), qPrintable(failed.error));
        qInfo().noquote() << "hung source:" << failed.error;

        // Reconfiguring without the hung source keeps the good one's schedule and counters; the
        // removed source, still stuck in its poll, is left to end on its own thread and reports
        // nothing more (results queued before the change have arrived by the third good one).
        collector.configure({good});
        const qsizetype goodNow = resultsOf(polled, good.name).size();
        QTRY_VERIFY_WITH_TIMEOUT(resultsOf(polled, good.name).size() >= goodNow + 3, 15000);
        const qsizetype brokenAfter = resultsOf(polled, broken.name).size();
        QTRY_VERIFY_WITH_TIMEOUT(resultsOf(polled, good.name).size() >= goodNow + 6, 15000);
        QCOMPARE(resultsOf(polled, broken.name).size(), brokenAfter);
        QVERIFY(sample(resultsOf(polled, good.name).last(), "redis_commands_per_second").has_value());
    }
};

QTEST_GUILESS_MAIN(TestRedisCollector)
#include "tst_rediscollector.moc"
