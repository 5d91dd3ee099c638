#include "workspace.h"

#include "workspacelogging.h"

#include <QFile>
#include <QSaveFile>

Workspace::Workspace(const WorkspacePaths& paths)
    : m_paths(paths)
{
}

bool Workspace::open(const WorkspaceConfig& defaults, QString* errorMessage)
{
    if (!m_paths.ensureDirectory(errorMessage))
        return false;
    QFile configFile(m_paths.configFile());
    if (!configFile.exists()) {
        qCInfo(lcWorkspace) << "new workspace at" << m_paths.directory();
        if (!saveConfig(defaults, errorMessage))
            return false;
    } else {
        if (!configFile.open(QIODevice::ReadOnly)) {
            *errorMessage =
                QStringLiteral("cannot read %1: %2").arg(configFile.fileName(), configFile.errorString());
            return false;
        }
        QString parseError;
        if (!WorkspaceConfig::fromJson(configFile.readAll(), &m_config, &parseError)) {
            *errorMessage = configFile.fileName() + QStringLiteral(": ") + parseError;
            return false;
        }
    }
    return m_file.open(m_paths.dataFile(), errorMessage);
}

bool Workspace::saveConfig(const WorkspaceConfig& config, QString* errorMessage)
{
    QSaveFile file(m_paths.configFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toJson()) < 0 || !file.commit()) {
        *errorMessage = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_config = config;
    return true;
}
