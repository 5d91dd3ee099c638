#pragma once

#include "sqlitehelpers.h"
#include "timeseriesstore.h"

#include <QString>
#include <QTest>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace storetest {

// A fixed "now" (2023-11-14T22:13:20Z) so ages are deterministic.
constexpr std::int64_t nowMs = 1'700'000'000'000;

inline store::StoreOptions quietOptions()
{
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0; // tests trigger maintenance themselves
    return options;
}

// Opens a plain connection (the tests' independent view of the file).
struct Db
{
    explicit Db(const QString& path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
        sqlite3_busy_timeout(db, 5000);
    }
    ~Db() { sqlite3_close_v2(db); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    std::int64_t integer(const char* sql) const { return store::queryInt(db, sql); }
    QString text(const char* sql) const
    {
        store::Statement statement(db, sql);
        if (statement.step() != SQLITE_ROW)
            return QString::fromUtf8(sqlite3_errmsg(db));
        const std::string_view t = statement.text(0);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    sqlite3* db = nullptr;
};

inline bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace storetest
