#pragma once

#include "criterion.h"
#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace report {

// What an acceptance run proves (see README "Acceptance reports"): the system under test, its
// target, the load scenarios to run in order (presets, files or inline), the Prometheus endpoint
// watched during them, and the criteria each judged against one scenario's results.
struct AcceptancePlan
{
    QString name;
    QString system;
    QString version;
    QString target;                                  // base URL; empty: the command's default
    QStringList coreEndpoints;                       // for the record: the endpoints the criteria speak of
    QString metricsUrl = QStringLiteral("/metrics"); // joined to the target; empty: nothing watched
    std::int64_t metricsIntervalMs = 1000;
    std::vector<load::Scenario> scenarios;
    QJsonObject json; // the plan as written, for the result
    std::vector<Criterion> criteria;

    // Every problem, each naming its field, in `errors`. Scenario "file"s are read relative to
    // `directory`.
    static bool fromJson(const QJsonObject& object, const QString& directory, AcceptancePlan* plan,
                         QStringList* errors);
    static bool fromJsonText(const QByteArray& text, const QString& directory, AcceptancePlan* plan,
                             QStringList* errors);
    // The seeds' four criteria and seed 003's advisory extras over the built-in presets.
    static AcceptancePlan defaultPlan();
    static QByteArray defaultPlanJson();

    const load::Scenario* scenario(const QString& name) const;
};

} // namespace report
