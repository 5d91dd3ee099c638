#pragma once

#include "scraperesult.h"
#include "series.h"

#include <limits>
#include <map>
#include <string>
#include <vector>

// Recent points of selected series from successive scrapes of one target: enough to evaluate
// rate-based figures (QPS, 5xx ratio, latency quantiles) over a window. Older points are
// dropped as new scrapes arrive, so memory stays bounded.
class ScrapeWindow
{
public:
    explicit ScrapeWindow(std::vector<std::string> sampleNames, qint64 retainMs = 15 * 60 * 1000);

    // Failed scrapes add nothing (Prometheus would record up=0 and no samples).
    void add(const ScrapeResult& scrape);
    const metricmath::RangeVector& range(const std::string& sampleName) const;
    qint64 latestMs() const { return m_latestMs; }

private:
    std::vector<std::string> m_sampleNames;
    qint64 m_retainMs;
    qint64 m_latestMs = 0;
    std::map<std::string, metricmath::RangeVector> m_ranges;
};

// What the dashboard shows per endpoint, from the standard HTTP metrics
// (http_request_duration_seconds histogram, http_requests_total counter).
struct EndpointFigures
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();
    double requestsPerSecond = 0;
    double serverErrorRatio = none; // NaN without traffic
    double p50 = none;              // seconds; NaN without traffic
    double p95 = none;
    double p99 = none;
};

// Per group (e.g. {"path"}), over the last rangeMs of the window.
std::map<metricmath::LabelSet, EndpointFigures> endpointFigures(const ScrapeWindow& window, qint64 rangeMs,
                                                                const metricmath::LabelNames& groupBy);

// The sample names endpointFigures reads.
std::vector<std::string> endpointFigureSampleNames();
