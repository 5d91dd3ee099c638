#pragma once

#include "promapiresponse.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <vector>

// What one poll of a Prometheus server source read: every query's series, named for the store.
// A query that failed is listed in errors with the server's message and the others are kept; a
// partial answer is kept with its warnings.
struct PrometheusPollResult
{
    struct Series
    {
        QString metric;
        promapi::Labels labels; // without __name__ and without the source label
        std::vector<promapi::Point> points;
    };
    QString server;
    QString source;         // "prom:<name>", the label the store adds
    qint64 timestampMs = 0; // evaluation time (the end of the range for a backfill)
    bool backfill = false;  // read with query_range over the server's backfill range
    std::vector<Series> series;
    QStringList errors;
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
};

Q_DECLARE_METATYPE(PrometheusPollResult)
