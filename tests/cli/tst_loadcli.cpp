// `perfdash load run` as a user runs it, against the real demo target: the wrk-like summary, the
// JSON file, exit status 0 / 1 / 2, and Ctrl-C keeping the figures measured so far.
#include "demotargetprocess.h"
#include "httpclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString perfdash()
{
    return qEnvironmentVariable("PERFDASH_BIN");
}

Run runPerfdash(const QStringList& arguments)
{
    Run result;
    QProcess process;
    process.start(perfdash(), QStringList{QStringLiteral("load"), QStringLiteral("run")} + arguments);
    // Every run here asks for a few seconds at most; 60 s means it hangs.
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The demo target's own count of answered material reads, from its /metrics.
double materialReads(const DemoTargetProcess& target)
{
    const QByteArray series =
        "http_requests_total{method=\"GET\",path=\"/api/v1/erp/mm/materials\",status=\"200\"} ";
    for (const QByteArray& line : httpGet(target.url(QStringLiteral("/metrics"))).body.split('\n')) {
        if (line.startsWith(series))
            return line.mid(series.size()).toDouble();
    }
    return 0;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestLoadCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!perfdash().isEmpty(), "PERFDASH_BIN is not set; run the test through ctest");
        m_target = std::make_unique<DemoTargetProcess>();
        QVERIFY2(m_target->start(), qPrintable(m_target->errorString()));
        m_url = m_target->url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=10")).toString();
    }

    void closedRunPrintsTheSummaryAndJson()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("out.json"));
        const Run run =
            runPerfdash({QStringLiteral("--url"), m_url, QStringLiteral("-c"), QStringLiteral("4"),
                         QStringLiteral("-d"), QStringLiteral("1s"), QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char* part : {"Running 1.00s load test @", "4 connections, closed model", "99.9%", "max",
                                 "Errors: none", "Requests/sec:", "Transfer/sec:"})
            QVERIFY2(run.out.contains(QLatin1String(part)), part);
        const QJsonObject result = readJson(json);
        QCOMPARE(result.value(QLatin1String("end")).toString(), QStringLiteral("completed"));
        const qint64 requests = result.value(QLatin1String("requests")).toInteger();
        QVERIFY(requests > 0);
        qint64 perSecond = 0;
        for (const QJsonValue second : result.value(QLatin1String("seconds")).toArray())
            perSecond += second.toObject().value(QLatin1String("requests")).toInteger();
        QCOMPARE(perSecond, requests);
        const QJsonObject latency = result.value(QLatin1String("latencyUs")).toObject();
        QVERIFY(latency.value(QLatin1String("p99")).toInteger() <=
                latency.value(QLatin1String("max")).toInteger());
        QVERIFY(!result.contains(QLatin1String("uncorrectedLatencyUs")));
        QVERIFY(result.value(QLatin1String("percentileMethod"))
                    .toString()
                    .contains(QLatin1String("HdrHistogram")));
    }

    void openRunShowsCorrectedAndUncorrected()
    {
        const Run run = runPerfdash({QStringLiteral("--url"), m_url, QStringLiteral("--rate"),
                                     QStringLiteral("100"), QStringLiteral("-d"), QStringLiteral("1s"),
                                     QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // With --json - the JSON owns stdout and the summary goes to stderr.
        QVERIFY(run.err.contains(QLatin1String("corrected  uncorrected")));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("model")).toString(), QStringLiteral("open"));
        const qint64 requests = result.value(QLatin1String("requests")).toInteger();
        QVERIFY2(requests >= 90 && requests <= 105, qPrintable(QString::number(requests)));
        QCOMPARE(result.value(QLatin1String("uncorrectedLatencyUs"))
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInteger(),
                 requests);
    }

    void requestBoundIsHonoured()
    {
        const Run run = runPerfdash({QStringLiteral("--url"), m_url, QStringLiteral("--requests"),
                                     QStringLiteral("123"), QStringLiteral("-d"), QStringLiteral("20s"),
                                     QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("requests")).toInteger(),
            123);
    }

    void interruptKeepsWhatWasMeasured()
    {
        QProcess process;
        process.start(perfdash(), {QStringLiteral("load"), QStringLiteral("run"), QStringLiteral("--url"),
                                   m_url, QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-d"),
                                   QStringLiteral("60s")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen; // QTRY_* evaluates its condition more than once: keep what was read
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAllStandardOutput()).contains("Running"), 10000);
        // Interrupted once the target has answered a good number: those figures must survive.
        const double before = materialReads(*m_target);
        QTRY_VERIFY_WITH_TIMEOUT(materialReads(*m_target) > before + 500, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        const QString out = QString::fromUtf8(seen + process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("Requests/sec:")) && out.contains(QLatin1String("Run cancelled")),
                 qPrintable(out));
        QVERIFY(err.contains(QLatin1String("interrupted")));
    }

    void runtimeErrorsExitOne()
    {
        const Run remote = runPerfdash({QStringLiteral("--url"), QStringLiteral("http://192.0.2.7/"),
                                        QStringLiteral("-d"), QStringLiteral("1s")});
        QCOMPARE(remote.exitCode, 1);
        QVERIFY2(remote.err.contains(QLatin1String("--allow-remote")), qPrintable(remote.err));

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const int port = server.serverPort();
        server.close();
        const Run refused = runPerfdash(
            {QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("-c"),
             QStringLiteral("1"), QStringLiteral("-d"), QStringLiteral("1s")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("cannot connect")), qPrintable(refused.err));
        QVERIFY(refused.out.contains(QLatin1String("connect")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("http://127.0.0.1:1/");
        QTest::newRow("no url") << QStringList{} << QStringLiteral("--url is required");
        QTest::newRow("bad duration")
            << QStringList{QStringLiteral("--url"), url, QStringLiteral("-d"), QStringLiteral("ten")}
            << QStringLiteral("--duration");
        QTest::newRow("bad model") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--model"),
                                                  QStringLiteral("fast")}
                                   << QStringLiteral("--model must be closed or open");
        QTest::newRow("rate in closed") << QStringList{QStringLiteral("--url"),   url,
                                                       QStringLiteral("--model"), QStringLiteral("closed"),
                                                       QStringLiteral("--rate"),  QStringLiteral("10")}
                                        << QStringLiteral("--rate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--url"), url, QStringLiteral("--bogus")}
            << QStringLiteral("bogus");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runPerfdash(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("perfdash load run --help")));
    }

private:
    std::unique_ptr<DemoTargetProcess> m_target;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestLoadCli)
#include "tst_loadcli.moc"
