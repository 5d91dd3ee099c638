#pragma once

#include <QList>
#include <QString>

// A PostgreSQL server (one database of it) polled for activity, locks and statement statistics.
// The conninfo is handed to libpq as is, so key=value strings, postgresql:// URIs, `service=`
// names, PG* environment variables and ~/.pgpass (or `passfile=`) all work. A password written
// into the conninfo is refused: perfdash's configuration never holds one.
struct PostgresSource
{
    QString name;
    QString conninfo; // e.g. "host=db.example port=5432 user=perfdash dbname=erp" or "service=erp"
    int intervalMs = 15000;
    int connectTimeoutMs = 5000;   // whole connection attempt, also given to libpq as connect_timeout
    int statementTimeoutMs = 5000; // `SET statement_timeout` on every poll session
    int topN = 10;                 // statements by mean and by total time; long-running queries

    // Empty when the source can be polled, else why not (naming the source and the field).
    QString validate() const;
    // Where the source points, for display: postgresql://user@host:port/dbname from the conninfo
    // (libpq's defaults left out; never a password), or the service name.
    QString displayTarget() const;

    bool operator==(const PostgresSource&) const = default;
};
