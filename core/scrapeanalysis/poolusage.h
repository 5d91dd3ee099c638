#pragma once

#include "labelset.h"
#include "metricset.h"

#include <string>
#include <vector>

// Connection-pool gauges an application exposes on /metrics, read as one "pool usage" view
// beside PostgreSQL's own connection counts. A pool is a gauge family `<prefix>_size` whose
// prefix ends in "pool" (ef_db_pool_size, db_pool_size), one per label set, with siblings
// of the same labels:
//   in use   <prefix>_checked_out | _checkedout | _in_use                 (basis CheckedOut)
//            else size - <prefix>_available | _checked_in | _checkedin | _idle  (SizeMinusAvailable)
//            else size + <prefix>_overflow                                (SizePlusOverflow: seed 002
//              exposes only ef_db_pool_size and ef_db_pool_overflow and alerts on their sum; with
//              SQLAlchemy's QueuePool this sum is the open connections, overflow being negative
//              until the pool is full)
//   overflow <prefix>_overflow, never below 0; 0 when absent
//   capacity size + <prefix>_max_overflow when exposed, else size
// A pool with no in-use figure is left out.
struct PoolUsage
{
    enum class InUseBasis
    {
        CheckedOut,
        SizeMinusAvailable,
        SizePlusOverflow
    };
    std::string prefix;          // e.g. "ef_db_pool"
    metricmath::LabelSet labels; // without __name__
    double size = 0;
    double inUse = 0;
    double overflow = 0;
    double capacity = 0;
    double usageRatio = 0; // inUse / capacity; above 1 when running on overflow beyond a known capacity
                           // or, without max_overflow, on any overflow connection
    InUseBasis basis = InUseBasis::CheckedOut;
};

// Every pool of one scrape, ordered by prefix then labels.
std::vector<PoolUsage> poolUsage(const Prometheus::MetricSet& set);
