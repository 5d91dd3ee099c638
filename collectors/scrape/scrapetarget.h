#pragma once

#include "secretsource.h"

#include <QString>
#include <QUrl>

// A Prometheus /metrics endpoint scraped on a schedule.
struct ScrapeTarget
{
    enum class Auth
    {
        None,
        Basic,
        Bearer
    };

    QString name;
    QUrl url; // the full metrics URL, e.g. http://127.0.0.1:8080/metrics
    int intervalMs = 5000;
    int timeoutMs = 4000; // capped at the interval, as Prometheus requires
    qint64 maxBodyBytes = 50LL * 1024 * 1024;
    QString caFile;
    bool insecureSkipVerify = false; // explicit per-target opt-out of TLS verification
    Auth auth = Auth::None;
    QString username;    // basic auth
    SecretSource secret; // password or bearer token: environment variable or file, never inline

    bool operator==(const ScrapeTarget& other) const
    {
        return name == other.name && url == other.url && intervalMs == other.intervalMs &&
               timeoutMs == other.timeoutMs && maxBodyBytes == other.maxBodyBytes && caFile == other.caFile &&
               insecureSkipVerify == other.insecureSkipVerify && auth == other.auth &&
               username == other.username && secret.environmentVariable == other.secret.environmentVariable &&
               secret.file == other.secret.file;
    }
};
