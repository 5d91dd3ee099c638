#include "criterion.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace report {

namespace {
struct MetricName
{
    Criterion::Metric metric;
    const char* name;
};
constexpr MetricName metricNames[] = {
    {Criterion::Metric::P50, "p50"},
    {Criterion::Metric::P90, "p90"},
    {Criterion::Metric::P95, "p95"},
    {Criterion::Metric::P99, "p99"},
    {Criterion::Metric::Mean, "avg"},
    {Criterion::Metric::Max, "max"},
    {Criterion::Metric::ErrorRate, "errorRate"},
    {Criterion::Metric::ErrorCount, "errors"},
    {Criterion::Metric::CacheImprovement, "cacheImprovement"},
    {Criterion::Metric::Batch, "batch"},
};

struct ComparisonName
{
    Criterion::Comparison comparison;
    const char* text;
};
// Two-character operators first, so "<=" is not read as "<".
constexpr ComparisonName comparisonNames[] = {
    {Criterion::Comparison::LessOrEqual, "<="}, {Criterion::Comparison::GreaterOrEqual, ">="},
    {Criterion::Comparison::Equal, "=="},       {Criterion::Comparison::Less, "<"},
    {Criterion::Comparison::Greater, ">"},
};

QString comparisonText(Criterion::Comparison comparison)
{
    for (const ComparisonName& entry : comparisonNames)
        if (entry.comparison == comparison)
            return QLatin1String(entry.text);
    return {};
}

bool parseThreshold(const QString& text, Criterion* criterion)
{
    const QString trimmed = text.trimmed();
    for (const ComparisonName& entry : comparisonNames) {
        if (!trimmed.startsWith(QLatin1String(entry.text)))
            continue;
        bool ok = false;
        const double value = trimmed.mid(qsizetype(std::strlen(entry.text))).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return false;
        criterion->comparison = entry.comparison;
        criterion->threshold = value;
        return true;
    }
    return false;
}

double percentileOf(Criterion::Metric metric)
{
    switch (metric) {
    case Criterion::Metric::P50:
        return 50;
    case Criterion::Metric::P90:
        return 90;
    case Criterion::Metric::P95:
        return 95;
    default:
        return 99;
    }
}

double latencyMs(Criterion::Metric metric, const load::LatencyHistogram& latency)
{
    if (metric == Criterion::Metric::Mean)
        return latency.meanUs() / 1000.0;
    if (metric == Criterion::Metric::Max)
        return double(latency.maxUs()) / 1000.0;
    return double(latency.valueAtPercentileUs(percentileOf(metric))) / 1000.0;
}

bool isLatency(Criterion::Metric metric)
{
    return metric == Criterion::Metric::P50 || metric == Criterion::Metric::P90 ||
           metric == Criterion::Metric::P95 || metric == Criterion::Metric::P99 ||
           metric == Criterion::Metric::Mean || metric == Criterion::Metric::Max;
}

// The endpoint figures the criterion looks at: one named endpoint, or each endpoint with answers.
std::vector<std::pair<QString, const load::EndpointFigures*>> endpointsOf(const Criterion& criterion,
                                                                          const load::LoadRunReport& report)
{
    std::vector<std::pair<QString, const load::EndpointFigures*>> chosen;
    const auto& endpoints = report.load->totals.endpoints;
    for (std::size_t i = 0; i < endpoints.size() && i < report.scenario.requests.size(); ++i) {
        const QString& name = report.scenario.requests[i].name;
        if (criterion.endpoint.isEmpty() || criterion.endpoint == name)
            chosen.emplace_back(name, &endpoints[i]);
    }
    return chosen;
}

void judgeLatency(const Criterion& criterion, const load::LoadRunReport& report, CriterionOutcome* outcome)
{
    QString worst;
    for (const auto& [name, figures] : endpointsOf(criterion, report)) {
        if (figures->latency.count() == 0)
            continue;
        const double value = latencyMs(criterion.metric, figures->latency);
        // "Worst" is the endpoint with the least margin, whichever way the comparison points.
        if (!outcome->measured || criterion.margin(value) < criterion.margin(outcome->value)) {
            outcome->value = value;
            worst = name;
        }
        outcome->measured = true;
    }
    if (outcome->measured)
        outcome->detail = criterion.endpoint.isEmpty() ? QStringLiteral("worst endpoint: %1").arg(worst)
                                                       : QStringLiteral("endpoint %1").arg(worst);
}

void judgeErrors(const Criterion& criterion, const load::LoadRunReport& report, CriterionOutcome* outcome)
{
    std::int64_t requests = 0;
    std::int64_t errors = 0;
    for (const auto& endpoint : endpointsOf(criterion, report)) {
        requests += endpoint.second->requests;
        errors += endpoint.second->errorCount();
    }
    if (requests == 0)
        return;
    outcome->measured = true;
    outcome->value = criterion.metric == Criterion::Metric::ErrorCount
                         ? double(errors)
                         : 100.0 * double(errors) / double(requests);
    outcome->detail = QStringLiteral("%1 of %2 requests failed; %3 users for %4 s")
                          .arg(errors)
                          .arg(requests)
                          .arg(report.scenario.users)
                          .arg(double(report.load->durationMs) / 1000.0, 0, 'f', 1);
}
} // namespace

Criterion Criterion::fromJson(const QJsonObject& object, const QString& path, QStringList* errors)
{
    load::ScenarioFields fields(object, path, errors);
    fields.allowOnly({"id", "title", "titleZh", "scenario", "endpoint", "metric", "threshold", "required"});
    Criterion criterion;
    criterion.id = fields.string("id", {}, true);
    criterion.scenario = fields.string("scenario", {}, true);
    criterion.endpoint = fields.string("endpoint");
    criterion.required = fields.boolean("required", true);
    const QString metric = fields.string("metric", {}, true);
    bool known = metric.isEmpty();
    for (const MetricName& entry : metricNames) {
        if (metric == QLatin1String(entry.name)) {
            criterion.metric = entry.metric;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const MetricName& entry : metricNames)
            names.append(QLatin1String(entry.name));
        fields.fail("metric", QStringLiteral("unknown metric \"%1\"; expected one of %2")
                                  .arg(metric, names.join(QStringLiteral(", "))));
    }
    const QString threshold = fields.string("threshold", {}, true);
    if (!threshold.isEmpty() && !parseThreshold(threshold, &criterion))
        fields.fail(
            "threshold",
            QStringLiteral("expected an operator and a number such as \"<=500\", got \"%1\"").arg(threshold));
    if (!criterion.endpoint.isEmpty() &&
        (criterion.metric == Metric::CacheImprovement || criterion.metric == Metric::Batch))
        fields.fail("endpoint", QStringLiteral("only latency and error metrics look at one endpoint"));
    criterion.title = fields.string("title");
    criterion.titleZh = fields.string("titleZh");
    if (criterion.title.isEmpty())
        criterion.title = criterion.metricName() + QLatin1Char(' ') + criterion.thresholdText();
    return criterion;
}

QJsonObject Criterion::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("metric"), metricName()},
        {QStringLiteral("threshold"), QString(comparisonText(comparison) + QString::number(threshold))},
        {QStringLiteral("required"), required}};
    if (!endpoint.isEmpty())
        object.insert(QStringLiteral("endpoint"), endpoint);
    if (!titleZh.isEmpty())
        object.insert(QStringLiteral("titleZh"), titleZh);
    return object;
}

QString Criterion::metricName() const
{
    for (const MetricName& entry : metricNames)
        if (entry.metric == metric)
            return QLatin1String(entry.name);
    return {};
}

QString Criterion::unit() const
{
    if (isLatency(metric) || metric == Metric::Batch)
        return QStringLiteral("ms");
    if (metric == Metric::ErrorRate || metric == Metric::CacheImprovement)
        return QStringLiteral("%");
    return {};
}

QString Criterion::thresholdText() const
{
    return comparisonText(comparison) + QLatin1Char(' ') + formatValue(threshold, unit());
}

bool Criterion::passes(double measured) const
{
    switch (comparison) {
    case Comparison::Less:
        return measured < threshold;
    case Comparison::LessOrEqual:
        return measured <= threshold;
    case Comparison::Greater:
        return measured > threshold;
    case Comparison::GreaterOrEqual:
        return measured >= threshold;
    case Comparison::Equal:
        return measured == threshold;
    }
    return false;
}

double Criterion::margin(double measured) const
{
    switch (comparison) {
    case Comparison::Less:
    case Comparison::LessOrEqual:
        return threshold - measured;
    case Comparison::Greater:
    case Comparison::GreaterOrEqual:
        return measured - threshold;
    case Comparison::Equal:
        return -std::abs(measured - threshold);
    }
    return 0;
}

QJsonObject CriterionOutcome::toJson() const
{
    QJsonObject object = criterion.toJson();
    object.insert(QStringLiteral("measured"), measured);
    object.insert(QStringLiteral("value"), value);
    object.insert(QStringLiteral("unit"), criterion.unit());
    object.insert(QStringLiteral("margin"), margin);
    object.insert(QStringLiteral("passed"), passed);
    object.insert(QStringLiteral("verdict"), passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    object.insert(QStringLiteral("detail"), detail);
    return object;
}

CriterionOutcome CriterionOutcome::fromJson(const QJsonObject& object)
{
    CriterionOutcome outcome;
    QStringList ignored; // a saved result was written by perfdash; read what is there
    outcome.criterion = Criterion::fromJson(
        [&] {
            QJsonObject plain;
            for (const char* key :
                 {"id", "title", "titleZh", "scenario", "endpoint", "metric", "threshold", "required"})
                if (object.contains(QLatin1String(key)))
                    plain.insert(QLatin1String(key), object.value(QLatin1String(key)));
            return plain;
        }(),
        QStringLiteral("criteria"), &ignored);
    outcome.measured = object.value(QStringLiteral("measured")).toBool();
    outcome.value = object.value(QStringLiteral("value")).toDouble();
    outcome.margin = object.value(QStringLiteral("margin")).toDouble();
    outcome.passed = object.value(QStringLiteral("passed")).toBool();
    outcome.detail = object.value(QStringLiteral("detail")).toString();
    return outcome;
}

QString CriterionOutcome::valueText() const
{
    return measured ? formatValue(value, criterion.unit()) : QStringLiteral("not measured");
}

QString CriterionOutcome::marginText() const
{
    if (!measured)
        return QStringLiteral("-");
    const QString text = formatValue(margin, criterion.unit());
    return margin > 0 ? QString(QLatin1Char('+') + text) : text;
}

QString formatValue(double value, const QString& unit)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude == std::floor(magnitude) && magnitude >= 100 ? 0
                         : magnitude >= 100                                     ? 1
                                                                                : 2;
    const QString number =
        QString::number(value, 'f', unit.isEmpty() && value == std::floor(value) ? 0 : decimals);
    if (unit.isEmpty())
        return number;
    return unit == QLatin1String("%") ? QString(number + QStringLiteral(" %"))
                                      : QString(number + QLatin1Char(' ') + unit);
}

CriterionOutcome evaluateCriterion(const Criterion& criterion, const load::LoadRunReport& report)
{
    CriterionOutcome outcome;
    outcome.criterion = criterion;
    const bool loadRan = report.load && report.load->end != load::RunEnd::Failed;
    if (isLatency(criterion.metric) && loadRan) {
        judgeLatency(criterion, report, &outcome);
    } else if ((criterion.metric == Criterion::Metric::ErrorRate ||
                criterion.metric == Criterion::Metric::ErrorCount) &&
               loadRan) {
        judgeErrors(criterion, report, &outcome);
    } else if (criterion.metric == Criterion::Metric::CacheImprovement && report.cache) {
        outcome.measured = !report.cache->keys.empty();
        outcome.value = report.cache->improvementP50 * 100.0;
        outcome.detail = QStringLiteral("%1 keys; cold P50 %2 ms, warm P50 %3 ms")
                             .arg(report.cache->keys.size())
                             .arg(report.cache->coldP50Ms, 0, 'f', 2)
                             .arg(report.cache->warmP50Ms, 0, 'f', 2);
    } else if (criterion.metric == Criterion::Metric::Batch && !report.batch.empty()) {
        outcome.measured = true;
        int failed = 0;
        QString firstFailure;
        for (const load::BatchOperation::Result& check : report.batch) {
            outcome.value = std::max(outcome.value, check.maxMs);
            if (!check.passed) {
                ++failed;
                if (firstFailure.isEmpty())
                    firstFailure = check.config.name + QStringLiteral(": ") + check.failure;
            }
        }
        outcome.detail = failed == 0 ? QStringLiteral("%1 batch checks passed").arg(report.batch.size())
                                     : QStringLiteral("%1 of %2 batch checks failed; %3")
                                           .arg(failed)
                                           .arg(report.batch.size())
                                           .arg(firstFailure);
        outcome.margin = criterion.margin(outcome.value);
        outcome.passed = failed == 0 && criterion.passes(outcome.value);
        return outcome;
    }
    if (!outcome.measured) {
        outcome.detail =
            report.load && report.load->end == load::RunEnd::Failed
                ? QStringLiteral("the load run failed: ") + report.load->error
                : QStringLiteral("scenario %1 produced no figure for it").arg(criterion.scenario);
        return outcome;
    }
    outcome.margin = criterion.margin(outcome.value);
    outcome.passed = criterion.passes(outcome.value);
    // A run that stopped early proves less than it was asked to.
    if (report.load && report.load->end != load::RunEnd::Completed &&
        (isLatency(criterion.metric) || criterion.metric == Criterion::Metric::ErrorRate ||
         criterion.metric == Criterion::Metric::ErrorCount)) {
        outcome.passed = false;
        outcome.detail += QStringLiteral("; the load run did not complete");
    }
    return outcome;
}

} // namespace report
