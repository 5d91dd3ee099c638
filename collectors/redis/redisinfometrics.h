#pragma once

#include "metricsample.h"
#include "redisinfo.h"

#include <vector>

// The figures of one INFO snapshot as samples named like redis_exporter's. Instant values and
// running totals only; rates need two snapshots and come from RedisCounterRates.
namespace RedisInfoMetrics {
void append(const RedisInfo& info, std::vector<MetricSample>* samples);
} // namespace RedisInfoMetrics
