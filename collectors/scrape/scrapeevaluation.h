#pragma once

#include "httprequest.h"
#include "scraperesult.h"
#include "scrapetarget.h"

// Pure parts of scraping: the request a target needs and what its response means.
namespace ScrapeEvaluation {
// The HTTP request for one scrape; false with a message when its secret cannot be read.
bool buildRequest(const ScrapeTarget& target, HttpRequest* request, QString* errorMessage);
// Turns a finished request into a scrape result: transport errors, non-2xx statuses,
// unsupported media types and parse errors (with line and column) all mean up = false.
ScrapeResult evaluate(const ScrapeTarget& target, qint64 startedAtMs, HttpResult result);
} // namespace ScrapeEvaluation
