#pragma once

#include "workspaceconfig.h"
#include "workspacefile.h"
#include "workspacepaths.h"

// An opened workspace: its directory, its configuration and its SQLite file.
class Workspace
{
public:
    explicit Workspace(const WorkspacePaths& paths);

    // Reads workspace.json (writing `defaults` there first when the workspace is new) and opens
    // the data file. On failure nothing on disk is overwritten and errorMessage says why.
    bool open(const WorkspaceConfig& defaults, QString* errorMessage);
    // Writes the configuration atomically (a crash mid-write leaves the old file).
    bool saveConfig(const WorkspaceConfig& config, QString* errorMessage);
    // Takes a configuration already read back from workspace.json (after an edit on disk).
    void adoptConfig(const WorkspaceConfig& config) { m_config = config; }

    const WorkspacePaths& paths() const { return m_paths; }
    const WorkspaceConfig& config() const { return m_config; }
    WorkspaceFile& file() { return m_file; }

private:
    WorkspacePaths m_paths;
    WorkspaceConfig m_config;
    WorkspaceFile m_file;
};
