#pragma once

#include "httprequest.h"
#include "secretsource.h"

#include <QList>
#include <QString>
#include <QUrl>

// One service of a fleet as the server knows it: its job, and one instance or (empty) all of them.
struct PrometheusService
{
    QString job;
    QString instance;

    bool operator==(const PrometheusService&) const = default;
};

// A PromQL expression the user wrote; its results are stored under `name` as the metric name.
struct PrometheusQuery
{
    QString name;
    QString promql;

    bool operator==(const PrometheusQuery&) const = default;
};

// A Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) read over its HTTP
// API as a source: the standard panels' queries for the chosen services, and the user's own.
struct PrometheusServer
{
    QString name;
    QUrl url; // the API's base, e.g. http://prometheus:9090 (an /api/v1/... path is appended)
    int intervalMs = 15000;
    int timeoutMs = 10000;
    int rateWindowMs = 300'000;      // the [window] of the generated rate() queries
    int backfillMs = 3600 * 1000;    // range read with query_range on the first poll (0: none)
    QString caFile;                  // empty: the system's CA store
    bool insecureSkipVerify = false; // explicit opt-out of TLS verification
    HttpAuth::Kind auth = HttpAuth::Kind::None;
    QString username;                  // basic auth
    SecretSource secret;               // password or bearer token: environment variable or file, never inline
    QList<PrometheusService> services; // empty: every job the server has
    QList<PrometheusQuery> queries;

    bool operator==(const PrometheusServer&) const = default;

    // The label value its series carry in the store ("prom:<name>").
    QString sourceLabel() const { return QStringLiteral("prom:") + name; }
};
