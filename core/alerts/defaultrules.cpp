#include "defaultrules.h"

namespace alerts {
namespace {

AlertRule rule(const char* name, RuleKind kind, Comparison comparison, double threshold, std::int64_t forMs,
               Severity severity, const char* summary)
{
    AlertRule r;
    r.name = QString::fromLatin1(name);
    r.kind = kind;
    r.comparison = comparison;
    r.threshold = threshold;
    r.forMs = forMs;
    r.severity = severity;
    r.summary = QString::fromUtf8(summary);
    return r;
}

constexpr std::int64_t second = 1000;
constexpr std::int64_t minute = 60 * second;

} // namespace

QList<AlertRule> defaultRules()
{
    QList<AlertRule> rules;
    // Seed 000: core endpoints P95 <= 500 ms.
    rules.append(rule("CoreLatencyP95", RuleKind::LatencyQuantile, Comparison::Greater, 0.5, 1 * minute,
                      Severity::Warning, "P95 latency of {{ $labels.job }} is {{ $value }} s, over 500 ms"));
    // Seed 000: zero errors under load; any 5xx is an alert.
    rules.append(rule("Http5xxErrors", RuleKind::ErrorRatio, Comparison::Greater, 0, 1 * minute,
                      Severity::Critical, "{{ $labels.job }} answers 5xx to {{ $value }} of its requests"));
    // Seed 002: CeleryQueueBacklog, ef_celery_queue_length > 50 for 5m.
    rules.append(rule("CeleryQueueBacklog", RuleKind::QueueLength, Comparison::Greater, 50, 5 * minute,
                      Severity::Warning, "queue {{ $labels.queue }} holds {{ $value }} tasks, over 50"));
    // Seed 002: DatabaseConnectionExhausted (pool size + overflow > 70 of its connections), read as the
    // pool's usage over 70 % so that any pool size applies.
    rules.append(rule("DatabaseConnectionExhausted", RuleKind::PoolUsage, Comparison::Greater, 0.7,
                      1 * minute, Severity::Critical,
                      "pool {{ $labels.pool }}{{ $labels.source }} is {{ $value }} in use, over 70 %"));
    // Seed 002: TaskExecutionSlow, ef_celery_task_duration_seconds > 120 for 3m.
    rules.append(rule("TaskExecutionSlow", RuleKind::TaskDuration, Comparison::Greater, 120, 3 * minute,
                      Severity::Warning,
                      "tasks of queue {{ $labels.queue }} take {{ $value }} s, over 120 s"));
    // Seed 000: the cache must make a second access >= 50 % faster; a hit rate under 50 % cannot.
    rules.append(rule("RedisHitRateLow", RuleKind::RedisHitRate, Comparison::Less, 0.5, 5 * minute,
                      Severity::Warning, "Redis {{ $labels.source }} hit rate is {{ $value }}, under 50 %"));
    rules.append(rule("ProbeDown", RuleKind::ProbeDown, Comparison::Equal, 0, 30 * second, Severity::Critical,
                      "health check {{ $labels.probe }} is down"));
    return rules;
}

} // namespace alerts
