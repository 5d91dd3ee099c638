#include "probeevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {
QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default: {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    }
}
} // namespace

QString ProbeEvaluation::check(const HealthProbe& probe, const HttpResult& result)
{
    if (!result.transportOk())
        return result.errorMessage;
    if (result.status != probe.expectedStatus)
        return QStringLiteral("HTTP status %1, expected %2").arg(result.status).arg(probe.expectedStatus);
    if (probe.jsonField.isEmpty())
        return {};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("body is not JSON (offset %1: %2)")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    QJsonValue value = document.object();
    for (const QString& key : probe.jsonField.split(QLatin1Char('.'))) {
        if (!value.isObject() || !value.toObject().contains(key))
            return QStringLiteral("JSON field %1 is missing").arg(probe.jsonField);
        value = value.toObject().value(key);
    }
    const QString actual = jsonText(value);
    if (actual != probe.expectedValue)
        return QStringLiteral("JSON field %1 is \"%2\", expected \"%3\"")
            .arg(probe.jsonField, actual, probe.expectedValue);
    return {};
}

void ProbeState::record(bool success)
{
    if (success) {
        m_failures = 0;
        m_up = true;
        return;
    }
    ++m_failures;
    if (m_failures >= m_failuresBeforeDown)
        m_up = false;
}
