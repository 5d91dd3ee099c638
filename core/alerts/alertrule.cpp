#include "alertrule.h"

#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <array>
#include <cmath>

namespace alerts {
namespace {

constexpr int maxDurationMs = std::numeric_limits<int>::max(); // about 24 days

constexpr std::array kindNames{
    std::pair{RuleKind::LatencyQuantile, "latencyQuantile"}, std::pair{RuleKind::ErrorRatio, "errorRatio"},
    std::pair{RuleKind::QueueLength, "queueLength"},         std::pair{RuleKind::PoolUsage, "poolUsage"},
    std::pair{RuleKind::RedisHitRate, "redisHitRate"},       std::pair{RuleKind::ProbeDown, "probeDown"},
    std::pair{RuleKind::TaskDuration, "taskDuration"},       std::pair{RuleKind::Gauge, "gauge"}};
constexpr std::array comparisonTexts{
    std::pair{Comparison::Greater, ">"}, std::pair{Comparison::GreaterOrEqual, ">="},
    std::pair{Comparison::Less, "<"},    std::pair{Comparison::LessOrEqual, "<="},
    std::pair{Comparison::Equal, "=="},  std::pair{Comparison::NotEqual, "!="}};
constexpr std::array severityNames{std::pair{Severity::Warning, "warning"},
                                   std::pair{Severity::Critical, "critical"}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& text)
{
    for (const auto& [e, name] : names) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString choices(const std::array<std::pair<Enum, const char*>, N>& names)
{
    QStringList list;
    for (const auto& [e, name] : names)
        list.append(QString::fromLatin1(name));
    return QStringLiteral("expected one of ") + list.join(QStringLiteral(", "));
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapFromJson(JsonFieldReader& in, const QString& key)
{
    QMap<QString, QString> map;
    const QJsonObject object = in.object(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            in.fail(key + QLatin1Char('.') + it.key(), QStringLiteral("expected a string"));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

std::optional<double> number(JsonFieldReader& in, const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        in.fail(key, QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

QString formatValue(double value, bool humanize)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    return humanize ? QString::number(value, 'g', 4)
                    : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString kindName(RuleKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<RuleKind> kindFromName(const QString& name)
{
    return valueOf(kindNames, name);
}

QString comparisonText(Comparison comparison)
{
    return nameOf(comparisonTexts, comparison);
}

std::optional<Comparison> comparisonFromText(const QString& text)
{
    return valueOf(comparisonTexts, text);
}

QString severityName(Severity severity)
{
    return nameOf(severityNames, severity);
}

std::optional<Severity> severityFromName(const QString& name)
{
    return valueOf(severityNames, name);
}

bool AlertRule::holds(double value) const
{
    return conditionHolds(comparison, threshold, value);
}

bool conditionHolds(Comparison comparison, double threshold, double value)
{
    if (std::isnan(value))
        return false;
    switch (comparison) {
    case Comparison::Greater:
        return value > threshold;
    case Comparison::GreaterOrEqual:
        return value >= threshold;
    case Comparison::Less:
        return value < threshold;
    case Comparison::LessOrEqual:
        return value <= threshold;
    case Comparison::Equal:
        return value == threshold;
    case Comparison::NotEqual:
        return value != threshold;
    }
    return false;
}

metricmath::LabelNames AlertRule::grouping() const
{
    if (by)
        return *by;
    switch (kind) {
    case RuleKind::LatencyQuantile:
    case RuleKind::ErrorRatio:
        return {"job"};
    case RuleKind::QueueLength: // celery_queue_length has job, redis_queue_length source
        return {"job", "source", "queue"};
    case RuleKind::TaskDuration:
        return {"job", "queue"};
    case RuleKind::PoolUsage: // app_pool_usage_ratio has job and pool, pg_connection_usage_ratio source
        return {"job", "pool", "source"};
    case RuleKind::RedisHitRate:
        return {"source"};
    case RuleKind::ProbeDown:
        return {"probe"};
    case RuleKind::Gauge:
        break;
    }
    return {};
}

QString AlertRule::renderSummary(double value, const metricmath::LabelSet& instance) const
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\s*\$(value|labels\.([A-Za-z_][A-Za-z0-9_]*))\s*(\|\s*humanize\s*)?\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(summary);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(summary).mid(last, match.capturedStart() - last);
        if (match.captured(1) == QLatin1String("value"))
            out += formatValue(value, match.hasCaptured(3) && !match.captured(3).isEmpty());
        else
            out += utf8(instance.value(match.captured(2).toStdString()));
        last = match.capturedEnd();
    }
    out += QStringView(summary).mid(last);
    return out;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("comparison"), comparisonText(comparison)},
                       {QStringLiteral("threshold"), threshold},
                       {QStringLiteral("forMs"), double(forMs)},
                       {QStringLiteral("severity"), severityName(severity)}};
    if (!metric.empty())
        object.insert(QStringLiteral("metric"), utf8(metric));
    if (kind == RuleKind::LatencyQuantile)
        object.insert(QStringLiteral("quantile"), quantile);
    if (!matchers.empty()) {
        QJsonObject m;
        for (const auto& [label, value] : matchers)
            m.insert(utf8(label), utf8(value));
        object.insert(QStringLiteral("matchers"), m);
    }
    if (by) {
        QJsonArray names;
        for (const std::string& label : *by)
            names.append(utf8(label));
        object.insert(QStringLiteral("by"), names);
    }
    if (rangeMs != AlertRule().rangeMs)
        object.insert(QStringLiteral("rangeMs"), double(rangeMs));
    if (keepFiringForMs != 0)
        object.insert(QStringLiteral("keepFiringForMs"), double(keepFiringForMs));
    object.insert(QStringLiteral("noDataAfterMs"), double(noDataAfterMs));
    if (!summary.isEmpty())
        object.insert(QStringLiteral("summary"), summary);
    if (!labels.isEmpty())
        object.insert(QStringLiteral("labels"), mapToJson(labels));
    if (!annotations.isEmpty())
        object.insert(QStringLiteral("annotations"), mapToJson(annotations));
    return object;
}

bool AlertRule::fromJson(const QJsonObject& object, const QString& path, AlertRule* rule, QString* error)
{
    QString first;
    JsonFieldReader in(object, path, &first);
    AlertRule r;
    r.name = in.string(QStringLiteral("name"), {}, true);
    const QString kind = in.string(QStringLiteral("kind"), {}, true);
    if (!kind.isEmpty()) {
        if (const auto k = kindFromName(kind))
            r.kind = *k;
        else
            in.fail(QStringLiteral("kind"), choices(kindNames));
    }
    r.metric = in.string(QStringLiteral("metric")).toStdString();
    r.quantile = number(in, object, QStringLiteral("quantile")).value_or(r.quantile);
    const QJsonObject matchers = in.object(QStringLiteral("matchers"));
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        if (!it.value().isString())
            in.fail(QStringLiteral("matchers.") + it.key(), QStringLiteral("expected a string"));
        r.matchers[it.key().toStdString()] = it.value().toString().toStdString();
    }
    if (object.contains(QStringLiteral("by"))) {
        metricmath::LabelNames names;
        const QJsonArray by = in.array(QStringLiteral("by"));
        for (qsizetype i = 0; i < by.size(); ++i) {
            if (!by.at(i).isString())
                in.fail(QStringLiteral("by[%1]").arg(i), QStringLiteral("expected a label name"));
            names.push_back(by.at(i).toString().toStdString());
        }
        r.by = names;
    }
    r.rangeMs = in.integer(QStringLiteral("rangeMs"), int(r.rangeMs), 0, maxDurationMs);
    const QString comparison = in.string(QStringLiteral("comparison"), {}, true);
    if (!comparison.isEmpty()) {
        if (const auto c = comparisonFromText(comparison))
            r.comparison = *c;
        else
            in.fail(QStringLiteral("comparison"), choices(comparisonTexts));
    }
    if (const auto threshold = number(in, object, QStringLiteral("threshold")))
        r.threshold = *threshold;
    else if (in.ok())
        in.fail(QStringLiteral("threshold"), QStringLiteral("missing"));
    r.forMs = in.integer(QStringLiteral("forMs"), 0, 0, maxDurationMs);
    r.keepFiringForMs = in.integer(QStringLiteral("keepFiringForMs"), 0, 0, maxDurationMs);
    r.noDataAfterMs = in.integer(QStringLiteral("noDataAfterMs"), int(r.noDataAfterMs), 0, maxDurationMs);
    const QString severity = in.string(QStringLiteral("severity"), severityName(r.severity));
    if (const auto s = severityFromName(severity))
        r.severity = *s;
    else
        in.fail(QStringLiteral("severity"), choices(severityNames));
    r.summary = in.string(QStringLiteral("summary"));
    r.labels = mapFromJson(in, QStringLiteral("labels"));
    r.annotations = mapFromJson(in, QStringLiteral("annotations"));
    if (in.ok()) {
        const QStringList problems = r.validate();
        if (!problems.isEmpty())
            first = path.isEmpty() ? problems.first() : path + QLatin1Char('.') + problems.first();
    }
    if (!first.isEmpty()) {
        *error = first;
        return false;
    }
    *rule = std::move(r);
    return true;
}

QStringList AlertRule::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(QStringLiteral("name: missing or empty"));
    if (kind == RuleKind::Gauge && metric.empty())
        problems.append(QStringLiteral("metric: a gauge rule needs the metric it compares"));
    if (kind == RuleKind::Gauge && by)
        problems.append(QStringLiteral("by: a gauge rule alerts per series; it has no grouping"));
    if (kind == RuleKind::LatencyQuantile && !(quantile >= 0 && quantile <= 1))
        problems.append(QStringLiteral("quantile: must be from 0 to 1"));
    if (!std::isfinite(threshold))
        problems.append(QStringLiteral("threshold: must be a finite number"));
    if (rangeMs < 1000)
        problems.append(QStringLiteral("rangeMs: must be at least 1000"));
    if (forMs < 0)
        problems.append(QStringLiteral("forMs: must not be negative"));
    if (keepFiringForMs < 0)
        problems.append(QStringLiteral("keepFiringForMs: must not be negative"));
    if (noDataAfterMs < 0)
        problems.append(QStringLiteral("noDataAfterMs: must not be negative"));
    for (const auto& [label, value] : matchers) {
        if (label.empty() || value.empty())
            problems.append(QStringLiteral("matchers: label names and values must not be empty"));
    }
    return problems;
}

QByteArray rulesToJson(const QList<AlertRule>& rules)
{
    QJsonArray array;
    for (const AlertRule& rule : rules)
        array.append(rule.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("alerts"), array}}).toJson(QJsonDocument::Indented);
}

bool rulesFromJson(const QByteArray& json, QList<AlertRule>* rules, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("alerts")).isArray()) {
        *error = QStringLiteral("alerts: expected an array of rules");
        return false;
    }
    const QJsonArray array = document.object().value(QStringLiteral("alerts")).toArray();
    QList<AlertRule> parsed;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("alerts[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = path + QStringLiteral(": expected an object");
            return false;
        }
        AlertRule rule;
        if (!AlertRule::fromJson(array.at(i).toObject(), path, &rule, error))
            return false;
        if (names.contains(rule.name)) {
            *error = path + QStringLiteral(".name: \"%1\" is used twice").arg(rule.name);
            return false;
        }
        names.insert(rule.name);
        parsed.append(std::move(rule));
    }
    *rules = std::move(parsed);
    return true;
}

} // namespace alerts
