// The real PostgreSQL and Redis that tests/run-all.sh starts answer as the collectors will need:
// libpq with pg_stat_statements, hiredis with INFO. The collectors' own tests build on this.
#include "testservers.h"

#include <QTest>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <memory>

class TestServers_ : public QObject
{
    Q_OBJECT
private slots:
    void postgresAnswersWithStatementStatistics()
    {
        const QString conninfo = TestServers::postgresConninfo();
        PERFDASH_REQUIRE_SERVER(conninfo, "PostgreSQL (PERFDASH_TEST_PG)");
        std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.toUtf8().constData()),
                                                          &PQfinish);
        QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, PQerrorMessage(conn.get()));
        QVERIFY(PQserverVersion(conn.get()) >= 120000);

        auto exec = [&](const char* sql) {
            return std::unique_ptr<PGresult, decltype(&PQclear)>(PQexec(conn.get(), sql), &PQclear);
        };
        auto created = exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        QVERIFY2(PQresultStatus(created.get()) == PGRES_COMMAND_OK, PQresultErrorMessage(created.get()));
        auto statements = exec("SELECT count(*) FROM pg_stat_statements");
        QVERIFY2(PQresultStatus(statements.get()) == PGRES_TUPLES_OK, PQresultErrorMessage(statements.get()));
        auto activity = exec("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'");
        QVERIFY2(PQresultStatus(activity.get()) == PGRES_TUPLES_OK, PQresultErrorMessage(activity.get()));
        QVERIFY(QByteArray(PQgetvalue(activity.get(), 0, 0)).toInt() >= 1); // this very query
    }

    void postgresRefusesAWrongDatabaseClearly()
    {
        const QString conninfo = TestServers::postgresConninfo();
        PERFDASH_REQUIRE_SERVER(conninfo, "PostgreSQL (PERFDASH_TEST_PG)");
        const QByteArray wrong = (conninfo + QStringLiteral(" dbname=perfdash_no_such_db")).toUtf8();
        std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(wrong.constData()), &PQfinish);
        QCOMPARE(PQstatus(conn.get()), CONNECTION_BAD);
        QVERIFY2(QByteArray(PQerrorMessage(conn.get())).contains("perfdash_no_such_db"),
                 PQerrorMessage(conn.get()));
    }

    void redisAnswersInfo()
    {
        const QString address = TestServers::redisAddress();
        PERFDASH_REQUIRE_SERVER(address, "Redis (PERFDASH_TEST_REDIS)");
        const timeval timeout{5, 0};
        std::unique_ptr<redisContext, decltype(&redisFree)> ctx(
            redisConnectWithTimeout("127.0.0.1", address.section(QLatin1Char(':'), 1).toInt(), timeout),
            &redisFree);
        QVERIFY(ctx);
        QVERIFY2(ctx->err == 0, ctx->errstr);

        auto command = [&](const char* text) {
            return std::unique_ptr<redisReply, decltype(&freeReplyObject)>(
                static_cast<redisReply*>(redisCommand(ctx.get(), text)), &freeReplyObject);
        };
        auto pong = command("PING");
        QVERIFY(pong);
        QCOMPARE(QByteArray(pong->str, qsizetype(pong->len)), QByteArray("PONG"));
        auto info = command("INFO stats");
        QVERIFY(info && info->type == REDIS_REPLY_STRING);
        QVERIFY(QByteArray(info->str, qsizetype(info->len)).contains("keyspace_hits:"));
    }
};

QTEST_GUILESS_MAIN(TestServers_)
#include "tst_servers.moc"
