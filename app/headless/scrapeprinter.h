#pragma once

#include "scraperesult.h"

#include <QString>

// How `perfdash scrape` prints one scrape: exposition-style text for people, or one JSON
// object per line for scripts. Both end with the P50/P95/P99 of each histogram and summary.
namespace ScrapePrinter {
QString text(const ScrapeResult& result);
QString json(const ScrapeResult& result);
} // namespace ScrapePrinter
