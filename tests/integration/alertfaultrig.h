#pragma once

#include "alertevaluator.h"
#include "curlmultiloop.h"
#include "demotargetprocess.h"
#include "healthprobe.h"
#include "probeevaluation.h"
#include "samplerecorder.h"
#include "scraperesult.h"
#include "scrapetarget.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <vector>

// The real demo target, collected by the collectors' own code into a real store, on a test clock:
// each step() sends a bounded burst of API requests, scrapes /metrics and probes /health once, records
// what they report stamped with the test clock's time (the values are the demo target's), stores the
// evaluation's transitions in the workspace's alert history as the scheduler does, and moves the clock
// on. Time in the store and in the alerts is the test's; only the requests take real time.
class AlertFaultRig
{
public:
    static constexpr std::int64_t startMs = 1'700'000'000'000;
    static constexpr std::int64_t stepMs = 15'000;

    explicit AlertFaultRig(const QStringList& demoArgs = {});
    ~AlertFaultRig();

    // Starts the demo target, opens the store in a temporary workspace, starts the collector loop.
    bool start(QString* error);
    // POST /admin/faults with `json`; false unless the demo target accepted it.
    bool setFaults(const QByteArray& json);
    // Stops the demo target: its scrapes and probes fail from then on.
    void stopDemoTarget();

    struct Step
    {
        std::int64_t timeMs = 0;
        int requests = 0; // the burst's API requests that got an answer
        int failures = 0; // of those, how many answered 5xx
        double slowestSeconds = 0;
        ScrapeResult scrape;
        ProbeResult probe;
        std::vector<alerts::AlertTransition> transitions;
        QString error; // the store refused the samples or the history; then nothing was evaluated
    };
    // One step at now(): `requests` GET /api/v1/crm/customers/{id} at once (ids never asked before, so
    // no cache answers them), one scrape, one probe, recorded at now() and flushed, `evaluator` run at
    // now(); then the clock moves on by stepMs.
    Step step(alerts::AlertEvaluator& evaluator, int requests = 0);
    std::int64_t now() const { return m_nowMs; }
    // The step number a time on the clock is (0 at startMs).
    static int stepAt(std::int64_t timeMs) { return int((timeMs - startMs) / stepMs); }

    // A scrape that is parsed but not recorded (to wait for a real backlog); nullopt unless the
    // target answered and exposes that series.
    std::optional<double> peek(std::string_view metric, std::string_view label, std::string_view value);

    // The shipped rule of that name, unmodified.
    static alerts::AlertRule shippedRule(const QString& name);

    store::TimeSeriesStore& store() { return m_store; }
    store::StoreReader& reader() { return m_reader; }
    const ScrapeTarget& target() const { return m_target; }
    const HealthProbe& probe() const { return m_probe; }

private:
    std::vector<HttpResult> fetch(const std::vector<HttpRequest>& requests);
    ScrapeResult scrape(std::int64_t timeMs);
    ProbeResult probeOnce(std::int64_t timeMs);

    std::unique_ptr<DemoTargetProcess> m_demo;
    QUrl m_baseUrl;
    QTemporaryDir m_dir;
    store::TimeSeriesStore m_store;
    store::StoreReader m_reader;
    std::unique_ptr<ingest::SampleRecorder> m_recorder;
    CurlMultiLoop m_loop;
    ScrapeTarget m_target;
    HealthProbe m_probe;
    ProbeState m_probeState;
    std::int64_t m_nowMs = startMs;
    int m_nextCustomer = 1;
};
