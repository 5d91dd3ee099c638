#pragma once

#include "prometheuspollresult.h"
#include "timeseriesstore.h"

namespace ingest {

// Writes what a Prometheus server source read into the workspace's store, so charts, the endpoint
// table and reports keep working offline: every series under its query's metric with the server's
// labels plus source="prom:<name>", and prometheus_source_up{source} (1 when every query answered).
// Steps without a value (NaN: no traffic in the window) are left out, as a gap.
class PrometheusRecorder
{
public:
    explicit PrometheusRecorder(store::TimeSeriesStore& store);

    bool record(const PrometheusPollResult& result);

private:
    store::TimeSeriesStore& m_store;
};

} // namespace ingest
