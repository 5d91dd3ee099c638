#pragma once

#include "series.h"
#include "storereader.h"

#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

namespace panels {

enum class Unit
{
    Seconds,
    RequestsPerSecond,
    PerSecond, // anything else per second: commits, commands
    Ratio,     // 0..1, shown as a percentage
    Count,
};

struct ChartLine
{
    QString name;
    std::vector<metricmath::Point> points;
    bool limit = false; // a limit drawn for reference (max_connections), not one of the card's values
};

// One card of the Overview: its lines and the threshold the acceptance criteria set.
struct PanelData
{
    QString id;
    QString title;
    Unit unit = Unit::Count;
    std::optional<double> threshold;
    bool alertAbove = true; // a value above the threshold is bad (false: below is bad)
    QString thresholdText;  // e.g. "P95 ≤ 500 ms"
    QString thresholdLine;  // the line the threshold applies to (empty: every line)
    std::vector<ChartLine> lines;
    QString emptyReason; // why there are no lines
    QString error;       // the store could not answer
};

struct OverviewData
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::vector<PanelData> panels;
};

// The Overview's twelve cards over [endMs - spanMs, endMs], with the seeds' thresholds: P50/P95/P99
// latency (P95 ≤ 500 ms), request rate, 5xx ratio (zero errors), cache hit rate (alert under
// 50 %), connection-pool usage (alert over 70 %), queue backlog (alert over 50); health-check
// latency; PostgreSQL connections by state against max_connections, lock waits, commits and
// rollbacks; Redis memory against maxmemory (alert over 90 %) and clients.
OverviewData computeOverview(store::StoreReader& reader, std::int64_t endMs, std::int64_t spanMs);

struct PanelResult;
struct Selector;
struct TimeRange;
class PanelQueries;
// quantiles()' series as lines named P50, P95, P99 (in the order asked for).
std::vector<ChartLine> quantileLines(const PanelResult& result, const std::vector<double>& qs);
// P50/P95/P99 of one histogram selection over `range`, with the seeds' criterion (P95 ≤ 500 ms):
// the Overview's latency card and an endpoint's chart alike.
PanelData latencyPanel(PanelQueries& queries, const Selector& histogram, const QString& id,
                       const QString& title, const TimeRange& range);

// Whether `value` breaks the panel's threshold.
bool breaches(const PanelData& panel, double value);

} // namespace panels

Q_DECLARE_METATYPE(panels::OverviewData)
