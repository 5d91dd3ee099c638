#include "workspacefile.h"

#include "workspacelogging.h"

#include <sqlite3.h>

WorkspaceFile::~WorkspaceFile()
{
    close();
}

void WorkspaceFile::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool WorkspaceFile::exec(const char* sql, QString* errorMessage)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *errorMessage =
        QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)));
    sqlite3_free(message);
    return false;
}

bool WorkspaceFile::open(const QString& path, QString* errorMessage)
{
    close();
    m_path = path;
    const QByteArray nativePath = path.toUtf8();
    if (sqlite3_open_v2(nativePath.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        *errorMessage =
            QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 2000);

    sqlite3_stmt* statement = nullptr;
    int existingId = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA application_id", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        existingId = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    if (existingId == -1) {
        *errorMessage = QStringLiteral("%1 is not an SQLite database: %2")
                            .arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    if (sqlite3_db_readonly(m_db, "main") == 1) {
        *errorMessage =
            QStringLiteral("%1 is read-only; perfdash needs to write its workspace file").arg(path);
        close();
        return false;
    }
    if (existingId != 0 && existingId != applicationId) {
        *errorMessage =
            QStringLiteral("%1 belongs to another program (application_id %2); perfdash leaves it alone")
                .arg(path)
                .arg(existingId);
        close();
        return false;
    }
    if (existingId == 0 && hasTables()) {
        *errorMessage = QStringLiteral("%1 holds another program's tables (no perfdash application_id); "
                                       "perfdash leaves it alone")
                            .arg(path);
        close();
        return false;
    }
    // auto_vacuum can only be chosen before the first table: a new file gets INCREMENTAL so the
    // store's retention can return space with incremental_vacuum instead of a full VACUUM.
    if (existingId == 0 && !exec("PRAGMA auto_vacuum=INCREMENTAL", errorMessage)) {
        close();
        return false;
    }
    const QByteArray setId = "PRAGMA application_id=" + QByteArray::number(applicationId);
    if (!exec("PRAGMA journal_mode=WAL", errorMessage) || !exec(setId.constData(), errorMessage)) {
        close();
        return false;
    }
    qCInfo(lcWorkspace) << "opened workspace file" << path;
    return true;
}

bool WorkspaceFile::hasTables() const
{
    sqlite3_stmt* statement = nullptr;
    bool any = false;
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_schema", -1, &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        any = sqlite3_column_int(statement, 0) > 0;
    sqlite3_finalize(statement);
    return any;
}

QString WorkspaceFile::journalMode() const
{
    if (!m_db)
        return {};
    sqlite3_stmt* statement = nullptr;
    QString mode;
    if (sqlite3_prepare_v2(m_db, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        mode = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return mode;
}
