#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace report {

// One state change of one alert during a plan run, as the reports show it.
struct AlertRecord
{
    QString rule;
    QString instance; // the alert instance's labels, e.g. {source="db"}; {} for one without
    QString from;     // "inactive", "pending", "firing", "resolved", "nodata"
    QString to;
    std::int64_t timeMs = 0;
    double value = 0;
    bool hasValue = false;
    QString severity; // "warning", "critical"
    QString summary;

    QJsonObject toJson() const;
    static AlertRecord fromJson(const QJsonObject& object);
};

QJsonArray alertsToJson(const std::vector<AlertRecord>& records);
std::vector<AlertRecord> alertsFromJson(const QJsonArray& array);

} // namespace report
