#pragma once

#include "exportfamily.h"

#include <QByteArray>

namespace exporting {

// Metric families as text a scraper, a Pushgateway or a file reader takes.
namespace TextExposition {
// OpenMetrics 1.0: # TYPE / # UNIT / # HELP per family, counters' samples as _total, samples with
// their timestamps in seconds when `timestamps`, and the closing `# EOF`.
QByteArray openMetrics(const std::vector<ExportFamily>& families, bool timestamps);
// Prometheus text format 0.0.4 (what a Pushgateway takes): no timestamps, which it refuses.
QByteArray prometheusText(const std::vector<ExportFamily>& families);
} // namespace TextExposition

} // namespace exporting
