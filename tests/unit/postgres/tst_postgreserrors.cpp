// libpq's messages (as libpq 15 writes them) become one clear line per failure.
#include "postgreserrors.h"

#include <QTest>

class TestPostgresErrors : public QObject
{
    Q_OBJECT
private slots:
    void describe_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused") << QByteArray(
                                        "connection to server at \"127.0.0.1\", port 5999 failed: Connection "
                                        "refused\n\tIs the server running on that host and accepting TCP/IP "
                                        "connections?\n")
                                 << QStringLiteral("connection refused at 127.0.0.1:5999");
        QTest::newRow("refused on both addresses of a name")
            << QByteArray(
                   "connection to server at \"localhost\" (::1), port 5999 failed: Connection refused\n"
                   "\tIs the server running on that host and accepting TCP/IP connections?\n"
                   "connection to server at \"localhost\" (127.0.0.1), port 5999 failed: Connection "
                   "refused\n\tIs the server running on that host and accepting TCP/IP connections?\n")
            << QStringLiteral("connection refused at localhost:5999");
        QTest::newRow("password")
            << QByteArray("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                          "password authentication failed for user \"perfdash_pw\"\n")
            << QStringLiteral("password authentication failed for user \"perfdash_pw\" at 127.0.0.1:5432");
        QTest::newRow("password from a file")
            << QByteArray(
                   "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication "
                   "failed for user \"app\"\npassword retrieved from file \"/home/me/.pgpass\"\n")
            << QStringLiteral("password authentication failed for user \"app\"; password retrieved from file "
                              "\"/home/me/.pgpass\" at 127.0.0.1:5432");
        QTest::newRow("socket") << QByteArray(
                                       "connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" "
                                       "failed: No such file or directory\n\tIs the server running locally "
                                       "and accepting connections on that socket?\n")
                                << QStringLiteral(
                                       "no such file or directory at socket /run/postgresql/.s.PGSQL.5432");
        QTest::newRow("closed") << QByteArray(
                                       "server closed the connection unexpectedly\n\tThis probably means the "
                                       "server terminated abnormally\n\tbefore or while processing the "
                                       "request.\n")
                                << QStringLiteral("server closed the connection unexpectedly");
        QTest::newRow("terminated")
            << QByteArray("FATAL:  terminating connection due to administrator command\nserver closed the "
                          "connection "
                          "unexpectedly\n\tThis probably means the server terminated abnormally\n")
            << QStringLiteral("terminating connection due to administrator command; server closed the "
                              "connection unexpectedly");
        QTest::newRow("statement timeout")
            << QByteArray("ERROR:  canceling statement due to statement timeout\n")
            << QStringLiteral("canceling statement due to statement timeout");
        QTest::newRow("details dropped")
            << QByteArray(
                   "ERROR:  relation \"t\" does not exist\nLINE 1: SELECT * FROM t\n                      ^\n"
                   "HINT:  Perhaps you meant \"u\".\n")
            << QStringLiteral("relation \"t\" does not exist");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("unknown libpq error");
    }

    void describe()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        QCOMPARE(PostgresErrors::describe(message), expected);
    }
};

QTEST_GUILESS_MAIN(TestPostgresErrors)
#include "tst_postgreserrors.moc"
