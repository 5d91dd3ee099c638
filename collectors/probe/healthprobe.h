#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A health endpoint checked on a schedule: the status it must answer and, optionally,
// a JSON field it must hold (e.g. "status" == "ok", "components.database.status" == "up").
struct HealthProbe
{
    QString name;
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    int expectedStatus = 200;
    QString jsonField;     // dotted path into the JSON body; empty: no body check
    QString expectedValue; // compared with the field rendered as text
    int intervalMs = 5000;
    int timeoutMs = 3000;
    int failuresBeforeDown = 3; // consecutive failures that mark it down; one success brings it up
    QString caFile;
    bool insecureSkipVerify = false;

    bool operator==(const HealthProbe&) const = default;
};

struct ProbeResult
{
    QString probe;
    qint64 timestampMs = 0;
    double latencySeconds = 0;
    bool success = false; // this check passed
    bool up = true;       // the state after this check
    int consecutiveFailures = 0;
    long httpStatus = 0;
    QString error; // why this check failed; empty on success
};

Q_DECLARE_METATYPE(ProbeResult)
