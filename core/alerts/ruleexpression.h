#pragma once

#include "alertrule.h"

#include <QString>
#include <cstdint>

namespace alerts {

// The PromQL a rule evaluates, its condition included, as Prometheus' rules page shows an
// expression: what a reader compares with their own rule files.
//   histogram_quantile(0.95, sum by (le, job) (rate(http_request_duration_seconds_bucket[1m]))) > 0.5
QString ruleExpression(const AlertRule& rule);

// A duration as Prometheus writes one: "1h30m", "5m", "30s", "250ms", "0s".
QString formatPrometheusDuration(std::int64_t ms);

} // namespace alerts
