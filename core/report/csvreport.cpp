#include "csvreport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace report {

namespace {
QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString row(const QStringList& fields)
{
    QStringList escaped;
    for (const QString& text : fields)
        escaped.append(field(text));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

void endpointRow(QString& out, const QString& scenario, const QString& name, const QJsonObject& figures)
{
    const QJsonObject latency = figures.value(QStringLiteral("latencyMs")).toObject();
    QStringList fields{QStringLiteral("endpoint"),
                       scenario,
                       name,
                       QString::number(figures.value(QStringLiteral("requests")).toInteger()),
                       QString::number(figures.value(QStringLiteral("errors")).toInteger()),
                       number(figures.value(QStringLiteral("requestsPerSecond")).toDouble())};
    for (const char* key : {"mean", "p50", "p90", "p95", "p99", "max"})
        fields.append(number(latency.value(QLatin1String(key)).toDouble()));
    out += row(fields);
}

// -1 (not measured) as an empty field.
QString measured(double value)
{
    return value < 0 ? QString() : number(value);
}

bool hasSources(const PlanResult& result, bool postgres)
{
    return std::any_of(result.scenarios.begin(), result.scenarios.end(),
                       [&](const ScenarioOutcome& scenario) {
                           return postgres ? !scenario.postgres.empty() : !scenario.redis.empty();
                       });
}

void postgresBlock(QString& out, const PlanResult& result)
{
    out += QStringLiteral("\r\n") +
           row({QStringLiteral("block"), QStringLiteral("scenario"), QStringLiteral("source"),
                QStringLiteral("target"), QStringLiteral("polls"), QStringLiteral("failed_polls"),
                QStringLiteral("peak_connections"), QStringLiteral("max_connections"),
                QStringLiteral("peak_active"), QStringLiteral("peak_idle_in_transaction"),
                QStringLiteral("peak_lock_waits"), QStringLiteral("commits"), QStringLiteral("rollbacks"),
                QStringLiteral("last_error")});
    for (const ScenarioOutcome& scenario : result.scenarios)
        for (const PostgresSummary& s : scenario.postgres)
            out += row({QStringLiteral("postgres"), scenario.name, s.source, s.target,
                        QString::number(s.polls), QString::number(s.failedPolls), measured(s.peakConnections),
                        measured(s.maxConnections), measured(s.peakActive), measured(s.peakIdleInTransaction),
                        measured(s.peakLockWaits), measured(s.commits), measured(s.rollbacks), s.lastError});
}

void redisBlock(QString& out, const PlanResult& result)
{
    out += QStringLiteral("\r\n") +
           row({QStringLiteral("block"), QStringLiteral("scenario"), QStringLiteral("source"),
                QStringLiteral("target"), QStringLiteral("polls"), QStringLiteral("failed_polls"),
                QStringLiteral("hits"), QStringLiteral("misses"), QStringLiteral("hit_rate_percent"),
                QStringLiteral("peak_used_memory_bytes"), QStringLiteral("peak_clients"),
                QStringLiteral("evictions"), QStringLiteral("last_error")});
    for (const ScenarioOutcome& scenario : result.scenarios)
        for (const RedisSummary& s : scenario.redis)
            out += row({QStringLiteral("redis"), scenario.name, s.source, s.target, QString::number(s.polls),
                        QString::number(s.failedPolls), measured(s.hits), measured(s.misses),
                        measured(s.hitRate), measured(s.peakUsedMemoryBytes), measured(s.peakClients),
                        measured(s.evictions), s.lastError});
}

void alertBlock(QString& out, const PlanResult& result)
{
    out += QStringLiteral("\r\n") +
           row({QStringLiteral("block"), QStringLiteral("time"), QStringLiteral("rule"),
                QStringLiteral("instance"), QStringLiteral("from"), QStringLiteral("to"),
                QStringLiteral("value"), QStringLiteral("severity"), QStringLiteral("summary")});
    for (const AlertRecord& alert : result.alerts)
        out += row({QStringLiteral("alert"),
                    QDateTime::fromMSecsSinceEpoch(alert.timeMs).toString(Qt::ISODateWithMs), alert.rule,
                    alert.instance, alert.from, alert.to, alert.hasValue ? number(alert.value) : QString(),
                    alert.severity, alert.summary});
}
} // namespace

QByteArray toCsv(const PlanResult& result)
{
    QString out = row({QStringLiteral("block"), QStringLiteral("id"), QStringLiteral("title"),
                       QStringLiteral("scenario"), QStringLiteral("metric"), QStringLiteral("measured"),
                       QStringLiteral("unit"), QStringLiteral("threshold"), QStringLiteral("margin"),
                       QStringLiteral("required"), QStringLiteral("verdict"), QStringLiteral("detail")});
    for (const CriterionOutcome& outcome : result.criteria)
        out += row({QStringLiteral("criterion"), outcome.criterion.id, outcome.criterion.title,
                    outcome.criterion.scenario, outcome.criterion.metricName(),
                    outcome.measured ? number(outcome.value) : QString(), outcome.criterion.unit(),
                    outcome.criterion.thresholdText(), outcome.measured ? number(outcome.margin) : QString(),
                    outcome.criterion.required ? QStringLiteral("yes") : QStringLiteral("no"),
                    outcome.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), outcome.detail});
    out += row({QStringLiteral("verdict"), result.planName, result.system, QString(), QString(), QString(),
                QString(), QString(), QString(), QString(), result.verdict(), result.error});
    out += QStringLiteral("\r\n");
    out += row({QStringLiteral("block"), QStringLiteral("scenario"), QStringLiteral("endpoint"),
                QStringLiteral("requests"), QStringLiteral("errors"), QStringLiteral("rps"),
                QStringLiteral("mean_ms"), QStringLiteral("p50_ms"), QStringLiteral("p90_ms"),
                QStringLiteral("p95_ms"), QStringLiteral("p99_ms"), QStringLiteral("max_ms")});
    for (const ScenarioOutcome& scenario : result.scenarios) {
        const QJsonObject load = scenario.report.value(QStringLiteral("load")).toObject();
        if (load.isEmpty())
            continue;
        const QJsonObject endpoints = load.value(QStringLiteral("endpoints")).toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            endpointRow(out, scenario.name, it.key(), it.value().toObject());
        endpointRow(out, scenario.name, QStringLiteral("(all)"),
                    load.value(QStringLiteral("totals")).toObject());
    }
    // Blocks of what the sources saw and the alerts, only for runs that had them.
    if (hasSources(result, true))
        postgresBlock(out, result);
    if (hasSources(result, false))
        redisBlock(out, result);
    if (result.alertRules > 0 || !result.alerts.empty())
        alertBlock(out, result);
    return out.toUtf8();
}

} // namespace report
