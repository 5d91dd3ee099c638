#pragma once

#include "loadresult.h"

#include <QString>
#include <cstdint>

namespace load {

// A pass/fail criterion in k6's syntax: a metric key ("http_req_duration", optionally filtered to
// one request as "http_req_duration{endpoint:customers}") and an expression ("p(95)<500").
//   http_req_duration          avg, min, max, med, p(N)      in milliseconds
//   errors | http_req_failed   rate (0..1), count
//   requests | http_reqs       count, rate (per second; also "rps")
// Expressions that name their subject work under any key: rate(errors), count(errors),
// count(requests), rps.
struct Threshold
{
    enum class Metric
    {
        Duration,
        Errors,
        Requests,
    };
    enum class Aggregation
    {
        Avg,
        Min,
        Max,
        Med,
        Percentile,
        Rate,
        Count,
    };
    enum class Comparison
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual,
    };

    QString key;        // as written
    QString expression; // as written
    Metric metric = Metric::Duration;
    QString endpoint;       // the request name of a {endpoint:...} filter; empty: all requests
    int endpointIndex = -1; // index of that request in the plan; -1: all
    Aggregation aggregation = Aggregation::Percentile;
    double percentile = 95;
    Comparison comparison = Comparison::Less;
    double value = 0;
    bool abortOnFail = false;
    std::int64_t delayAbortEvalMs = 0;

    // False with `error` saying what is wrong (the caller prefixes the field's path).
    static bool parseKey(const QString& key, Threshold* threshold, QString* error);
    static bool parseExpression(const QString& expression, Threshold* threshold, QString* error);

    // "p(95)", "rate", "count" ... as k6 prints it.
    QString aggregationText() const;
    // The measured figure (ms for durations); false when there is nothing to measure.
    bool measure(const LoadSecond& figures, std::int64_t elapsedMs, double* measured) const;
    bool passes(double measured) const;
};

struct ThresholdOutcome
{
    Threshold threshold;
    bool measured = false; // false: no requests to judge, which fails
    double value = 0;
    bool passed = false;
    QString valueText() const; // "p(95)=12.34ms", "rate=0.00%", "no requests measured"
};

ThresholdOutcome evaluateThreshold(const Threshold& threshold, const LoadSecond& figures,
                                   std::int64_t elapsedMs);

} // namespace load
