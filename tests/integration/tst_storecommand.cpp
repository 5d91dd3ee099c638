// `perfdash import` and `perfdash export`: the real binary on a real workspace file, judged by
// exit status and output.
#include "timeseriesstore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray exposition = "# TYPE queue_length gauge\n"
                              "queue_length{queue=\"default\"} 3 1764576000\n"
                              "queue_length{queue=\"default\"} 5 1764576001.5\n"
                              "queue_length{queue=\"import\"} 7 1764576001\n"
                              "# TYPE requests counter\n"
                              "requests_total{path=\"/a\"} 10 1764576000\n"
                              "# EOF\n";
} // namespace

class TestStoreCommand : public QObject
{
    Q_OBJECT
private:
    Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QString::fromLocal8Bit(qgetenv("PERFDASH_BIN")), arguments);
        Run result;
        if (!process.waitForStarted() || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not run to the end: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    Run runAs(const QString& user, const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), user, QStringLiteral("--"),
                                  QString::fromLocal8Bit(qgetenv("PERFDASH_BIN"))} +
                          arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName()
                                                                                        : QString();
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PERFDASH_BIN"), "run through ctest: PERFDASH_BIN is not set");
        QVERIFY(m_dir.isValid());
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--workspace"), workspace(),
                                  writeFile(QStringLiteral("in.om"), exposition)});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("4 samples of 3 series")), qPrintable(imported.out));
        QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err)); // no log chatter on a terminal
    }

    void exportsCsvOfARangeAndLabels()
    {
        const Run csv = run({QStringLiteral("export"), QStringLiteral("-w"), workspace(),
                             QStringLiteral("--from"), QStringLiteral("1764576000.5"), QStringLiteral("--to"),
                             QStringLiteral("2025-12-01T08:00:05Z"), QStringLiteral("queue_length"),
                             QStringLiteral("--match"), QStringLiteral("queue=default")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out, QStringLiteral("metric,labels,timestamp_ms,value\n"
                                         "\"queue_length\",\"{queue=\"\"default\"\"}\",1764576001500,5\n"));
    }

    void exportsOpenMetricsThatImportsBack()
    {
        const Run text =
            run({QStringLiteral("export"), QStringLiteral("-w"), workspace(), QStringLiteral("--format"),
                 QStringLiteral("openmetrics"), QStringLiteral("--from"), QStringLiteral("1764575000"),
                 QStringLiteral("--to"), QStringLiteral("1764577000")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.endsWith(QStringLiteral("# EOF\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("requests_total{path=\"/a\"} 10 1764576000")),
                 qPrintable(text.out));

        // Into a second workspace and out again: the same samples.
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("-w"), copy,
                      writeFile(QStringLiteral("export.om"), text.out.toUtf8())})
                     .exitCode,
                 0);
        const QStringList range{QStringLiteral("--from"), QStringLiteral("1764575000"),
                                QStringLiteral("--to"), QStringLiteral("1764577000")};
        const Run original =
            run(QStringList{QStringLiteral("export"), QStringLiteral("-w"), workspace()} + range);
        const Run copied = run(QStringList{QStringLiteral("export"), QStringLiteral("-w"), copy} + range);
        QCOMPARE(copied.exitCode, 0);
        QCOMPARE(copied.out, original.out);
        QCOMPARE(original.out.count(QLatin1Char('\n')), 5); // header + 4 samples
    }

    void malformedImportStoresNothing()
    {
        const QString bad =
            writeFile(QStringLiteral("bad.om"), "# TYPE a gauge\na 1 1764576100\na{x=} 2\n# EOF\n");
        const Run imported = run({QStringLiteral("import"), QStringLiteral("-w"), workspace(), bad});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("line 3")), qPrintable(imported.err));
        const Run after = run({QStringLiteral("export"), QStringLiteral("-w"), workspace(),
                               QStringLiteral("a"), QStringLiteral("--from"), QStringLiteral("1764576000"),
                               QStringLiteral("--to"), QStringLiteral("1764577000")});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, QStringLiteral("metric,labels,timestamp_ms,value\n"));
    }

    // A running perfdash owns its workspace's file; an import beside it would collide on series ids.
    void importIntoAWorkspaceInUseIsRefused()
    {
        store::TimeSeriesStore running;
        QString error;
        const QString dataFile = QDir(workspace()).filePath(QStringLiteral("perfdash.sqlite"));
        QVERIFY2(running.open(dataFile, store::StoreOptions(), &error), qPrintable(error));
        const Run imported = run({QStringLiteral("import"), QStringLiteral("-w"), workspace(),
                                  writeFile(QStringLiteral("more.om"), exposition)});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("in use by another perfdash")),
                 qPrintable(imported.err));
        // Exporting (reading) alongside it works.
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("-w"), workspace()}).exitCode, 0);
    }

    // A workspace the user may not write to (as root: run as nobody, for whom file modes bind):
    // a clear error naming it read-only, and the file left exactly as it was.
    void importIntoAReadOnlyWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ws = dir.filePath(QStringLiteral("locked"));
        const QString input = dir.filePath(QStringLiteral("in.om"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(exposition) == exposition.size());
        }
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("-w"), ws, input}).exitCode, 0);
        const QString dataFile = QDir(ws).filePath(QStringLiteral("perfdash.sqlite"));
        QFile::remove(dataFile + QStringLiteral(".lock"));
        QFile before(dataFile);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray contents = before.readAll();
        before.close();
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), readOnly)); // others may enter, nobody may write
        QVERIFY(QFile::setPermissions(ws, readOnly));
        QVERIFY(QFile::setPermissions(dataFile, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                    QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(input, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        Run refused;
        if (::geteuid() == 0) {
            const QString perfdash = QString::fromLocal8Bit(qgetenv("PERFDASH_BIN"));
            QProcess probe;
            probe.start(QStringLiteral("runuser"),
                        {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), perfdash,
                         QStringLiteral("--version")});
            QVERIFY2(
                probe.waitForFinished(30000) && probe.exitCode() == 0,
                qPrintable(QStringLiteral("user nobody cannot run %1 (are its directories readable?): %2")
                               .arg(perfdash, QString::fromUtf8(probe.readAllStandardError()))));
            refused =
                runAs(QStringLiteral("nobody"), {QStringLiteral("import"), QStringLiteral("-w"), ws, input});
        } else {
            refused = run({QStringLiteral("import"), QStringLiteral("-w"), ws, input});
        }
        QFile::setPermissions(dir.path(), readOnly | QFileDevice::WriteOwner);
        QFile::setPermissions(ws, readOnly | QFileDevice::WriteOwner);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("read-only")), qPrintable(refused.err));
        QFile after(dataFile);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), contents);
        QVERIFY(!QFile::exists(dataFile + QStringLiteral("-wal")) ||
                QFileInfo(dataFile + QStringLiteral("-wal")).size() == 0);
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unreadable time")
            << QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("yesterday")}
            << QStringLiteral("cannot read the time \"yesterday\"");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("--format must be csv or openmetrics");
        QTest::newRow("bad matcher") << QStringList{QStringLiteral("export"), QStringLiteral("--match"),
                                                    QStringLiteral("queue")}
                                     << QStringLiteral("--match expects name=value");
        QTest::newRow("range backwards")
            << QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("now"),
                           QStringLiteral("--to"), QStringLiteral("now-1h")}
            << QStringLiteral("--to is before --from");
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("import")} << QStringLiteral("give one file to import");
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments + QStringList{QStringLiteral("-w"), workspace()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
