#pragma once

#include <QList>
#include <QPair>
#include <QString>

// One value a collector read, named like a Prometheus series: what the PostgreSQL, Redis
// and JSON collectors hand to the store (the scrape collector hands over whole MetricSets).
struct MetricSample
{
    QString metric;
    QList<QPair<QString, QString>> labels; // name, value; in a fixed order per metric
    double value = 0;

    bool operator==(const MetricSample&) const = default;
};
