#pragma once

#include <QByteArray>
#include <QString>

// The SQL of one poll, chosen by server and extension version. Every statement starts with
// the `tag` comment so perfdash's own statements can be left out of pg_stat_statements' top-N.
//
// Version differences handled (PostgreSQL 12-17):
// - pg_stat_statements 1.8 (shipped with PostgreSQL 13) renamed total_time / mean_time to
//   total_exec_time / mean_exec_time; the installed extension version decides (an upgraded
//   server can keep an older extension until ALTER EXTENSION ... UPDATE), the server version
//   only when the extension version is unknown.
// - pg_stat_statements_info (dealloc count) exists from extension 1.9 (PostgreSQL 14).
// - pg_locks.waitstart exists from PostgreSQL 14; earlier servers measure a lock wait from
//   the start of the waiting query.
// - Everything else read here (pg_stat_activity state / backend_type / wait_event_type,
//   pg_blocking_pids, pg_stat_database counters) is the same from 12 to 17. The checkpointer
//   statistics that moved to pg_stat_checkpointer in 17 are not read.
namespace PostgresQueries {
inline constexpr char tag[] = "/* perfdash */";

struct StatementColumns
{
    QByteArray totalTime; // milliseconds
    QByteArray meanTime;  // milliseconds
};
// extensionVersion as in pg_extension.extversion ("1.10"); may be empty.
StatementColumns statementColumns(const QString& extensionVersion, int serverVersionNum);
bool hasStatementsInfo(const QString& extensionVersion);

// max_connections, client backends, oldest running query age, oldest transaction age (seconds;
// perfdash's own session excluded), sessions waiting for a lock.
QByteArray activitySummary();
// state, count over client backends.
QByteArray connectionsByState();
// pid, blocking pids (int[] text), database, user, wait_event, wait seconds, query.
QByteArray lockWaits(int serverVersionNum, int queryChars);
// pid, state, transaction seconds, query; $1 = int[] of pids.
QByteArray blockers(int queryChars);
// datname, xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched, deadlocks, temp_bytes.
QByteArray databaseStatistics();
// schema, extversion of pg_stat_statements in the connected database (no row: not installed).
QByteArray statementsExtension();
// queryid, database, user, calls, total ms, mean ms, rows, query; ordered by total or mean time.
QByteArray topStatements(const QByteArray& quotedSchema, const StatementColumns& columns, bool byMean,
                         int limit, int queryChars);
QByteArray statementsDeallocations(const QByteArray& quotedSchema);
// pid, database, user, state, wait_event_type, age seconds, query; active client backends, oldest first.
QByteArray longRunning(int limit, int queryChars);
} // namespace PostgresQueries
