#include "acceptanceprinter.h"

#include <QStringList>
#include <algorithm>

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
