#include "postgrespoll.h"

#include "postgresqueries.h"

#include <QStringList>
#include <libpq-fe.h>

namespace {
using Labels = QList<QPair<QString, QString>>;

// Reads one PGresult as text cells.
class Rows
{
public:
    explicit Rows(const pg_result* result)
        : m_result(result)
    {
    }
    int count() const { return PQntuples(m_result); }
    QString text(int row, int column) const { return QString::fromUtf8(PQgetvalue(m_result, row, column)); }
    double number(int row, int column) const
    {
        return QByteArray(PQgetvalue(m_result, row, column)).toDouble();
    }
    qint64 integer(int row, int column) const
    {
        return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
    }
    // "{12,34}" -> {12, 34}
    QList<int> integers(int row, int column) const
    {
        QList<int> values;
        const QByteArray array = QByteArray(PQgetvalue(m_result, row, column)).mid(1).chopped(1);
        for (const QByteArray& item : array.split(','))
            if (!item.isEmpty())
                values.append(item.toInt());
        return values;
    }

private:
    const pg_result* m_result;
};

class Poll
{
public:
    Poll(PostgresConnection& connection, const PostgresSource& source, PostgresPollResult* result)
        : m_connection(connection)
        , m_source(source)
        , m_result(result)
    {
    }

    bool run()
    {
        m_result->serverVersion = m_connection.serverVersion();
        m_result->serverVersionNum = m_connection.serverVersionNum();
        return activity() && lockWaits() && databases() && statements() && longRunning();
    }

private:
    // Runs one statement; on failure sets the error, naming what was being read.
    PostgresConnection::Result query(const QByteArray& sql, const char* what,
                                     const QList<QByteArray>& params = {})
    {
        QString error;
        PostgresConnection::Result result = m_connection.exec(sql, &error, params);
        if (!result)
            m_result->error = error + QStringLiteral(" (while reading %1)").arg(QLatin1String(what));
        return result;
    }

    void add(const QString& metric, double value, const Labels& labels = {})
    {
        m_result->samples.push_back({metric, labels, value});
    }

    bool activity()
    {
        const auto summary = query(PostgresQueries::activitySummary(), "pg_stat_activity");
        if (!summary)
            return false;
        const Rows row(summary.get());
        const double maxConnections = row.number(0, 0);
        add(QStringLiteral("pg_max_connections"), maxConnections);
        add(QStringLiteral("pg_connection_usage_ratio"),
            maxConnections > 0 ? row.number(0, 1) / maxConnections : 0);
        add(QStringLiteral("pg_oldest_query_age_seconds"), row.number(0, 2));
        add(QStringLiteral("pg_oldest_transaction_age_seconds"), row.number(0, 3));

        const auto byState = query(PostgresQueries::connectionsByState(), "pg_stat_activity");
        if (!byState)
            return false;
        // Every usual state is reported, zero included, so charts get continuous series.
        QList<QPair<QString, double>> states{{QStringLiteral("active"), 0},
                                             {QStringLiteral("idle"), 0},
                                             {QStringLiteral("idle in transaction"), 0},
                                             {QStringLiteral("idle in transaction (aborted)"), 0},
                                             {QStringLiteral("fastpath function call"), 0},
                                             {QStringLiteral("disabled"), 0}};
        const Rows rows(byState.get());
        for (int i = 0; i < rows.count(); ++i) {
            const QString state = rows.text(i, 0);
            auto it =
                std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.first == state; });
            if (it == states.end())
                states.append({state, rows.number(i, 1)});
            else
                it->second = rows.number(i, 1);
        }
        double idleInTransaction = 0;
        for (const auto& [state, count] : states) {
            add(QStringLiteral("pg_connections"), count, {{QStringLiteral("state"), state}});
            if (state.startsWith(QLatin1String("idle in transaction")))
                idleInTransaction += count;
        }
        add(QStringLiteral("pg_idle_in_transaction_sessions"), idleInTransaction);
        return true;
    }

    bool lockWaits()
    {
        const auto waits = query(
            PostgresQueries::lockWaits(m_result->serverVersionNum, PostgresPoll::kQueryChars), "lock waits");
        if (!waits)
            return false;
        const Rows rows(waits.get());
        QStringList blockerPids;
        for (int i = 0; i < rows.count(); ++i) {
            PostgresLockWait wait;
            wait.pid = int(rows.integer(i, 0));
            wait.blockedBy = rows.integers(i, 1);
            wait.database = rows.text(i, 2);
            wait.user = rows.text(i, 3);
            wait.waitEvent = rows.text(i, 4);
            wait.waitSeconds = rows.number(i, 5);
            wait.query = rows.text(i, 6);
            for (int pid : std::as_const(wait.blockedBy))
                if (!blockerPids.contains(QString::number(pid)))
                    blockerPids.append(QString::number(pid));
            m_result->lockWaits.push_back(std::move(wait));
        }
        // Counted from the same rows as the chains, so the figure and the list never disagree.
        add(QStringLiteral("pg_lock_waiting_sessions"), double(m_result->lockWaits.size()));
        if (blockerPids.isEmpty())
            return true;
        const auto blockers = query(PostgresQueries::blockers(PostgresPoll::kQueryChars), "lock holders",
                                    {'{' + blockerPids.join(QLatin1Char(',')).toUtf8() + '}'});
        if (!blockers)
            return false;
        const Rows holders(blockers.get());
        for (int i = 0; i < holders.count(); ++i)
            m_result->blockers.push_back(
                {int(holders.integer(i, 0)), holders.text(i, 1), holders.number(i, 2), holders.text(i, 3)});
        return true;
    }

    bool databases()
    {
        const auto stats = query(PostgresQueries::databaseStatistics(), "pg_stat_database");
        if (!stats)
            return false;
        const Rows rows(stats.get());
        for (int i = 0; i < rows.count(); ++i) {
            const Labels labels{{QStringLiteral("datname"), rows.text(i, 0)}};
            const double blocksRead = rows.number(i, 3);
            const double blocksHit = rows.number(i, 4);
            add(QStringLiteral("pg_xact_commit_total"), rows.number(i, 1), labels);
            add(QStringLiteral("pg_xact_rollback_total"), rows.number(i, 2), labels);
            add(QStringLiteral("pg_blks_read_total"), blocksRead, labels);
            add(QStringLiteral("pg_blks_hit_total"), blocksHit, labels);
            if (blocksHit + blocksRead > 0)
                add(QStringLiteral("pg_cache_hit_ratio"), blocksHit / (blocksHit + blocksRead), labels);
            add(QStringLiteral("pg_tup_returned_total"), rows.number(i, 5), labels);
            add(QStringLiteral("pg_tup_fetched_total"), rows.number(i, 6), labels);
            add(QStringLiteral("pg_deadlocks_total"), rows.number(i, 7), labels);
            add(QStringLiteral("pg_temp_bytes_total"), rows.number(i, 8), labels);
        }
        return true;
    }

    bool statements()
    {
        const auto extension = query(PostgresQueries::statementsExtension(), "pg_extension");
        if (!extension)
            return false;
        const Rows rows(extension.get());
        if (rows.count() == 0) {
            m_result->statementsNote =
                QStringLiteral("pg_stat_statements is not installed in database \"%1\": CREATE EXTENSION "
                               "pg_stat_statements (needs shared_preload_libraries = 'pg_stat_statements'); "
                               "showing long-running queries from pg_stat_activity instead")
                    .arg(m_connection.database());
            return true;
        }
        const QByteArray schema = m_connection.identifier(rows.text(0, 0));
        const QString extensionVersion = rows.text(0, 1);
        const auto columns = PostgresQueries::statementColumns(extensionVersion, m_result->serverVersionNum);
        for (const bool byMean : {false, true}) {
            QString error;
            const auto top =
                m_connection.exec(PostgresQueries::topStatements(schema, columns, byMean, m_source.topN,
                                                                 PostgresPoll::kQueryChars),
                                  &error);
            if (!top) {
                // Installed but not preloaded: the server says so (SQLSTATE 55000); the poll goes on.
                if (m_connection.isOpen() && error.contains(QLatin1String("shared_preload_libraries"))) {
                    m_result->statementsNote = QStringLiteral("pg_stat_statements in database \"%1\": %2")
                                                   .arg(m_connection.database(), error);
                    return true;
                }
                m_result->error = error + QStringLiteral(" (while reading pg_stat_statements)");
                return false;
            }
            auto& list = byMean ? m_result->topByMeanTime : m_result->topByTotalTime;
            const Rows statementRows(top.get());
            for (int i = 0; i < statementRows.count(); ++i)
                list.push_back({statementRows.text(i, 0), statementRows.text(i, 1), statementRows.text(i, 2),
                                statementRows.integer(i, 3), statementRows.number(i, 4),
                                statementRows.number(i, 5), statementRows.integer(i, 6),
                                statementRows.text(i, 7)});
        }
        m_result->statementsAvailable = true;
        if (PostgresQueries::hasStatementsInfo(extensionVersion)) {
            const auto info =
                query(PostgresQueries::statementsDeallocations(schema), "pg_stat_statements_info");
            if (!info)
                return false;
            const double deallocations = Rows(info.get()).number(0, 0);
            add(QStringLiteral("pg_stat_statements_dealloc_total"), deallocations);
            if (deallocations > 0)
                m_result->statementsNote =
                    QStringLiteral("pg_stat_statements evicted entries %1 times since its reset: raise "
                                   "pg_stat_statements.max for a complete top-N")
                        .arg(deallocations);
        }
        return true;
    }

    bool longRunning()
    {
        const auto running =
            query(PostgresQueries::longRunning(m_source.topN, PostgresPoll::kQueryChars), "pg_stat_activity");
        if (!running)
            return false;
        const Rows rows(running.get());
        for (int i = 0; i < rows.count(); ++i)
            m_result->longRunning.push_back({int(rows.integer(i, 0)), rows.text(i, 1), rows.text(i, 2),
                                             rows.text(i, 3), rows.text(i, 4), rows.number(i, 5),
                                             rows.text(i, 6)});
        return true;
    }

    PostgresConnection& m_connection;
    const PostgresSource& m_source;
    PostgresPollResult* m_result;
};
} // namespace

namespace PostgresPoll {
bool run(PostgresConnection& connection, const PostgresSource& source, PostgresPollResult* result)
{
    const bool ok = Poll(connection, source, result).run();
    if (ok)
        result->samples.insert(result->samples.begin(), {QStringLiteral("pg_up"), {}, 1});
    return ok;
}
} // namespace PostgresPoll
