#pragma once

#include "promapiresponse.h"
#include "prometheusserver.h"
#include "promsourcemetrics.h"

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

// The standard panels' figures for each chosen service (every job when none is chosen), by job and
// path over the server's rate window: P50/P95/P99 by histogram_quantile, request rate, 5xx ratio;
// then the user's queries.
std::vector<SourceQuery> sourceQueries(const PrometheusServer& server);

// A PromQL range duration: "300s", "1500ms".
QString promDuration(int ms);
// {job="a",instance="b"} for a service; empty labels give "".
QString serviceMatchers(const PrometheusService& service, const QString& extra = {});

} // namespace promapi
