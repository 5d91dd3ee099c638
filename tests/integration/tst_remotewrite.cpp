// `perfdash export` against real receivers: a real Prometheus (remote-write receiver, loopback,
// temporary storage) and a real Pushgateway. A short real load run against the real demo target
// is recorded into a workspace, exported, and queried back: the request count and the P95 are
// the run's exactly. Also an acceptance result, Prometheus' own message on a 4xx, and a closed port.
#include "demotargetprocess.h"
#include "httpclient.h"
#include "loadrunstore.h"
#include "recordedrun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// A server binary on a free loopback port, killed when the test ends.
struct Receiver
{
    QProcess process;
    QUrl base;

    bool start(const QString& program, const QStringList& arguments, quint16 port)
    {
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        return process.waitForStarted(10000);
    }
    bool ready() const { return httpGet(url(QStringLiteral("/-/ready"))).status == 200; }
    QUrl url(const QString& path) const { return base.resolved(QUrl(path)); }
    ~Receiver()
    {
        process.kill();
        process.waitForFinished(10000);
    }
};

struct Command
{
    int exitCode = -1;
    QString out;
    QString err;
};

Command perfdash(const QStringList& arguments)
{
    QProcess process;
    process.start(QString::fromLocal8Bit(qgetenv("PERFDASH_BIN")),
                  QStringList{QStringLiteral("export")} + arguments);
    Command result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestRemoteWrite : public QObject
{
    Q_OBJECT
    DemoTargetProcess m_target;
    QTemporaryDir m_dir;
    Receiver m_prometheus;
    Receiver m_pushgateway;
    QString m_workspace;
    qint64 m_runId = 0;
    load::LoadResult m_result;

    // A one-and-a-half second run of two users against the demo target, recorded into the workspace.
    bool recordRun()
    {
        QString error;
        const std::optional<RecordedRun> run =
            recordPresetRun(m_target.baseUrl(), QDir(m_workspace).filePath(QStringLiteral("perfdash.sqlite")),
                            1500, 2, &error);
        if (!run)
            return false;
        m_runId = run->id;
        m_result = run->result;
        return true;
    }

    // The single value of an instant query, or NaN (with the answer in `why`).
    double queryValue(const QString& promql, QString* why)
    {
        QUrl url = m_prometheus.url(QStringLiteral("/api/v1/query"));
        url.setQuery(QUrlQuery{{QStringLiteral("query"), promql}});
        const HttpResponse response = httpGet(url);
        *why = QString::fromUtf8(response.body);
        const QJsonArray result = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("result"))
                                      .toArray();
        if (response.status != 200 || result.size() != 1)
            return qQNaN();
        return result[0].toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
    }

    QString runSelector(const QString& name, const QString& extra = {}) const
    {
        return QStringLiteral("%1{run=\"%2\",job=\"perfdash\",endpoint=\"\"%3}")
            .arg(name)
            .arg(m_runId)
            .arg(extra);
    }

    // The shipped sample result (a real run of the default plan) as if it finished at `finishedMs`.
    static QJsonObject sampleResult(qint64 finishedMs)
    {
        QFile sample(QStringLiteral(PERFDASH_SOURCE_DIR "/resources/samples/acceptance-result.json"));
        if (!sample.open(QIODevice::ReadOnly))
            return {};
        QJsonObject result = QJsonDocument::fromJson(sample.readAll()).object();
        result.insert(QStringLiteral("startedMs"), finishedMs - 30000);
        result.insert(QStringLiteral("finishedMs"), finishedMs);
        result.insert(QStringLiteral("plan"), QStringLiteral("export-test"));
        return result;
    }

    QString writeResult(const QJsonObject& result, const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(result).toJson());
        return file.fileName();
    }

    QString remoteWriteUrl() const { return m_prometheus.url(QStringLiteral("/api/v1/write")).toString(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<load::LoadSecond>();
        qRegisterMetaType<load::LoadResult>();
        QVERIFY2(!qEnvironmentVariableIsEmpty("PERFDASH_BIN"), "run through ctest: PERFDASH_BIN is not set");
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("workspace"));
        QVERIFY(QDir().mkpath(m_workspace));
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("global:\n  scrape_interval: 1m\n");
        config.close();
        const quint16 promPort = freePort();
        QVERIFY(m_prometheus.start(
            QStringLiteral("prometheus"),
            {QStringLiteral("--config.file=") + config.fileName(),
             QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort),
             QStringLiteral("--web.enable-remote-write-receiver")},
            promPort));
        const quint16 gatewayPort = freePort();
        QVERIFY(m_pushgateway.start(QStringLiteral("prometheus-pushgateway"),
                                    {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(gatewayPort)},
                                    gatewayPort));
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        QVERIFY(recordRun());
        QCOMPARE(m_result.end, load::RunEnd::Completed);
        QVERIFY(m_result.totals.total.requests > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_prometheus.ready(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pushgateway.ready(), 30000);
    }

    void remoteWrittenRunIsQueryableWithItsFigures()
    {
        const Command export_ =
            perfdash({QStringLiteral("run"), QString::number(m_runId), QStringLiteral("-w"), m_workspace,
                      QStringLiteral("--remote-write"), remoteWriteUrl()});
        QVERIFY2(export_.exitCode == 0, qPrintable(export_.err));
        QVERIFY(export_.err.contains(QStringLiteral("remote-written to 127.0.0.1")));
        QString why;
        QCOMPARE(queryValue(runSelector(QStringLiteral("perfdash_load_requests_total")), &why),
                 double(m_result.totals.total.requests));
        const double p95 = double(m_result.totals.total.latency.valueAtPercentileUs(95)) / 1e6;
        QCOMPARE(queryValue(runSelector(QStringLiteral("perfdash_load_latency_seconds"),
                                        QStringLiteral(",quantile=\"0.95\"")),
                            &why),
                 p95);
        QCOMPARE(queryValue(runSelector(QStringLiteral("perfdash_load_errors_total"),
                                        QStringLiteral(",kind=\"connect\"")),
                            &why),
                 double(m_result.totals.total.errors[std::size_t(load::ErrorKind::Connect)]));
        // Every second of the run is a point of the RPS series, at the second's end.
        const QString seconds =
            QStringLiteral("count_over_time(perfdash_load_second_requests{run=\"%1\"}[10m])").arg(m_runId);
        QCOMPARE(queryValue(seconds, &why), double(m_result.seconds.size()));
        const QString sum =
            QStringLiteral("sum_over_time(perfdash_load_second_requests{run=\"%1\"}[10m])").arg(m_runId);
        QCOMPARE(queryValue(sum, &why), double(m_result.totals.total.requests));
    }

    void remoteWrittenAcceptanceIsQueryable()
    {
        // The shipped sample result, as if it finished just now (Prometheus takes recent samples only).
        const QJsonObject result = sampleResult(QDateTime::currentMSecsSinceEpoch());
        const Command export_ =
            perfdash({QStringLiteral("acceptance"), writeResult(result, QStringLiteral("fresh.json")),
                      QStringLiteral("--remote-write"), remoteWriteUrl()});
        QVERIFY2(export_.exitCode == 0, qPrintable(export_.err));
        QString why;
        const bool passed = result.value(QStringLiteral("passed")).toBool();
        QCOMPARE(queryValue(QStringLiteral("perfdash_acceptance_passed{plan=\"export-test\"}"), &why),
                 passed ? 1.0 : 0.0);
        const QJsonObject p95 = result.value(QStringLiteral("criteria")).toArray().at(0).toObject();
        QCOMPARE(p95.value(QStringLiteral("id")).toString(), QStringLiteral("core-p95"));
        QCOMPARE(queryValue(QStringLiteral("perfdash_acceptance_criterion_value_seconds{plan=\"export-test\","
                                           "criterion=\"core-p95\"}"),
                            &why),
                 p95.value(QStringLiteral("value")).toDouble() / 1000);
        QCOMPARE(queryValue(QStringLiteral("perfdash_acceptance_criterion_passed{plan=\"export-test\","
                                           "criterion=\"core-p95\"}"),
                            &why),
                 p95.value(QStringLiteral("passed")).toBool() ? 1.0 : 0.0);
    }

    void prometheusRefusalIsShownWithItsMessage()
    {
        // The sample as shipped finished long ago: Prometheus refuses samples that old (HTTP 400).
        const Command old =
            perfdash({QStringLiteral("acceptance"),
                      QStringLiteral(PERFDASH_SOURCE_DIR "/resources/samples/acceptance-result.json"),
                      QStringLiteral("--remote-write"), remoteWriteUrl()});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(QStringLiteral("answered HTTP 400: ")) &&
                     old.err.contains(QStringLiteral("out of bounds")),
                 qPrintable(old.err));
        const Command wrongPath = perfdash(
            {QStringLiteral("run"), QString::number(m_runId), QStringLiteral("-w"), m_workspace,
             QStringLiteral("--remote-write"), m_prometheus.url(QStringLiteral("/api/v1/wrong")).toString()});
        QCOMPARE(wrongPath.exitCode, 1);
        QVERIFY2(
            wrongPath.err.contains(QStringLiteral("/api/v1/wrong answered HTTP 404: 404 page not found")),
            qPrintable(wrongPath.err));
    }

    void closedPortIsAClearError()
    {
        const QString closed = QStringLiteral("http://127.0.0.1:%1/api/v1/write").arg(freePort());
        const Command result = perfdash({QStringLiteral("run"), QString::number(m_runId),
                                         QStringLiteral("-w"), m_workspace, QStringLiteral("--remote-write"),
                                         closed, QStringLiteral("--attempts"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("127.0.0.1")) &&
                     (result.err.contains(QStringLiteral("onnect")) ||
                      result.err.contains(QStringLiteral("refused"))),
                 qPrintable(result.err));
    }

    void pushedRunIsServedByThePushgateway()
    {
        const Command push = perfdash({QStringLiteral("run"), QString::number(m_runId), QStringLiteral("-w"),
                                       m_workspace, QStringLiteral("--push"), m_pushgateway.base.toString(),
                                       QStringLiteral("--instance"), QStringLiteral("ci")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        const HttpResponse metrics = httpGet(m_pushgateway.url(QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200L);
        const QByteArray want = "perfdash_load_requests_total{instance=\"ci\",job=\"perfdash\",run=\"" +
                                QByteArray::number(m_runId) + "\",scenario=";
        QByteArray line;
        for (const QByteArray& l : metrics.body.split('\n')) {
            if (l.startsWith(want))
                line = l;
        }
        QVERIFY2(!line.isEmpty(), metrics.body.constData());
        QCOMPARE(line.mid(line.lastIndexOf(' ') + 1).toDouble(), double(m_result.totals.total.requests));
        // A second push of the same group replaces it: still one series, same figure.
        QCOMPARE(perfdash({QStringLiteral("run"), QString::number(m_runId), QStringLiteral("-w"), m_workspace,
                           QStringLiteral("--push"), m_pushgateway.base.toString(),
                           QStringLiteral("--instance"), QStringLiteral("ci")})
                     .exitCode,
                 0);
        QCOMPARE(httpGet(m_pushgateway.url(QStringLiteral("/metrics"))).body.count(want), 1);
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(perfdash({QStringLiteral("run"), QStringLiteral("x")}).exitCode, 2);
        const Command badUrl = perfdash({QStringLiteral("run"), QString::number(m_runId),
                                         QStringLiteral("--push"), QStringLiteral("ftp://gw")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains(QStringLiteral("--push: expected an http:// or https:// URL")),
                 qPrintable(badUrl.err));
        const Command noRun =
            perfdash({QStringLiteral("run"), QStringLiteral("999999"), QStringLiteral("-w"), m_workspace});
        QCOMPARE(noRun.exitCode, 1);
        QVERIFY2(noRun.err.contains(QStringLiteral("999999")), qPrintable(noRun.err));
    }

    void openMetricsFileOfTheRun()
    {
        const QString file = m_dir.filePath(QStringLiteral("run.om"));
        const Command written = perfdash({QStringLiteral("run"), QString::number(m_runId),
                                          QStringLiteral("-w"), m_workspace, QStringLiteral("-o"), file});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray text = in.readAll();
        QVERIFY(text.endsWith("# EOF\n"));
        QVERIFY(text.contains(
            "# TYPE perfdash_load_latency_seconds summary\n# UNIT perfdash_load_latency_seconds "
            "seconds\n"));
        // The real run's text is valid OpenMetrics for Python's prometheus_client parser, every sample read.
        QProcess python;
        python.start(QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                         ? QStringLiteral("/usr/bin/python3")
                         : QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys\nfrom prometheus_client.openmetrics.parser import "
                                     "text_string_to_metric_families as p\n"
                                     "print(sum(len(f.samples) for f in p(open(sys.argv[1]).read())))"),
                      file});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const qsizetype sampleLines =
            text.count('\n') - text.count("\n#") - 1; // less metadata and the first line
        QCOMPARE(python.readAllStandardOutput().trimmed().toLongLong(), qint64(sampleLines));
    }
};

QTEST_GUILESS_MAIN(TestRemoteWrite)
#include "tst_remotewrite.moc"
