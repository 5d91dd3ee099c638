#include "acceptanceplan.h"

#include "presets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

extern const char* const perfdashDefaultPlanJson; // defaultplandata.cpp, from resources/plans

namespace report {

namespace {
// One entry of "scenarios": {"preset": NAME}, {"file": PATH} or {"scenario": {...}}.
bool readScenario(const QJsonObject& entry, const QString& path, const QString& directory,
                  load::Scenario* scenario, QStringList* errors)
{
    load::ScenarioFields fields(entry, path, errors);
    fields.allowOnly({"preset", "file", "scenario"});
    const int given = int(fields.has("preset")) + int(fields.has("file")) + int(fields.has("scenario"));
    if (given != 1) {
        fields.failAt(path, QStringLiteral("expected exactly one of \"preset\", \"file\" or \"scenario\""));
        return false;
    }
    QStringList scenarioErrors;
    bool ok = false;
    if (fields.has("preset")) {
        const QString name = fields.string("preset");
        const load::Preset* preset = load::findPreset(name);
        if (!preset) {
            fields.fail("preset", QStringLiteral("no preset named \"%1\"").arg(name));
            return false;
        }
        ok = load::Scenario::fromJsonText(preset->json, scenario, &scenarioErrors);
    } else if (fields.has("file")) {
        const QString name = fields.string("file");
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            fields.fail("file",
                        QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        ok = load::Scenario::fromJsonText(file.readAll(), scenario, &scenarioErrors);
    } else {
        ok = load::Scenario::fromJson(fields.object("scenario"), scenario, &scenarioErrors);
    }
    for (const QString& error : scenarioErrors)
        errors->append(path + QLatin1Char('.') + error);
    return ok;
}
} // namespace

bool AcceptancePlan::fromJson(const QJsonObject& object, const QString& directory, AcceptancePlan* plan,
                              QStringList* errors)
{
    const qsizetype before = errors->size();
    load::ScenarioFields fields(object, QString(), errors);
    fields.allowOnly(
        {"name", "system", "version", "target", "coreEndpoints", "metrics", "scenarios", "criteria"});
    plan->json = object;
    plan->name = fields.string("name", QStringLiteral("acceptance"));
    plan->system = fields.string("system", {}, true);
    plan->version = fields.string("version");
    plan->target = fields.string("target");
    if (!plan->target.isEmpty() && !plan->target.startsWith(QLatin1String("http://")) &&
        !plan->target.startsWith(QLatin1String("https://")))
        fields.fail("target", QStringLiteral("expected an http:// or https:// URL"));
    const QJsonArray endpoints = fields.array("coreEndpoints");
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        if (!endpoints.at(i).isString())
            fields.failAt(QStringLiteral("coreEndpoints[%1]").arg(i), QStringLiteral("expected a string"));
        plan->coreEndpoints.append(endpoints.at(i).toString());
    }
    if (fields.has("metrics")) {
        load::ScenarioFields metrics(fields.object("metrics"), QStringLiteral("metrics"), errors);
        metrics.allowOnly({"url", "interval"});
        plan->metricsUrl = metrics.string("url", plan->metricsUrl);
        plan->metricsIntervalMs = metrics.durationMs("interval", plan->metricsIntervalMs);
        if (plan->metricsIntervalMs < 100)
            metrics.fail("interval", QStringLiteral("must be at least 100ms"));
    }
    const QJsonArray scenarios = fields.array("scenarios");
    if (scenarios.isEmpty())
        fields.fail("scenarios", QStringLiteral("expected at least one scenario"));
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        if (!scenarios.at(i).isObject()) {
            fields.failAt(path, QStringLiteral("expected an object"));
            continue;
        }
        load::Scenario scenario;
        if (!readScenario(scenarios.at(i).toObject(), path, directory, &scenario, errors))
            continue;
        if (plan->scenario(scenario.name))
            fields.failAt(path, QStringLiteral("a second scenario named \"%1\"").arg(scenario.name));
        plan->scenarios.push_back(std::move(scenario));
    }
    const QJsonArray criteria = fields.array("criteria");
    if (criteria.isEmpty())
        fields.fail("criteria", QStringLiteral("expected at least one criterion"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString path = QStringLiteral("criteria[%1]").arg(i);
        if (!criteria.at(i).isObject()) {
            fields.failAt(path, QStringLiteral("expected an object"));
            continue;
        }
        Criterion criterion = Criterion::fromJson(criteria.at(i).toObject(), path, errors);
        const load::Scenario* scenario = plan->scenario(criterion.scenario);
        if (!criterion.scenario.isEmpty() && !scenario && int(plan->scenarios.size()) == scenarios.size())
            fields.failAt(path + QStringLiteral(".scenario"),
                          QStringLiteral("no scenario named \"%1\" in the plan").arg(criterion.scenario));
        if (scenario && !criterion.endpoint.isEmpty() &&
            std::none_of(
                scenario->requests.begin(), scenario->requests.end(),
                [&](const load::ScenarioRequest& request) { return request.name == criterion.endpoint; }))
            fields.failAt(path + QStringLiteral(".endpoint"),
                          QStringLiteral("scenario \"%1\" has no request named \"%2\"")
                              .arg(criterion.scenario, criterion.endpoint));
        for (const Criterion& other : plan->criteria)
            if (!criterion.id.isEmpty() && other.id == criterion.id)
                fields.failAt(path + QStringLiteral(".id"),
                              QStringLiteral("a second criterion \"%1\"").arg(criterion.id));
        plan->criteria.push_back(std::move(criterion));
    }
    return errors->size() == before;
}

bool AcceptancePlan::fromJsonText(const QByteArray& text, const QString& directory, AcceptancePlan* plan,
                                  QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(QStringLiteral("not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        errors->append(QStringLiteral("expected a JSON object"));
        return false;
    }
    return fromJson(document.object(), directory, plan, errors);
}

QByteArray AcceptancePlan::defaultPlanJson()
{
    return QByteArray(perfdashDefaultPlanJson);
}

AcceptancePlan AcceptancePlan::defaultPlan()
{
    AcceptancePlan plan;
    QStringList errors;
    // The default plan is built in and tested; it cannot be invalid.
    if (!fromJsonText(defaultPlanJson(), QString(), &plan, &errors))
        qFatal("the built-in acceptance plan is invalid: %s", qPrintable(errors.join(QStringLiteral("; "))));
    return plan;
}

const load::Scenario* AcceptancePlan::scenario(const QString& name) const
{
    for (const load::Scenario& candidate : scenarios)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

} // namespace report
