// A source's conninfo goes to libpq unchanged, except that a password in it is refused.
#include "postgressource.h"

#include <QTest>

namespace {
PostgresSource source(const QString& conninfo)
{
    PostgresSource s;
    s.name = QStringLiteral("erp");
    s.conninfo = conninfo;
    return s;
}
} // namespace

class TestPostgresSource : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("key=value") << QStringLiteral("host=db.example port=5432 user=perfdash dbname=erp");
        QTest::newRow("uri") << QStringLiteral(
            "postgresql://perfdash@db.example:5432/erp?sslmode=verify-full");
        QTest::newRow("service") << QStringLiteral("service=erp");
        QTest::newRow("passfile") << QStringLiteral("host=db user=perfdash passfile=/home/me/.pgpass");
        QTest::newRow("environment only") << QString();
    }

    void accepted()
    {
        QFETCH(QString, conninfo);
        QCOMPARE(source(conninfo).validate(), QString());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password") << QStringLiteral("host=db user=perfdash password=secret")
                                  << QStringLiteral(
                                         "conninfo contains a password; perfdash stores no passwords");
        QTest::newRow("password in uri") << QStringLiteral("postgresql://perfdash:secret@db/erp")
                                         << QStringLiteral("conninfo contains a password");
        QTest::newRow("sslpassword") << QStringLiteral("host=db sslpassword=secret")
                                     << QStringLiteral("conninfo contains a sslpassword");
        QTest::newRow("unknown keyword")
            << QStringLiteral("host=db colour=blue")
            << QStringLiteral("conninfo does not parse: invalid connection option "
                              "\"colour\"");
        QTest::newRow("unterminated quote")
            << QStringLiteral("host='db") << QStringLiteral("conninfo does not parse");
    }

    void refused()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, expected);
        const QString error = source(conninfo).validate();
        QVERIFY2(error.startsWith(QLatin1String("PostgreSQL source \"erp\": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error)); // never echoes the secret
    }

    void refusesBadNumbers()
    {
        PostgresSource s = source(QStringLiteral("host=db"));
        s.intervalMs = 0;
        QVERIFY(s.validate().contains(QLatin1String("intervalMs")));
        s = source(QStringLiteral("host=db"));
        s.topN = 0;
        QVERIFY(s.validate().contains(QLatin1String("topN")));
        s = source(QStringLiteral("host=db"));
        s.name.clear();
        QVERIFY(s.validate().contains(QLatin1String("name is empty")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresSource)
#include "tst_postgressource.moc"
