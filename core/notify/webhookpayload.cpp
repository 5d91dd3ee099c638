#include "webhookpayload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject toObject(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString rfc3339(qint64 ms)
{
    // Alertmanager's zero time for "not ended".
    if (ms <= 0)
        return QStringLiteral("0001-01-01T00:00:00Z");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The pairs every alert shares.
QMap<QString, QString> common(const QList<WebhookAlert>& alerts, QMap<QString, QString> WebhookAlert::*field)
{
    if (alerts.isEmpty())
        return {};
    QMap<QString, QString> shared = alerts.first().*field;
    for (const WebhookAlert& alert : alerts) {
        const QMap<QString, QString>& own = alert.*field;
        for (auto it = shared.begin(); it != shared.end();) {
            const bool same = own.contains(it.key()) && own.value(it.key()) == it.value();
            it = same ? std::next(it) : shared.erase(it);
        }
    }
    return shared;
}
} // namespace

QString alertFingerprint(const QMap<QString, QString>& labels)
{
    // FNV-1a 64 over name, 0xff, value, 0xff for each pair in name order (Prometheus' separator).
    quint64 hash = 14695981039346656037ULL;
    auto add = [&hash](const QByteArray& bytes) {
        for (const char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL;
        }
        hash ^= 0xff;
        hash *= 1099511628211ULL;
    };
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        add(it.key().toUtf8());
        add(it.value().toUtf8());
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

QByteArray alertmanagerWebhookBody(const QList<WebhookAlert>& alerts, const QString& receiver,
                                   const QString& externalUrl)
{
    QJsonArray list;
    bool anyFiring = false;
    for (const WebhookAlert& alert : alerts) {
        anyFiring = anyFiring || alert.firing;
        list.append(QJsonObject{
            {QStringLiteral("status"), alert.firing ? QStringLiteral("firing") : QStringLiteral("resolved")},
            {QStringLiteral("labels"), toObject(alert.labels)},
            {QStringLiteral("annotations"), toObject(alert.annotations)},
            {QStringLiteral("startsAt"), rfc3339(alert.startsAtMs)},
            {QStringLiteral("endsAt"), rfc3339(alert.firing ? 0 : alert.endsAtMs)},
            {QStringLiteral("generatorURL"), alert.generatorUrl},
            {QStringLiteral("fingerprint"), alertFingerprint(alert.labels)},
        });
    }
    const QMap<QString, QString> commonLabels = common(alerts, &WebhookAlert::labels);
    QMap<QString, QString> groupLabels;
    if (commonLabels.contains(QStringLiteral("alertname")))
        groupLabels.insert(QStringLiteral("alertname"), commonLabels.value(QStringLiteral("alertname")));
    const QJsonObject body{
        {QStringLiteral("version"), QStringLiteral("4")},
        {QStringLiteral("groupKey"), QStringLiteral("{}:%1").arg(alertFingerprint(groupLabels))},
        {QStringLiteral("truncatedAlerts"), 0},
        {QStringLiteral("status"), anyFiring ? QStringLiteral("firing") : QStringLiteral("resolved")},
        {QStringLiteral("receiver"), receiver},
        {QStringLiteral("groupLabels"), toObject(groupLabels)},
        {QStringLiteral("commonLabels"), toObject(commonLabels)},
        {QStringLiteral("commonAnnotations"), toObject(common(alerts, &WebhookAlert::annotations))},
        {QStringLiteral("externalURL"), externalUrl},
        {QStringLiteral("alerts"), list},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
