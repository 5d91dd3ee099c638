// `perfdash acceptance --workspace` against the real demo target with the shared test PostgreSQL
// and Redis: the workspace's sources are polled and its alert rules evaluated during the plan.
// The test causes what the result must show: a known number of Redis hits and misses while the
// scenario runs (the hit rate is exact), a session waiting on a lock the test holds (a lock wait,
// an alert that fires and resolves when the lock goes), the demo target's latency over a tiny
// threshold (an alert pending then firing); and a workspace whose passwords are wrong gives a
// recorded error per source while the plan completes, the secret in no output.
#include "demotargetprocess.h"
#include "perfdashcommand.h"
#include "postgrestesthelpers.h"
#include "testservers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <hiredis/hiredis.h>

namespace {
// A plan of one 4-second closed scenario with two users, light enough (10 ms think time) that the
// servers answer the collectors on a busy 2-core machine; its metrics scraped every second.
const QByteArray plan =
    R"({"name":"plan-collectors","system":"demo","metrics":{"url":"/metrics","interval":"1s"},
  "scenarios":[{"scenario":{"name":"browse","model":{"type":"closed","users":2,"thinkTime":"10ms","duration":"4s"},
    "requests":[{"name":"customers","method":"GET","url":"/api/v1/crm/customers?page=1&pageSize=20",
                 "expectStatus":200}]}}],
  "criteria":[{"id":"p95","scenario":"browse","metric":"p95","threshold":"<=5000"}]})";

// Rules on what the run causes: a lock wait (PostgreSQL) and any latency (the demo target's /metrics).
const char* const rules = R"("alerts":[
  {"name":"lock waits","kind":"gauge","metric":"pg_lock_waiting_sessions","comparison":">","threshold":0,
   "severity":"critical","summary":"{{ $value }} session(s) wait for a lock"},
  {"name":"demo latency","kind":"latencyQuantile","quantile":0.95,"comparison":">","threshold":0.00001,
   "rangeMs":10000,"forMs":1000}])";

// One Redis connection in the test's thread, on db 7 as the collector tests use.
class RedisClient
{
public:
    explicit RedisClient(int port)
        : m_context(redisConnectWithTimeout("127.0.0.1", port, timeval{5, 0}), &redisFree)
    {
        if (ok())
            run({"SELECT", "7"});
    }
    bool ok() const { return m_context && !m_context->err; }
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
            return "IOERR";
        return reply->str ? QByteArray(reply->str, qsizetype(reply->len))
                          : QByteArray::number(reply->integer);
    }

private:
    std::unique_ptr<redisContext, decltype(&redisFree)> m_context;
};

QJsonObject readJson(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
}

QByteArray readAll(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// The alert changes of one rule, as "from>to" in time order.
QStringList changesOf(const QJsonObject& result, const QString& rule)
{
    QStringList changes;
    for (const QJsonValue& alert : result.value(QStringLiteral("alerts")).toArray())
        if (alert[QStringLiteral("rule")].toString() == rule)
            changes.append(alert[QStringLiteral("from")].toString() + QLatin1Char('>') +
                           alert[QStringLiteral("to")].toString());
    return changes;
}

// When a rule first went `to`, or -1.
qint64 firstTime(const QJsonObject& result, const QString& rule, const QString& to)
{
    for (const QJsonValue& alert : result.value(QStringLiteral("alerts")).toArray())
        if (alert[QStringLiteral("rule")].toString() == rule && alert[QStringLiteral("to")].toString() == to)
            return alert[QStringLiteral("timeMs")].toInteger();
    return -1;
}
} // namespace

class TestPlanCollectors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoTargetProcess m_target;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Starts `perfdash acceptance` on the plan with a workspace (workspace.json = `config`).
    void start(QProcess* process, const QString& name, const QByteArray& config,
               const QProcessEnvironment& env)
    {
        QDir(m_dir.path()).mkpath(name);
        write(name + QStringLiteral("/workspace.json"), config);
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("PERFDASH_BIN"),
                       {QStringLiteral("acceptance"), path(QStringLiteral("plan.json")),
                        QStringLiteral("--target"), m_target.baseUrl().toString(),
                        QStringLiteral("--workspace"), path(name), QStringLiteral("--json"),
                        path(name + QStringLiteral(".json")), QStringLiteral("--report"),
                        path(name + QStringLiteral(".pdf")), QStringLiteral("--csv"),
                        path(name + QStringLiteral(".csv")), QStringLiteral("--html"),
                        path(name + QStringLiteral(".html"))});
    }

    // Reads the process's output into `out` until it holds `line`; false when the process ended first.
    static bool waitForLine(QProcess* process, const QString& line, QString* out)
    {
        while (!out->contains(line) && process->waitForReadyRead(30000))
            *out += QString::fromUtf8(process->readAllStandardOutput());
        return out->contains(line);
    }

    // Waits for the process to finish (its runs are seconds; a minute means it hangs).
    static QString finish(QProcess* process, QString out = {})
    {
        if (!process->waitForFinished(60000)) {
            process->kill();
            process->waitForFinished(5000);
        }
        return out + QString::fromUtf8(process->readAllStandardOutput() + process->readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("PERFDASH_BIN").isEmpty(),
                 "PERFDASH_BIN is not set; run through ctest");
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        write(QStringLiteral("plan.json"), plan);
    }

    void sourcesAndAlertsDuringThePlan()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::postgresConninfo(), "PostgreSQL (PERFDASH_TEST_PG)");
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        const int redisPort = qEnvironmentVariableIntValue("PERFDASH_TEST_REDIS");

        // A session waiting on a lock the test holds, from before the run until its second second.
        const QByteArray table = PgTest::unique("plan_lock").toUtf8();
        PgTest::Session admin(PgTest::conninfo());
        PgTest::Session holder(PgTest::conninfo());
        PgTest::Session waiter(PgTest::conninfo());
        QVERIFY2(admin.ok() && holder.ok() && waiter.ok(), admin.error().constData());
        QCOMPARE(admin.exec("CREATE TABLE IF NOT EXISTS " + table + " (id int)"), QByteArray());
        QCOMPARE(holder.exec("BEGIN; LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE"), QByteArray());
        QVERIFY(waiter.send("SELECT count(*) FROM " + table)); // waits for the lock
        const QByteArray waiting =
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid = " +
            QByteArray::number(waiter.backendPid());
        QTRY_COMPARE_WITH_TIMEOUT(admin.value(waiting), QByteArray("1"), 10000);

        RedisClient redis(redisPort);
        QVERIFY(redis.ok());
        const QByteArray key = "plan-collectors:" + QByteArray::number(QCoreApplication::applicationPid());
        QCOMPARE(redis.run({"SET", key, "v"}), QByteArray("OK"));

        // Generous timeouts: a busy machine (the whole suite on 2 cores) must not turn into failed polls.
        const QByteArray config =
            QStringLiteral(R"({"formatVersion":1,"name":"plan",
          "postgres":[{"name":"db","conninfo":"%1","intervalMs":1000,"connectTimeoutMs":10000}],
          "redis":[{"name":"cache","host":"127.0.0.1","port":%2,"intervalMs":1000,"connectTimeoutMs":10000,"commandTimeoutMs":10000}],%3})")
                .arg(PgTest::conninfo(), QString::number(redisPort), QLatin1String(rules))
                .toUtf8();
        QProcess perfdash;
        start(&perfdash, QStringLiteral("good"), config, QProcessEnvironment::systemEnvironment());
        // Once the load's first second is reported the scenario's first samples are taken: the
        // lookups from here on fall inside its window. After its second second the lock goes. (Not
        // QVERIFY2: its message, which waits for the end, would be built before the check.)
        QString out;
        if (!waitForLine(&perfdash, QStringLiteral("  1 s: "), &out))
            QFAIL(qPrintable(finish(&perfdash, out)));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(redis.run({"GET", key}), QByteArray("v"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(redis.run({"GET", key + ":absent"}), QByteArray("0")); // nil: no string, integer 0
        if (!waitForLine(&perfdash, QStringLiteral("  2 s: "), &out))
            QFAIL(qPrintable(finish(&perfdash, out)));
        QCOMPARE(holder.exec("ROLLBACK"), QByteArray());
        waiter.cancel();
        out = finish(&perfdash, out);
        QVERIFY2(perfdash.exitStatus() == QProcess::NormalExit && perfdash.exitCode() == 0, qPrintable(out));
        redis.run({"DEL", key});
        admin.exec("DROP TABLE IF EXISTS " + table);

        const QJsonObject result = readJson(path(QStringLiteral("good.json")));
        QCOMPARE(result.value(QStringLiteral("error")).toString(), QString());
        const QJsonObject scenario = result[QStringLiteral("scenarios")][0].toObject();
        const QJsonObject cache = scenario[QStringLiteral("redis")][0].toObject();
        QVERIFY2(cache[QStringLiteral("failedPolls")].toInt() == 0,
                 QJsonDocument(cache).toJson().constData());
        QCOMPARE(cache[QStringLiteral("hits")].toDouble(), 7.0);
        QCOMPARE(cache[QStringLiteral("misses")].toDouble(), 3.0);
        QCOMPARE(cache[QStringLiteral("hitRate")].toDouble(), 70.0);
        QVERIFY(cache[QStringLiteral("peakUsedMemoryBytes")].toDouble() > 0);
        QVERIFY(cache[QStringLiteral("peakClients")].toDouble() >= 2); // the test's and perfdash's

        const QJsonObject db = scenario[QStringLiteral("postgres")][0].toObject();
        QVERIFY2(db[QStringLiteral("failedPolls")].toInt() == 0, QJsonDocument(db).toJson().constData());
        QCOMPARE(db[QStringLiteral("peakLockWaits")].toDouble(), 1.0);
        QVERIFY(db[QStringLiteral("peakConnections")].toDouble() >= 3); // admin, holder, waiter
        QCOMPARE(db[QStringLiteral("maxConnections")].toDouble(),
                 admin.value("SHOW max_connections").toDouble());
        QCOMPARE(db[QStringLiteral("events")][0][QStringLiteral("text")].toString(),
                 QStringLiteral("1 PostgreSQL session(s) waiting for a lock"));

        // The alerts, with their times inside the run.
        QCOMPARE(result.value(QStringLiteral("alertRules")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("alertError")).toString(), QString());
        QCOMPARE(changesOf(result, QStringLiteral("lock waits")),
                 (QStringList{QStringLiteral("inactive>firing"), QStringLiteral("firing>resolved")}));
        QCOMPARE(changesOf(result, QStringLiteral("demo latency")),
                 (QStringList{QStringLiteral("inactive>pending"), QStringLiteral("pending>firing")}));
        const qint64 started = result[QStringLiteral("startedMs")].toInteger();
        const qint64 finished = result[QStringLiteral("finishedMs")].toInteger();
        const qint64 lockFired = firstTime(result, QStringLiteral("lock waits"), QStringLiteral("firing"));
        const qint64 lockResolved =
            firstTime(result, QStringLiteral("lock waits"), QStringLiteral("resolved"));
        QVERIFY2(started <= lockFired && lockFired < lockResolved && lockResolved <= finished,
                 QJsonDocument(result[QStringLiteral("alerts")].toArray()).toJson().constData());
        const qint64 pending = firstTime(result, QStringLiteral("demo latency"), QStringLiteral("pending"));
        const qint64 firing = firstTime(result, QStringLiteral("demo latency"), QStringLiteral("firing"));
        QVERIFY(started <= pending && firing - pending >= 1000 && firing <= finished); // its `for` of 1 s

        // Every report format shows them.
        const QString text = pdfText(path(QStringLiteral("good.pdf")));
        QVERIFY2(text.contains(QLatin1String("Redis hit rate 70.0 % (7 hits, 3 misses)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("PostgreSQL lock waits (peak sessions waiting) 1")));
        QVERIFY(text.contains(QLatin1String("Alerts during the run")));
        QVERIFY(text.contains(QStringLiteral("inactive → firing")));
        QVERIFY(text.contains(QLatin1String("demo latency")));
        const QByteArray csv = readAll(path(QStringLiteral("good.csv")));
        QVERIFY2(csv.contains(",7.000,3.000,70.000,"), csv.constData());
        QVERIFY(csv.contains("\r\nalert,"));
        QVERIFY(readAll(path(QStringLiteral("good.html"))).contains("70.0 % (7 hits, 3 misses)"));
        QVERIFY2(out.contains(QLatin1String("redis cache: hit rate 70.0 %")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("alert lock waits")));
    }

    void wrongPasswordsAreRecordedAndThePlanCompletes()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::postgresConninfo(), "PostgreSQL (PERFDASH_TEST_PG)");
        PERFDASH_REQUIRE_SERVER(TestServers::redisAddress(), "Redis (PERFDASH_TEST_REDIS)");
        // The role tests/support/servers.sh makes log in with a password; the test's password file is wrong.
        PgTest::Session admin(PgTest::conninfo());
        QVERIFY2(admin.ok(), admin.error().constData());
        QCOMPARE(admin.exec("DO $$ BEGIN CREATE ROLE perfdash_pw LOGIN IN ROLE pg_monitor;"
                            " EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                            " SET password_encryption = 'scram-sha-256';"
                            " ALTER ROLE perfdash_pw PASSWORD 'right-horse-battery'"),
                 QByteArray());
        const QByteArray secret =
            "not-the-password-" + QByteArray::number(QCoreApplication::applicationPid());
        write(QStringLiteral("wrong.pgpass"),
              "127.0.0.1:" + PgTest::port().toUtf8() + ":*:perfdash_pw:" + secret + '\n');
        QFile::setPermissions(path(QStringLiteral("wrong.pgpass")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const QByteArray config = QStringLiteral(R"({"formatVersion":1,"name":"wrong",
          "postgres":[{"name":"db","conninfo":"host=127.0.0.1 port=%1 user=perfdash_pw dbname=postgres passfile=%2",
                       "intervalMs":1000}],
          "redis":[{"name":"cache","host":"127.0.0.1","port":%3,"intervalMs":1000,
                    "auth":{"secretEnv":"PLAN_COLLECTORS_REDIS_SECRET"}}],"alerts":[]})")
                                      .arg(PgTest::port(), path(QStringLiteral("wrong.pgpass")),
                                           qEnvironmentVariable("PERFDASH_TEST_REDIS"))
                                      .toUtf8();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLAN_COLLECTORS_REDIS_SECRET"), QString::fromUtf8(secret));
        QProcess perfdash;
        start(&perfdash, QStringLiteral("wrong"), config, env);
        const QString out = finish(&perfdash);
        QVERIFY2(perfdash.exitStatus() == QProcess::NormalExit && perfdash.exitCode() == 0, qPrintable(out));

        const QJsonObject result = readJson(path(QStringLiteral("wrong.json")));
        QCOMPARE(result.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(result[QStringLiteral("criteria")][0][QStringLiteral("verdict")].toString(),
                 QStringLiteral("PASS"));
        const QJsonObject scenario = result[QStringLiteral("scenarios")][0].toObject();
        const QJsonObject db = scenario[QStringLiteral("postgres")][0].toObject();
        QVERIFY(db[QStringLiteral("polls")].toInt() >= 2); // the scenario's first and last sample at least
        QCOMPARE(db[QStringLiteral("failedPolls")].toInt(), db[QStringLiteral("polls")].toInt());
        QVERIFY2(db[QStringLiteral("lastError")].toString().startsWith(
                     QLatin1String("password authentication failed for user \"perfdash_pw\"")),
                 qPrintable(db[QStringLiteral("lastError")].toString()));
        QCOMPARE(db[QStringLiteral("peakLockWaits")].toDouble(), -1.0);
        const QJsonObject cache = scenario[QStringLiteral("redis")][0].toObject();
        QVERIFY(cache[QStringLiteral("polls")].toInt() >= 2);
        QCOMPARE(cache[QStringLiteral("failedPolls")].toInt(), cache[QStringLiteral("polls")].toInt());
        QVERIFY2(cache[QStringLiteral("lastError")].toString().contains(QLatin1String("AUTH")),
                 qPrintable(cache[QStringLiteral("lastError")].toString()));
        QCOMPARE(cache[QStringLiteral("hitRate")].toDouble(), -1.0);
        // No alert section without rules; the reports name the errors, never the secret.
        QCOMPARE(result.value(QStringLiteral("alertRules")).toInt(), 0);
        const QString text = pdfText(path(QStringLiteral("wrong.pdf")));
        QVERIFY2(text.contains(QLatin1String("Last error: password authentication failed")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Alerts during the run")));
        for (const char* file : {"wrong.json", "wrong.csv", "wrong.html"})
            QVERIFY2(!readAll(path(QLatin1String(file))).contains(secret), file);
        QVERIFY(!text.contains(QString::fromUtf8(secret)));
        QVERIFY(!out.contains(QString::fromUtf8(secret)));
        QVERIFY2(out.contains(QLatin1String("postgres db: password authentication failed")), qPrintable(out));
    }
};

QTEST_MAIN(TestPlanCollectors)
#include "tst_plancollectors.moc"
