#include "ruleexpression.h"

#include <QStringList>
#include <array>
#include <utility>

namespace alerts {
namespace {

QString utf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// `metric{label="value", ...}` with the rule's matchers after any the kind adds.
QString selector(const AlertRule& rule, const QString& metric, const QStringList& own = {})
{
    QStringList matchers = own;
    for (const auto& [label, value] : rule.matchers)
        matchers.append(QStringLiteral("%1=\"%2\"").arg(utf8(label), utf8(value)));
    return matchers.isEmpty() ? metric
                              : QStringLiteral("%1{%2}").arg(metric, matchers.join(QStringLiteral(", ")));
}

QString byClause(const AlertRule& rule, const QStringList& first = {})
{
    QStringList names = first;
    for (const std::string& label : rule.grouping())
        names.append(utf8(label));
    return QStringLiteral("by (%1)").arg(names.join(QStringLiteral(", ")));
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString quantity(const AlertRule& rule)
{
    const QString range = QLatin1Char('[') + formatPrometheusDuration(rule.rangeMs) + QLatin1Char(']');
    const auto metricOr = [&](const char* fallback) {
        return rule.metric.empty() ? QString::fromLatin1(fallback) : utf8(rule.metric);
    };
    switch (rule.kind) {
    case RuleKind::LatencyQuantile:
        return QStringLiteral("histogram_quantile(%1, sum %2 (rate(%3%4)))")
            .arg(number(rule.quantile), byClause(rule, {QStringLiteral("le")}),
                 selector(rule, metricOr("http_request_duration_seconds") + QStringLiteral("_bucket")),
                 range);
    case RuleKind::ErrorRatio:
        return QStringLiteral("sum %1 (rate(%2%3)) / sum %1 (rate(%4%3))")
            .arg(byClause(rule),
                 selector(rule, QStringLiteral("http_requests_total"), {QStringLiteral("status=~\"5..\"")}),
                 range, selector(rule, QStringLiteral("http_requests_total")));
    case RuleKind::QueueLength:
        return QStringLiteral("sum %1 (%2 or %3)")
            .arg(byClause(rule), selector(rule, QStringLiteral("celery_queue_length")),
                 selector(rule, QStringLiteral("redis_queue_length")));
    case RuleKind::PoolUsage:
        return QStringLiteral("max %1 (%2 or %3)")
            .arg(byClause(rule), selector(rule, QStringLiteral("app_pool_usage_ratio")),
                 selector(rule, QStringLiteral("pg_connection_usage_ratio")));
    case RuleKind::RedisHitRate: {
        const QString hits =
            QStringLiteral("sum %1 (rate(%2%3))")
                .arg(byClause(rule), selector(rule, QStringLiteral("redis_keyspace_hits_total")), range);
        const QString misses =
            QStringLiteral("sum %1 (rate(%2%3))")
                .arg(byClause(rule), selector(rule, QStringLiteral("redis_keyspace_misses_total")), range);
        return QStringLiteral("%1 / (%1 + %2)").arg(hits, misses);
    }
    case RuleKind::ProbeDown:
        return QStringLiteral("min %1 (%2)").arg(byClause(rule), selector(rule, QStringLiteral("probe_up")));
    case RuleKind::TaskDuration: {
        const QStringList own = rule.matchers.contains("quantile")
                                    ? QStringList()
                                    : QStringList{QStringLiteral("quantile=\"0.99\"")};
        return QStringLiteral("max %1 (%2)")
            .arg(byClause(rule), selector(rule, metricOr("task_duration_seconds"), own));
    }
    case RuleKind::Gauge:
        return selector(rule, utf8(rule.metric));
    }
    return {};
}

} // namespace

QString ruleExpression(const AlertRule& rule)
{
    return QStringLiteral("%1 %2 %3")
        .arg(quantity(rule), comparisonText(rule.comparison), number(rule.threshold));
}

QString formatPrometheusDuration(std::int64_t ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    static constexpr std::array<std::pair<std::int64_t, const char*>, 6> units{{{7LL * 24 * 3600 * 1000, "w"},
                                                                                {24LL * 3600 * 1000, "d"},
                                                                                {3600 * 1000, "h"},
                                                                                {60 * 1000, "m"},
                                                                                {1000, "s"},
                                                                                {1, "ms"}}};
    QString text;
    for (const auto& [size, unit] : units) {
        if (ms < size)
            continue;
        text += QString::number(ms / size) + QLatin1String(unit);
        ms %= size;
    }
    return text;
}

} // namespace alerts
