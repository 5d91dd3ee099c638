// INFO text captured from Redis 7.0.15 (a master with one replica, and that replica; the
// replica's acknowledged offset in the master's file was lowered from 114 to 100 by hand).
#include "redisinfo.h"
#include "redisinfometrics.h"
#include "redissource.h"
#include "redissourceworker.h"

#include <QFile>
#include <QTest>
#include <optional>

namespace {
QByteArray fixture(const char* name)
{
    QFile file(QLatin1String(REDIS_FIXTURES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

using Labels = QList<QPair<QString, QString>>;

std::optional<double> sample(const std::vector<MetricSample>& samples, const char* metric,
                             const Labels& labels = {})
{
    for (const MetricSample& s : samples) {
        if (s.metric == QLatin1String(metric) && s.labels == labels)
            return s.value;
    }
    return std::nullopt;
}

Labels label(const char* name, const char* value)
{
    return {{QLatin1String(name), QLatin1String(value)}};
}
} // namespace

class TestRedisInfo : public QObject
{
    Q_OBJECT
private slots:
    void parsesFieldsOfEverySection_data()
    {
        QTest::addColumn<bool>("crlf");
        QTest::newRow("CRLF as sent") << true;
        QTest::newRow("LF") << false;
    }
    void parsesFieldsOfEverySection()
    {
        QFETCH(bool, crlf);
        QByteArray text = fixture("info_all_master_7.0.txt");
        if (!crlf)
            text.replace("\r\n", "\n");
        const RedisInfo info = RedisInfo::parse(text);
        QCOMPARE(info.text("redis_version"), QByteArray("7.0.15"));
        QCOMPARE(info.text("role"), QByteArray("master"));
        QCOMPARE(info.number("keyspace_hits"), 8.0);
        QCOMPARE(info.number("keyspace_misses"), 4.0);
        QCOMPARE(info.number("used_memory"), 1459248.0);
        QCOMPARE(info.number("maxmemory"), 0.0);
        QCOMPARE(info.number("server_time_usec"), 1795334781392370.0);
        // Values with colons are kept whole; text fields are not numbers.
        QCOMPARE(info.text("executable"), QByteArray("/tmp/redis-server"));
        QVERIFY(!info.number("run_id"));
        QVERIFY(!info.number("no_such_field"));

        QCOMPARE(info.databases().size(), size_t(3));
        QCOMPARE(info.databases()[2].index, 7);
        QCOMPARE(info.databases()[2].keys, 3.0);
        QCOMPARE(info.replicas().size(), size_t(1));
        QCOMPARE(info.replicas()[0].address, QByteArray("127.0.0.1:6412"));
        QCOMPARE(info.replicas()[0].state, QByteArray("online"));
        QCOMPARE(info.replicas()[0].offset, 100.0);
        QCOMPARE(info.replicas()[0].lagSeconds, 1.0);
    }

    void ignoresMalformedLines()
    {
        const RedisInfo info = RedisInfo::parse("# Server\r\n\r\nnocolon\r\n:novalue\r\ndb:keys=1\r\n"
                                                "dbx:keys=2\r\nslave0:garbage\r\nused_memory:12\r\n");
        QCOMPARE(info.number("used_memory"), 12.0);
        QVERIFY(info.databases().empty());
        QVERIFY(info.replicas().empty());
        QVERIFY(!info.has(""));
    }

    void masterFigures()
    {
        std::vector<MetricSample> samples;
        RedisInfoMetrics::append(RedisInfo::parse(fixture("info_all_master_7.0.txt")), &samples);
        QCOMPARE(sample(samples, "redis_keyspace_hits_total"), 8.0);
        QCOMPARE(sample(samples, "redis_keyspace_misses_total"), 4.0);
        QCOMPARE(sample(samples, "redis_commands_processed_total"), 75.0);
        QCOMPARE(sample(samples, "redis_ops_per_second"), 0.0);
        QCOMPARE(sample(samples, "redis_memory_used_bytes"), 1459248.0);
        QCOMPARE(sample(samples, "redis_memory_max_bytes"), 0.0);
        QVERIFY2(!sample(samples, "redis_memory_used_ratio"), "no ratio against maxmemory 0 (no limit)");
        QCOMPARE(sample(samples, "redis_connected_clients"), 1.0);
        QCOMPARE(sample(samples, "redis_blocked_clients"), 0.0);
        QCOMPARE(sample(samples, "redis_max_clients"), 10000.0);
        QCOMPARE(sample(samples, "redis_clients_used_ratio"), 1.0 / 10000);
        QCOMPARE(sample(samples, "redis_evicted_keys_total"), 0.0);
        QCOMPARE(sample(samples, "redis_expired_keys_total"), 0.0);
        QCOMPARE(sample(samples, "redis_rejected_connections_total"), 0.0);
        QCOMPARE(sample(samples, "redis_db_keys", label("db", "db0")), 1.0);
        QCOMPARE(sample(samples, "redis_db_keys", label("db", "db7")), 3.0);
        QCOMPARE(sample(samples, "redis_connected_replicas"), 1.0);
        QCOMPARE(sample(samples, "redis_replication_lag_seconds", label("replica", "127.0.0.1:6412")), 1.0);
        QCOMPARE(sample(samples, "redis_replication_lag_bytes", label("replica", "127.0.0.1:6412")), 14.0);
        QVERIFY(!sample(samples, "redis_master_link_up"));
        QCOMPARE(sample(samples, "redis_instance_info",
                        {{QStringLiteral("role"), QStringLiteral("master")},
                         {QStringLiteral("redis_version"), QStringLiteral("7.0.15")}}),
                 1.0);
        QVERIFY2(!sample(samples, "redis_hit_rate"), "a rate needs two snapshots");
    }

    void replicaFigures()
    {
        std::vector<MetricSample> samples;
        RedisInfoMetrics::append(RedisInfo::parse(fixture("info_all_replica_7.0.txt")), &samples);
        QCOMPARE(sample(samples, "redis_memory_max_bytes"), 104857600.0);
        QCOMPARE(sample(samples, "redis_memory_used_ratio"), 944528.0 / 104857600.0);
        QCOMPARE(sample(samples, "redis_master_link_up"), 1.0);
        QCOMPARE(sample(samples, "redis_master_last_io_seconds"), 5.0);
        QCOMPARE(sample(samples, "redis_replica_offset_bytes"), 114.0);
        QCOMPARE(sample(samples, "redis_connected_replicas"), 0.0);
    }

    void replicaWithLinkDownHasNoLastIoAge()
    {
        std::vector<MetricSample> samples;
        RedisInfoMetrics::append(RedisInfo::parse("role:slave\r\nmaster_link_status:down\r\n"
                                                  "master_last_io_seconds_ago:-1\r\n"),
                                 &samples);
        QCOMPARE(sample(samples, "redis_master_link_up"), 0.0);
        QVERIFY(!sample(samples, "redis_master_last_io_seconds"));
    }

    void tlsIsRefusedWithTheReason()
    {
        RedisSource source;
        source.name = QStringLiteral("cache");
        QVERIFY(source.validationError().isEmpty());
        source.tls = true;
        const QString error = source.validationError();
        QVERIFY2(error.contains(QLatin1String("tls")) && error.contains(QLatin1String("hiredis_ssl")),
                 qPrintable(error));
    }

    void sourceValidationNamesTheField()
    {
        RedisSource source;
        source.name = QStringLiteral("cache");
        source.port = 70000;
        QVERIFY(source.validationError().contains(QLatin1String("port")));
        source.port = 6379;
        source.username = QStringLiteral("app");
        QVERIFY(source.validationError().contains(QLatin1String("password")));
    }

    void backoffDoublesUpToItsCap()
    {
        RedisSource source;
        source.intervalMs = 200;
        source.maxBackoffMs = 1000;
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 0, 10), 190);
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 0, 500), 50); // slow poll: still a gap
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 1, 0), 200);
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 2, 0), 400);
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 3, 0), 800);
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 4, 0), 1000);
        QCOMPARE(RedisSourceWorker::nextDelayMs(source, 60, 0), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRedisInfo)
#include "tst_redisinfo.moc"
