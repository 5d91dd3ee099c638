#pragma once

#include <QString>

// Where a workspace lives on disk, following XDG through QStandardPaths:
// $XDG_DATA_HOME/perfdash/workspaces/<name>/{workspace.json, perfdash.sqlite}.
class WorkspacePaths
{
public:
    // nameOrPath: a bare name ("demo") under the data directory, or a directory path.
    static WorkspacePaths resolve(const QString& nameOrPath);

    QString directory() const { return m_directory; }
    QString configFile() const;
    QString dataFile() const;

    // Creates the directory if needed; false with a message when it cannot.
    bool ensureDirectory(QString* errorMessage) const;

    static QString workspacesRoot();

private:
    explicit WorkspacePaths(const QString& directory);
    QString m_directory;
};
