#include "acceptancemetrics.h"

#include "planresult.h"

namespace exporting {
namespace {

// A figure in the criterion's unit, in Prometheus' base unit and the suffix naming it.
struct BaseUnit
{
    QString suffix; // "", "_seconds", "_ratio"
    QString unit;
    double divisor = 1; // a division, not a product with 1e-3: 7.387 ms reads back as 0.007387 s
};

BaseUnit baseUnitOf(const report::Criterion& criterion)
{
    const QString unit = criterion.unit();
    if (unit == QLatin1String("ms"))
        return {QStringLiteral("_seconds"), QStringLiteral("seconds"), 1000};
    if (unit == QLatin1String("%"))
        return {QStringLiteral("_ratio"), QStringLiteral("ratio"), 100};
    return {};
}

Labels criterionLabels(const report::Criterion& criterion)
{
    return {
        {QStringLiteral("criterion"), criterion.id},
        {QStringLiteral("scenario"), criterion.scenario},
        {QStringLiteral("metric"), criterion.metricName()},
        {QStringLiteral("required"), criterion.required ? QStringLiteral("true") : QStringLiteral("false")}};
}

// The value or threshold family of one base unit, created on first use.
ExportFamily& familyFor(std::vector<ExportFamily>* families, const QString& stem, const BaseUnit& unit,
                        const QString& help)
{
    const QString name = stem + unit.suffix;
    for (ExportFamily& family : *families) {
        if (family.name == name)
            return family;
    }
    families->push_back({name, ExportFamily::Type::Gauge, unit.unit, help, {}});
    return families->back();
}

ExportFamily verdict(const QString& name, const QString& help, double value, std::int64_t atMs)
{
    return {name, ExportFamily::Type::Gauge, {}, help, {{{}, {{value, atMs}}, {}}}};
}

} // namespace

namespace AcceptanceMetrics {

std::vector<ExportFamily> build(const report::PlanResult& result)
{
    const std::int64_t atMs = result.finishedMs;
    std::vector<ExportFamily> families{
        verdict(QStringLiteral("perfdash_acceptance_passed"),
                QStringLiteral("1 when every required criterion passed and the run completed."),
                result.passed() ? 1 : 0, atMs),
        verdict(QStringLiteral("perfdash_acceptance_failed_criteria"),
                QStringLiteral("Required criteria that failed."), result.failedRequired(), atMs),
        {QStringLiteral("perfdash_acceptance_criterion_passed"),
         ExportFamily::Type::Gauge,
         {},
         QStringLiteral("1 when the criterion passed."),
         {}}};
    std::vector<ExportFamily> figures;
    for (const report::CriterionOutcome& outcome : result.criteria) {
        const Labels labels = criterionLabels(outcome.criterion);
        families[2].series.push_back({labels, {{outcome.passed ? 1.0 : 0.0, atMs}}, {}});
        const BaseUnit unit = baseUnitOf(outcome.criterion);
        if (outcome.measured)
            familyFor(&figures, QStringLiteral("perfdash_acceptance_criterion_value"), unit,
                      QStringLiteral("What the criterion measured."))
                .series.push_back({labels, {{outcome.value / unit.divisor, atMs}}, {}});
        familyFor(&figures, QStringLiteral("perfdash_acceptance_criterion_threshold"), unit,
                  QStringLiteral("The criterion's threshold."))
            .series.push_back({labels, {{outcome.criterion.threshold / unit.divisor, atMs}}, {}});
    }
    families.insert(families.end(), figures.begin(), figures.end());
    addLabels(&families, {{QStringLiteral("plan"), result.planName},
                          {QStringLiteral("target"), result.target},
                          {QStringLiteral("system"), result.system},
                          {QStringLiteral("version"), result.version}});
    return families;
}

} // namespace AcceptanceMetrics
} // namespace exporting
