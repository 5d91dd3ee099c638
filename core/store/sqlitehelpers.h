#pragma once

#include <QString>
#include <cstdint>
#include <span>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace store {

// A prepared statement that finalizes itself. step() returns the SQLite result code.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::span<const std::uint8_t> blob);
    Statement& bindNull(int index);
    int step();
    // step() then reset(); true on SQLITE_DONE or SQLITE_ROW.
    bool run();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::string_view text(int column) const;
    std::span<const std::uint8_t> blob(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
};

// Runs SQL without results; false with the message in *error.
bool exec(sqlite3* db, const char* sql, QString* error);
// The connection's last error, e.g. "database or disk is full (SQLITE_FULL)".
QString lastError(sqlite3* db);
// One integer from a PRAGMA or SELECT; `fallback` when it yields nothing.
std::int64_t queryInt(sqlite3* db, const char* sql, std::int64_t fallback = -1);

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    bool commit(QString* error);

private:
    sqlite3* m_db;
    bool m_active = false;
};

} // namespace store
