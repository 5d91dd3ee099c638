#pragma once

#include "labelset.h"
#include "metricset.h"

#include <string>
#include <vector>

// P50/P95/P99 of every histogram and summary in one scrape, per label set. Histograms use
// histogram_quantile over the instant (cumulative since start) bucket values; summaries pass
// their own quantiles through (NaN where they do not report one).
struct InstantQuantiles
{
    enum class Source
    {
        Histogram,
        Summary
    };
    std::string family;
    metricmath::LabelSet labels; // without le / quantile and without __name__
    Source source = Source::Histogram;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
};

std::vector<InstantQuantiles> instantQuantiles(const Prometheus::MetricSet& set);
