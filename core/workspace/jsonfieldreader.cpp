#include "jsonfieldreader.h"

#include <QJsonArray>
#include <cmath>

JsonFieldReader::JsonFieldReader(const QJsonObject& object, const QString& path, QString* firstError)
    : m_object(object)
    , m_path(path)
    , m_error(firstError)
{
}

QString JsonFieldReader::fieldPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::fail(const QString& key, const QString& message)
{
    if (m_error->isEmpty())
        *m_error = fieldPath(key) + QStringLiteral(": ") + message;
}

QJsonValue JsonFieldReader::value(const QString& key, QJsonValue::Type expected, const char* typeName)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (value.type() != expected) {
        fail(key, QStringLiteral("expected %1").arg(QLatin1String(typeName)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString JsonFieldReader::string(const QString& key, const QString& fallback, bool required)
{
    const QJsonValue v = value(key, QJsonValue::String, "a string");
    if (!v.isUndefined() && !v.toString().isEmpty())
        return v.toString();
    if (required)
        fail(key, QStringLiteral("missing or empty"));
    return fallback;
}

QUrl JsonFieldReader::url(const QString& key)
{
    const QString text = string(key, {}, true);
    if (text.isEmpty())
        return {};
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        fail(key, QStringLiteral("expected an http:// or https:// URL, got \"%1\"").arg(text));
        return {};
    }
    return parsed;
}

int JsonFieldReader::integer(const QString& key, int fallback, int minimum, int maximum)
{
    const QJsonValue v = value(key, QJsonValue::Double, "a number");
    if (v.isUndefined())
        return fallback;
    const double number = v.toDouble();
    if (number != std::floor(number) || number < minimum || number > maximum) {
        fail(key, maximum == std::numeric_limits<int>::max()
                      ? QStringLiteral("must be a whole number of at least %1").arg(minimum)
                      : QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return int(number);
}

bool JsonFieldReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue v = value(key, QJsonValue::Bool, "true or false");
    return v.isUndefined() ? fallback : v.toBool();
}

QJsonObject JsonFieldReader::object(const QString& key)
{
    return value(key, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonFieldReader::array(const QString& key)
{
    return value(key, QJsonValue::Array, "an array").toArray();
}
