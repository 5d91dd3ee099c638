#pragma once

#include "metricsample.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <vector>

// A session waiting for a heavyweight lock and the sessions it waits on (pg_blocking_pids).
// Chains are followed through `blockedBy`: a blocker may itself appear as a waiting session.
struct PostgresLockWait
{
    int pid = 0;
    QList<int> blockedBy;
    QString database;
    QString user;
    QString waitEvent;      // e.g. "relation", "transactionid"
    double waitSeconds = 0; // since the lock wait began (PostgreSQL 14+), else since the query began
    QString query;          // truncated
};

// A session that holds what others wait for.
struct PostgresBlocker
{
    int pid = 0;
    QString state;                 // e.g. "idle in transaction"
    double transactionSeconds = 0; // age of its transaction
    QString query;                 // its current or last statement, truncated
};

// One row of pg_stat_statements (cumulative since the statistics were last reset).
struct PostgresStatement
{
    QString queryId;
    QString database;
    QString user;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    qint64 rows = 0;
    QString query; // normalised by pg_stat_statements, truncated
};

// A statement running now, from pg_stat_activity.
struct PostgresRunningQuery
{
    int pid = 0;
    QString database;
    QString user;
    QString state;
    QString waitEventType;
    double ageSeconds = 0;
    QString query; // truncated
};

struct PostgresPollResult
{
    QString source;
    qint64 timestampMs = 0; // when the poll started
    double durationSeconds = 0;
    bool ok = false;
    QString error; // why the poll failed, e.g. "connection refused at 127.0.0.1:5999"
    int consecutiveFailures = 0;
    int retryInMs = 0;     // after a failure: when the next attempt is due (exponential backoff)
    QString serverVersion; // e.g. "15.8 (Debian 15.8-0+deb12u1)"
    int serverVersionNum = 0;

    std::vector<MetricSample> samples; // pg_* series, see postgrespoll.h
    std::vector<PostgresLockWait> lockWaits;
    std::vector<PostgresBlocker> blockers;
    bool statementsAvailable = false;
    QString statementsNote; // why there are no statement statistics, or what limits them
    std::vector<PostgresStatement> topByTotalTime;
    std::vector<PostgresStatement> topByMeanTime;
    std::vector<PostgresRunningQuery> longRunning; // oldest first

    // The value of a sample, or `fallback` when the poll has no such series.
    double value(const QString& metric, const QList<QPair<QString, QString>>& labels = {},
                 double fallback = -1) const
    {
        for (const MetricSample& sample : samples) {
            if (sample.metric == metric && sample.labels == labels)
                return sample.value;
        }
        return fallback;
    }
};

Q_DECLARE_METATYPE(PostgresPollResult)
