#pragma once

#include "alertrule.h"

#include <QList>

namespace alerts {

// The rules perfdash ships, from the seeds' thresholds: core P95 > 500 ms for 1m; any 5xx for 1m;
// queue backlog > 50 for 5m; pool in use > 70 % for 1m; task duration > 120 s for 3m; Redis hit
// rate < 50 % for 5m; probe down for 30s.
QList<AlertRule> defaultRules();

} // namespace alerts
