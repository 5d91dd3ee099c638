#include "alertrecord.h"

#include <QDateTime>

namespace report {

QJsonObject AlertRecord::toJson() const
{
    return {
        {QStringLiteral("rule"), rule},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("timeMs"), qint64(timeMs)},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("HH:mm:ss"))},
        {QStringLiteral("value"), hasValue ? QJsonValue(value) : QJsonValue()},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("summary"), summary}};
}

AlertRecord AlertRecord::fromJson(const QJsonObject& object)
{
    AlertRecord record;
    const auto text = [&](const char* key) { return object.value(QLatin1String(key)).toString(); };
    record.rule = text("rule");
    record.instance = text("instance");
    record.from = text("from");
    record.to = text("to");
    record.timeMs = object.value(QStringLiteral("timeMs")).toInteger();
    record.hasValue = object.value(QStringLiteral("value")).isDouble();
    record.value = object.value(QStringLiteral("value")).toDouble();
    record.severity = text("severity");
    record.summary = text("summary");
    return record;
}

QJsonArray alertsToJson(const std::vector<AlertRecord>& records)
{
    QJsonArray array;
    for (const AlertRecord& record : records)
        array.append(record.toJson());
    return array;
}

std::vector<AlertRecord> alertsFromJson(const QJsonArray& array)
{
    std::vector<AlertRecord> records;
    for (const QJsonValue& value : array)
        records.push_back(AlertRecord::fromJson(value.toObject()));
    return records;
}

} // namespace report
