#pragma once

#include "overviewpanels.h"

#include <string>
#include <vector>

namespace panels {

struct TimeRange;
class PanelQueries;

// The charts of PostgreSQL and Redis sources. With `source` empty they cover every source and
// name their lines by it (the Overview); with a source, only that one (its own page).
PanelData databaseConnectionsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData lockWaitsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData transactionsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData bufferCachePanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData redisHitRatePanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData redisMemoryPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData redisClientsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);
PanelData redisOpsPanel(PanelQueries& queries, const std::string& source, const TimeRange& range);

// The Database page's charts of one source over [endMs - spanMs, endMs]: connections by state
// against max_connections, commits and rollbacks per second, lock waits, buffer cache hit ratio.
OverviewData databasePanels(store::StoreReader& reader, const std::string& source, std::int64_t endMs,
                            std::int64_t spanMs);
// The Cache page's charts of one Redis source: hit rate, memory against maxmemory, ops/s, clients.
OverviewData cachePanels(store::StoreReader& reader, const std::string& source, std::int64_t endMs,
                         std::int64_t spanMs);

} // namespace panels
