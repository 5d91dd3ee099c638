#pragma once

#include "labelset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace alerts {

// What a rule watches: one of the dashboard's derived quantities, each the PromQL of its comment
// with the rule's matchers added to every selector, or a plain gauge selector (imported rules).
enum class RuleKind
{
    LatencyQuantile, // histogram_quantile(q, sum by (le, by) (rate(<metric>_bucket[range]))), metric
                     // http_request_duration_seconds unless named
    ErrorRatio,      // sum by (by) (rate(http_requests_total{status=~"5.."}[range]))
                     //   / sum by (by) (rate(http_requests_total[range]))
    QueueLength,     // sum by (job, source, queue) of celery_queue_length and of redis_queue_length
    PoolUsage,       // max by (job, pool, source) of app_pool_usage_ratio and of pg_connection_usage_ratio
    RedisHitRate,    // hits / (hits + misses) of redis_keyspace_{hits,misses}_total rates by (source)
    ProbeDown,       // min by (probe) (probe_up): 0 once the probe counts as down
    TaskDuration,    // max by (job, queue) (<metric>{quantile="0.99"}), metric task_duration_seconds
                     // (a summary, as the demo target's) unless named
    Gauge,           // <metric>{matchers}: every series its own alert, as a plain PromQL selector
};

enum class Comparison
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
};

enum class Severity
{
    Warning,
    Critical,
};

// `value <comparison> threshold`; NaN never holds.
bool conditionHolds(Comparison comparison, double threshold, double value);

// One alerting rule, evaluated per label set of its quantity (an alert instance per job, queue, ...).
struct AlertRule
{
    QString name;
    RuleKind kind = RuleKind::Gauge;
    std::string metric;     // Gauge: required; LatencyQuantile, TaskDuration: overrides the default metric
    double quantile = 0.95; // LatencyQuantile
    std::map<std::string, std::string> matchers; // label == value on every selector
    std::optional<metricmath::LabelNames> by;    // grouping; the kind's default when unset (not for Gauge)
    std::int64_t rangeMs = 60'000;               // window of rates (PromQL's [range])
    Comparison comparison = Comparison::Greater;
    double threshold = 0;
    std::int64_t forMs = 0;
    std::int64_t keepFiringForMs = 0;
    std::int64_t noDataAfterMs = 300'000; // without a value this long: no-data (0: never)
    Severity severity = Severity::Warning;
    QString summary; // template: {{ $value }}, {{ $labels.name }}
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;

    bool operator==(const AlertRule&) const = default;

    // Whether `value` meets the rule's condition (`value <comparison> threshold`); NaN never does.
    bool holds(double value) const;
    // The grouping in effect: `by`, or the kind's default.
    metricmath::LabelNames grouping() const;
    // The summary with {{ $value }} (and {{ $value | humanize }}) and {{ $labels.x }} filled in.
    QString renderSummary(double value, const metricmath::LabelSet& instance) const;

    QJsonObject toJson() const;
    // Parses one rule; on failure false with the first problem and its field path in *error
    // ("alerts[2].comparison: expected one of >, >=, <, <=, ==, !=").
    static bool fromJson(const QJsonObject& object, const QString& path, AlertRule* rule, QString* error);
    // Everything fromJson() would refuse, by field path; empty when the rule can be used.
    QStringList validate() const;
};

// A list of rules as a JSON array (the `alerts` of a rules file), and back; fromJson() checks
// names are unique.
QByteArray rulesToJson(const QList<AlertRule>& rules);
bool rulesFromJson(const QByteArray& json, QList<AlertRule>* rules, QString* error);

QString kindName(RuleKind kind); // "latencyQuantile", ...
std::optional<RuleKind> kindFromName(const QString& name);
QString comparisonText(Comparison comparison); // ">", ">=", ...
std::optional<Comparison> comparisonFromText(const QString& text);
QString severityName(Severity severity); // "warning", "critical"
std::optional<Severity> severityFromName(const QString& name);

} // namespace alerts
