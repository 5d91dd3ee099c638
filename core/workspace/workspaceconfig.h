#pragma once

#include "defaultrules.h"
#include "healthprobe.h"
#include "jsonendpoint.h"
#include "postgressource.h"
#include "prometheusserver.h"
#include "redissource.h"
#include "scrapetarget.h"
#include "webhooknotifier.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// How much history the workspace's SQLite file keeps.
struct StorageSettings
{
    int retentionDays = 30; // 0: keep everything
    int maxFileMiB = 0;     // 0: no size limit; else the oldest data goes first

    bool operator==(const StorageSettings&) const = default;
};

// How the workspace's alert rules run and where their notifications go.
struct AlertingSettings
{
    int evaluationIntervalMs = 5000;
    WebhookTarget webhook; // no URL: notifications stay in the window (tray, status line)

    bool operator==(const AlertingSettings&) const = default;
};

// What a workspace watches, as stored in its workspace.json (format documented in
// README.md, "Workspace file"). Secrets never live here: a target names the environment
// variable or file its credential comes from.
struct WorkspaceConfig
{
    int formatVersion = 1;
    QString name;
    bool demo = false; // perfdash starts and watches its embedded demo target
    QList<ScrapeTarget> targets;
    QList<HealthProbe> probes;
    QList<JsonEndpoint> jsonEndpoints;
    QList<PostgresSource> postgres;
    QList<RedisSource> redis;
    QList<PrometheusServer> prometheusServers; // fleets read through a Prometheus-compatible server
    StorageSettings storage;
    // "alerts" in the file; a file without it gets the shipped rules, an empty list means none.
    QList<alerts::AlertRule> alertRules = alerts::defaultRules();
    AlertingSettings alerting;

    bool operator==(const WorkspaceConfig&) const = default;

    QByteArray toJson() const;
    // Parses a workspace file; on failure returns false, leaves *config alone and says what
    // and where in errorMessage ("targets[1].url: expected an http:// or https:// URL").
    static bool fromJson(const QByteArray& json, WorkspaceConfig* config, QString* errorMessage);
    // Everything fromJson() would refuse in this configuration, by the same rules: at most one
    // problem per entry (the first, as fromJson() reports it) plus every name used twice, each with
    // its field path. Empty when the configuration can be saved and read back. For editors.
    QStringList validationErrors() const;

    // The demo workspace around a demo target at baseUrl: its /metrics, its /health
    // (JSON status "ok") and its /api/performance/metrics JSON endpoint.
    static WorkspaceConfig demoWorkspace(const QUrl& baseUrl);
};

Q_DECLARE_METATYPE(WorkspaceConfig)
