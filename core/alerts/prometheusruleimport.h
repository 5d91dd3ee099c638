#pragma once

#include "alertrule.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace alerts {

// A rule of the file that perfdash cannot evaluate as written: listed with why, never dropped.
struct UnmappedRule
{
    QString group;
    QString name; // the alert (or record) name
    QString expr;
    int line = 0; // 1-based line of the rule in the file
    QString reason;
};

struct RuleImport
{
    QList<AlertRule> rules;
    std::vector<UnmappedRule> unmapped;
    QString error; // the file itself could not be read (not YAML, not a rule file); nothing imported
    bool ok() const { return error.isEmpty(); }
};

// Reads a Prometheus rule file (groups[].rules[] with alert, expr, for, keep_firing_for, labels,
// annotations) and maps the subset perfdash evaluates:
//   <metric>{label="value", ...} <op> <number>                      -> a Gauge rule
//   histogram_quantile(q, sum by (le, ...) (rate(<h>_bucket{...}[d]))) <op> <number>
//                                                                   -> a LatencyQuantile rule
// with for / keep_firing_for as durations, labels and annotations kept (severity: critical when the
// severity label says critical, else warning; the summary annotation becomes the summary). Any other
// expression, a recording rule, or a bad field gives an UnmappedRule with the reason.
RuleImport importPrometheusRules(const QByteArray& yaml);

// A Prometheus duration ("1h30m", "5m", "30s", "500ms", "1d", "1w", "1y"); nullopt when malformed.
std::optional<std::int64_t> parsePrometheusDuration(const QString& text);

} // namespace alerts
