#pragma once

#include <QString>

struct sqlite3;

// The workspace's SQLite file: opened in WAL mode and marked as perfdash's own,
// so a wrong or foreign file is refused with a clear message instead of being written over.
// The time-series schema itself belongs to the store (core/store).
class WorkspaceFile
{
public:
    WorkspaceFile() = default;
    ~WorkspaceFile();
    WorkspaceFile(const WorkspaceFile&) = delete;
    WorkspaceFile& operator=(const WorkspaceFile&) = delete;

    bool open(const QString& path, QString* errorMessage);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    QString journalMode() const;

    // 'PDSH' in the SQLite header's application_id field.
    static constexpr int applicationId = 0x50445348;

private:
    bool exec(const char* sql, QString* errorMessage);
    bool hasTables() const;

    sqlite3* m_db = nullptr;
    QString m_path;
};
