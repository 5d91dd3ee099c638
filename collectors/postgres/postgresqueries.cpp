#include "postgresqueries.h"

#include <QStringList>

namespace {
QByteArray tagged(const QByteArray& sql)
{
    return QByteArray(PostgresQueries::tag) + ' ' + sql;
}

// "1.10" -> {1, 10}; {0, 0} when it does not parse.
std::pair<int, int> parseVersion(const QString& version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {0, 0};
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.at(0).toInt(&majorOk);
    const int minor = parts.at(1).toInt(&minorOk);
    return majorOk && minorOk ? std::pair{major, minor} : std::pair{0, 0};
}

QByteArray number(int value)
{
    return QByteArray::number(value);
}
} // namespace

namespace PostgresQueries {
StatementColumns statementColumns(const QString& extensionVersion, int serverVersionNum)
{
    const auto version = parseVersion(extensionVersion);
    const bool execColumns =
        version != std::pair{0, 0} ? version >= std::pair{1, 8} : serverVersionNum >= 130000;
    if (execColumns)
        return {"total_exec_time", "mean_exec_time"};
    return {"total_time", "mean_time"};
}

bool hasStatementsInfo(const QString& extensionVersion)
{
    return parseVersion(extensionVersion) >= std::pair{1, 9};
}

// Ages count client sessions only: walsenders and autovacuum workers run for hours by design.
QByteArray activitySummary()
{
    return tagged("SELECT current_setting('max_connections')::int,"
                  " count(*) FILTER (WHERE backend_type = 'client backend'),"
                  " coalesce(extract(epoch FROM max(now() - query_start)"
                  "   FILTER (WHERE state = 'active' AND backend_type = 'client backend'"
                  "   AND pid <> pg_backend_pid())), 0),"
                  " coalesce(extract(epoch FROM max(now() - xact_start)"
                  "   FILTER (WHERE backend_type = 'client backend' AND pid <> pg_backend_pid())), 0)"
                  " FROM pg_stat_activity");
}

QByteArray connectionsByState()
{
    return tagged("SELECT coalesce(state, 'unknown'), count(*) FROM pg_stat_activity"
                  " WHERE backend_type = 'client backend' GROUP BY 1");
}

QByteArray lockWaits(int serverVersionNum, int queryChars)
{
    const QByteArray waitStart = serverVersionNum >= 140000
                                     ? "coalesce((SELECT min(l.waitstart) FROM pg_locks l"
                                       " WHERE l.pid = a.pid AND NOT l.granted), a.query_start)"
                                     : "a.query_start";
    return tagged("SELECT a.pid, pg_blocking_pids(a.pid), coalesce(a.datname, ''), coalesce(a.usename, ''),"
                  " coalesce(a.wait_event, ''), coalesce(extract(epoch FROM now() - " +
                  waitStart + "), 0), left(coalesce(a.query, ''), " + number(queryChars) +
                  ") FROM pg_stat_activity a"
                  " WHERE a.wait_event_type = 'Lock' AND a.pid <> pg_backend_pid() ORDER BY a.pid");
}

QByteArray blockers(int queryChars)
{
    return tagged("SELECT pid, coalesce(state, ''), coalesce(extract(epoch FROM now() - xact_start), 0),"
                  " left(coalesce(query, ''), " +
                  number(queryChars) + ") FROM pg_stat_activity WHERE pid = ANY($1::int[]) ORDER BY pid");
}

QByteArray databaseStatistics()
{
    return tagged(
        "SELECT datname, xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched,"
        " deadlocks, temp_bytes FROM pg_stat_database WHERE datname IS NOT NULL ORDER BY datname");
}

QByteArray statementsExtension()
{
    return tagged("SELECT n.nspname, e.extversion FROM pg_extension e"
                  " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'");
}

QByteArray topStatements(const QByteArray& quotedSchema, const StatementColumns& columns, bool byMean,
                         int limit, int queryChars)
{
    const QByteArray order = byMean ? columns.meanTime : columns.totalTime;
    return tagged("SELECT coalesce(s.queryid::text, ''), coalesce(d.datname, ''), coalesce(r.rolname, ''),"
                  " s.calls, s." +
                  columns.totalTime + ", s." + columns.meanTime + ", s.rows, left(s.query, " +
                  number(queryChars) + ") FROM " + quotedSchema +
                  ".pg_stat_statements s"
                  " LEFT JOIN pg_database d ON d.oid = s.dbid LEFT JOIN pg_roles r ON r.oid = s.userid"
                  " WHERE s.query NOT LIKE '" +
                  QByteArray(tag) + "%' ORDER BY s." + order + " DESC LIMIT " + number(limit));
}

QByteArray statementsDeallocations(const QByteArray& quotedSchema)
{
    return tagged("SELECT dealloc FROM " + quotedSchema + ".pg_stat_statements_info");
}

QByteArray longRunning(int limit, int queryChars)
{
    return tagged("SELECT pid, coalesce(datname, ''), coalesce(usename, ''), coalesce(state, ''),"
                  " coalesce(wait_event_type, ''), coalesce(extract(epoch FROM now() - query_start), 0),"
                  " left(coalesce(query, ''), " +
                  number(queryChars) +
                  ") FROM pg_stat_activity"
                  " WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
                  " ORDER BY query_start LIMIT " +
                  number(limit));
}
} // namespace PostgresQueries
