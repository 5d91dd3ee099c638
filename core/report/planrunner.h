#pragma once

#include "acceptanceplan.h"
#include "alertrule.h"
#include "planresult.h"
#include "postgressource.h"
#include "redissource.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace report {

// Runs a plan: each scenario in order (load with the real engine, then its acceptance steps) while
// a PlanWatch scrapes the target's metrics, polls the given PostgreSQL and Redis sources and
// evaluates the given alert rules over all of it, then judges every criterion. Blocking: the
// headless command calls it on its main thread, a window would call it on a worker thread.
class PlanRunner
{
public:
    struct Options
    {
        QString target; // empty: the plan's, else defaultTarget
        load::ScenarioOverrides overrides;
        bool allowRemote = false;
        QString ranBy;
        // Watched during the run at the plan's metrics interval (a workspace's, by default none).
        // A source that is down or refuses the login is recorded in the result; the run goes on.
        QList<PostgresSource> postgres;
        QList<RedisSource> redis;
        QList<alerts::AlertRule> alertRules;
    };
    using Progress = std::function<void(const QString& line)>;

    static inline const QString defaultTarget = QStringLiteral("http://127.0.0.1:8088");

    // A plan scenario that cannot be compiled ends the run with PlanResult::error; so does one whose
    // every request failed to connect. `cancel` (may be null) keeps what was measured until then.
    static PlanResult run(const AcceptancePlan& plan, const Options& options, const Progress& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

    // The criteria judged against the scenarios' reports (by scenario name).
    static std::vector<CriterionOutcome> judge(const AcceptancePlan& plan,
                                               const std::vector<load::LoadRunReport>& reports);
};

} // namespace report
