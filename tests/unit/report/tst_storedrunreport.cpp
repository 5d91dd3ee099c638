// A load run recorded through LoadRunStore into a real store file, read back and turned into a
// report: one scenario with its per-second timeline, the thresholds a criterion can state as
// criteria (the others left out), a run without thresholds rendered without a verdict, a cancelled
// run failing with why, and a run killed before it finished reported from its stored seconds.
#include "csvreport.h"
#include "htmlreportwriter.h"
#include "loadrunreport.h"
#include "loadrunstore.h"
#include "pdfreportwriter.h"
#include "reportbuilder.h"
#include "reportpreview.h"
#include "storedrunreport.h"
#include "timeseriesstore.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace report;

namespace {
constexpr std::int64_t startMs = 1'764'590'400'000;

QByteArray scenarioJson(bool withThresholds)
{
    QByteArray json = R"({"name": "checkout", "description": "two endpoints",
        "model": {"type": "closed", "users": 4, "duration": "3s"},
        "requests": [{"name": "customers", "url": "/a"}, {"name": "materials", "url": "/b"}])";
    if (withThresholds)
        json += R"(, "thresholds": {"http_req_duration": ["p(95)<500", "min>0", "med<300"],
                                   "http_req_duration{endpoint:materials}": ["p(99)<=800"],
                                   "errors": ["rate==0"]})";
    return json + "}";
}

load::LoadSecond second(int index)
{
    load::LoadSecond made;
    made.second = index;
    made.startedMs = startMs + index * 1000;
    made.activeUsers = 4;
    made.endpoints.resize(2);
    for (int i = 0; i < 100; ++i) {
        made.endpoints[0].latency.record((30 + i % 20) * 1000);
        made.endpoints[1].latency.record((50 + i % 40) * 1000);
    }
    for (load::EndpointFigures& endpoint : made.endpoints) {
        endpoint.requests = 100;
        made.total.add(endpoint);
    }
    return made;
}

struct Recorded
{
    QTemporaryDir dir;
    store::TimeSeriesStore store;

    // Records three seconds; `end` nullopt: the run is never finished (a killed perfdash).
    std::optional<load::StoredRun> record(bool withThresholds, std::optional<load::RunEnd> end)
    {
        QString error;
        if (!store.isOpen() && !store.open(dir.filePath(QStringLiteral("ws.sqlite")), {}, &error))
            return std::nullopt;
        load::Scenario scenario;
        QStringList errors;
        load::LoadPlan plan;
        if (!load::Scenario::fromJsonText(scenarioJson(withThresholds), &scenario, &errors) ||
            !scenario.compile(QStringLiteral("http://127.0.0.1:8088"), &plan, &errors)) {
            qWarning() << errors;
            return std::nullopt;
        }
        load::LoadRunStore runs(&store);
        const QJsonObject config{{QStringLiteral("scenario"), scenario.toJson()},
                                 {QStringLiteral("endpoints"),
                                  QJsonArray{QStringLiteral("customers"), QStringLiteral("materials")}}};
        const auto id = runs.begin(scenario.name, QStringLiteral("http://127.0.0.1:8088"), startMs, config);
        load::LoadResult result;
        result.startedMs = startMs;
        result.durationMs = 3000;
        result.totals.endpoints.resize(2);
        for (int i = 0; i < 3; ++i) {
            const load::LoadSecond made = second(i);
            runs.addSecond(*id, made);
            result.seconds.push_back(made);
            result.totals.total.add(made.total);
            for (int e = 0; e < 2; ++e)
                result.totals.endpoints[std::size_t(e)].add(made.endpoints[std::size_t(e)]);
        }
        if (end) {
            result.end = *end;
            load::LoadRunReport report;
            report.scenario = scenario;
            report.target = QStringLiteral("http://127.0.0.1:8088");
            report.load = result;
            for (load::Threshold& threshold : scenario.thresholds)
                threshold.endpointIndex = threshold.endpoint == QLatin1String("materials") ? 1 : -1;
            report.thresholds = load::evaluateThresholds(scenario.thresholds, result);
            runs.finish(*id, startMs + 3000, result, report.toJson());
        }
        return runs.run(*id);
    }
};

// The page count pdfinfo (poppler-utils) reads; -1 when it cannot.
int pdfPages(const QByteArray& pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("r.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return -1;
    file.close();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {file.fileName()});
    if (!info.waitForFinished(30000))
        return -1;
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

const CriterionOutcome* criterion(const PlanResult& result, const QString& id)
{
    for (const CriterionOutcome& outcome : result.criteria)
        if (outcome.criterion.id == id)
            return &outcome;
    return nullptr;
}
} // namespace

class TestStoredRunReport : public QObject
{
    Q_OBJECT
private slots:
    void thresholdsBecomeCriteria()
    {
        Recorded recorded;
        const std::optional<load::StoredRun> run = recorded.record(true, load::RunEnd::Completed);
        QVERIFY(run);
        const PlanResult result = planResultFromStoredRun(*run);
        QCOMPARE(result.system, QStringLiteral("checkout"));
        QCOMPARE(result.planName, QStringLiteral("load run #%1").arg(run->info.id));
        QCOMPARE(result.target, QStringLiteral("http://127.0.0.1:8088"));
        QCOMPARE(result.startedMs, startMs);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.scenarios.size(), std::size_t(1));
        const ScenarioOutcome& scenario = result.scenarios.front();
        QCOMPARE(scenario.description, QStringLiteral("two endpoints"));
        QCOMPARE(scenario.timeline.size(), std::size_t(3));
        QCOMPARE(scenario.timeline[0].second, 1.0);
        QCOMPARE(scenario.timeline[2].requests, 200.0);
        QVERIFY(scenario.timeline[1].p95Ms > 50 && scenario.timeline[1].p95Ms < 100);
        QVERIFY(scenario.collectors.toJson() == CollectorSummary().toJson());
        QVERIFY(scenario.report.contains(QStringLiteral("load")));

        // min>0 has no criterion; the other four do.
        QCOMPARE(result.criteria.size(), std::size_t(4));
        const CriterionOutcome* p95 = criterion(result, QStringLiteral("http_req_duration p(95)<500"));
        QVERIFY(p95);
        QCOMPARE(p95->criterion.metric, Criterion::Metric::P95);
        QCOMPARE(p95->criterion.comparison, Criterion::Comparison::Less);
        QCOMPARE(p95->criterion.threshold, 500.0);
        QVERIFY(p95->passed && p95->measured);
        QVERIFY(p95->margin > 400);
        const CriterionOutcome* med = criterion(result, QStringLiteral("http_req_duration med<300"));
        QVERIFY(med);
        QCOMPARE(med->criterion.metric, Criterion::Metric::P50);
        const CriterionOutcome* materials =
            criterion(result, QStringLiteral("http_req_duration{endpoint:materials} p(99)<=800"));
        QVERIFY(materials);
        QCOMPARE(materials->criterion.endpoint, QStringLiteral("materials"));
        QCOMPARE(materials->criterion.metric, Criterion::Metric::P99);
        const CriterionOutcome* errors = criterion(result, QStringLiteral("errors rate==0"));
        QVERIFY(errors);
        QCOMPARE(errors->criterion.metric, Criterion::Metric::ErrorRate);
        QCOMPARE(errors->criterion.comparison, Criterion::Comparison::Equal);
        QCOMPARE(errors->value, 0.0);
        QVERIFY(result.passed());
        QVERIFY(!criterion(result, QStringLiteral("http_req_duration min>0")));

        const StoredRunVerdict verdict = storedRunVerdict(run->report, run->info.state);
        QCOMPARE(verdict.criteria, 4);
        QVERIFY(verdict.passed());
    }

    void noThresholdsRendersWithoutVerdict()
    {
        Recorded recorded;
        const std::optional<load::StoredRun> run = recorded.record(false, load::RunEnd::Completed);
        QVERIFY(run);
        const PlanResult result = planResultFromStoredRun(*run);
        QVERIFY(result.criteria.empty());
        QVERIFY(result.error.isEmpty());
        QVERIFY(!storedRunVerdict(run->report, run->info.state).judged());
        const ReportDocument document = buildReport(result, {});
        for (const ReportBlock& block : document.blocks)
            QVERIFY2(block.kind != ReportBlock::Kind::Verdict, "no verdict without criteria");
        QString error;
        const QByteArray html = HtmlReportWriter::render(document, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        QVERIFY(html.contains("No criteria were set"));
        QVERIFY(!html.contains("were not met"));
        const QByteArray pdf = PdfReportWriter::render(document, &error);
        QVERIFY2(pdf.startsWith("%PDF"), qPrintable(error));
        // The preview lays out the PDF's pages.
        const std::vector<QImage> pages = ReportPreview::render(document, 40, &error);
        QCOMPARE(int(pages.size()), pdfPages(pdf));
        QCOMPARE(pages.front().width(), 331); // A4 at 40 dpi
        const QByteArray chinese =
            HtmlReportWriter::render(buildReport(result, {QStringLiteral("zh"), {}}), &error);
        QVERIFY(chinese.contains(QStringLiteral("未设置验收标准").toUtf8()));
        // The machine-read formats say the same: no verdict, not a failure.
        QCOMPARE(result.verdict(), QStringLiteral("NONE"));
        QCOMPARE(result.toJson().value(QStringLiteral("verdict")).toString(), QStringLiteral("NONE"));
        QVERIFY(toCsv(result).contains("verdict,"));
        QVERIFY(!toCsv(result).contains("FAIL"));
    }

    void cancelledRunFailsWithWhy()
    {
        Recorded recorded;
        const std::optional<load::StoredRun> run = recorded.record(true, load::RunEnd::Cancelled);
        QVERIFY(run);
        const PlanResult result = planResultFromStoredRun(*run);
        QCOMPARE(result.error, QStringLiteral("the load run was cancelled"));
        QVERIFY(!result.passed());
        QVERIFY(!storedRunVerdict(run->report, run->info.state).passed());
    }

    void killedRunIsReportedFromItsSeconds()
    {
        Recorded recorded;
        const std::optional<load::StoredRun> run = recorded.record(true, std::nullopt);
        QVERIFY(run);
        QVERIFY(run->report.isEmpty());
        const PlanResult result = planResultFromStoredRun(*run);
        QCOMPARE(result.error, QStringLiteral("the load run did not finish"));
        const QJsonObject load = result.scenarios.front().report.value(QStringLiteral("load")).toObject();
        QCOMPARE(
            load.value(QStringLiteral("totals")).toObject().value(QStringLiteral("requests")).toInteger(),
            qint64(600));
        QCOMPARE(result.scenarios.front().timeline.size(), std::size_t(3));
    }
};

QTEST_MAIN(TestStoredRunReport)
#include "tst_storedrunreport.moc"
