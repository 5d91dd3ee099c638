#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// One alert as a notification carries it: what Alertmanager's webhook receivers expect.
struct WebhookAlert
{
    bool firing = true;                 // false: resolved
    QMap<QString, QString> labels;      // alertname, severity, the series' labels
    QMap<QString, QString> annotations; // summary, description
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0; // 0 while firing
    QString generatorUrl;
};

// The JSON body of an Alertmanager webhook (version 4): status ("firing" when any alert fires),
// the alerts with RFC 3339 times and a fingerprint of their labels, common labels and
// annotations, so receivers written for Alertmanager (chat bridges, incident tools) take it as is.
QByteArray alertmanagerWebhookBody(const QList<WebhookAlert>& alerts, const QString& receiver,
                                   const QString& externalUrl);
// Alertmanager's fingerprint of a label set: 16 hex digits of a 64-bit FNV-1a hash over the
// sorted names and values.
QString alertFingerprint(const QMap<QString, QString>& labels);
