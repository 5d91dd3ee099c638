// The PostgreSQL collector against the real server of tests/run-all.sh: what sessions,
// locks, transactions and a pgbench run do shows up in its figures. Other tests share the
// server, so each test creates its own tables and databases and compares before/after polls.
#include "postgrestesthelpers.h"

#include <QProcess>

using PgTest::Results;
using PgTest::Session;

namespace {
const QString poller = QStringLiteral("pg");

double connections(const PostgresPollResult& result, const char* state)
{
    return result.value(QStringLiteral("pg_connections"),
                        {{QStringLiteral("state"), QString::fromLatin1(state)}});
}

double commits(const PostgresPollResult& result, const QString& database)
{
    return result.value(QStringLiteral("pg_xact_commit_total"), {{QStringLiteral("datname"), database}});
}

// Runs a tool to its end (bounded); its output on failure.
bool run(const QString& program, const QStringList& arguments, QByteArray* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    *output = process.readAll();
    if (!finished)
        process.kill();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

class TestPostgresCollector : public QObject
{
    Q_OBJECT
private:
    // A collector polling `conninfo` as source "pg" every minute; its first poll is awaited.
    struct Polling
    {
        explicit Polling(const QString& conninfo)
            : results(&collector)
        {
            collector.configure({PgTest::source(poller, conninfo)});
            collector.start();
            first = results.waitFor(poller, 0, [](const PostgresPollResult&) { return true; });
        }
        PostgresPollResult poll() { return results.pollNow(collector, poller); }

        PostgresCollector collector;
        Results results;
        PostgresPollResult first;
    };

private slots:
    void initTestCase()
    {
        PERFDASH_REQUIRE_SERVER(TestServers::postgresConninfo(), "PostgreSQL (PERFDASH_TEST_PG)");
        Session admin(PgTest::conninfo());
        QVERIFY2(admin.ok(), admin.error().constData());
        QCOMPARE(admin.exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"), QByteArray());
    }

    void extraSessionsRaiseConnectionCounts()
    {
        Polling pg(PgTest::conninfo());
        QVERIFY2(pg.first.ok, qPrintable(pg.first.error));
        QVERIFY(pg.first.value(QStringLiteral("pg_max_connections")) >= 10);
        QVERIFY(pg.first.serverVersionNum >= 120000);
        QVERIFY(!pg.first.serverVersion.isEmpty());

        // Other tests may open sessions meanwhile: a few tries at an undisturbed before/after.
        constexpr int idleSessions = 3;
        constexpr int activeSessions = 2;
        bool seen = false;
        for (int attempt = 0; attempt < 5 && !seen; ++attempt) {
            const PostgresPollResult before = pg.poll();
            QVERIFY2(before.ok, qPrintable(before.error));
            std::vector<std::unique_ptr<Session>> sessions;
            for (int i = 0; i < idleSessions + activeSessions; ++i) {
                sessions.push_back(std::make_unique<Session>(PgTest::conninfo()));
                QVERIFY2(sessions.back()->ok(), sessions.back()->error().constData());
                if (i >= idleSessions)
                    QVERIFY(sessions.back()->send("SELECT pg_sleep(60)"));
            }
            const PostgresPollResult during = pg.poll();
            QVERIFY2(during.ok, qPrintable(during.error));
            seen = connections(during, "idle") - connections(before, "idle") == idleSessions &&
                   connections(during, "active") - connections(before, "active") == activeSessions;
            if (seen) {
                const double maxConnections = during.value(QStringLiteral("pg_max_connections"));
                const double usage = during.value(QStringLiteral("pg_connection_usage_ratio"));
                QVERIFY(usage * maxConnections >= idleSessions + activeSessions + 1);
                QVERIFY(usage > before.value(QStringLiteral("pg_connection_usage_ratio")));
                // The sleeping sessions are the oldest running queries (perfdash's own left out).
                QVERIFY(during.value(QStringLiteral("pg_oldest_query_age_seconds")) > 0);
                const int sleeperPid = sessions.back()->backendPid();
                QVERIFY(std::any_of(
                    during.longRunning.begin(), during.longRunning.end(), [&](const PostgresRunningQuery& q) {
                        return q.pid == sleeperPid && q.query.contains(QLatin1String("pg_sleep"));
                    }));
            }
        }
        QVERIFY2(seen, "idle +3 and active +2 never seen between two polls");
    }

    void idleInTransactionFollowsAnOpenTransaction()
    {
        Polling pg(PgTest::conninfo());
        bool seen = false;
        for (int attempt = 0; attempt < 5 && !seen; ++attempt) {
            const PostgresPollResult before = pg.poll();
            QVERIFY2(before.ok, qPrintable(before.error));
            const double idleBefore = before.value(QStringLiteral("pg_idle_in_transaction_sessions"));
            Session session(PgTest::conninfo());
            QCOMPARE(session.exec("BEGIN"), QByteArray());
            const PostgresPollResult open = pg.poll();
            QCOMPARE(session.exec("COMMIT"), QByteArray());
            const PostgresPollResult committed = pg.poll();
            seen = open.value(QStringLiteral("pg_idle_in_transaction_sessions")) == idleBefore + 1 &&
                   committed.value(QStringLiteral("pg_idle_in_transaction_sessions")) == idleBefore &&
                   connections(open, "idle in transaction") == connections(before, "idle in transaction") + 1;
            if (seen)
                QVERIFY(open.value(QStringLiteral("pg_oldest_transaction_age_seconds")) > 0);
        }
        QVERIFY2(seen, "the open transaction never showed as exactly one more idle-in-transaction session");
    }

    void heldLockShowsTheBlockingChain()
    {
        const QByteArray table = PgTest::unique("perfdash_lock").toUtf8();
        Session admin(PgTest::conninfo());
        QCOMPARE(admin.exec("DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (id int)"),
                 QByteArray());
        Polling pg(PgTest::conninfo());

        Session holder(PgTest::conninfo());
        Session waiter(PgTest::conninfo());
        QCOMPARE(holder.exec("BEGIN; LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE"), QByteArray());
        QVERIFY(waiter.send("SELECT count(*) FROM " + table));
        // The waiter queues on the lock once the server has read its query: poll until then.
        const auto waiting = [&](const PostgresPollResult& r) {
            return std::any_of(r.lockWaits.begin(), r.lockWaits.end(),
                               [&](const PostgresLockWait& w) { return w.pid == waiter.backendPid(); });
        };
        PostgresPollResult result = pg.first;
        for (int i = 0; i < 50 && result.ok && !waiting(result); ++i)
            result = pg.poll();
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto wait =
            std::find_if(result.lockWaits.begin(), result.lockWaits.end(),
                         [&](const PostgresLockWait& w) { return w.pid == waiter.backendPid(); });
        QVERIFY(wait != result.lockWaits.end());
        QCOMPARE(wait->blockedBy, QList<int>{holder.backendPid()});
        QVERIFY2(wait->query.contains(QString::fromUtf8(table)), qPrintable(wait->query));
        QCOMPARE(wait->waitEvent, QStringLiteral("relation"));
        QVERIFY(wait->waitSeconds >= 0);
        QVERIFY(result.value(QStringLiteral("pg_lock_waiting_sessions")) >= 1);
        const auto blocker =
            std::find_if(result.blockers.begin(), result.blockers.end(),
                         [&](const PostgresBlocker& b) { return b.pid == holder.backendPid(); });
        QVERIFY(blocker != result.blockers.end());
        QCOMPARE(blocker->state, QStringLiteral("idle in transaction"));
        QVERIFY2(blocker->query.contains(QLatin1String("LOCK TABLE")), qPrintable(blocker->query));

        QCOMPARE(holder.exec("COMMIT"), QByteArray());
        waiter.cancel();
        QCOMPARE(admin.exec("DROP TABLE " + table), QByteArray());
    }

    void pgbenchShowsInCommitsAndTopStatements()
    {
        const QString database = PgTest::unique("perfdash_pgbench");
        Session admin(PgTest::conninfo());
        QCOMPARE(admin.exec("DROP DATABASE IF EXISTS " + database.toUtf8() + " WITH (FORCE)"), QByteArray());
        QCOMPARE(admin.exec("CREATE DATABASE " + database.toUtf8()), QByteArray());
        const QString conninfo = PgTest::conninfo(QStringLiteral("dbname=") + database);

        // Without the extension in the polled database the result says so and what to do.
        {
            Polling bare(conninfo);
            QVERIFY2(bare.first.ok, qPrintable(bare.first.error));
            QVERIFY(!bare.first.statementsAvailable);
            QVERIFY2(
                bare.first.statementsNote.contains(
                    QStringLiteral("pg_stat_statements is not installed in database \"%1\"").arg(database)),
                qPrintable(bare.first.statementsNote));
            QVERIFY(bare.first.statementsNote.contains(QLatin1String("CREATE EXTENSION pg_stat_statements")));
            QVERIFY(bare.first.statementsNote.contains(QLatin1String("shared_preload_libraries")));
        }
        Session inDatabase(conninfo);
        QCOMPARE(inDatabase.exec("CREATE EXTENSION pg_stat_statements"), QByteArray());

        const QStringList connection{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("-p"), PgTest::port(),
                                     QStringLiteral("-U"), QStringLiteral("postgres")};
        QByteArray output;
        QVERIFY2(run(QStringLiteral("pgbench"),
                     connection + QStringList{QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("1"),
                                              QStringLiteral("-q"), database},
                     &output),
                 output.constData());

        Polling pg(conninfo);
        QVERIFY2(pg.first.ok, qPrintable(pg.first.error));
        QVERIFY2(pg.first.statementsAvailable, qPrintable(pg.first.statementsNote));
        const double commitsBefore = commits(pg.first, database);
        QVERIFY(commitsBefore >= 0);
        // pg_stat_statements is server-wide and cumulative: the suite's earlier statements (pg_sleep
        // in the fault tests, pgbench -i's COPY and VACUUM) would compete for the top N.
        QCOMPARE(inDatabase.exec("SELECT pg_stat_statements_reset()"), QByteArray());

        QVERIFY2(run(QStringLiteral("pgbench"),
                     connection + QStringList{QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-T"),
                                              QStringLiteral("3"), QStringLiteral("-n"), database},
                     &output),
                 output.constData());
        const auto processed =
            QRegularExpression(QStringLiteral("actually processed: (\\d+)")).match(QString::fromUtf8(output));
        QVERIFY2(processed.hasMatch(), output.constData());
        const double transactions = processed.captured(1).toDouble();
        QVERIFY(transactions > 0);

        // Backends hand their counts to the statistics when they exit, a moment after pgbench returns:
        // poll until they are in (bounded), as a dashboard would see them on its next poll.
        PostgresPollResult after = pg.poll();
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = pg.poll(), !after.ok || commits(after, database) - commitsBefore >= transactions),
            10000);
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY2(commits(after, database) - commitsBefore >= transactions,
                 qPrintable(QStringLiteral("%1 -> %2 for %3 transactions")
                                .arg(commitsBefore)
                                .arg(commits(after, database))
                                .arg(transactions)));
        QVERIFY(after.value(QStringLiteral("pg_tup_returned_total"),
                            {{QStringLiteral("datname"), database}}) > 0);
        const double hitRatio =
            after.value(QStringLiteral("pg_cache_hit_ratio"), {{QStringLiteral("datname"), database}});
        QVERIFY2(hitRatio > 0.5 && hitRatio <= 1, qPrintable(QString::number(hitRatio)));

        // pgbench's TPC-B-like update of its accounts, in this database, ranks by total time.
        const auto pgbenchUpdate = [&](const PostgresStatement& s) {
            return s.database == database && s.query.startsWith(QLatin1String("UPDATE pgbench_accounts")) &&
                   s.calls >= qint64(transactions) && s.totalMs > 0 && s.meanMs > 0 && s.rows >= s.calls;
        };
        QVERIFY2(std::any_of(after.topByTotalTime.begin(), after.topByTotalTime.end(), pgbenchUpdate),
                 "UPDATE pgbench_accounts is not in the top statements by total time");
        QVERIFY(!after.topByMeanTime.empty());
        QVERIFY(std::is_sorted(after.topByTotalTime.begin(), after.topByTotalTime.end(),
                               [](const auto& a, const auto& b) { return a.totalMs > b.totalMs; }));
        // perfdash's own statements are left out.
        for (const PostgresStatement& s : after.topByTotalTime)
            QVERIFY2(!s.query.contains(QLatin1String("/* perfdash */")), qPrintable(s.query));

        QCOMPARE(admin.exec("DROP DATABASE " + database.toUtf8() + " WITH (FORCE)"), QByteArray());
    }

    void readOnlyMonitoringRoleSeesEverything()
    {
        Session admin(PgTest::conninfo());
        QCOMPARE(admin.exec("DO $$ BEGIN CREATE ROLE perfdash_monitor LOGIN IN ROLE pg_monitor;"
                            " EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
                 QByteArray());
        QCOMPARE(admin.value("SELECT pg_has_role('perfdash_monitor', 'pg_monitor', 'MEMBER')"),
                 QByteArray("t"));
        QCOMPARE(admin.value("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles"
                             " WHERE rolname = 'perfdash_monitor'"),
                 QByteArray("f"));
        const QByteArray table = PgTest::unique("perfdash_monitored").toUtf8();
        QCOMPARE(admin.exec("DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (id int)"),
                 QByteArray());

        // Another role's transaction holds a lock that a third session waits for.
        Session holder(PgTest::conninfo());
        Session waiter(PgTest::conninfo());
        QCOMPARE(holder.exec("BEGIN; LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE"), QByteArray());
        QVERIFY(waiter.send("SELECT count(*) FROM " + table));

        QString conninfo = PgTest::conninfo();
        conninfo.replace(QLatin1String("user=postgres"), QLatin1String("user=perfdash_monitor"));
        Polling pg(conninfo);
        const auto waiting = [&](const PostgresPollResult& r) {
            return std::any_of(r.lockWaits.begin(), r.lockWaits.end(),
                               [&](const PostgresLockWait& w) { return w.pid == waiter.backendPid(); });
        };
        PostgresPollResult result = pg.first;
        for (int i = 0; i < 50 && result.ok && !waiting(result); ++i)
            result = pg.poll();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.value(QStringLiteral("pg_max_connections")) > 0);
        QVERIFY(result.value(QStringLiteral("pg_xact_commit_total"),
                             {{QStringLiteral("datname"), QStringLiteral("postgres")}}) > 0);
        // pg_read_all_stats (in pg_monitor) shows other roles' query texts and statistics.
        const auto wait =
            std::find_if(result.lockWaits.begin(), result.lockWaits.end(),
                         [&](const PostgresLockWait& w) { return w.pid == waiter.backendPid(); });
        QVERIFY(wait != result.lockWaits.end());
        QCOMPARE(wait->blockedBy, QList<int>{holder.backendPid()});
        QVERIFY2(wait->query.contains(QString::fromUtf8(table)), qPrintable(wait->query));
        QVERIFY2(result.statementsAvailable, qPrintable(result.statementsNote));
        QVERIFY(std::any_of(result.topByTotalTime.begin(), result.topByTotalTime.end(), [](const auto& s) {
            return s.user == QLatin1String("postgres") &&
                   !s.query.contains(QLatin1String("insufficient privilege"));
        }));

        QCOMPARE(holder.exec("COMMIT"), QByteArray());
        waiter.cancel();
        QCOMPARE(admin.exec("DROP TABLE " + table), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestPostgresCollector)
#include "tst_postgrescollector.moc"
