// The PostgreSQL collector's faults, each reported per source with a clear message and
// retried with backoff while the other sources keep polling: a server that is down, a wrong
// password, a poll slower than its interval (statement_timeout on a locked relation) and a
// server restarted in the middle of a poll (a private server: the shared one is not touched).
#include "postgrestesthelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <pwd.h>
#include <unistd.h>

using PgTest::Results;
using PgTest::Session;

namespace {
const QString good = QStringLiteral("good");
const QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool isOk(const PostgresPollResult& result)
{
    return result.ok;
}

// `good` produced at least `count` successful polls that started after `sinceMs`.
bool goodKeptPolling(const Results& results, qint64 sinceMs, int count)
{
    int ok = 0;
    for (const PostgresPollResult& result : results.of(good))
        ok += result.ok && result.timestampMs >= sinceMs;
    return ok >= count;
}

// A PostgreSQL of the test's own in a temporary directory, stopped by the destructor.
class PrivateServer
{
public:
    ~PrivateServer()
    {
        if (m_started)
            pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    bool start(QString* error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary directory"));
        // initdb refuses to run as root: the server runs as postgres, in a directory it owns.
        if (geteuid() == 0) {
            const passwd* postgres = getpwnam("postgres");
            if (!postgres ||
                chown(m_dir.path().toLocal8Bit().constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                return fail(error, QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path()));
        }
        m_port = QString::number(PgTest::deadPort());
        QByteArray output;
        if (!runAsPostgres(pgBin + QStringLiteral("initdb"),
                           {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync")},
                           &output))
            return fail(error, QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(output));
        m_started = pgCtl({QStringLiteral("-o"), options(), QStringLiteral("start")}, &output);
        return m_started ||
               fail(error, QStringLiteral("pg_ctl start failed: ") + QString::fromLocal8Bit(output));
    }

    bool restart(QByteArray* output)
    {
        return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-o"), options(),
                      QStringLiteral("restart")},
                     output);
    }

    QString conninfo() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(m_port);
    }

private:
    static bool fail(QString* error, const QString& message)
    {
        *error = message;
        return false;
    }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString options() const
    {
        return QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                              "-c shared_preload_libraries=pg_stat_statements")
            .arg(m_dir.path(), m_port);
    }
    bool pgCtl(const QStringList& arguments, QByteArray* output = nullptr)
    {
        QByteArray ignored;
        return runAsPostgres(pgBin + QStringLiteral("pg_ctl"),
                             QStringList{QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                                         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"),
                                         m_dir.path() + QStringLiteral("/log")} +
                                 arguments,
                             output ? output : &ignored);
    }
    static bool runAsPostgres(const QString& program, const QStringList& arguments, QByteArray* output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForFinished(90000);
        *output = process.readAll();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_port;
    bool m_started = false;
};
} // namespace

class TestPostgresFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::postgresConninfo(), "PostgreSQL (PERFDASH_TEST_PG)");
    }

    void serverDownIsRetriedWithBackoffWhileOthersPoll()
    {
        const QString down = QStringLiteral("down");
        const quint16 port = PgTest::deadPort();
        PostgresCollector collector;
        Results results(&collector);
        collector.configure(
            {PgTest::source(
                 down, QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(port), 200),
             PgTest::source(good, PgTest::conninfo(), 200)});
        collector.start();

        const auto secondFailure =
            results.waitFor(down, 0, [](const auto& r) { return r.consecutiveFailures == 2; });
        QVERIFY(!secondFailure.source.isEmpty());
        const auto failures = results.of(down);
        QCOMPARE(failures.size(), std::size_t(2)); // a failed source waits out its backoff, not its interval
        QCOMPARE(failures[0].error, QStringLiteral("connection refused at 127.0.0.1:%1").arg(port));
        QCOMPARE(failures[1].error, failures[0].error);
        QVERIFY(!failures[0].ok && !failures[1].ok);
        QCOMPARE(failures[0].retryInMs, 1000);
        QCOMPARE(failures[1].retryInMs, 2000);
        QCOMPARE(failures[0].value(QStringLiteral("pg_up")), 0.0);
        // Meanwhile the good source polled on its 200 ms interval.
        QVERIFY(goodKeptPolling(results, failures[0].timestampMs, 3));
        const auto goodResult = results.of(good).back();
        QVERIFY2(goodResult.ok, qPrintable(goodResult.error));
        QCOMPARE(goodResult.value(QStringLiteral("pg_up")), 1.0);
    }

    void wrongPasswordIsReportedClearly()
    {
        Session admin(PgTest::conninfo());
        QVERIFY2(admin.ok(), admin.error().constData());
        // tests/support/servers.sh makes this role use scram-sha-256 over TCP, before the trust lines.
        QCOMPARE(admin.value("SELECT count(*) FROM pg_hba_file_rules WHERE 'perfdash_pw' = ANY(user_name)"
                             " AND auth_method = 'scram-sha-256' AND error IS NULL"),
                 QByteArray("1"));
        QCOMPARE(admin.exec("DO $$ BEGIN CREATE ROLE perfdash_pw LOGIN IN ROLE pg_monitor;"
                            " EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                            " SET password_encryption = 'scram-sha-256';"
                            " ALTER ROLE perfdash_pw PASSWORD 'right-horse-battery'"),
                 QByteArray());

        // Passwords come from password files (libpq's passfile=, as ~/.pgpass), never the conninfo.
        QTemporaryDir dir;
        const auto passfile = [&](const char* name, const QByteArray& password) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            file.open(QIODevice::WriteOnly);
            file.write("127.0.0.1:" + PgTest::port().toUtf8() + ":*:perfdash_pw:" + password + '\n');
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return file.fileName();
        };
        const QString base =
            QStringLiteral("host=127.0.0.1 port=%1 user=perfdash_pw dbname=postgres passfile=%2");
        const QString wrong = QStringLiteral("wrong");
        const QString right = QStringLiteral("right");
        const QString inline_ = QStringLiteral("inline");
        PostgresCollector collector;
        Results results(&collector);
        collector.configure(
            {PgTest::source(wrong, base.arg(PgTest::port(), passfile("wrong", "not-the-password")), 200),
             PgTest::source(right, base.arg(PgTest::port(), passfile("right", "right-horse-battery")), 200),
             PgTest::source(inline_, PgTest::conninfo(QStringLiteral("password=right-horse-battery")), 200)});
        collector.start();

        const auto refused = results.waitFor(inline_, 0, [](const auto&) { return true; });
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(
                     QLatin1String("conninfo contains a password; perfdash stores no passwords")),
                 qPrintable(refused.error));
        QVERIFY(!refused.error.contains(QLatin1String("right-horse-battery")));

        const auto failed =
            results.waitFor(wrong, 0, [](const auto& r) { return r.consecutiveFailures == 2; });
        // libpq names the password file it used, which tells the user where to look.
        QVERIFY2(
            failed.error.startsWith(QLatin1String("password authentication failed for user \"perfdash_pw\"; "
                                                  "password retrieved from file")),
            qPrintable(failed.error));
        QVERIFY2(failed.error.endsWith(QStringLiteral(" at 127.0.0.1:") + PgTest::port()),
                 qPrintable(failed.error));
        QVERIFY(!failed.error.contains(QLatin1String("not-the-password")));
        const auto accepted = results.waitFor(right, 0, isOk);
        QVERIFY2(accepted.ok,
                 qPrintable(results.of(right).empty() ? QString() : results.of(right).back().error));
        QVERIFY(results.of(right).size() >= 2);
        QCOMPARE(results.of(inline_).size(), std::size_t(1)); // reported once, never polled
    }

    // statement_timeout reached because a session holds an ACCESS EXCLUSIVE lock on the
    // pg_stat_statements view of the polled database: every poll of it runs over its budget.
    void slowPollHitsStatementTimeout()
    {
        const QString database = PgTest::unique("perfdash_slow");
        Session admin(PgTest::conninfo());
        QCOMPARE(admin.exec("DROP DATABASE IF EXISTS " + database.toUtf8() + " WITH (FORCE)"), QByteArray());
        QCOMPARE(admin.exec("CREATE DATABASE " + database.toUtf8()), QByteArray());
        Session holder(PgTest::conninfo(QStringLiteral("dbname=") + database));
        QCOMPARE(holder.exec("CREATE EXTENSION pg_stat_statements"), QByteArray());
        QCOMPARE(holder.exec("BEGIN; LOCK TABLE pg_stat_statements IN ACCESS EXCLUSIVE MODE"), QByteArray());

        const QString slow = QStringLiteral("slow");
        PostgresSource slowSource =
            PgTest::source(slow, PgTest::conninfo(QStringLiteral("dbname=") + database), 200);
        slowSource.statementTimeoutMs = 400; // twice the interval
        PostgresCollector collector;
        Results results(&collector);
        collector.configure({slowSource, PgTest::source(good, PgTest::conninfo(), 200)});
        collector.start();

        const auto second =
            results.waitFor(slow, 0, [](const auto& r) { return r.consecutiveFailures == 2; });
        QVERIFY(!second.source.isEmpty());
        for (const PostgresPollResult& failure : results.of(slow)) {
            QVERIFY(!failure.ok);
            QCOMPARE(failure.error, QStringLiteral("canceling statement due to statement timeout "
                                                   "(while reading pg_stat_statements)"));
            QVERIFY(failure.durationSeconds >= 0.4);
        }
        QCOMPARE(second.retryInMs, 2000);
        QVERIFY(goodKeptPolling(results, results.of(slow).front().timestampMs, 3));

        // Released: the next retry succeeds on the same session and the backoff is reset.
        QCOMPARE(holder.exec("COMMIT"), QByteArray());
        const qsizetype released = results.mark();
        const auto recovered = results.waitFor(slow, released, isOk);
        QVERIFY2(recovered.ok, qPrintable(results.of(slow).back().error));
        QCOMPARE(recovered.consecutiveFailures, 0);
        QVERIFY(recovered.statementsAvailable);

        collector.stop();
        QCOMPARE(admin.exec("DROP DATABASE " + database.toUtf8() + " WITH (FORCE)"), QByteArray());
    }

    void serverRestartedMidPoll()
    {
        PrivateServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Session admin(server.conninfo());
        QVERIFY2(admin.ok(), admin.error().constData());
        QCOMPARE(admin.exec("CREATE EXTENSION pg_stat_statements"), QByteArray());

        const QString restarted = QStringLiteral("restarted");
        PostgresSource source = PgTest::source(restarted, server.conninfo());
        source.statementTimeoutMs = 60000; // the poll waits for the lock until the restart ends it
        PostgresCollector collector;
        Results results(&collector);
        collector.configure({source, PgTest::source(good, PgTest::conninfo(), 200)});
        collector.start();
        const auto first = results.waitFor(restarted, 0, [](const auto&) { return true; });
        QVERIFY2(first.ok, qPrintable(first.error));

        // A poll that is stuck behind a lock when the server goes down for a restart.
        QCOMPARE(admin.exec("BEGIN; LOCK TABLE pg_stat_statements IN ACCESS EXCLUSIVE MODE"), QByteArray());
        const qsizetype before = results.mark();
        collector.pollNow(restarted);
        Session observer(server.conninfo());
        QTRY_COMPARE_WITH_TIMEOUT(
            observer.value("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'perfdash' AND wait_event_type = 'Lock'"),
            QByteArray("1"), 20000);
        const qint64 restartMs = QDateTime::currentMSecsSinceEpoch();
        QByteArray output;
        QVERIFY2(server.restart(&output), output.constData());

        const auto failed = results.waitFor(restarted, before, [](const auto&) { return true; });
        QVERIFY(!failed.source.isEmpty());
        QVERIFY(!failed.ok);
        QVERIFY2(
            failed.error.contains(QLatin1String("terminating connection due to administrator command")) ||
                failed.error.contains(QLatin1String("server closed the connection unexpectedly")),
            qPrintable(failed.error));
        QCOMPARE(failed.consecutiveFailures, 1);
        // Reconnected after its backoff, to the restarted server.
        const auto back = results.waitFor(restarted, before, isOk);
        QVERIFY2(back.ok, qPrintable(results.of(restarted).back().error));
        QVERIFY(back.timestampMs > restartMs);
        QVERIFY(goodKeptPolling(results, restartMs, 2));
    }
};

QTEST_GUILESS_MAIN(TestPostgresFaults)
#include "tst_postgresfaults.moc"
