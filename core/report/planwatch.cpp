#include "planwatch.h"

#include <QUrl>

namespace report {

PlanWatch::PlanWatch(const Sources& sources, std::int64_t startMs)
    : m_alertRules(int(sources.alertRules.size()))
{
    if (!sources.alertRules.isEmpty()) {
        m_alerts = std::make_unique<PlanAlerts>(sources.alertRules, startMs, sources.intervalMs);
        if (!m_alerts->open(&m_alertsOpenError))
            m_alerts.reset();
    }
    PlanAlerts* alerts = m_alerts.get();
    if (!sources.metricsUrl.isEmpty()) {
        const QUrl url(sources.metricsUrl);
        CollectorWatch::Sink sink;
        if (alerts)
            sink = [alerts, url](std::int64_t timeMs, const std::string& body) {
                alerts->recordScrape(url, timeMs, body);
            };
        m_metrics = std::make_unique<CollectorWatch>(sources.metricsUrl, sources.intervalMs, sink);
    }
    for (const PostgresSource& source : sources.postgres)
        m_postgres.push_back(
            std::make_unique<PostgresWatch>(source, sources.intervalMs, [alerts](const auto& result) {
                if (alerts)
                    alerts->record(result);
            }));
    for (const RedisSource& source : sources.redis)
        m_redis.push_back(
            std::make_unique<RedisWatch>(source, sources.intervalMs, [alerts](const auto& result) {
                if (alerts)
                    alerts->record(result);
            }));
}

PlanWatch::~PlanWatch()
{
    stop();
}

void PlanWatch::start()
{
    if (m_metrics)
        m_metrics->start();
    for (const auto& watch : m_postgres)
        watch->start();
    for (const auto& watch : m_redis)
        watch->start();
}

void PlanWatch::sampleNow()
{
    if (m_metrics)
        m_metrics->sampleNow();
    for (const auto& watch : m_postgres)
        watch->sampleNow();
    for (const auto& watch : m_redis)
        watch->sampleNow();
}

void PlanWatch::stop()
{
    if (m_metrics)
        m_metrics->stop();
    for (const auto& watch : m_postgres)
        watch->stop();
    for (const auto& watch : m_redis)
        watch->stop();
}

void PlanWatch::summarise(ScenarioOutcome* outcome) const
{
    const std::int64_t from = outcome->startedMs;
    const std::int64_t to = outcome->finishedMs;
    if (m_metrics) {
        outcome->collectors = CollectorSummary::summarise(m_metrics->points(), from, to);
        outcome->collectors.failedScrapes = m_metrics->failedScrapes(from, to);
        outcome->collectors.lastError =
            outcome->collectors.failedScrapes > 0 ? m_metrics->lastError() : QString();
    }
    for (const auto& watch : m_postgres)
        outcome->postgres.push_back(watch->summarise(from, to));
    for (const auto& watch : m_redis)
        outcome->redis.push_back(watch->summarise(from, to));
}

std::vector<AlertRecord> PlanWatch::alertsUntil(std::int64_t toMs)
{
    return m_alerts ? m_alerts->evaluateUntil(toMs) : std::vector<AlertRecord>{};
}

QString PlanWatch::alertError() const
{
    return m_alerts ? m_alerts->error() : m_alertsOpenError;
}

} // namespace report
