#include "scenarioprinter.h"

#include "loadprinter.h"

#include <algorithm>

namespace {
QString mark(bool passed)
{
    return passed ? QStringLiteral("✓") : QStringLiteral("✗");
}

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}
} // namespace

namespace ScenarioPrinter {

QString endpoints(const load::Scenario& scenario, const load::LoadResult& result)
{
    if (scenario.requests.size() < 2)
        return {};
    qsizetype width = 8;
    for (const load::ScenarioRequest& request : scenario.requests)
        width = std::max(width, request.name.size());
    QString out =
        QStringLiteral("\n  %1 %2 %3 %4 %5 %6 %7\n")
            .arg(QStringLiteral("ENDPOINT").leftJustified(width),
                 QStringLiteral("requests").rightJustified(10), QStringLiteral("errors").rightJustified(8),
                 QStringLiteral("p50").rightJustified(9), QStringLiteral("p95").rightJustified(9),
                 QStringLiteral("p99").rightJustified(9), QStringLiteral("max").rightJustified(9));
    for (std::size_t i = 0; i < scenario.requests.size() && i < result.totals.endpoints.size(); ++i) {
        const load::EndpointFigures& figures = result.totals.endpoints[i];
        const auto latency = [&](double percentile) {
            return LoadPrinter::formatLatency(figures.latency.valueAtPercentileUs(percentile))
                .rightJustified(9);
        };
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(scenario.requests[i].name.leftJustified(width),
                        QString::number(figures.requests).rightJustified(10),
                        QString::number(figures.errorCount()).rightJustified(8), latency(50), latency(95),
                        latency(99), LoadPrinter::formatLatency(figures.latency.maxUs()).rightJustified(9));
    }
    return out;
}

QString thresholds(const std::vector<load::ThresholdOutcome>& outcomes)
{
    if (outcomes.empty())
        return {};
    QString out = QStringLiteral("\n  THRESHOLDS\n");
    QString metric;
    for (const load::ThresholdOutcome& outcome : outcomes) {
        if (outcome.threshold.key != metric) {
            metric = outcome.threshold.key;
            out += QStringLiteral("\n    %1\n").arg(metric);
        }
        out += QStringLiteral("    %1 '%2' %3%4\n")
                   .arg(mark(outcome.passed), outcome.threshold.expression, outcome.valueText(),
                        outcome.threshold.abortOnFail ? QStringLiteral(" (abortOnFail)") : QString());
    }
    return out;
}

QString cache(const load::CacheSecondAccess::Result& result)
{
    QString out = QStringLiteral("\n  ACCEPTANCE: cache second access (%1 keys of %2)\n")
                      .arg(result.keys.size())
                      .arg(result.config.url);
    out += QStringLiteral("    cold P50 %1 ms, mean %2 ms; warm P50 %3 ms, mean %4 ms\n")
               .arg(number(result.coldP50Ms), number(result.coldMeanMs), number(result.warmP50Ms),
                    number(result.warmMeanMs));
    out += QStringLiteral("    %1 improvement P50 %2 %, mean %3 % (needs >= %4 %)\n")
               .arg(mark(result.passed), number(result.improvementP50 * 100, 1),
                    number(result.improvementMean * 100, 1), number(result.config.minImprovement * 100, 0));
    if (!result.failure.isEmpty())
        out += QStringLiteral("      %1\n").arg(result.failure);
    return out;
}

QString batch(const load::BatchOperation::Result& result)
{
    QString out = QStringLiteral("  %1 batch: %2: %3 attempt(s), slowest %4 ms (limit %5 ms), status %6\n")
                      .arg(mark(result.passed), result.config.name)
                      .arg(result.attempts.size())
                      .arg(number(result.maxMs, 1))
                      .arg(result.config.timeLimitMs)
                      .arg(result.attempts.empty() ? 0 : result.attempts.back().status);
    if (!result.failure.isEmpty())
        out += QStringLiteral("      %1\n").arg(result.failure);
    return out;
}

QString verdict(const load::LoadRunReport& report)
{
    const QString aborted =
        report.load && report.load->end == load::RunEnd::Aborted
            ? QStringLiteral("\nThe run was stopped early: a threshold with abortOnFail failed.")
            : QString();
    if (report.passed())
        return QStringLiteral("\nPASSED: %1 of %1 check(s)\n").arg(report.checkCount());
    return QStringLiteral("\nFAILED: %1 of %2 check(s) failed\n")
        .arg(report.failureCount())
        .arg(report.checkCount());
}

} // namespace ScenarioPrinter
