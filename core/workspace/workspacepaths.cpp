#include "workspacepaths.h"

#include <QDir>
#include <QStandardPaths>

WorkspacePaths::WorkspacePaths(const QString& directory)
    : m_directory(QDir::cleanPath(directory))
{
}

QString WorkspacePaths::workspacesRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/perfdash/workspaces");
}

WorkspacePaths WorkspacePaths::resolve(const QString& nameOrPath)
{
    // A name has no separator; anything else is taken as a directory path.
    if (!nameOrPath.contains(QLatin1Char('/')))
        return WorkspacePaths(workspacesRoot() + QLatin1Char('/') + nameOrPath);
    return WorkspacePaths(QDir(nameOrPath).absolutePath());
}

QString WorkspacePaths::configFile() const
{
    return m_directory + QStringLiteral("/workspace.json");
}

QString WorkspacePaths::dataFile() const
{
    return m_directory + QStringLiteral("/perfdash.sqlite");
}

bool WorkspacePaths::ensureDirectory(QString* errorMessage) const
{
    if (QDir().mkpath(m_directory))
        return true;
    *errorMessage = QStringLiteral("cannot create workspace directory %1").arg(m_directory);
    return false;
}
