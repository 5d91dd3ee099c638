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
private:
    // Starts the helper on `path` from sample `first`, kills it (SIGKILL) once it acknowledged at
    // least `killAfter` samples; the last acknowledged count, or 0 on failure.
    quint64 ingestAndKill(const QString& path, quint64 first, quint64 killAfter)
    {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(STORE_KILL_HELPER), {path, QString::number(first)});
        if (!helper.waitForStarted())
            return 0;
        // Waits on the helper's output, not on time.
        quint64 acknowledged = 0;
        auto readAcks = [&] {
            while (helper.canReadLine()) {
                const QByteArray line = helper.readLine().trimmed();
                if (line.startsWith("acked "))
                    acknowledged = line.mid(6).toULongLong();
            }
        };
        while (acknowledged < killAfter) {
            if (!helper.canReadLine() && !helper.waitForReadyRead(60'000))
                return 0; // stopped acknowledging
            readAcks();
        }
        helper.kill();
        if (!helper.waitForFinished() || helper.exitStatus() != QProcess::CrashExit)
            return 0;
        // Anything printed between the last read and the kill was acknowledged too.
        for (const QByteArray& line : helper.readAll().split('\n')) {
            if (line.startsWith("acked "))
                acknowledged = line.mid(6).toULongLong();
        }
        return acknowledged;
    }

private slots:
    // One file, killed again and again mid-ingest (and mid-compaction): after every kill the file
    // passes integrity_check and holds every sample acknowledged in any round so far.
    void killedWriterKeepsAcknowledgedSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        constexpr std::int64_t base = 1'700'000'000'000;
        quint64 acknowledged = 0;
        for (int round = 1; round <= 12; ++round) {
            // The next round starts where the acknowledged ones end; samples past that which the
            // killed writer committed unannounced are written again with the same values.
            const quint64 reached =
                ingestAndKill(path, acknowledged, acknowledged + 1000 + quint64(round) * 700);
            QVERIFY2(reached > acknowledged,
                     qPrintable(QStringLiteral("round %1: the helper failed").arg(round)));
            acknowledged = reached;

            store::StoreReader reader;
            QString error;
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
            std::vector<bool> seen(acknowledged, false);
            std::vector<metricmath::Point> points;
            for (const auto& s : series) {
                points.clear();
                QVERIFY2(reader.rawPoints(s.id, base, base + 1'000'000'000, &points, &error),
                         qPrintable(error));
                for (const metricmath::Point& p : points) {
                    const std::int64_t k = p.timestampMs - base;
                    QCOMPARE(p.value, double(k));
                    QCOMPARE(s.labels.value("n"), std::string_view(std::to_string(k % 50)));
                    if (quint64(k) < acknowledged)
                        seen[std::size_t(k)] = true;
                }
            }
            const auto missing = std::count(seen.begin(), seen.end(), false);
            QVERIFY2(missing == 0,
                     qPrintable(QStringLiteral("round %1: %2 of %3 acknowledged samples missing")
                                    .arg(round)
                                    .arg(missing)
                                    .arg(acknowledged)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
