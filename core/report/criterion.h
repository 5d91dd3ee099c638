#pragma once

#include "loadrunreport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace report {

// One acceptance criterion of a plan (see README "Acceptance reports"): a figure of one scenario's
// results compared with a threshold, e.g. {"metric":"p95","threshold":"<=500"}.
struct Criterion
{
    enum class Metric
    {
        P50, // latency percentiles, mean and max in ms; the worst endpoint unless `endpoint` names one
        P90,
        P95,
        P99,
        Mean,
        Max,
        ErrorRate,        // % of requests that failed
        ErrorCount,       // failed requests
        CacheImprovement, // % faster second access (P50s: 1 - warm / cold)
        Batch,            // slowest batch attempt in ms; every batch check must also pass
    };
    enum class Comparison
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
    };

    QString id;
    QString title;
    QString titleZh;  // the title in Simplified Chinese, for --lang zh; empty: the title
    QString scenario; // the name of a plan scenario
    QString endpoint; // a request name; empty: every endpoint, judged by the worst
    Metric metric = Metric::P95;
    Comparison comparison = Comparison::LessOrEqual;
    double threshold = 0;
    bool required = true; // false: reported, but does not decide the verdict (seed 003's extras)

    static Criterion fromJson(const QJsonObject& object, const QString& path, QStringList* errors);
    QJsonObject toJson() const;

    QString metricName() const;    // "p95", as written in a plan
    QString unit() const;          // "ms", "%", "" (a count)
    QString thresholdText() const; // "<= 500 ms"
    bool passes(double measured) const;
    // How far the measurement is on the passing side (negative when it fails), in the metric's unit.
    double margin(double measured) const;
};

struct CriterionOutcome
{
    Criterion criterion;
    bool measured = false; // false: the scenario did not produce the figure, which fails
    double value = 0;
    double margin = 0;
    bool passed = false;
    QString detail; // where the figure comes from ("worst endpoint: customers", "4 checks")

    QJsonObject toJson() const;
    static CriterionOutcome fromJson(const QJsonObject& object);
    QString valueText() const; // "123.4 ms", or "not measured"
    QString marginText() const;
};

// The criterion judged against one scenario's results.
CriterionOutcome evaluateCriterion(const Criterion& criterion, const load::LoadRunReport& report);

QString formatValue(double value, const QString& unit);

} // namespace report
