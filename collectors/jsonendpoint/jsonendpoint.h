#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One JSON path mapped to a series. '*' in the path matches every key at that level and
// gives its key as the value of the next label in wildcardLabels, so seed 003's
// {"performance_metrics": {"crm.get_customer": {"avg": 0.02}}} maps with
//   path "performance_metrics.*.avg", metric "app_operation_avg_seconds", labels ["operation"].
struct JsonMapping
{
    QString path;
    QString metric;
    QStringList wildcardLabels;

    bool operator==(const JsonMapping&) const = default;
};

struct JsonEndpoint
{
    QString name;
    QUrl url;
    int intervalMs = 5000;
    int timeoutMs = 3000;
    QList<JsonMapping> mappings;

    bool operator==(const JsonEndpoint&) const = default;

    // The mappings for a seed-003 style /api/performance/metrics endpoint.
    static QList<JsonMapping> performanceMetricsMappings();
};
