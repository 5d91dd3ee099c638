// Schema versions: every earlier version migrates forward keeping its data; foreign, corrupt and
// newer files are refused and left byte for byte as they were.
#include "chunkcodec.h"
#include "schema.h"
#include "storetesthelpers.h"
#include "workspacefile.h"

#include <QFile>
#include <QTemporaryDir>

using storetest::Db;

namespace {

// The file the workspace foundation (before the store) created: application_id and WAL only.
void createFoundationFile(const QString& path)
{
    Db db(path);
    const QByteArray sql = "PRAGMA application_id=" + QByteArray::number(WorkspaceFile::applicationId) +
                           "; PRAGMA journal_mode=WAL;";
    QCOMPARE(sqlite3_exec(db.db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT
private slots:
    void migratesEachEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 0; v <= store::schema::currentVersion; ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesEachEarlierVersion()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        createFoundationFile(path);
        if (startVersion > 0) {
            Db db(path);
            QString error;
            QVERIFY2(store::schema::migrate(db.db, &error, startVersion), qPrintable(error));
            QCOMPARE(store::schema::version(db.db), startVersion);
            // Data written by that version: one series with one raw block.
            const std::vector<std::uint8_t> block = store::encodeChunk(
                std::vector<metricmath::Point>{{storetest::nowMs, 1.5}, {storetest::nowMs + 1000, 2.5}});
            QVERIFY(store::exec(db.db,
                                "INSERT INTO series(id, metric, labels, key) "
                                "VALUES(7, 'up', '{\"job\":\"api\"}', 'up{job=\"api\"}')",
                                &error));
            store::Statement insert(db.db, "INSERT INTO samples VALUES(7, ?, ?, 2, ?)");
            QVERIFY(
                insert.bind(1, storetest::nowMs).bind(2, storetest::nowMs + 1000).bindBlob(3, block).run());
        }

        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
        store.close();

        Db db(path);
        QCOMPARE(store::schema::version(db.db), store::schema::currentVersion);
        QCOMPARE(db.integer("PRAGMA application_id"), std::int64_t(WorkspaceFile::applicationId));
        QCOMPARE(db.text("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.integer("PRAGMA auto_vacuum"), std::int64_t(2)); // INCREMENTAL, even for the v0 file
        QCOMPARE(db.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        for (const char* table :
             {"series", "samples", "chunks", "rollup_minute", "rollup_hour", "load_runs", "load_run_latency",
              "load_run_errors", "load_run_seconds", "alert_events", "reports"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'";
            QVERIFY2(db.integer(sql.constData()) == 1, table);
        }
        if (startVersion > 0) {
            store::TimeSeriesStore reopened;
            QVERIFY2(reopened.open(path, storetest::quietOptions(), &error), qPrintable(error));
            store::RangeQuery query;
            query.metric = "up";
            query.startMs = storetest::nowMs;
            query.endMs = storetest::nowMs + 1000;
            query.aggregation = store::Aggregation::Last;
            const store::QueryResult result = reopened.query(query);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.series.size(), std::size_t(1));
            QCOMPARE(result.series[0].labels.value("job"), std::string_view("api"));
            QCOMPARE(result.series[0].points, (std::vector<metricmath::Point>{
                                                  {storetest::nowMs, 1.5}, {storetest::nowMs + 1000, 2.5}}));
            // The registry knows the old series: the same labels give the same id.
            QCOMPARE(reopened.series("up", {{"job", "api"}}).id, std::int64_t(7));
        }
    }

    void loadRunsOfVersionFourGainTargetAndState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        createFoundationFile(path);
        {
            Db db(path);
            QString error;
            QVERIFY2(store::schema::migrate(db.db, &error, 4), qPrintable(error));
            QVERIFY(store::exec(db.db,
                                "INSERT INTO load_runs(id, name, started_ms, finished_ms, config_json) "
                                "VALUES(1, 'done', 1, 2, '{}'), (2, 'killed', 3, NULL, '{}')",
                                &error));
            QVERIFY2(store::schema::migrate(db.db, &error), qPrintable(error));
        }
        Db db(path);
        QCOMPARE(db.text("SELECT state FROM load_runs WHERE id = 1"), QStringLiteral("completed"));
        QCOMPARE(db.text("SELECT state FROM load_runs WHERE id = 2"), QStringLiteral("running"));
        QCOMPARE(db.text("SELECT target FROM load_runs WHERE id = 2"), QString());
        QCOMPARE(db.integer("SELECT count(*) FROM load_run_seconds"), std::int64_t(0));
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("setupSql"); // empty: a text file instead of a database
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("not a database") << QByteArray() << QStringLiteral("not an SQLite database");
        QTest::newRow("another program's application_id")
            << QByteArray("PRAGMA application_id=1234; CREATE TABLE t(x); INSERT INTO t VALUES(1);")
            << QStringLiteral("another program");
        QTest::newRow("tables but no application_id")
            << QByteArray("CREATE TABLE t(x); INSERT INTO t VALUES(1);") << QStringLiteral("another program");
        QTest::newRow("newer perfdash schema")
            << (QByteArray("PRAGMA application_id=") + QByteArray::number(WorkspaceFile::applicationId) +
                "; PRAGMA user_version=99; CREATE TABLE future(x);")
            << QStringLiteral("newer than this perfdash");
    }

    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, setupSql);
        QFETCH(QString, expectedMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        if (setupSql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else {
            Db db(path);
            QCOMPARE(sqlite3_exec(db.db, setupSql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        }
        const QByteArray before = contents(path);
        QVERIFY(!before.isEmpty());

        store::TimeSeriesStore store;
        QString error;
        QVERIFY(!store.open(path, storetest::quietOptions(), &error));
        QVERIFY2(error.contains(expectedMessage) && error.contains(path), qPrintable(error));
        QVERIFY(!store.isOpen());
        QCOMPARE(contents(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                contents(path + QStringLiteral("-wal")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
