#include "planresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace report {

namespace {
constexpr int resultFormat = 1; // bumped when a reader could misread an older file

template<typename Summary>
QJsonArray listToJson(const std::vector<Summary>& summaries)
{
    QJsonArray array;
    for (const Summary& summary : summaries)
        array.append(summary.toJson());
    return array;
}

template<typename Summary>
std::vector<Summary> listFromJson(const QJsonArray& array)
{
    std::vector<Summary> summaries;
    for (const QJsonValue& value : array)
        summaries.push_back(Summary::fromJson(value.toObject()));
    return summaries;
}
} // namespace
TimelinePoint TimelinePoint::of(const load::LoadSecond& second)
{
    const load::LatencyHistogram& latency = second.total.latency;
    const auto ms = [&](double percentile) {
        return double(latency.valueAtPercentileUs(percentile)) / 1000.0;
    };
    return {double(second.second + 1),
            double(second.total.requests),
            double(second.total.errorCount()),
            ms(50),
            ms(95),
            ms(99),
            second.activeUsers};
}

QJsonObject ScenarioOutcome::toJson() const
{
    QJsonArray seconds;
    for (const TimelinePoint& point : timeline)
        seconds.append(QJsonArray{point.second, point.requests, point.errors, point.p50Ms, point.p95Ms,
                                  point.p99Ms, point.users});
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("startedMs"), qint64(startedMs)},
            {QStringLiteral("finishedMs"), qint64(finishedMs)},
            {QStringLiteral("report"), report},
            {QStringLiteral("timelineColumns"),
             QJsonArray{QStringLiteral("second"), QStringLiteral("requests"), QStringLiteral("errors"),
                        QStringLiteral("p50Ms"), QStringLiteral("p95Ms"), QStringLiteral("p99Ms"),
                        QStringLiteral("users")}},
            {QStringLiteral("timeline"), seconds},
            {QStringLiteral("collectors"), collectors.toJson()},
            {QStringLiteral("postgres"), listToJson(postgres)},
            {QStringLiteral("redis"), listToJson(redis)}};
}

ScenarioOutcome ScenarioOutcome::fromJson(const QJsonObject& object)
{
    ScenarioOutcome outcome;
    outcome.name = object.value(QStringLiteral("name")).toString();
    outcome.description = object.value(QStringLiteral("description")).toString();
    outcome.startedMs = object.value(QStringLiteral("startedMs")).toInteger();
    outcome.finishedMs = object.value(QStringLiteral("finishedMs")).toInteger();
    outcome.report = object.value(QStringLiteral("report")).toObject();
    for (const QJsonValue& value : object.value(QStringLiteral("timeline")).toArray()) {
        const QJsonArray row = value.toArray();
        outcome.timeline.push_back({row.at(0).toDouble(), row.at(1).toDouble(), row.at(2).toDouble(),
                                    row.at(3).toDouble(), row.at(4).toDouble(), row.at(5).toDouble(),
                                    row.at(6).toInt()});
    }
    outcome.collectors = CollectorSummary::fromJson(object.value(QStringLiteral("collectors")).toObject());
    // Results written before the sources were watched have neither list.
    outcome.postgres = listFromJson<PostgresSummary>(object.value(QStringLiteral("postgres")).toArray());
    outcome.redis = listFromJson<RedisSummary>(object.value(QStringLiteral("redis")).toArray());
    return outcome;
}

bool PlanResult::passed() const
{
    return error.isEmpty() && !criteria.empty() && failedRequired() == 0;
}

QString PlanResult::verdict() const
{
    if (criteria.empty() && error.isEmpty())
        return QStringLiteral("NONE");
    return passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

int PlanResult::failedRequired() const
{
    return int(std::count_if(criteria.begin(), criteria.end(), [](const CriterionOutcome& outcome) {
        return outcome.criterion.required && !outcome.passed;
    }));
}

QJsonObject PlanResult::toJson() const
{
    QJsonArray criterionList;
    for (const CriterionOutcome& outcome : criteria)
        criterionList.append(outcome.toJson());
    QJsonArray scenarioList;
    for (const ScenarioOutcome& scenario : scenarios)
        scenarioList.append(scenario.toJson());
    return {{QStringLiteral("perfdashAcceptanceResult"), resultFormat},
            {QStringLiteral("plan"), planName},
            {QStringLiteral("system"), system},
            {QStringLiteral("version"), version},
            {QStringLiteral("target"), target},
            {QStringLiteral("ranBy"), ranBy},
            {QStringLiteral("clientHost"), clientHost},
            {QStringLiteral("perfdashVersion"), perfdashVersion},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("startedMs"), qint64(startedMs)},
            {QStringLiteral("finishedMs"), qint64(finishedMs)},
            {QStringLiteral("error"), error},
            {QStringLiteral("passed"), passed()},
            {QStringLiteral("verdict"), verdict()},
            {QStringLiteral("criteria"), criterionList},
            {QStringLiteral("scenarios"), scenarioList},
            {QStringLiteral("alertRules"), alertRules},
            {QStringLiteral("alerts"), alertsToJson(alerts)},
            {QStringLiteral("alertError"), alertError}};
}

bool PlanResult::fromJson(const QJsonObject& object, PlanResult* result, QString* error)
{
    if (object.value(QStringLiteral("perfdashAcceptanceResult")).toInt() != resultFormat) {
        *error = QStringLiteral("not a perfdash acceptance result (written by 'perfdash acceptance --json')");
        return false;
    }
    const auto text = [&](const char* key) { return object.value(QLatin1String(key)).toString(); };
    result->planName = text("plan");
    result->system = text("system");
    result->version = text("version");
    result->target = text("target");
    result->ranBy = text("ranBy");
    result->clientHost = text("clientHost");
    result->perfdashVersion = text("perfdashVersion");
    result->overrides = text("overrides");
    result->error = text("error");
    result->startedMs = object.value(QStringLiteral("startedMs")).toInteger();
    result->finishedMs = object.value(QStringLiteral("finishedMs")).toInteger();
    for (const QJsonValue& value : object.value(QStringLiteral("criteria")).toArray())
        result->criteria.push_back(CriterionOutcome::fromJson(value.toObject()));
    for (const QJsonValue& value : object.value(QStringLiteral("scenarios")).toArray())
        result->scenarios.push_back(ScenarioOutcome::fromJson(value.toObject()));
    result->alertRules = object.value(QStringLiteral("alertRules")).toInt();
    result->alerts = alertsFromJson(object.value(QStringLiteral("alerts")).toArray());
    result->alertError = text("alertError");
    return true;
}

bool PlanResult::fromJsonText(const QByteArray& text, PlanResult* result, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    return fromJson(document.object(), result, error);
}

} // namespace report
