// The poll's SQL follows the server's and pg_stat_statements' versions (PostgreSQL 12-17).
#include "postgresqueries.h"

#include <QTest>

class TestPostgresQueries : public QObject
{
    Q_OBJECT
private slots:
    void statementColumns_data()
    {
        QTest::addColumn<QString>("extensionVersion");
        QTest::addColumn<int>("serverVersionNum");
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<QByteArray>("mean");
        QTest::newRow("12 with 1.7") << QStringLiteral("1.7") << 120015 << QByteArray("total_time")
                                     << QByteArray("mean_time");
        QTest::newRow("13 with 1.8") << QStringLiteral("1.8") << 130011 << QByteArray("total_exec_time")
                                     << QByteArray("mean_exec_time");
        QTest::newRow("15 with 1.10") << QStringLiteral("1.10") << 150008 << QByteArray("total_exec_time")
                                      << QByteArray("mean_exec_time");
        QTest::newRow("17 with 1.11") << QStringLiteral("1.11") << 170000 << QByteArray("total_exec_time")
                                      << QByteArray("mean_exec_time");
        // pg_upgrade keeps the old extension until ALTER EXTENSION ... UPDATE: its columns apply.
        QTest::newRow("14 still with 1.7")
            << QStringLiteral("1.7") << 140005 << QByteArray("total_time") << QByteArray("mean_time");
        QTest::newRow("unknown extension, 12")
            << QString() << 120000 << QByteArray("total_time") << QByteArray("mean_time");
        QTest::newRow("unknown extension, 16")
            << QStringLiteral("x") << 160000 << QByteArray("total_exec_time") << QByteArray("mean_exec_time");
    }

    void statementColumns()
    {
        QFETCH(QString, extensionVersion);
        QFETCH(int, serverVersionNum);
        QFETCH(QByteArray, total);
        QFETCH(QByteArray, mean);
        const auto columns = PostgresQueries::statementColumns(extensionVersion, serverVersionNum);
        QCOMPARE(columns.totalTime, total);
        QCOMPARE(columns.meanTime, mean);
        const QByteArray byMean = PostgresQueries::topStatements("\"public\"", columns, true, 5, 100);
        QVERIFY2(byMean.contains(QByteArray("ORDER BY s." + mean + " DESC LIMIT 5")), byMean.constData());
        QVERIFY(byMean.contains("FROM \"public\".pg_stat_statements s"));
    }

    void statementsInfoFrom19()
    {
        QVERIFY(!PostgresQueries::hasStatementsInfo(QStringLiteral("1.8")));
        QVERIFY(PostgresQueries::hasStatementsInfo(QStringLiteral("1.9")));
        QVERIFY(PostgresQueries::hasStatementsInfo(QStringLiteral("1.11")));
        QVERIFY(PostgresQueries::hasStatementsInfo(QStringLiteral("2.0")));
    }

    void lockWaitStartFrom14()
    {
        QVERIFY(!PostgresQueries::lockWaits(130000, 100).contains("waitstart"));
        QVERIFY(PostgresQueries::lockWaits(140000, 100).contains("waitstart"));
    }

    // perfdash's statements carry the tag and the top-N leaves tagged statements out.
    void ownStatementsAreTagged()
    {
        const QByteArray tag(PostgresQueries::tag);
        for (const QByteArray& sql :
             {PostgresQueries::activitySummary(), PostgresQueries::connectionsByState(),
              PostgresQueries::lockWaits(150000, 10), PostgresQueries::blockers(10),
              PostgresQueries::databaseStatistics(), PostgresQueries::statementsExtension(),
              PostgresQueries::longRunning(5, 10)})
            QVERIFY2(sql.startsWith(QByteArray(tag + ' ')), sql.constData());
        const QByteArray top =
            PostgresQueries::topStatements("x", PostgresQueries::statementColumns({}, 150000), false, 3, 10);
        QVERIFY(top.contains(QByteArray("NOT LIKE '" + tag + "%'")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresQueries)
#include "tst_postgresqueries.moc"
