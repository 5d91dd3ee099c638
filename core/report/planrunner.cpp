#include "planrunner.h"

#include "acceptancehttp.h"
#include "loadrun.h"
#include "perfdashversion.h"
#include "planwatch.h"

#include <QDateTime>
#include <QStringList>
#include <QSysInfo>

namespace report {

namespace {
std::int64_t now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString overridesText(const load::ScenarioOverrides& overrides)
{
    QStringList parts;
    if (overrides.durationMs > 0)
        parts.append(QStringLiteral("duration %1 s").arg(double(overrides.durationMs) / 1000.0));
    if (overrides.users > 0)
        parts.append(QStringLiteral("users %1").arg(overrides.users));
    if (overrides.rate > 0)
        parts.append(QStringLiteral("rate %1/s").arg(overrides.rate));
    if (overrides.maxRequests > 0)
        parts.append(QStringLiteral("max requests %1").arg(overrides.maxRequests));
    return parts.join(QStringLiteral(", "));
}

// Load, then the cache and batch steps, of one scenario; false with `error` when it could not run.
bool runScenario(const load::Scenario& scenario, const QString& target, const PlanRunner::Progress& progress,
                 const std::atomic<bool>* cancel, load::LoadRunReport* report, ScenarioOutcome* outcome,
                 QString* error)
{
    report->scenario = scenario;
    report->target = target;
    outcome->name = scenario.name;
    outcome->description = scenario.description;
    outcome->startedMs = now();
    if (scenario.hasLoad()) {
        load::LoadPlan plan;
        QStringList errors;
        if (!scenario.compile(target, &plan, &errors)) {
            *error = QStringLiteral("scenario %1: %2").arg(scenario.name, errors.join(QStringLiteral("; ")));
            return false;
        }
        if (const QString problem = load::planError(plan); !problem.isEmpty()) {
            *error = QStringLiteral("scenario %1: %2").arg(scenario.name, problem);
            return false;
        }
        report->load = load::runLoad(
            plan,
            [&](const load::LoadSecond& second) {
                outcome->timeline.push_back(TimelinePoint::of(second));
                if (progress)
                    progress(QStringLiteral("  %1 s: %2 requests, %3 errors, P95 %4 ms")
                                 .arg(second.second + 1)
                                 .arg(second.total.requests)
                                 .arg(second.total.errorCount())
                                 .arg(outcome->timeline.back().p95Ms, 0, 'f', 1));
            },
            cancel);
        if (report->load->end == load::RunEnd::Failed) {
            *error = QStringLiteral("scenario %1: %2").arg(scenario.name, report->load->error);
            return false;
        }
        const load::EndpointFigures& total = report->load->totals.total;
        if (total.requests > 0 && total.errors[std::size_t(load::ErrorKind::Connect)] == total.requests) {
            *error = QStringLiteral("cannot connect to %1: every request failed to connect").arg(target);
            return false;
        }
        report->thresholds = load::evaluateThresholds(scenario.thresholds, *report->load);
    }
    const bool cancelled = [&] { return cancel && cancel->load(); }();
    if (scenario.cacheSecondAccess && !cancelled)
        report->cache = load::CacheSecondAccess::run(*scenario.cacheSecondAccess, target, scenario.verifyTls);
    for (const load::BatchOperation::Config& check : scenario.batch) {
        if (cancel && cancel->load())
            break;
        report->batch.push_back(load::BatchOperation::run(check, target, scenario.verifyTls));
    }
    outcome->finishedMs = now();
    return true;
}
PlanWatch::Sources watchedSources(const AcceptancePlan& plan, const QString& target,
                                  const PlanRunner::Options& options)
{
    PlanWatch::Sources sources;
    sources.metricsUrl = plan.metricsUrl.isEmpty() ? QString() : load::joinUrl(target, plan.metricsUrl);
    sources.intervalMs = plan.metricsIntervalMs;
    sources.postgres = options.postgres;
    sources.redis = options.redis;
    sources.alertRules = options.alertRules;
    return sources;
}

void addAlerts(std::vector<AlertRecord> records, const PlanRunner::Progress& progress, PlanResult* result)
{
    for (AlertRecord& record : records) {
        if (progress)
            progress(QStringLiteral("  alert %1 %2: %3 -> %4")
                         .arg(record.rule, record.instance, record.from, record.to));
        result->alerts.push_back(std::move(record));
    }
}
} // namespace

PlanResult PlanRunner::run(const AcceptancePlan& plan, const Options& options, const Progress& progress,
                           const std::atomic<bool>* cancel)
{
    PlanResult result;
    result.planName = plan.name;
    result.system = plan.system;
    result.version = plan.version;
    result.target = !options.target.isEmpty() ? options.target
                    : !plan.target.isEmpty()  ? plan.target
                                              : defaultTarget;
    result.ranBy = options.ranBy;
    result.clientHost = QSysInfo::machineHostName();
    result.perfdashVersion = QStringLiteral(PERFDASH_VERSION_STRING);
    result.overrides = overridesText(options.overrides);
    result.startedMs = now();

    PlanWatch watch(watchedSources(plan, result.target, options), result.startedMs);
    watch.start();
    std::vector<load::LoadRunReport> reports;
    for (load::Scenario scenario : plan.scenarios) {
        if (cancel && cancel->load()) {
            result.error = QStringLiteral("interrupted before scenario %1").arg(scenario.name);
            break;
        }
        scenario.apply(options.overrides);
        scenario.allowRemote = scenario.allowRemote || options.allowRemote;
        if (progress)
            progress(QStringLiteral("scenario %1 against %2").arg(scenario.name, result.target));
        load::LoadRunReport report;
        ScenarioOutcome outcome;
        QString error;
        const std::int64_t started = now();
        watch.sampleNow();
        const bool ran = runScenario(scenario, result.target, progress, cancel, &report, &outcome, &error);
        watch.sampleNow();
        // The window the collectors' figures are summarised over includes both extra samples.
        outcome.startedMs = started;
        outcome.finishedMs = now();
        outcome.report = report.toJson();
        reports.push_back(std::move(report));
        result.scenarios.push_back(std::move(outcome));
        addAlerts(watch.alertsUntil(result.scenarios.back().finishedMs), progress, &result);
        if (!ran) {
            result.error = error;
            break;
        }
    }
    watch.stop();
    for (ScenarioOutcome& outcome : result.scenarios)
        watch.summarise(&outcome);
    addAlerts(watch.alertsUntil(now()), progress, &result);
    result.alertRules = watch.alertRules();
    result.alertError = watch.alertError();
    if (result.error.isEmpty() && cancel && cancel->load())
        result.error = QStringLiteral("interrupted; the figures are what was measured until then");
    result.criteria = judge(plan, reports);
    result.finishedMs = now();
    return result;
}

std::vector<CriterionOutcome> PlanRunner::judge(const AcceptancePlan& plan,
                                                const std::vector<load::LoadRunReport>& reports)
{
    std::vector<CriterionOutcome> outcomes;
    for (const Criterion& criterion : plan.criteria) {
        const auto report =
            std::find_if(reports.begin(), reports.end(), [&](const load::LoadRunReport& candidate) {
                return candidate.scenario.name == criterion.scenario;
            });
        if (report != reports.end()) {
            outcomes.push_back(evaluateCriterion(criterion, *report));
            continue;
        }
        CriterionOutcome missing;
        missing.criterion = criterion;
        missing.detail = QStringLiteral("scenario %1 did not run").arg(criterion.scenario);
        outcomes.push_back(missing);
    }
    return outcomes;
}

} // namespace report
