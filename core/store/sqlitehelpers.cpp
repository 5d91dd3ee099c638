#include "sqlitehelpers.h"

#include <sqlite3.h>
#include <utility>

namespace store {

Statement::Statement(sqlite3* db, const char* sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> blob)
{
    sqlite3_bind_blob(m_statement, index, blob.data(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

int Statement::step()
{
    return m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE;
}

bool Statement::run()
{
    const int rc = step();
    reset();
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::string_view Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

std::span<const std::uint8_t> Statement::blob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    return data ? std::span<const std::uint8_t>(data, std::size_t(sqlite3_column_bytes(m_statement, column)))
                : std::span<const std::uint8_t>();
}

bool exec(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error) {
        *error =
            QStringLiteral("%1 (%2)").arg(QString::fromUtf8(message ? message : sqlite3_errmsg(db)),
                                          QString::fromUtf8(sqlite3_errstr(sqlite3_extended_errcode(db))));
    }
    sqlite3_free(message);
    return false;
}

QString lastError(sqlite3* db)
{
    return QStringLiteral("%1 (SQLite error %2)")
        .arg(QString::fromUtf8(sqlite3_errmsg(db)))
        .arg(sqlite3_extended_errcode(db));
}

std::int64_t queryInt(sqlite3* db, const char* sql, std::int64_t fallback)
{
    Statement statement(db, sql);
    return statement.step() == SQLITE_ROW ? statement.int64(0) : fallback;
}

Transaction::Transaction(sqlite3* db)
    : m_db(db)
    , m_active(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK)
{
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = lastError(m_db);
        return false;
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError(m_db);
        return false; // the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace store
