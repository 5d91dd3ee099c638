#include "acceptanceprinter.h"

#include <QStringList>
#include <algorithm>

namespace {
QString figure(double value, int decimals = 0)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

// One line per source and scenario: a source that failed shows why, not a row of dashes.
QString sourceLines(const report::ScenarioOutcome& scenario)
{
    QString out;
    for (const report::PostgresSummary& seen : scenario.postgres)
        out +=
            seen.polls == seen.failedPolls && !seen.lastError.isEmpty()
                ? QStringLiteral("  %1 postgres %2: %3\n").arg(scenario.name, seen.source, seen.lastError)
                : QStringLiteral("  %1 postgres %2: connections peak %3/%4, lock waits peak %5, commits %6\n")
                      .arg(scenario.name, seen.source, figure(seen.peakConnections),
                           figure(seen.maxConnections), figure(seen.peakLockWaits), figure(seen.commits));
    for (const report::RedisSummary& seen : scenario.redis)
        out += seen.polls == seen.failedPolls && !seen.lastError.isEmpty()
                   ? QStringLiteral("  %1 redis %2: %3\n").arg(scenario.name, seen.source, seen.lastError)
                   : QStringLiteral("  %1 redis %2: hit rate %3, memory peak %4 MiB, clients peak %5\n")
                         .arg(scenario.name, seen.source,
                              seen.hitRate < 0 ? QStringLiteral("-")
                                               : figure(seen.hitRate, 1) + QStringLiteral(" %"),
                              figure(seen.peakUsedMemoryBytes < 0 ? -1 : seen.peakUsedMemoryBytes / 1048576.0,
                                     1),
                              figure(seen.peakClients));
    return out;
}

QString alertLines(const report::PlanResult& result)
{
    if (result.alertRules == 0)
        return {};
    const qsizetype firing =
        std::count_if(result.alerts.begin(), result.alerts.end(),
                      [](const report::AlertRecord& alert) { return alert.to == QLatin1String("firing"); });
    QString out = QStringLiteral("\nalerts: %1 rule(s) evaluated, %2 change(s), %3 fired\n")
                      .arg(result.alertRules)
                      .arg(result.alerts.size())
                      .arg(firing);
    if (!result.alertError.isEmpty())
        out += QStringLiteral("  alerts: ") + result.alertError + QLatin1Char('\n');
    return out;
}
} // namespace

namespace AcceptancePrinter {

QString summary(const report::PlanResult& result)
{
    qsizetype idWidth = 2;
    for (const report::CriterionOutcome& outcome : result.criteria)
        idWidth = std::max(idWidth, outcome.criterion.id.size());
    QString out =
        QStringLiteral("\n%1  %2  %3  %4  %5\n")
            .arg(QStringLiteral("criterion").leftJustified(idWidth), QStringLiteral("verdict"),
                 QStringLiteral("measured").rightJustified(14),
                 QStringLiteral("threshold").rightJustified(14), QStringLiteral("margin").rightJustified(14));
    for (const report::CriterionOutcome& outcome : result.criteria) {
        const QString verdict = outcome.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        out += QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                   .arg(outcome.criterion.id.leftJustified(idWidth), verdict.leftJustified(7),
                        outcome.valueText().rightJustified(14),
                        outcome.criterion.thresholdText().rightJustified(14),
                        outcome.marginText().rightJustified(14), outcome.criterion.title,
                        outcome.criterion.required ? QString() : QStringLiteral(" [advisory]"));
        if (!outcome.passed && !outcome.detail.isEmpty())
            out += QString(idWidth + 2, QLatin1Char(' ')) + QStringLiteral("  ") + outcome.detail +
                   QLatin1Char('\n');
    }
    QString sources;
    for (const report::ScenarioOutcome& scenario : result.scenarios)
        sources += sourceLines(scenario);
    if (!sources.isEmpty())
        out += QStringLiteral("\nsources:\n") + sources;
    out += alertLines(result);
    if (!result.error.isEmpty())
        out += QStringLiteral("\nthe run was not completed: ") + result.error + QLatin1Char('\n');
    QStringList failed;
    for (const report::CriterionOutcome& outcome : result.criteria)
        if (outcome.criterion.required && !outcome.passed)
            failed.append(outcome.criterion.id);
    out += result.passed() ? QStringLiteral("\nverdict: PASS (%1 criteria)\n").arg(result.criteria.size())
                           : QStringLiteral("\nverdict: FAIL (%1)\n")
                                 .arg(failed.isEmpty() ? QStringLiteral("run incomplete")
                                                       : failed.join(QStringLiteral(", ")));
    return out;
}

} // namespace AcceptancePrinter
