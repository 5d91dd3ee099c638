#pragma once

#include "customerstore.h"
#include "dbpool.h"
#include "democonfig.h"
#include "faultinjection.h"
#include "materialcatalog.h"
#include "operationstats.h"
#include "queuesimulator.h"
#include "requestmetrics.h"
#include "ttlcache.h"

#include <chrono>

// The state every route shares, built once from the command line.
struct DemoContext
{
    explicit DemoContext(const DemoConfig& demoConfig);
    DemoContext(const DemoContext&) = delete;
    DemoContext& operator=(const DemoContext&) = delete;

    double uptimeSeconds() const;
    // The simulated cost of one database round trip, before the latency multiplier.
    double dbLatencyMs() const { return double(config.dbLatencyMs); }

    const DemoConfig config;
    const std::chrono::steady_clock::time_point started;
    const double startTimeUnixSeconds;
    FaultInjection faults;
    RequestMetrics requestMetrics;
    OperationStats operations;
    DbPool dbPool;
    CustomerStore customers;
    MaterialCatalog materials;
    TtlCache customerCache;     // one customer per key, as crm:customer:{id}
    TtlCache customerPageCache; // list pages, as seed 000's crm:customers:{page}:{pageSize}
    TtlCache materialPageCache;
    QueueSimulator queues;
};
