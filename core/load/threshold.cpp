#include "threshold.h"

#include <QRegularExpression>
#include <optional>

namespace load {

namespace {
const QRegularExpression& keyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([a-z_]+)\s*(?:\{\s*(endpoint|name)\s*:\s*([^}]*?)\s*\})?\s*$)"));
    return pattern;
}

const QRegularExpression& expressionPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(avg|min|max|med|p\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)|rate\(errors\)|count\(errors\)|)"
        R"(count\(requests\)|rps|rate|count)\s*(<=|>=|===|==|!=|<|>)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*$)"));
    return pattern;
}

Threshold::Comparison comparisonFromText(const QString& text)
{
    if (text == QLatin1String("<"))
        return Threshold::Comparison::Less;
    if (text == QLatin1String("<="))
        return Threshold::Comparison::LessOrEqual;
    if (text == QLatin1String(">"))
        return Threshold::Comparison::Greater;
    if (text == QLatin1String(">="))
        return Threshold::Comparison::GreaterOrEqual;
    if (text == QLatin1String("!="))
        return Threshold::Comparison::NotEqual;
    return Threshold::Comparison::Equal; // == and ===
}

const EndpointFigures* figuresFor(const LoadSecond& figures, int endpointIndex)
{
    if (endpointIndex < 0)
        return &figures.total;
    if (std::size_t(endpointIndex) >= figures.endpoints.size())
        return nullptr;
    return &figures.endpoints[std::size_t(endpointIndex)];
}
} // namespace

bool Threshold::parseKey(const QString& key, Threshold* threshold, QString* error)
{
    const QRegularExpressionMatch match = keyPattern().match(key);
    const QString name = match.captured(1);
    if (!match.hasMatch()) {
        *error = QStringLiteral("expected a metric such as http_req_duration or "
                                "http_req_duration{endpoint:NAME}");
        return false;
    }
    if (name == QLatin1String("http_req_duration"))
        threshold->metric = Metric::Duration;
    else if (name == QLatin1String("errors") || name == QLatin1String("http_req_failed"))
        threshold->metric = Metric::Errors;
    else if (name == QLatin1String("requests") || name == QLatin1String("http_reqs"))
        threshold->metric = Metric::Requests;
    else {
        *error = QStringLiteral("unknown metric \"%1\" (known: http_req_duration, errors, http_req_failed, "
                                "requests, http_reqs)")
                     .arg(name);
        return false;
    }
    if (match.hasCaptured(2) && match.captured(3).isEmpty()) {
        *error = QStringLiteral("the {endpoint:NAME} filter needs a request name");
        return false;
    }
    threshold->key = key;
    threshold->endpoint = match.captured(3);
    return true;
}

bool Threshold::parseExpression(const QString& expression, Threshold* threshold, QString* error)
{
    const QRegularExpressionMatch match = expressionPattern().match(expression);
    if (!match.hasMatch()) {
        *error = QStringLiteral("cannot parse \"%1\"; expected AGGREGATION OPERATOR NUMBER such as "
                                "p(95)<500 or rate==0")
                     .arg(expression);
        return false;
    }
    const QString aggregation = match.captured(1);
    // Aggregations that name their subject (rate(errors), rps, ...) override the key's metric.
    static const struct
    {
        const char* text;
        Aggregation kind;
        std::optional<Metric> metric;
    } aggregations[] = {
        {"avg", Aggregation::Avg, {}},
        {"min", Aggregation::Min, {}},
        {"max", Aggregation::Max, {}},
        {"med", Aggregation::Med, {}},
        {"rate", Aggregation::Rate, {}},
        {"count", Aggregation::Count, {}},
        {"rate(errors)", Aggregation::Rate, Metric::Errors},
        {"count(errors)", Aggregation::Count, Metric::Errors},
        {"count(requests)", Aggregation::Count, Metric::Requests},
        {"rps", Aggregation::Rate, Metric::Requests},
    };
    Metric metric = threshold->metric;
    Aggregation kind = Aggregation::Percentile; // p(N), the one left
    for (const auto& known : aggregations) {
        if (aggregation == QLatin1String(known.text)) {
            kind = known.kind;
            metric = known.metric.value_or(metric);
        }
    }

    const bool trend = kind != Aggregation::Rate && kind != Aggregation::Count;
    if (trend != (metric == Metric::Duration)) {
        *error =
            metric == Metric::Duration
                ? QStringLiteral("http_req_duration takes avg, min, max, med or p(N), not %1")
                      .arg(aggregation)
                : QStringLiteral("%1 takes rate or count, not %2")
                      .arg(metric == Metric::Errors ? QStringLiteral("errors") : QStringLiteral("requests"),
                           aggregation);
        return false;
    }
    if (kind == Aggregation::Percentile) {
        threshold->percentile = match.captured(2).toDouble();
        if (threshold->percentile <= 0 || threshold->percentile > 100) {
            *error = QStringLiteral("p(N) needs 0 < N <= 100, got %1").arg(match.captured(2));
            return false;
        }
    }
    threshold->expression = expression;
    threshold->metric = metric;
    threshold->aggregation = kind;
    threshold->comparison = comparisonFromText(match.captured(3));
    threshold->value = match.captured(4).toDouble();
    return true;
}

QString Threshold::aggregationText() const
{
    switch (aggregation) {
    case Aggregation::Avg:
        return QStringLiteral("avg");
    case Aggregation::Min:
        return QStringLiteral("min");
    case Aggregation::Max:
        return QStringLiteral("max");
    case Aggregation::Med:
        return QStringLiteral("med");
    case Aggregation::Percentile:
        return QStringLiteral("p(%1)").arg(percentile);
    case Aggregation::Rate:
        return QStringLiteral("rate");
    case Aggregation::Count:
        return QStringLiteral("count");
    }
    return {};
}

bool Threshold::measure(const LoadSecond& figures, std::int64_t elapsedMs, double* measured) const
{
    const EndpointFigures* endpoint = figuresFor(figures, endpointIndex);
    if (!endpoint)
        return false;
    const LatencyHistogram& latency = endpoint->latency;
    switch (metric) {
    case Metric::Duration:
        if (latency.count() == 0)
            return false;
        switch (aggregation) {
        case Aggregation::Avg:
            *measured = latency.meanUs() / 1000.0;
            break;
        case Aggregation::Min:
            *measured = double(latency.minUs()) / 1000.0;
            break;
        case Aggregation::Max:
            *measured = double(latency.maxUs()) / 1000.0;
            break;
        case Aggregation::Med:
            *measured = double(latency.valueAtPercentileUs(50)) / 1000.0;
            break;
        default:
            *measured = double(latency.valueAtPercentileUs(percentile)) / 1000.0;
            break;
        }
        return true;
    case Metric::Errors:
        if (aggregation == Aggregation::Count) {
            *measured = double(endpoint->errorCount());
            return true;
        }
        if (endpoint->requests == 0)
            return false;
        *measured = double(endpoint->errorCount()) / double(endpoint->requests);
        return true;
    case Metric::Requests:
        if (aggregation == Aggregation::Count) {
            *measured = double(endpoint->requests);
            return true;
        }
        if (elapsedMs <= 0)
            return false;
        *measured = double(endpoint->requests) * 1000.0 / double(elapsedMs);
        return true;
    }
    return false;
}

bool Threshold::passes(double measured) const
{
    switch (comparison) {
    case Comparison::Less:
        return measured < value;
    case Comparison::LessOrEqual:
        return measured <= value;
    case Comparison::Greater:
        return measured > value;
    case Comparison::GreaterOrEqual:
        return measured >= value;
    case Comparison::Equal:
        return measured == value;
    case Comparison::NotEqual:
        return measured != value;
    }
    return false;
}

QString ThresholdOutcome::valueText() const
{
    if (!measured)
        return QStringLiteral("no requests measured");
    const QString name = threshold.aggregationText();
    if (threshold.metric == Threshold::Metric::Duration)
        return QStringLiteral("%1=%2ms").arg(name, QString::number(value, 'f', 2));
    if (threshold.metric == Threshold::Metric::Errors &&
        threshold.aggregation == Threshold::Aggregation::Rate)
        return QStringLiteral("rate=%1%").arg(QString::number(value * 100.0, 'f', 2));
    if (threshold.aggregation == Threshold::Aggregation::Rate)
        return QStringLiteral("rate=%1/s").arg(QString::number(value, 'f', 2));
    return QStringLiteral("count=%1").arg(qint64(value));
}

ThresholdOutcome evaluateThreshold(const Threshold& threshold, const LoadSecond& figures,
                                   std::int64_t elapsedMs)
{
    ThresholdOutcome outcome;
    outcome.threshold = threshold;
    outcome.measured = threshold.measure(figures, elapsedMs, &outcome.value);
    outcome.passed = outcome.measured && threshold.passes(outcome.value);
    return outcome;
}

} // namespace load
