#include "sourcesections.h"

#include <QDateTime>

namespace report {

namespace {
using Tone = ReportCell::Tone;

QString clock(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString count(double value, const ReportText& t)
{
    return value < 0 ? t("not measured") : QString::number(value, 'f', 0);
}

QString mebibytes(double bytes, const ReportText& t)
{
    return bytes < 0 ? t("not measured")
                     : QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

ReportBlock figureTable(const QString& title, const std::vector<std::pair<QString, QString>>& rows,
                        const ReportText& t)
{
    ReportBlock made;
    made.kind = ReportBlock::Kind::Table;
    made.table.header = {title, t("Value")};
    made.table.widths = {0.6, 0.4};
    made.table.alignRight = {false, true};
    for (const auto& [name, value] : rows)
        made.table.rows.push_back({{name, Tone::Plain}, {value, Tone::Plain}});
    return made;
}

ReportBlock note(const QString& text)
{
    ReportBlock made;
    made.kind = ReportBlock::Kind::Note;
    made.text = text;
    return made;
}

// A failed source's table says so under it, with the reason as the source gave it.
void addError(std::vector<ReportBlock>* blocks, int failed, const QString& error, const ReportText& t)
{
    if (failed > 0 && !error.isEmpty())
        blocks->push_back(note(t("Last error: %1").arg(error)));
}
} // namespace

std::vector<ReportBlock> SourceSections::postgres(const PostgresSummary& seen, const ReportText& t)
{
    const QString connections =
        seen.peakConnections < 0
            ? t("not measured")
            : QStringLiteral("%1 / %2").arg(seen.peakConnections).arg(seen.maxConnections);
    std::vector<ReportBlock> blocks{
        figureTable(t("PostgreSQL %1 (%2)").arg(seen.source, seen.target),
                    {{t("Peak connections / max_connections"), connections},
                     {t("Peak active sessions"), count(seen.peakActive, t)},
                     {t("Peak sessions idle in transaction"), count(seen.peakIdleInTransaction, t)},
                     {t("PostgreSQL lock waits (peak sessions waiting)"), count(seen.peakLockWaits, t)},
                     {t("Commits (rollbacks)"),
                      QStringLiteral("%1 (%2)").arg(count(seen.commits, t), count(seen.rollbacks, t))},
                     {t("Polls (failed)"), QStringLiteral("%1 (%2)").arg(seen.polls).arg(seen.failedPolls)}},
                    t)};
    addError(&blocks, seen.failedPolls, seen.lastError, t);
    return blocks;
}

std::vector<ReportBlock> SourceSections::redis(const RedisSummary& seen, const ReportText& t)
{
    QString hitRate = t("not measured");
    if (seen.hitRate >= 0)
        hitRate = t("%1 % (%2 hits, %3 misses)")
                      .arg(QString::number(seen.hitRate, 'f', 1))
                      .arg(seen.hits)
                      .arg(seen.misses);
    else if (seen.hits >= 0)
        hitRate = t("no lookups");
    std::vector<ReportBlock> blocks{
        figureTable(t("Redis %1 (%2)").arg(seen.source, seen.target),
                    {{t("Redis hit rate"), hitRate},
                     {t("Peak memory used"), mebibytes(seen.peakUsedMemoryBytes, t)},
                     {t("Peak connected clients"), count(seen.peakClients, t)},
                     {t("Evicted keys"), count(seen.evictions, t)},
                     {t("Polls (failed)"), QStringLiteral("%1 (%2)").arg(seen.polls).arg(seen.failedPolls)}},
                    t)};
    addError(&blocks, seen.failedPolls, seen.lastError, t);
    return blocks;
}

std::vector<ReportBlock> SourceSections::alerts(const PlanResult& result, const ReportText& t)
{
    if (result.alertRules == 0 && result.alerts.empty())
        return {};
    ReportBlock heading;
    heading.kind = ReportBlock::Kind::Heading;
    heading.text = t("Alerts during the run");
    std::vector<ReportBlock> blocks{heading};
    blocks.push_back(
        note(t("%1 alert rule(s) were evaluated every metrics interval over what the collectors saw.")
                 .arg(result.alertRules)));
    if (result.alerts.empty())
        blocks.push_back(note(t("No alert went pending or firing during the run.")));
    if (!result.alertError.isEmpty())
        blocks.push_back(note(t("Last error: %1").arg(result.alertError)));
    if (result.alerts.empty())
        return blocks;
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {t("Time"), t("Rule"), t("Change"), t("Value"), t("Severity")};
    table.table.widths = {0.12, 0.38, 0.22, 0.14, 0.14};
    table.table.alignRight = {false, false, false, true, false};
    for (const AlertRecord& alert : result.alerts) {
        const bool firing = alert.to == QLatin1String("firing");
        table.table.rows.push_back(
            {{clock(alert.timeMs), Tone::Plain},
             {alert.rule, Tone::Strong,
              alert.instance == QLatin1String("{}") ? alert.summary : alert.instance},
             {t.known(alert.from) + QStringLiteral(" → ") + t.known(alert.to),
              firing ? Tone::Fail : Tone::Plain},
             {alert.hasValue ? QString::number(alert.value, 'g', 4) : QStringLiteral("–"), Tone::Plain},
             {t.known(alert.severity), Tone::Plain}});
    }
    blocks.push_back(table);
    return blocks;
}

} // namespace report
