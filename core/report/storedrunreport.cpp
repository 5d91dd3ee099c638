#include "storedrunreport.h"

#include "loadrunreport.h"
#include "perfdashversion.h"

#include <QJsonArray>
#include <QSysInfo>
#include <optional>

namespace report {

namespace {
using Metric = Criterion::Metric;

std::optional<Metric> durationMetric(const load::Threshold& threshold)
{
    using Aggregation = load::Threshold::Aggregation;
    if (threshold.aggregation == Aggregation::Avg)
        return Metric::Mean;
    if (threshold.aggregation == Aggregation::Max)
        return Metric::Max;
    if (threshold.aggregation == Aggregation::Med)
        return Metric::P50;
    if (threshold.aggregation != Aggregation::Percentile)
        return std::nullopt;
    const std::pair<double, Metric> percentiles[] = {
        {50, Metric::P50}, {90, Metric::P90}, {95, Metric::P95}, {99, Metric::P99}};
    for (const auto& [percentile, metric] : percentiles)
        if (threshold.percentile == percentile)
            return metric;
    return std::nullopt;
}

// The criterion's metric; `scale` converts the threshold's unit to the criterion's (an error rate
// is 0..1 in k6, % in a criterion).
std::optional<Metric> metricOf(const load::Threshold& threshold, double* scale)
{
    using Aggregation = load::Threshold::Aggregation;
    *scale = 1;
    if (threshold.metric == load::Threshold::Metric::Duration)
        return durationMetric(threshold);
    if (threshold.metric != load::Threshold::Metric::Errors)
        return std::nullopt;
    if (threshold.aggregation == Aggregation::Count)
        return Metric::ErrorCount;
    if (threshold.aggregation != Aggregation::Rate)
        return std::nullopt;
    *scale = 100;
    return Metric::ErrorRate;
}

std::optional<Criterion::Comparison> comparisonOf(load::Threshold::Comparison comparison)
{
    using From = load::Threshold::Comparison;
    using To = Criterion::Comparison;
    const std::pair<From, To> map[] = {{From::Less, To::Less},
                                       {From::LessOrEqual, To::LessOrEqual},
                                       {From::Greater, To::Greater},
                                       {From::GreaterOrEqual, To::GreaterOrEqual},
                                       {From::Equal, To::Equal}};
    for (const auto& [from, to] : map)
        if (from == comparison)
            return to;
    return std::nullopt; // != has no criterion
}

QString endText(const QString& state)
{
    return state == QLatin1String("running") ? QStringLiteral("the load run did not finish")
                                             : QStringLiteral("the load run was %1").arg(state);
}

// A run killed before it finished has no report: one from its stored seconds.
QJsonObject reportOf(const load::StoredRun& run)
{
    if (!run.report.isEmpty())
        return run.report;
    load::LoadRunReport rebuilt;
    QStringList errors;
    load::Scenario::fromJson(run.config.value(QStringLiteral("scenario")).toObject(), &rebuilt.scenario,
                             &errors);
    rebuilt.target = run.info.target;
    rebuilt.load = run.result;
    return rebuilt.toJson();
}
} // namespace

bool criterionFromThreshold(const QJsonObject& threshold, const QString& scenario, CriterionOutcome* outcome)
{
    const QString key = threshold.value(QStringLiteral("metric")).toString();
    const QString expression = threshold.value(QStringLiteral("threshold")).toString();
    load::Threshold parsed;
    QString error;
    if (!load::Threshold::parseKey(key, &parsed, &error) ||
        !load::Threshold::parseExpression(expression, &parsed, &error))
        return false;
    double scale = 1;
    const std::optional<Metric> metric = metricOf(parsed, &scale);
    const std::optional<Criterion::Comparison> comparison = comparisonOf(parsed.comparison);
    if (!metric || !comparison)
        return false;
    Criterion& criterion = outcome->criterion;
    criterion.metric = *metric;
    criterion.comparison = *comparison;
    criterion.id = key + QLatin1Char(' ') + expression;
    criterion.title = criterion.id;
    criterion.scenario = scenario;
    criterion.endpoint = parsed.endpoint;
    criterion.threshold = parsed.value * scale;
    outcome->measured = threshold.value(QStringLiteral("measured")).toBool();
    outcome->value = threshold.value(QStringLiteral("value")).toDouble() * scale;
    outcome->passed = threshold.value(QStringLiteral("passed")).toBool();
    outcome->margin = criterion.margin(outcome->value);
    outcome->detail = QStringLiteral("k6 threshold of the scenario");
    return true;
}

StoredRunVerdict storedRunVerdict(const QJsonObject& report, const QString& state)
{
    StoredRunVerdict verdict;
    verdict.completed = state == QLatin1String("completed");
    for (const QJsonValue& threshold : report.value(QStringLiteral("thresholds")).toArray()) {
        CriterionOutcome outcome;
        if (!criterionFromThreshold(threshold.toObject(), {}, &outcome))
            continue;
        ++verdict.criteria;
        verdict.failed += outcome.passed ? 0 : 1;
    }
    return verdict;
}

PlanResult planResultFromStoredRun(const load::StoredRun& run)
{
    PlanResult result;
    result.planName = QStringLiteral("load run #%1").arg(run.info.id);
    result.system = run.info.name;
    result.target = run.info.target;
    result.clientHost = QSysInfo::machineHostName(); // the workspace file is this machine's
    result.perfdashVersion = QStringLiteral(PERFDASH_VERSION_STRING);
    result.startedMs = run.info.startedMs;
    result.finishedMs = run.info.startedMs + run.result.durationMs;
    if (run.info.state != QLatin1String("completed"))
        result.error = endText(run.info.state);

    ScenarioOutcome scenario;
    scenario.name = run.info.name;
    scenario.description = run.config.value(QStringLiteral("scenario"))
                               .toObject()
                               .value(QStringLiteral("description"))
                               .toString();
    scenario.startedMs = result.startedMs;
    scenario.finishedMs = result.finishedMs;
    scenario.report = reportOf(run);
    for (const load::LoadSecond& second : run.result.seconds)
        scenario.timeline.push_back(TimelinePoint::of(second));
    for (const QJsonValue& threshold : scenario.report.value(QStringLiteral("thresholds")).toArray()) {
        CriterionOutcome outcome;
        if (criterionFromThreshold(threshold.toObject(), scenario.name, &outcome))
            result.criteria.push_back(outcome);
    }
    result.scenarios.push_back(std::move(scenario));
    return result;
}

} // namespace report
