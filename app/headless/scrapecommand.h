#pragma once

#include <QStringList>

// `perfdash scrape <url>... [--json] [--watch] [--interval S] [--timeout S]`:
// scrapes once (or every interval), prints the samples and, per histogram and summary label
// set, the P50/P95/P99 derived from them. Exit status 0 when every target was scraped and
// parsed, 1 when one failed (parse errors name line and column), 2 for bad arguments.
namespace ScrapeCommand {
int run(const QStringList& arguments);
}
