#include "scenariofields.h"

#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace load {

ScenarioFields::ScenarioFields(const QJsonObject& object, const QString& path, QStringList* errors)
    : m_object(object)
    , m_path(path)
    , m_errors(errors)
{
}

QString ScenarioFields::path(const char* key) const
{
    const QString name = QLatin1String(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void ScenarioFields::fail(const char* key, const QString& message)
{
    failAt(path(key), message);
}

void ScenarioFields::failAt(const QString& fieldPath, const QString& message)
{
    m_errors->append(fieldPath + QStringLiteral(": ") + message);
}

void ScenarioFields::allowOnly(std::initializer_list<const char*> known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool found = false;
        for (const char* name : known)
            found = found || it.key() == QLatin1String(name);
        if (!found)
            failAt(m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key(),
                   QStringLiteral("unknown field"));
    }
}

bool ScenarioFields::has(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QJsonValue ScenarioFields::value(const char* key) const
{
    return m_object.value(QLatin1String(key));
}

bool ScenarioFields::typed(const char* key, QJsonValue::Type type, const char* expected, QJsonValue* out)
{
    if (!has(key))
        return false;
    *out = value(key);
    if (out->type() == type)
        return true;
    fail(key, QStringLiteral("expected %1").arg(QLatin1String(expected)));
    return false;
}

QString ScenarioFields::string(const char* key, const QString& fallback, bool required)
{
    QJsonValue v;
    if (typed(key, QJsonValue::String, "a string", &v) && !v.toString().isEmpty())
        return v.toString();
    if (required && (!has(key) || v.isString()))
        fail(key, QStringLiteral("missing or empty"));
    return fallback;
}

std::int64_t ScenarioFields::integer(const char* key, std::int64_t fallback, std::int64_t minimum,
                                     std::int64_t maximum)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = value(key);
    const double number = v.toDouble();
    if (!v.isDouble() || number != std::floor(number) || number < double(minimum) ||
        number > double(maximum)) {
        if (minimum == 1 && maximum >= std::numeric_limits<int>::max())
            fail(key, QStringLiteral("expected a positive integer"));
        else if (maximum == INT64_MAX)
            fail(key, QStringLiteral("expected an integer of at least %1").arg(minimum));
        else
            fail(key, QStringLiteral("expected an integer from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return std::int64_t(number);
}

double ScenarioFields::number(const char* key, double fallback, double minimum)
{
    QJsonValue v;
    if (!typed(key, QJsonValue::Double, "a number", &v))
        return fallback;
    if (v.toDouble() < minimum) {
        fail(key, QStringLiteral("expected a number of at least %1").arg(minimum));
        return fallback;
    }
    return v.toDouble();
}

bool ScenarioFields::boolean(const char* key, bool fallback)
{
    QJsonValue v;
    return typed(key, QJsonValue::Bool, "true or false", &v) ? v.toBool() : fallback;
}

bool ScenarioFields::parseDuration(const QString& text, std::int64_t* ms)
{
    static const QRegularExpression part(QStringLiteral(R"(([0-9]+(?:\.[0-9]+)?)(ms|s|m|h))"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    double total = 0;
    qsizetype at = 0;
    while (at < trimmed.size()) {
        const QRegularExpressionMatch match = part.match(trimmed, at, QRegularExpression::NormalMatch,
                                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return false;
        const QString unit = match.captured(2);
        const double scale = unit == QLatin1String("ms")  ? 1
                             : unit == QLatin1String("s") ? 1000
                             : unit == QLatin1String("m") ? 60'000
                                                          : 3'600'000;
        total += match.captured(1).toDouble() * scale;
        at = match.capturedEnd(0);
    }
    *ms = std::int64_t(std::llround(total));
    return true;
}

std::int64_t ScenarioFields::durationMs(const char* key, std::int64_t fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = value(key);
    std::int64_t ms = 0;
    if (v.isDouble() && v.toDouble() >= 0)
        return std::int64_t(std::llround(v.toDouble()));
    if (v.isString() && parseDuration(v.toString(), &ms))
        return ms;
    fail(key, QStringLiteral("expected a duration such as \"500ms\", \"30s\" or \"5m\""));
    return fallback;
}

QJsonObject ScenarioFields::object(const char* key)
{
    QJsonValue v;
    return typed(key, QJsonValue::Object, "an object", &v) ? v.toObject() : QJsonObject();
}

QJsonArray ScenarioFields::array(const char* key)
{
    QJsonValue v;
    return typed(key, QJsonValue::Array, "an array", &v) ? v.toArray() : QJsonArray();
}

} // namespace load
