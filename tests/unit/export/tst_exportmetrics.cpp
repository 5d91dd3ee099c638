// The metric families of a load run and of an acceptance result: names, labels, values in base
// units and timestamps, from figures whose answers are known.
#include "acceptancemetrics.h"
#include "loadrunstore.h"
#include "planresult.h"
#include "runmetrics.h"

#include <QFile>
#include <QTest>

using exporting::ExportFamily;
using exporting::ExportSeries;
using exporting::Labels;

namespace {
const ExportFamily* family(const std::vector<ExportFamily>& families, const QString& name)
{
    for (const ExportFamily& f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// The series of `f` whose labels include every one of `wanted` (and no endpoint unless asked).
const ExportSeries* series(const ExportFamily* f, const Labels& wanted, const QString& suffix = {})
{
    for (const ExportSeries& s : f->series) {
        bool all = s.suffix == suffix &&
                   (wanted.count(QStringLiteral("endpoint")) || !s.labels.count(QStringLiteral("endpoint")));
        for (const auto& [name, value] : wanted)
            all = all && s.labels.count(name) && s.labels.at(name) == value;
        if (all)
            return &s;
    }
    return nullptr;
}

load::EndpointFigures figures(std::int64_t requests, std::int64_t firstUs, std::int64_t stepUs)
{
    load::EndpointFigures f;
    f.requests = requests;
    f.bytesReceived = requests * 100;
    for (std::int64_t i = 0; i < requests; ++i)
        f.latency.record(firstUs + i * stepUs);
    return f;
}

// Two seconds of two endpoints; the totals are their sums.
load::StoredRun storedRun()
{
    load::StoredRun run;
    run.info.id = 7;
    run.info.name = QStringLiteral("core-100-users");
    run.info.target = QStringLiteral("http://127.0.0.1:8088");
    run.endpoints = {QStringLiteral("customers"), QStringLiteral("orders")};
    run.result.startedMs = 1'700'000'000'000;
    run.result.durationMs = 2000;
    for (int s = 0; s < 2; ++s) {
        load::LoadSecond second;
        second.second = s;
        second.startedMs = run.result.startedMs + s * 1000;
        second.activeUsers = 4;
        second.endpoints = {figures(100, 1000, 10), figures(50, 5000, 100)};
        second.endpoints[1].errors[std::size_t(load::ErrorKind::Status5xx)] = 3;
        for (const auto& e : second.endpoints)
            second.total.add(e);
        run.result.seconds.push_back(second);
        run.result.totals.total.add(second.total);
    }
    run.result.totals.endpoints = {run.result.seconds[0].endpoints[0], run.result.seconds[0].endpoints[1]};
    run.result.totals.endpoints[0].add(run.result.seconds[1].endpoints[0]);
    run.result.totals.endpoints[1].add(run.result.seconds[1].endpoints[1]);
    return run;
}
} // namespace

class TestExportMetrics : public QObject
{
    Q_OBJECT

private slots:
    void runTotalsAreCountersLabelledWithTheRun()
    {
        const load::StoredRun run = storedRun();
        const auto families = exporting::RunMetrics::build(run, false);
        const ExportFamily* requests = family(families, QStringLiteral("perfdash_load_requests"));
        QVERIFY(requests);
        QCOMPARE(requests->type, ExportFamily::Type::Counter);
        QCOMPARE(requests->sampleName(requests->series[0]), QStringLiteral("perfdash_load_requests_total"));
        const ExportSeries* total = series(requests, {});
        QVERIFY(total);
        QCOMPARE(total->samples.at(0).value, 300.0);
        QCOMPARE(*total->samples.at(0).timestampMs, 1'700'000'002'000);
        QCOMPARE(total->labels.at(QStringLiteral("run")), QStringLiteral("7"));
        QCOMPARE(total->labels.at(QStringLiteral("scenario")), QStringLiteral("core-100-users"));
        QCOMPARE(total->labels.at(QStringLiteral("target")), QStringLiteral("http://127.0.0.1:8088"));
        QCOMPARE(series(requests, {{QStringLiteral("endpoint"), QStringLiteral("orders")}})->samples[0].value,
                 100.0);
        const ExportFamily* errors = family(families, QStringLiteral("perfdash_load_errors"));
        QCOMPARE(series(errors, {{QStringLiteral("kind"), QStringLiteral("status_5xx")}})->samples[0].value,
                 6.0);
        QCOMPARE(series(errors, {{QStringLiteral("kind"), QStringLiteral("timeout")}})->samples[0].value,
                 0.0);
        QCOMPARE(
            series(family(families, QStringLiteral("perfdash_load_duration_seconds")), {})->samples[0].value,
            2.0);
        QVERIFY(!family(families, QStringLiteral("perfdash_load_second_requests"))); // no timeline asked
    }

    void latencyIsASummaryInSeconds()
    {
        const load::StoredRun run = storedRun();
        const auto families = exporting::RunMetrics::build(run, false);
        const ExportFamily* latency = family(families, QStringLiteral("perfdash_load_latency_seconds"));
        QVERIFY(latency);
        QCOMPARE(latency->type, ExportFamily::Type::Summary);
        QCOMPARE(latency->unit, QStringLiteral("seconds"));
        const load::LatencyHistogram& all = run.result.totals.total.latency;
        QCOMPARE(series(latency, {{QStringLiteral("quantile"), QStringLiteral("0.95")}})->samples[0].value,
                 double(all.valueAtPercentileUs(95)) / 1e6);
        QCOMPARE(series(latency, {{QStringLiteral("quantile"), QStringLiteral("0.999")}})->samples[0].value,
                 double(all.valueAtPercentileUs(99.9)) / 1e6);
        const load::LatencyHistogram& orders = run.result.totals.endpoints[1].latency;
        QCOMPARE(series(latency, {{QStringLiteral("endpoint"), QStringLiteral("orders")},
                                  {QStringLiteral("quantile"), QStringLiteral("0.5")}})
                     ->samples[0]
                     .value,
                 double(orders.valueAtPercentileUs(50)) / 1e6);
        QCOMPARE(series(latency, {}, QStringLiteral("_count"))->samples[0].value, 300.0);
        QCOMPARE(latency->sampleName(*series(latency, {}, QStringLiteral("_sum"))),
                 QStringLiteral("perfdash_load_latency_seconds_sum"));
        QVERIFY(qAbs(series(latency, {}, QStringLiteral("_sum"))->samples[0].value -
                     all.meanUs() * 300 / 1e6) < 1e-9);
    }

    void timelineHasOneSampleAtTheEndOfEachSecond()
    {
        const load::StoredRun run = storedRun();
        const auto families = exporting::RunMetrics::build(run, true);
        const ExportSeries& rps =
            family(families, QStringLiteral("perfdash_load_second_requests"))->series.at(0);
        QCOMPARE(rps.samples.size(), std::size_t(2));
        QCOMPARE(rps.samples[0].value, 150.0);
        QCOMPARE(*rps.samples[0].timestampMs, 1'700'000'001'000);
        QCOMPARE(*rps.samples[1].timestampMs, 1'700'000'002'000);
        const ExportFamily* p = family(families, QStringLiteral("perfdash_load_second_latency_seconds"));
        QCOMPARE(series(p, {{QStringLiteral("quantile"), QStringLiteral("0.95")}})->samples[1].value,
                 double(run.result.seconds[1].total.latency.valueAtPercentileUs(95)) / 1e6);
        QCOMPARE(family(families, QStringLiteral("perfdash_load_second_errors"))->series[0].samples[0].value,
                 3.0);
        QCOMPARE(rps.labels.at(QStringLiteral("run")), QStringLiteral("7"));
    }

    void acceptanceVerdictsInBaseUnits()
    {
        QFile file(QStringLiteral(PERFDASH_SOURCE_DIR "/resources/samples/acceptance-result.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        report::PlanResult result;
        QString error;
        QVERIFY2(report::PlanResult::fromJsonText(file.readAll(), &result, &error), qPrintable(error));
        const auto families = exporting::AcceptanceMetrics::build(result);
        const ExportSeries& passed =
            family(families, QStringLiteral("perfdash_acceptance_passed"))->series.at(0);
        QCOMPARE(passed.samples[0].value, result.passed() ? 1.0 : 0.0);
        QCOMPARE(*passed.samples[0].timestampMs, result.finishedMs);
        QCOMPARE(passed.labels.at(QStringLiteral("plan")), result.planName);
        QCOMPARE(passed.labels.at(QStringLiteral("system")), result.system);
        const ExportFamily* criteria =
            family(families, QStringLiteral("perfdash_acceptance_criterion_passed"));
        QCOMPARE(criteria->series.size(), result.criteria.size());
        const report::CriterionOutcome& p95 = result.criteria.at(0);
        QCOMPARE(p95.criterion.id, QStringLiteral("core-p95"));
        const Labels id{{QStringLiteral("criterion"), QStringLiteral("core-p95")}};
        QCOMPARE(series(family(families, QStringLiteral("perfdash_acceptance_criterion_value_seconds")), id)
                     ->samples[0]
                     .value,
                 p95.value / 1000);
        QCOMPARE(
            series(family(families, QStringLiteral("perfdash_acceptance_criterion_threshold_seconds")), id)
                ->samples[0]
                .value,
            0.5);
        QCOMPARE(series(criteria, id)->labels.at(QStringLiteral("required")), QStringLiteral("true"));
        const Labels errors{{QStringLiteral("criterion"), QStringLiteral("zero-errors")}};
        QVERIFY(series(family(families, QStringLiteral("perfdash_acceptance_criterion_value")), errors));
    }
};

QTEST_GUILESS_MAIN(TestExportMetrics)
#include "tst_exportmetrics.moc"
