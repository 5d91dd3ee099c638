// The writers over hand-built results, one passing and one failing: the PDF read back with
// pdftotext (criteria, values and verdicts, Chinese for zh) and drawn with pdftoppm (every page
// renders and is not blank); HTML, JUnit and CSV well-formed; the JSON read back renders the same.
#include "csvreport.h"
#include "junitreport.h"
#include "loadrun.h"
#include "planresult.h"
#include "planrunner.h"
#include "radicalcmap.h"
#include "reportfiles.h"
#include "reporttext.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace report;

namespace {
// What a PostgreSQL source (a lock wait at the second poll) and a Redis source (7 hits, 3 misses)
// saw during the first scenario.
void addSources(ScenarioOutcome* outcome)
{
    std::vector<PostgresPoint> pg(3);
    std::vector<RedisPoint> redis(3);
    for (int i = 0; i < 3; ++i) {
        pg[i] = {
            outcome->startedMs + i * 1000, true, {}, 10.0 + i, 100, 3, 1, i == 1 ? 1.0 : 0.0, 50.0 * i, 2};
        redis[i] = {
            outcome->startedMs + i * 1000, true, {}, 100.0 + i * 3.5, 10.0 + i * 1.5, 0, 0, 2097152, 4, 0};
    }
    outcome->postgres = {PostgresSummary::summarise(pg, outcome->startedMs, outcome->finishedMs)};
    outcome->postgres[0].source = QStringLiteral("erp-db");
    outcome->postgres[0].target = QStringLiteral("postgresql://monitor@db:5432/erp");
    RedisPoint refused;
    refused.timeMs = outcome->startedMs;
    refused.error = QStringLiteral("WRONGPASS invalid username-password pair");
    outcome->redis = {RedisSummary::summarise(redis, outcome->startedMs, outcome->finishedMs),
                      RedisSummary::summarise({refused}, outcome->startedMs, outcome->finishedMs)};
    outcome->redis[0].source = QStringLiteral("cache");
    outcome->redis[0].target = QStringLiteral("127.0.0.1:6379");
    outcome->redis[1].source = QStringLiteral("broker");
    outcome->redis[1].target = QStringLiteral("127.0.0.1:6380");
}

// A run of the default plan's criteria; `slow` puts the materials P95 at 640 ms (over 500).
PlanResult handBuiltResult(bool slow)
{
    const AcceptancePlan plan = AcceptancePlan::defaultPlan();
    std::vector<load::LoadRunReport> reports(3);
    reports[0].scenario = plan.scenarios[0];
    reports[0].target = QStringLiteral("http://127.0.0.1:8088");
    load::LoadResult result;
    result.durationMs = 4000;
    result.startedMs = 1'764'590'400'000;
    result.percentileMethod = load::percentileMethod(load::LoadModel::Closed);
    result.totals.endpoints.resize(2);
    for (int i = 0; i < 400; ++i) {
        result.totals.endpoints[0].latency.record((40 + i % 30) * 1000);
        result.totals.endpoints[1].latency.record((slow ? 600 + i % 50 : 45 + i % 30) * 1000);
    }
    for (load::EndpointFigures& endpoint : result.totals.endpoints) {
        endpoint.requests = 400;
        result.totals.total.add(endpoint);
    }
    for (int second = 0; second < 4; ++second) {
        load::LoadSecond figures;
        figures.second = second;
        figures.total = result.totals.total;
        result.seconds.push_back(figures);
    }
    reports[0].load = result;
    reports[1].scenario = plan.scenarios[1];
    load::CacheSecondAccess::Result cache;
    cache.config = *plan.scenarios[1].cacheSecondAccess;
    for (int key = 1; key <= 3; ++key)
        cache.keys.push_back(
            {QString::number(key), 41.5, 1.2, QStringLiteral("MISS"), QStringLiteral("HIT"), 0.97});
    cache.coldP50Ms = 41.5;
    cache.warmP50Ms = 1.2;
    cache.improvementP50 = 0.971;
    cache.passed = true;
    reports[1].cache = cache;
    reports[2].scenario = plan.scenarios[2];
    for (const load::BatchOperation::Config& config : plan.scenarios[2].batch) {
        load::BatchOperation::Result check;
        check.config = config;
        check.attempts = {{config.expectStatus, 120.0, QString()}};
        check.maxMs = 120.0;
        check.passed = true;
        reports[2].batch.push_back(check);
    }

    PlanResult made;
    made.planName = plan.name;
    made.system = plan.system;
    made.version = QStringLiteral("1.4.2");
    made.target = QStringLiteral("http://127.0.0.1:8088");
    made.ranBy = QStringLiteral("Ada Tester");
    made.clientHost = QStringLiteral("bench-01");
    made.perfdashVersion = QStringLiteral("0.1.0");
    made.overrides = QStringLiteral("duration 4 s");
    made.startedMs = result.startedMs;
    made.finishedMs = result.startedMs + 9000;
    made.criteria = PlanRunner::judge(plan, reports);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        ScenarioOutcome outcome;
        outcome.name = reports[i].scenario.name;
        outcome.description = reports[i].scenario.description;
        outcome.startedMs = made.startedMs + std::int64_t(i) * 3000;
        outcome.finishedMs = outcome.startedMs + 3000;
        outcome.report = reports[i].toJson();
        if (i == 0)
            for (int second = 1; second <= 4; ++second)
                outcome.timeline.push_back(
                    {double(second), 200.0 + second, 0, 50, slow ? 640.0 : 70.0, 700, 100});
        std::vector<CollectorPoint> points;
        for (int second = 0; second <= 3; ++second) {
            CollectorPoint point;
            point.timeMs = outcome.startedMs + second * 1000;
            point.hasPool = point.hasQueue = point.hasCache = true;
            point.poolInUse = 12 + second;
            point.poolSize = 20;
            point.queueBacklog = 3;
            point.cacheHits = 10.0 * second;
            point.cacheMisses = 10;
            points.push_back(point);
        }
        outcome.collectors = CollectorSummary::summarise(points, outcome.startedMs, outcome.finishedMs);
        if (i == 0)
            addSources(&outcome);
        made.scenarios.push_back(outcome);
    }
    made.alertRules = 2;
    made.alerts = {{QStringLiteral("lock waits"), QStringLiteral("{source=\"erp-db\"}"),
                    QStringLiteral("inactive"), QStringLiteral("firing"), made.startedMs + 1000, 1, true,
                    QStringLiteral("critical"), QStringLiteral("1 session waits")},
                   {QStringLiteral("lock waits"), QStringLiteral("{source=\"erp-db\"}"),
                    QStringLiteral("firing"), QStringLiteral("resolved"), made.startedMs + 2000, 0, true,
                    QStringLiteral("critical"), QStringLiteral("0 sessions wait")}};
    return made;
}

QString tool(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty())
        qWarning("%s is missing: install poppler-utils (installer/install-deps.sh)", name);
    return path;
}

bool runTool(const QString& program, const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

// The text of a PDF with its words joined by single spaces, so a table's cells read as one line.
QString pdfText(const QString& file)
{
    QByteArray out;
    if (!runTool(tool("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}, &out))
        return {};
    return QString::fromUtf8(out).simplified();
}

bool wellFormed(const QByteArray& xml, QString* error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    *error = reader.errorString();
    return !reader.hasError();
}
} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const PlanResult& result, const QString& name,
                  const QString& language = QStringLiteral("en"))
    {
        ReportFormat format;
        if (!formatFromFileName(name, &format))
            return {};
        ReportOptions options;
        options.language = language;
        options.signedBy = QStringLiteral("Ada Tester");
        QString error;
        const QString path = m_dir.filePath(name);
        if (!writeReport(result, format, options, path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void passingPdf()
    {
        const PlanResult result = handBuiltResult(false);
        QVERIFY(result.passed());
        const QString pdf = write(result, QStringLiteral("pass.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Verdict: PASS")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("Core endpoints P95 <= 500 ms")));
        QVERIFY(text.contains(QLatin1String("Cache makes the second access >= 50 %")));
        QVERIFY(text.contains(QLatin1String("<= 500 ms")));
        QVERIFY(text.contains(QLatin1String("97.10 %"))); // the cache improvement, measured
        QVERIFY(text.contains(QLatin1String("Ada Tester")));
        QVERIFY(text.contains(QLatin1String("Sign-off")));
        QVERIFY(text.contains(QLatin1String("How the percentiles were computed")));
        QVERIFY(!text.contains(QLatin1String("FAIL")));
    }

    void failingPdfNamesTheCriterion()
    {
        const PlanResult result = handBuiltResult(true);
        QVERIFY(!result.passed());
        const QString pdf = write(result, QStringLiteral("fail.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Verdict: FAIL")), qPrintable(text.left(400)));
        QVERIFY(text.contains(
            QLatin1String("The acceptance criteria were not met: Core endpoints P95 <= 500 ms")));
        const double p95 = result.criteria[0].value;
        QVERIFY(p95 > 600);
        // The summary row: measured value, threshold, negative margin, FAIL.
        const QString row = QStringLiteral("%1 ms <= 500 ms -%2 ms FAIL")
                                .arg(QString::number(p95, 'f', 1), QString::number(p95 - 500, 'f', 1));
        QVERIFY2(text.contains(row), qPrintable(row + QStringLiteral(" not in: ") + text.left(1500)));
    }

    void sourcesAndAlertsInThePdf()
    {
        const QString pdf = write(handBuiltResult(false), QStringLiteral("sources.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("PostgreSQL erp-db (postgresql://monitor@db:5432/erp)")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Peak connections / max_connections 12 / 100")));
        QVERIFY(text.contains(QLatin1String("PostgreSQL lock waits (peak sessions waiting) 1")));
        QVERIFY(text.contains(QLatin1String("Commits (rollbacks) 100 (0)")));
        QVERIFY(text.contains(QLatin1String("Redis hit rate 70.0 % (7 hits, 3 misses)")));
        QVERIFY(text.contains(QLatin1String("Peak memory used 2.0 MiB")));
        QVERIFY(text.contains(QLatin1String("Last error: WRONGPASS invalid username-password pair")));
        QVERIFY(text.contains(QLatin1String("1 PostgreSQL session(s) waiting for a lock")));
        QVERIFY(text.contains(QLatin1String("Alerts during the run")));
        QVERIFY(text.contains(QLatin1String("lock waits")));
        QVERIFY(text.contains(QStringLiteral("inactive → firing")));
        QVERIFY(text.contains(QStringLiteral("firing → resolved")));
    }

    void sourcesAndAlertsInChinese()
    {
        const QString pdf =
            write(handBuiltResult(false), QStringLiteral("sources-zh.pdf"), QStringLiteral("zh"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Redis 命中率 70.0 %（命中 7 次，未命中 3 次）")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("PostgreSQL 锁等待（等待会话峰值） 1")));
        QVERIFY(text.contains(QStringLiteral("1 个 PostgreSQL 会话在等待锁")));
        QVERIFY(text.contains(QStringLiteral("运行期间的告警")));
        QVERIFY(text.contains(QStringLiteral("未激活 → 触发")));
    }

    void sourcesAndAlertsInCsvAndHtml()
    {
        const QStringList lines =
            QString::fromUtf8(toCsv(handBuiltResult(false))).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.contains(
                     QStringLiteral("postgres,core-100-users,erp-db,postgresql://monitor@db:5432/erp,3,0,"
                                    "12.000,100.000,3.000,1.000,1.000,100.000,0.000,")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(
            lines.contains(QStringLiteral("redis,core-100-users,cache,127.0.0.1:6379,3,0,7.000,3.000,70.000,"
                                          "2097152.000,4.000,0.000,")));
        QVERIFY(lines.contains(QStringLiteral("redis,core-100-users,broker,127.0.0.1:6380,1,1,,,,,,,"
                                              "WRONGPASS invalid username-password pair")));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString& line) {
            return line.startsWith(QLatin1String("alert,")) &&
                   line.contains(QLatin1String(
                       ",lock waits,\"{source=\"\"erp-db\"\"}\",inactive,firing,1.000,critical,"));
        }));
        const QString path = write(handBuiltResult(false), QStringLiteral("sources.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.contains("Redis hit rate"));
        QVERIFY(html.contains("70.0 % (7 hits, 3 misses)"));
        QVERIFY(html.contains("Alerts during the run"));
    }

    void resultsWithoutSourcesStillLoad()
    {
        QFile sample(QStringLiteral(PERFDASH_SAMPLES_DIR "/acceptance-result.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        PlanResult read;
        QString error;
        QVERIFY2(PlanResult::fromJsonText(sample.readAll(), &read, &error), qPrintable(error));
        QVERIFY(!read.scenarios.empty());
        QVERIFY(read.scenarios.front().postgres.empty());
        QVERIFY(read.scenarios.front().redis.empty());
        QCOMPARE(read.alertRules, 0);
        QVERIFY(read.alerts.empty());
        // Its report has no alert section and its CSV no source blocks.
        QVERIFY(!QString::fromUtf8(toCsv(read)).contains(QLatin1String("\r\nredis,")));
        const QString pdf = write(read, QStringLiteral("old.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(!pdfText(pdf).contains(QLatin1String("Alerts during the run")));
    }

    void everyPageRendersAndIsNotBlank()
    {
        const QString pdf = write(handBuiltResult(true), QStringLiteral("pages.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QVERIFY(runTool(tool("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, prefix}));
        const QStringList pages =
            QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pages.size() >= 5, qPrintable(pages.join(QLatin1Char(' ')))); // cover, summary, 3 scenarios
        for (const QString& page : pages) {
            const QImage image(m_dir.filePath(page));
            QVERIFY2(!image.isNull(), qPrintable(page));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            QVERIFY2(inked > image.width() * image.height() / 200,
                     qPrintable(page + QStringLiteral(" is blank")));
        }
    }

    void chinesePdf()
    {
        const QString pdf = write(handBuiltResult(true), QStringLiteral("zh.pdf"), QStringLiteral("zh"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        // Exactly as printed: a glyph the font shares with a radical reads back as the ideograph.
        QVERIFY2(text.contains(QStringLiteral("性能验收报告")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("结论: 未通过")));
        QVERIFY(text.contains(QStringLiteral("核心接口 P95 ≤ 500 毫秒")));
        QVERIFY(text.contains(QStringLiteral("签字确认")));
        QVERIFY(text.contains(QStringLiteral("响应时间百分位（毫秒）")));
        QVERIFY(text.contains(QStringLiteral("对数线性直方图"))); // the load engine's method, translated
        for (const QChar c : text)
            QVERIFY2(c.unicode() < RadicalCmap::firstRadical || c.unicode() > RadicalCmap::lastRadical,
                     qPrintable(QStringLiteral("a radical in the text: U+%1").arg(c.unicode(), 4, 16)));
        QByteArray fonts;
        QVERIFY(runTool(tool("pdffonts"), {pdf}, &fonts));
        QVERIFY2(fonts.contains("NotoSansCJKsc"), fonts.constData());
    }

    void chineseTableIsComplete()
    {
        // Every phrase the builder asks for in a full report, passing or failing, has its Chinese.
        QVERIFY(
            !write(handBuiltResult(false), QStringLiteral("zh-pass.html"), QStringLiteral("zh")).isEmpty());
        QVERIFY(
            !write(handBuiltResult(true), QStringLiteral("zh-fail.html"), QStringLiteral("zh")).isEmpty());
        QCOMPARE(ReportText::missingPhrases(), QStringList());
        QCOMPARE(ReportText(QStringLiteral("zh"))("Verdict"), QStringLiteral("结论"));
        QCOMPARE(ReportText(QStringLiteral("en"))("Verdict"), QStringLiteral("Verdict"));
        const ReportText zhText(QStringLiteral("zh"));
        QCOMPARE(zhText.detail(QStringLiteral("worst endpoint: materials")),
                 QStringLiteral("最差接口：materials"));
        QCOMPARE(zhText.detail(QStringLiteral("3 of 200 requests failed; 8 users for 2.0 s")),
                 QStringLiteral("200 个请求中 3 个失败；8 个用户，2.0 秒"));
        QCOMPARE(zhText.detail(QStringLiteral("1 of 4 batch checks failed; import: too slow")),
                 QStringLiteral("4 项批量检查中 1 项未通过；import: too slow"));
        QCOMPARE(zhText.detail(QStringLiteral("something new")), QStringLiteral("something new"));
    }

    void htmlIsSelfContainedAndWellFormed()
    {
        const QString path = write(handBuiltResult(true), QStringLiteral("report.html"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QString error;
        QVERIFY2(wellFormed(html, &error), qPrintable(error));
        QVERIFY(html.contains("<svg"));
        QVERIFY(html.contains("Core endpoints P95 &lt;= 500 ms"));
        QVERIFY(html.contains("class=\"verdict fail\""));
        QVERIFY(!html.contains("src=\"http")); // nothing fetched from elsewhere
    }

    void junit()
    {
        const QByteArray xml = toJUnit(handBuiltResult(true));
        QString error;
        QVERIFY2(wellFormed(xml, &error), qPrintable(error));
        QXmlStreamReader reader(xml);
        int cases = 0;
        QStringList failed;
        QString current;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == QLatin1String("testcase")) {
                ++cases;
                current = reader.attributes().value(QLatin1String("name")).toString();
            } else if (reader.name() == QLatin1String("failure")) {
                failed.append(current.section(QLatin1Char(':'), 0, 0));
            }
        }
        QCOMPARE(cases, 7);
        // The advisory P99 also fails, but only the required P95 fails the suite.
        QCOMPARE(failed, QStringList{QStringLiteral("core-p95")});
    }

    void csv()
    {
        const QStringList lines =
            QString::fromUtf8(toCsv(handBuiltResult(true))).split(QStringLiteral("\r\n"));
        QVERIFY(lines.at(0).startsWith(QLatin1String("block,id,title,scenario,metric,measured")));
        const QString p95 = lines.at(1);
        QVERIFY2(p95.startsWith(
                     QLatin1String("criterion,core-p95,Core endpoints P95 <= 500 ms,core-100-users,p95,")),
                 qPrintable(p95));
        QVERIFY(p95.contains(QLatin1String(",ms,<= 500 ms,-")));
        QVERIFY(p95.contains(QLatin1String(",yes,FAIL,worst endpoint: materials")));
        QVERIFY(lines.contains(
            QStringLiteral("verdict,seed-acceptance,perfdash demo target (CRM / ERP / WMS),,,,,,,,FAIL,")));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString& line) {
            return line.startsWith(QLatin1String("endpoint,core-100-users,materials,400,0,"));
        }));
    }

    void jsonRoundTripRendersTheSame()
    {
        const PlanResult result = handBuiltResult(true);
        PlanResult read;
        QString error;
        QVERIFY2(PlanResult::fromJsonText(QJsonDocument(result.toJson()).toJson(), &read, &error),
                 qPrintable(error));
        QCOMPARE(QJsonDocument(read.toJson()).toJson(), QJsonDocument(result.toJson()).toJson());
        QCOMPARE(toCsv(read), toCsv(result));
        QVERIFY(!PlanResult::fromJsonText("{\"plan\":1}", &read, &error));
        QVERIFY(error.contains(QLatin1String("not a perfdash acceptance result")));
    }
};

QTEST_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
