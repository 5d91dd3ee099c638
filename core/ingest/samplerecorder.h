#pragma once

#include "healthprobe.h"
#include "jsonpollresult.h"
#include "postgrespollresult.h"
#include "redispollresult.h"
#include "scraperesult.h"
#include "timeseriesstore.h"

#include <QUrl>
#include <atomic>
#include <vector>

namespace ingest {

// Writes what the collectors report into the workspace's store, named as Prometheus would so
// that queries, alerts and exports read one vocabulary:
//  - a scrape's samples with job=<target name> and instance=<host:port> (labels the target
//    itself exposes under those names become exported_job / exported_instance), stamped with
//    the sample's own timestamp when it has one; then up, scrape_duration_seconds and
//    scrape_samples_scraped, also for a failed scrape (up 0), and the application's connection
//    pools as app_pool_{in_use,capacity,overflow,usage_ratio}{pool=<prefix>};
//  - a probe as probe_success, probe_up (the state after failuresBeforeDown),
//    probe_duration_seconds and probe_http_status_code with probe=<name>;
//  - JSON endpoint samples with job=<endpoint name>;
//  - PostgreSQL and Redis samples with source=<source name>, plus pg_up / redis_up and
//    {pg,redis}_poll_duration_seconds.
// Appending never waits for the disk (the store queues); false when the store refused.
// Thread-safe: the collector thread records scrapes while the GUI thread records the rest.
class SampleRecorder
{
public:
    explicit SampleRecorder(store::TimeSeriesStore& store);

    bool record(const ScrapeResult& result, const QUrl& targetUrl);
    bool record(const ProbeResult& result);
    bool record(const JsonPollResult& result);
    bool record(const PostgresPollResult& result);
    bool record(const RedisPollResult& result);

    // Samples handed to the store since construction.
    std::uint64_t recorded() const { return m_recorded; }

private:
    using Batch = std::vector<store::Sample>;
    void add(Batch& batch, std::string_view metric, metricmath::LabelSet labels, std::int64_t timestampMs,
             double value);
    void addAll(Batch& batch, const std::vector<MetricSample>& samples, const metricmath::LabelSet& extra,
                std::int64_t timestampMs);
    bool append(const Batch& batch);

    store::TimeSeriesStore& m_store;
    std::atomic<std::uint64_t> m_recorded = 0;
};

} // namespace ingest
