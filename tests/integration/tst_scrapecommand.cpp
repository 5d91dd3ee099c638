// `perfdash scrape`: the real binary against a real demo target, judged by exit status and output.
#include "demotargetprocess.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <cmath>
#include <memory>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString materialsPath = QStringLiteral("/api/v1/erp/mm/materials");
const QString customerTemplate = QStringLiteral("/api/v1/crm/customers/{id}");

// The sample or quantile row whose labels include all of `wanted`; empty when none does.
QJsonObject findWithLabels(const QJsonArray& rows, const QString& key, const QString& name,
                           const QJsonObject& wanted)
{
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(key).toString() != name)
            continue;
        const QJsonObject labels = row.value(QStringLiteral("labels")).toObject();
        bool all = true;
        for (auto it = wanted.begin(); it != wanted.end(); ++it)
            all = all && labels.value(it.key()) == it.value();
        if (all)
            return row;
    }
    return {};
}
} // namespace

class TestScrapeCommand : public QObject
{
    Q_OBJECT

private:
    // Runs perfdash with `arguments`; a run that does not finish in time fails the test.
    Run run(const QStringList& arguments);
    // Reads customer `id` once; false when it was not a cold (cache MISS) 200 read.
    bool readFreshCustomer(int id);
    QString metricsUrl() const { return m_target->url(QStringLiteral("/metrics")).toString(); }

    std::unique_ptr<DemoTargetProcess> m_target;

private Q_SLOTS:
    void initTestCase();
    void jsonAfterTraffic();
    void textPrintsQuantiles();
    void deadUrlFails();
    void nonMetricsUrlNamesContentType();
    void badArguments_data();
    void badArguments();
    void help_data();
    void help();
};

Run TestScrapeCommand::run(const QStringList& arguments)
{
    Run result;
    const QString program = qEnvironmentVariable("PERFDASH_BIN");
    if (program.isEmpty()) {
        QTest::qFail("PERFDASH_BIN is not set; run the test through ctest", __FILE__, __LINE__);
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    // The command's own --timeout defaults to 10 s, so 30 s means it hangs.
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail(qPrintable(QStringLiteral("perfdash %1 did not finish: %2")
                                    .arg(arguments.join(QLatin1Char(' ')), process.errorString())),
                     __FILE__, __LINE__);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool TestScrapeCommand::readFreshCustomer(int id)
{
    const HttpResponse response = httpGet(m_target->url(QStringLiteral("/api/v1/crm/customers/%1").arg(id)));
    return response.status == 200 && response.header("X-Cache") == "MISS";
}

void TestScrapeCommand::initTestCase()
{
    // Every cold customer read sleeps 40 ms in the demo target's simulated database.
    m_target = std::make_unique<DemoTargetProcess>(
        QStringList{QStringLiteral("--db-latency-ms"), QStringLiteral("40")});
    QVERIFY2(m_target->start(), qPrintable(m_target->errorString()));
}

void TestScrapeCommand::jsonAfterTraffic()
{
    const int materialReads = 7;
    for (int i = 0; i < materialReads; ++i)
        QCOMPARE(httpGet(m_target->url(QStringLiteral("/api/v1/erp/mm/materials?page=1&pageSize=20"))).status,
                 200L);
    // Ids no other test reads, each once: every observation of this series is a cold read.
    const int customerReads = 20;
    for (int id = 1001; id < 1001 + customerReads; ++id)
        QVERIFY2(readFreshCustomer(id),
                 qPrintable(QStringLiteral("customer %1 was not a cold read").arg(id)));

    const Run scrape = run({QStringLiteral("scrape"), metricsUrl(), QStringLiteral("--json")});
    QCOMPARE(scrape.exitCode, 0);
    QVERIFY2(scrape.err.isEmpty(), qPrintable(scrape.err));
    const QStringList lines = scrape.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(1)); // one target, one JSON object per line
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(lines.first().toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    QCOMPARE(root.value(QStringLiteral("target")).toString(), metricsUrl());
    QCOMPARE(root.value(QStringLiteral("up")), QJsonValue(true));
    QCOMPARE(root.value(QStringLiteral("httpStatus")).toInt(), 200);
    QVERIFY(!root.contains(QStringLiteral("error")));
    const QJsonArray samples = root.value(QStringLiteral("samples")).toArray();
    QCOMPARE(qsizetype(root.value(QStringLiteral("samplesScraped")).toInt()), samples.size());

    const QJsonObject materials =
        findWithLabels(samples, QStringLiteral("name"), QStringLiteral("http_requests_total"),
                       {{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), materialsPath},
                        {QStringLiteral("status"), QStringLiteral("200")}});
    QVERIFY2(!materials.isEmpty(), "no http_requests_total sample for the materials path");
    QCOMPARE(materials.value(QStringLiteral("type")).toString(), QStringLiteral("counter"));
    QVERIFY2(materials.value(QStringLiteral("value")).toDouble() >= materialReads,
             qPrintable(QString::number(materials.value(QStringLiteral("value")).toDouble())));

    const QJsonObject quantiles =
        findWithLabels(root.value(QStringLiteral("quantiles")).toArray(), QStringLiteral("family"),
                       QStringLiteral("http_request_duration_seconds"),
                       {{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), customerTemplate},
                        {QStringLiteral("status"), QStringLiteral("200")}});
    QVERIFY2(!quantiles.isEmpty(), "no quantiles for the customer detail route");
    QCOMPARE(quantiles.value(QStringLiteral("source")).toString(), QStringLiteral("histogram"));
    // Non-finite values would arrive as strings ("NaN", "+Inf"), so isDouble() means finite.
    for (const char* key : {"p50", "p95", "p99"}) {
        const QJsonValue value = quantiles.value(QLatin1String(key));
        QVERIFY2(value.isDouble() && std::isfinite(value.toDouble()), key);
    }
    const double p50 = quantiles.value(QStringLiteral("p50")).toDouble();
    const double p95 = quantiles.value(QStringLiteral("p95")).toDouble();
    const double p99 = quantiles.value(QStringLiteral("p99")).toDouble();
    const QByteArray figures = QStringLiteral("p50=%1 p95=%2 p99=%3").arg(p50).arg(p95).arg(p99).toUtf8();
    QVERIFY2(p50 <= p95 && p95 <= p99, figures.constData());
    // Every observation is a cold read of at least 40 ms, so the cumulative count at le="0.025"
    // is 0. histogram_quantile's rank (q * count > 0) is first reached at le="0.05" or above, and
    // it interpolates up from that bucket's lower bound, 0.025 or more: every quantile is above
    // 0.025 s. 0.04 s is not assertable: with all reads in (0.025, 0.05], linear interpolation
    // gives p50 = 0.025 + 0.025 * 0.5 = 0.0375 and p95 = 0.025 + 0.025 * 0.95 = 0.04875.
    QVERIFY2(p95 >= 0.025, figures.constData());
    QVERIFY2(p50 >= 0.025, figures.constData());
}

void TestScrapeCommand::textPrintsQuantiles()
{
    QVERIFY(readFreshCustomer(2001)); // so the histogram has this route even when run alone

    const Run scrape = run({QStringLiteral("scrape"), metricsUrl()});
    QCOMPARE(scrape.exitCode, 0);
    QVERIFY2(scrape.out.startsWith(QStringLiteral("# ") + metricsUrl() + QStringLiteral(" at ")),
             qPrintable(scrape.out.left(200)));
    QVERIFY(scrape.out.contains(QStringLiteral(": up, HTTP 200, ")));
    const qsizetype section = scrape.out.indexOf(QStringLiteral("\n# quantiles: "));
    QVERIFY2(section > 0, "no # quantiles section");
    // The section comes after the samples and has a row for the customer route.
    QVERIFY(scrape.out.indexOf(QStringLiteral("\nhttp_requests_total{")) < section);
    const QString after = scrape.out.mid(section);
    const qsizetype row = after.indexOf(QStringLiteral("path=\"/api/v1/crm/customers/{id}\""));
    QVERIFY2(row > 0, qPrintable(after.left(500)));
    const QString rowLine =
        after.mid(after.lastIndexOf(QLatin1Char('\n'), row) + 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(rowLine.startsWith(QStringLiteral("# http_request_duration_seconds{")), qPrintable(rowLine));
    QVERIFY2(rowLine.contains(QStringLiteral(" p50=")) && rowLine.contains(QStringLiteral(" p95=")) &&
                 rowLine.contains(QStringLiteral(" p99=")) && rowLine.endsWith(QStringLiteral("(histogram)")),
             qPrintable(rowLine));
}

void TestScrapeCommand::deadUrlFails()
{
    // A port that was just free: bound by us, then closed, so nothing listens there.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    const QString url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(port);

    const Run scrape = run({QStringLiteral("scrape"), url});
    QCOMPARE(scrape.exitCode, 1);
    QVERIFY2(scrape.out.contains(QStringLiteral(": DOWN (")), qPrintable(scrape.out));
    // stderr: "perfdash scrape: <url>: 127.0.0.1:<port>: <curl's connect error>"
    const QString prefix = QStringLiteral("perfdash scrape: %1: 127.0.0.1:%2: ").arg(url).arg(port);
    QVERIFY2(scrape.err.startsWith(prefix), qPrintable(scrape.err));
    QVERIFY2(scrape.err.contains(QStringLiteral("connect"), Qt::CaseInsensitive), qPrintable(scrape.err));
}

void TestScrapeCommand::nonMetricsUrlNamesContentType()
{
    const QString url = m_target->url(QStringLiteral("/api/v1/crm/customers/1")).toString();
    const Run scrape = run({QStringLiteral("scrape"), url, QStringLiteral("--json")});
    QCOMPARE(scrape.exitCode, 1);
    QVERIFY2(scrape.err.contains(QStringLiteral("unsupported Content-Type \"application/json")),
             qPrintable(scrape.err));
    const QJsonObject root = QJsonDocument::fromJson(scrape.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("up")), QJsonValue(false));
    QCOMPARE(root.value(QStringLiteral("httpStatus")).toInt(), 200);
    QVERIFY(root.value(QStringLiteral("error")).toString().contains(QStringLiteral("application/json")));
    QVERIFY(!root.contains(QStringLiteral("samples")));
}

void TestScrapeCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString scrape = QStringLiteral("scrape");
    QTest::newRow("no URL") << QStringList{scrape} << QStringLiteral("no URL given");
    QTest::newRow("ftp URL") << QStringList{scrape, QStringLiteral("ftp://x")}
                             << QStringLiteral("not an http(s) URL: ftp://x");
    QTest::newRow("not a URL") << QStringList{scrape, QStringLiteral("metrics")}
                               << QStringLiteral("not an http(s) URL: metrics");
    QTest::newRow("unknown option") << QStringList{scrape, QStringLiteral("--bogus"),
                                                   QStringLiteral("http://x/")}
                                    << QStringLiteral("bogus");
    QTest::newRow("interval too short") << QStringList{scrape, QStringLiteral("--interval"),
                                                       QStringLiteral("0.01"), QStringLiteral("http://x/")}
                                        << QStringLiteral("--interval");
    QTest::newRow("timeout not a number") << QStringList{scrape, QStringLiteral("--timeout"),
                                                         QStringLiteral("soon"), QStringLiteral("http://x/")}
                                          << QStringLiteral("--timeout");
}

void TestScrapeCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run scrape = run(arguments);
    QCOMPARE(scrape.exitCode, 2);
    QVERIFY2(scrape.err.startsWith(QStringLiteral("perfdash scrape: ")), qPrintable(scrape.err));
    QVERIFY2(scrape.err.contains(message), qPrintable(scrape.err));
    QVERIFY2(scrape.out.isEmpty(), qPrintable(scrape.out)); // nothing was scraped
}

void TestScrapeCommand::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestScrapeCommand::help()
{
    QFETCH(QString, option);
    const Run scrape = run({QStringLiteral("scrape"), option});
    QCOMPARE(scrape.exitCode, 0);
    for (const char* expected : {"--json", "--watch", "--interval", "--timeout", "--insecure", "<url>..."})
        QVERIFY2(scrape.out.contains(QLatin1String(expected)), expected);
    QVERIFY2(scrape.err.isEmpty(), qPrintable(scrape.err));
}

QTEST_GUILESS_MAIN(TestScrapeCommand)
#include "tst_scrapecommand.moc"
