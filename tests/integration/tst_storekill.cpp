// A process killed with SIGKILL loses nothing it had acknowledged: every committed batch is in the
// file after the next open (WAL with synchronous=NORMAL survives a process crash; only an OS crash
// could take back recent commits), and the file passes integrity_check.
#include "sqlitehelpers.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

class TestStoreKill : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterKeepsAcknowledgedSamples_data()
    {
        QTest::addColumn<int>("killAfter"); // acknowledged samples to wait for before the kill
        for (int i = 1; i <= 10; ++i)
            QTest::addRow("kill %d", i) << i * 1500;
    }

    void killedWriterKeepsAcknowledgedSamples()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(STORE_KILL_HELPER), {path});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));

        // Waits on the helper's output, not on time: kill once it acknowledged killAfter samples.
        quint64 acknowledged = 0;
        while (acknowledged < quint64(killAfter)) {
            if (!helper.canReadLine())
                QVERIFY2(helper.waitForReadyRead(60'000), "the helper stopped acknowledging");
            while (helper.canReadLine()) {
                const QByteArray line = helper.readLine().trimmed();
                if (line.startsWith("acked "))
                    acknowledged = line.mid(6).toULongLong();
            }
        }
        helper.kill(); // SIGKILL
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        // Anything printed between the last read and the kill was acknowledged too.
        for (const QByteArray& line : helper.readAll().split('\n')) {
            if (line.startsWith("acked "))
                acknowledged = line.mid(6).toULongLong();
        }

        // Reopening replays the WAL; then every acknowledged sample must be there.
        store::TimeSeriesStore reopened;
        QString error;
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        QVERIFY2(reopened.open(path, options, &error), qPrintable(error));
        store::StoreReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        {
            store::Statement check(reader.handle(), "PRAGMA integrity_check");
            QCOMPARE(check.step(), SQLITE_ROW);
            QCOMPARE(check.text(0), std::string_view("ok"));
        }
        store::RangeQuery query;
        query.metric = "kill_test";
        std::vector<store::StoreReader::SeriesInfo> series;
        QVERIFY2(reader.selectSeries(query, &series, &error), qPrintable(error));
        constexpr std::int64_t base = 1'700'000'000'000;
        std::vector<bool> seen(acknowledged, false);
        quint64 total = 0;
        std::vector<metricmath::Point> points;
        for (const auto& s : series) {
            QVERIFY(reader.rawPoints(s.id, base, base + 1'000'000'000, &points, &error));
            total += points.size();
            for (const metricmath::Point& p : points) {
                const std::int64_t k = p.timestampMs - base;
                QCOMPARE(p.value, double(k));
                QCOMPARE(s.labels.value("n"), std::string_view(std::to_string(k % 50)));
                if (quint64(k) < acknowledged)
                    seen[std::size_t(k)] = true;
            }
        }
        QVERIFY2(total >= acknowledged, qPrintable(QStringLiteral("%1 < %2").arg(total).arg(acknowledged)));
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }));
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
