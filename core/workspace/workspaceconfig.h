#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A service perfdash watches: its base URL and the paths it scrapes and probes.
struct TargetConfig
{
    QString name;
    QUrl baseUrl;
    QString metricsPath = QStringLiteral("/metrics");
    QString healthPath = QStringLiteral("/health");
    int scrapeIntervalMs = 5000;

    bool operator==(const TargetConfig&) const = default;
};

// What a workspace holds besides its samples. Secrets never live here:
// credentials come from the environment, libpq's own files or secret files.
struct WorkspaceConfig
{
    int formatVersion = 1;
    QString name;
    bool demo = false; // true: perfdash starts and watches its embedded demo target
    QList<TargetConfig> targets;

    bool operator==(const WorkspaceConfig&) const = default;

    QByteArray toJson() const;
    // Parses a workspace file; on failure returns false and says what and where in errorMessage.
    static bool fromJson(const QByteArray& json, WorkspaceConfig* config, QString* errorMessage);

    // The demo workspace: one target, the embedded demo server at demoUrl.
    static WorkspaceConfig demoWorkspace(const QUrl& demoUrl);
};

Q_DECLARE_METATYPE(WorkspaceConfig)
