// perfdash owns the demo target it starts: however perfdash ends, the demo target ends too.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {
// True while the process exists and is not a zombie waiting to be reaped.
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray fields = stat.readAll();
    const qsizetype afterName = fields.lastIndexOf(')');
    return afterName < 0 || fields.mid(afterName + 2, 1) != "Z";
}
} // namespace

class TestDemoLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void demoTargetDiesWithAKilledPerfdash()
    {
        const QString perfdash = qEnvironmentVariable("PERFDASH_BIN");
        QVERIFY2(!perfdash.isEmpty(), "PERFDASH_BIN is not set; run through ctest");
        QTemporaryDir dir;
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(perfdash, {QStringLiteral("--demo"), QStringLiteral("--workspace"),
                             dir.path() + QStringLiteral("/ws")});
        QVERIFY(app.waitForStarted());

        static const QRegularExpression started(QStringLiteral("demo target listening on \\S+ pid (\\d+)"));
        qint64 demoPid = 0;
        QByteArray output;
        while (demoPid == 0 && app.waitForReadyRead(20000)) {
            output += app.readAll();
            const auto match = started.match(QString::fromUtf8(output));
            if (match.hasMatch())
                demoPid = match.captured(1).toLongLong();
        }
        QVERIFY2(demoPid > 0, output.constData());
        QVERIFY(alive(demoPid));

        ::kill(pid_t(app.processId()), SIGKILL); // no chance to clean up
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(demoPid), 10000);
    }
};

QTEST_GUILESS_MAIN(TestDemoLifecycle)
#include "tst_demolifecycle.moc"
