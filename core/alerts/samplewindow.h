#pragma once

#include "series.h"
#include "storetypes.h"

#include <QString>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace store {
class StoreReader;
}

namespace alerts {

// The recent raw samples of the metrics the rules read, kept between evaluations and topped up
// from the store with what arrived since (plus an overlap for samples committed late), so that an
// evaluation reads a few seconds per series instead of each rule's whole window. Answers raw range
// queries as StoreReader::query() does (same planner, same evaluation).
class SampleWindow
{
public:
    // keepMs: the longest span a query looks back (rate range or lookback); overlapMs: how late a
    // sample may become visible after its timestamp and still be seen. A scrape or probe is stamped
    // when it starts and stored when it ends, so its samples arrive up to its timeout (a scrape's 4 s,
    // a probe's and a JSON endpoint's 3 s by default) plus the writer's commit interval (1 s,
    // StoreOptions::commitIntervalMs) late: twice that.
    explicit SampleWindow(std::int64_t keepMs, std::int64_t overlapMs = 10'000);

    // Starts an evaluation at nowMs: each metric is topped up once per evaluation, when first asked.
    void beginEvaluation(store::StoreReader& reader, std::int64_t nowMs);
    // Answers a query ending at or before nowMs (at the raw resolution, within keepMs) from memory;
    // any other from the store.
    store::QueryResult query(const store::RangeQuery& query);

private:
    struct SeriesPoints
    {
        metricmath::LabelSet labels;
        std::vector<metricmath::Point> points;
        std::int64_t fetchedToMs = 0; // samples up to here were read
    };
    struct Metric
    {
        std::vector<std::int64_t> ids; // its series, as the store listed them
        std::int64_t refreshedMs = -1; // the evaluation that topped it up
    };
    bool refresh(const std::string& metric, QString* error);
    bool topUp(std::int64_t id, SeriesPoints& series, QString* error);

    std::int64_t m_keepMs;
    std::int64_t m_overlapMs;
    store::StoreReader* m_reader = nullptr;
    std::int64_t m_nowMs = 0;
    std::int64_t m_evaluation = 0;
    std::map<std::string, Metric> m_metrics;
    std::map<std::int64_t, SeriesPoints> m_series;
};

} // namespace alerts
