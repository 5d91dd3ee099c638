#pragma once

#include "alertrecord.h"
#include "alertrule.h"
#include "collectorwatch.h"
#include "planalerts.h"
#include "planresult.h"
#include "postgressource.h"
#include "postgreswatch.h"
#include "redissource.h"
#include "rediswatch.h"

#include <QList>
#include <memory>
#include <vector>

namespace report {

// Everything a plan run watches while its scenarios run, each source on a thread of its own: the
// target's Prometheus metrics, PostgreSQL and Redis sources, and the alert rules over all of them.
class PlanWatch
{
public:
    struct Sources
    {
        QString metricsUrl; // empty: the target's metrics are not scraped
        std::int64_t intervalMs = 1000;
        QList<PostgresSource> postgres;
        QList<RedisSource> redis;
        QList<alerts::AlertRule> alertRules;
    };

    PlanWatch(const Sources& sources, std::int64_t startMs);
    ~PlanWatch();

    void start();
    // One sample of every source now (a scenario's start and end have a figure each).
    void sampleNow();
    void stop();
    // What the sources saw over the outcome's window, into it.
    void summarise(ScenarioOutcome* outcome) const;
    // The alerts' changes up to toMs not reported yet.
    std::vector<AlertRecord> alertsUntil(std::int64_t toMs);
    int alertRules() const { return m_alertRules; }
    QString alertError() const;

private:
    std::unique_ptr<PlanAlerts> m_alerts; // first: the watches' threads record into it
    QString m_alertsOpenError;
    int m_alertRules = 0;
    std::unique_ptr<CollectorWatch> m_metrics;
    std::vector<std::unique_ptr<PostgresWatch>> m_postgres;
    std::vector<std::unique_ptr<RedisWatch>> m_redis;
};

} // namespace report
