#pragma once

#include "metricsample.h"

#include <QMetaType>
#include <QStringList>
#include <vector>

// One poll of one Redis source, handed to the owner thread.
struct RedisPollResult
{
    QString source;
    qint64 timestampMs = 0; // when the poll started
    double durationSeconds = 0;
    bool ok = false;
    QString error;     // set when !ok; names the cause, never a secret
    QStringList notes; // figures that could not be given this time, and why
    std::vector<MetricSample> samples;
    int consecutiveFailures = 0; // including this poll
    int nextPollInMs = 0;        // the interval, or the backoff after a failure
    // The collector's own keyspace lookups included in the server's counters since its
    // previous poll (already taken out of redis_hit_rate).
    double ownKeyspaceHits = 0;
    double ownKeyspaceMisses = 0;
};

Q_DECLARE_METATYPE(RedisPollResult)
