#pragma once

#include "promapiresponse.h"
#include "prometheusserver.h"

#include <QString>
#include <vector>

namespace promapi {

// One query a Prometheus server source runs each poll, and how its results are named in the store.
struct SourceQuery
{
    QString metric; // the stored series' metric name
    QString promql;
    Labels extraLabels; // added to every result (quantile, the service's instance)
};

// Recording-rule style names (level:metric:operation) of what the standard panels show, so they
// never collide with the raw series a scrape stores.
inline constexpr char quantileMetric[] = "path:http_request_duration_seconds:quantile";
inline constexpr char requestRateMetric[] = "path:http_requests:rate";
inline constexpr char errorRatioMetric[] = "path:http_requests_5xx:ratio";

// The standard panels' figures for each chosen service (every job when none is chosen), by job and
// path over the server's rate window: P50/P95/P99 by histogram_quantile, request rate, 5xx ratio;
// then the user's queries.
std::vector<SourceQuery> sourceQueries(const PrometheusServer& server);

// A PromQL range duration: "300s", "1500ms".
QString promDuration(int ms);
// {job="a",instance="b"} for a service; empty labels give "".
QString serviceMatchers(const PrometheusService& service, const QString& extra = {});

} // namespace promapi
