// Failure handling: a full disk (simulated deterministically with PRAGMA max_page_count), a
// read-only file, a damaged chunk. Errors are reported, nothing is corrupted, nothing is
// overwritten, and a backlog kept in memory is written once space returns.
#include "storetesthelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <unistd.h>

using metricmath::Point;
using storetest::Db;
using storetest::nowMs;

namespace {

bool setMaxPageCount(store::TimeSeriesStore& store, std::int64_t pages)
{
    return store.runOnWriter([pages](sqlite3* db, QString*) {
        const QByteArray sql = "PRAGMA max_page_count=" + QByteArray::number(qint64(pages));
        return store::queryInt(db, sql.constData()) >= 0;
    });
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreReliability : public QObject
{
    Q_OBJECT
private slots:
    void diskFullKeepsABoundedBacklogAndRecovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        store::TimeSeriesStore store;
        store::StoreOptions options = storetest::quietOptions();
        options.commitIntervalMs = 10;
        options.maxBacklogSamples = 5000;
        QString error;
        QVERIFY2(store.open(path, options, &error), qPrintable(error));
        QStringList states;
        connect(
            &store, &store::TimeSeriesStore::writeStateChanged, this,
            [&](const QString& message) { states.append(message); }, Qt::QueuedConnection);

        const auto series = store.series("bytes", {});
        QVERIFY(store.append(series, nowMs - 100'000, 1));
        QVERIFY(store.flush());
        const std::int64_t pages = Db(path).integer("PRAGMA page_count");
        QVERIFY(setMaxPageCount(store, pages)); // no room to grow: the next batches fail with SQLITE_FULL

        // 8,000 samples over 100 new series: each batch needs new pages.
        std::vector<store::Sample> samples;
        for (int i = 0; i < 8000; ++i)
            samples.push_back(
                {store.series("bytes", {{"disk", std::to_string(i % 100)}}), nowMs + i, double(i)});
        QVERIFY(store.append(std::span(samples).first(2000)));
        QTRY_VERIFY(!store.lastError().isEmpty());
        QVERIFY2(store.lastError().contains(QStringLiteral("full")), qPrintable(store.lastError()));
        QTRY_VERIFY(!states.isEmpty() && !states.first().isEmpty());
        QVERIFY(store.append(std::span(samples).subspan(2000)));
        QCOMPARE(store.acknowledged(), std::uint64_t(1));
        // 8,000 waiting, 5,000 kept: the oldest dropped. A retry of the first batch may be in flight
        // (not queued, so not yet trimmed); the bound holds once it comes back failed.
        QTRY_COMPARE(store.dropped(), std::uint64_t(3000));
        QTRY_COMPARE(store.queued(), std::size_t(5000));
        QCOMPARE(Db(path).text("PRAGMA integrity_check"), QStringLiteral("ok"));

        QVERIFY(setMaxPageCount(store, 1'000'000)); // space returns
        QVERIFY(store.flush());
        QCOMPARE(store.acknowledged(), std::uint64_t(5001));
        QVERIFY(store.lastError().isEmpty());
        QTRY_VERIFY(states.size() >= 2 && states.last().isEmpty()); // "writing works again"

        store::RangeQuery query;
        query.metric = "bytes";
        query.startMs = nowMs;
        query.endMs = nowMs + 8000;
        query.stepMs = 1;
        query.aggregation = store::Aggregation::Last;
        std::vector<std::int64_t> kept;
        const store::QueryResult result = store.query(query);
        for (const auto& s : result.series)
            for (const Point& p : s.points)
                kept.push_back(p.timestampMs);
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept.size(), std::size_t(5000));
        QCOMPARE(kept.front(), nowMs + 3000); // the newest 5,000 were kept
        QCOMPARE(kept.back(), nowMs + 7999);
        QCOMPARE(Db(path).text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void writeProtectedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            store::TimeSeriesStore store;
            QString error;
            QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool permissionsBind = ::access(path.toLocal8Bit().constData(), W_OK) != 0;
        const QByteArray before = contents(path);
        store::TimeSeriesStore store;
        QString error;
        const bool opened = store.open(path, storetest::quietOptions(), &error);
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!permissionsBind) {
            // Root is not bound by file modes, so the file opens; tst_storecommand runs the same
            // refusal as user nobody (importIntoAReadOnlyWorkspaceIsRefused).
            QVERIFY2(opened, qPrintable(error));
            return;
        }
        QVERIFY(!opened);
        QVERIFY2(error.contains(QStringLiteral("read-only")) || error.contains(QStringLiteral("readonly")),
                 qPrintable(error));
        QCOMPARE(contents(path), before);
    }

    // Series ids are handed out in memory, so two writers on one file would collide: the second is
    // refused with who holds it, and gets the file once the first has closed.
    void secondWriterIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = std::make_unique<store::TimeSeriesStore>();
        QString error;
        QVERIFY2(first->open(path, storetest::quietOptions(), &error), qPrintable(error));
        QVERIFY(first->append(first->series("up", {}), nowMs, 1));
        QVERIFY(first->flush());

        store::TimeSeriesStore second;
        QVERIFY(!second.open(path, storetest::quietOptions(), &error));
        QVERIFY2(error.contains(QStringLiteral("in use by another perfdash")) &&
                     error.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error));
        // Reading alongside the writer is fine.
        store::StoreOptions viewing = storetest::quietOptions();
        viewing.readOnly = true;
        store::TimeSeriesStore viewer;
        QVERIFY2(viewer.open(path, viewing, &error), qPrintable(error));

        first.reset();
        QVERIFY2(second.open(path, storetest::quietOptions(), &error), qPrintable(error));
        QVERIFY(second.append(second.series("up", {{"job", "b"}}), nowMs + 1000, 1));
        QVERIFY(second.flush());
    }

    // SQLITE_OPEN_READONLY: the same refusal as a write-protected file, independent of the user
    // (root ignores file modes). A workspace opened for viewing stores nothing and says so.
    void readOnlyStoreRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.sqlite"));
        {
            store::TimeSeriesStore writer;
            QString error;
            QVERIFY2(writer.open(path, storetest::quietOptions(), &error), qPrintable(error));
            QVERIFY(writer.append(writer.series("up", {}), nowMs, 1));
        }
        const QByteArray before = contents(path);
        store::StoreOptions options = storetest::quietOptions();
        options.readOnly = true;
        store::TimeSeriesStore viewer;
        QString error;
        QVERIFY2(viewer.open(path, options, &error), qPrintable(error));
        QVERIFY(viewer.isReadOnly());
        QVERIFY(!viewer.append(viewer.series("up", {}), nowMs + 1000, 2));
        QVERIFY2(viewer.lastError().contains(QStringLiteral("read-only")), qPrintable(viewer.lastError()));
        QVERIFY(!viewer.compactNow(nowMs, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        store::RangeQuery query;
        query.metric = "up";
        query.startMs = nowMs;
        query.endMs = nowMs + 1000;
        query.aggregation = store::Aggregation::Last;
        QCOMPARE(viewer.query(query).series.at(0).points, (std::vector<Point>{{nowMs, 1}}));
        QCOMPARE(contents(path), before);

        // And at the SQLite level, a write on such a connection is SQLITE_READONLY.
        Db db(path, SQLITE_OPEN_READONLY);
        QString message;
        QVERIFY(!store::exec(db.db, "DELETE FROM samples", &message));
        QVERIFY2(message.contains(QStringLiteral("readonly")), qPrintable(message));
    }

    void damagedChunkIsReportedNotHidden()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(path, storetest::quietOptions(), &error), qPrintable(error));
        QVERIFY(store.append(store.series("up", {}), nowMs, 1));
        QVERIFY(store.flush());
        {
            Db db(path);
            QVERIFY(store::exec(db.db, "UPDATE samples SET data = x'ffffffff0f'", &error));
        }
        store::RangeQuery query;
        query.metric = "up";
        query.startMs = nowMs;
        query.endMs = nowMs;
        const store::QueryResult result = store.query(query);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestStoreReliability)
#include "tst_storereliability.moc"
