#include "jsonendpoint.h"

QList<JsonMapping> JsonEndpoint::performanceMetricsMappings()
{
    const QStringList operation{QStringLiteral("operation")};
    return {
        {QStringLiteral("performance_metrics.*.min"), QStringLiteral("app_operation_min_seconds"), operation},
        {QStringLiteral("performance_metrics.*.max"), QStringLiteral("app_operation_max_seconds"), operation},
        {QStringLiteral("performance_metrics.*.avg"), QStringLiteral("app_operation_avg_seconds"), operation},
        {QStringLiteral("performance_metrics.*.count"), QStringLiteral("app_operation_count"), operation},
        {QStringLiteral("performance_metrics.*.total"), QStringLiteral("app_operation_total_seconds"),
         operation},
    };
}
