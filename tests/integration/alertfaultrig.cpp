#include "alertfaultrig.h"

#include "defaultrules.h"
#include "httpclient.h"
#include "recordstore.h"
#include "scrapeevaluation.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace {
// Every request of a step is bounded by this; a burst never waits longer.
constexpr int requestTimeoutMs = 10'000;
} // namespace

AlertFaultRig::AlertFaultRig(const QStringList& demoArgs)
    : m_demo(std::make_unique<DemoTargetProcess>(demoArgs))
{
}

AlertFaultRig::~AlertFaultRig()
{
    m_loop.stop();
}

bool AlertFaultRig::start(QString* error)
{
    if (!m_demo->start()) {
        *error = m_demo->errorString();
        return false;
    }
    m_baseUrl = m_demo->baseUrl();
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary workspace: %1").arg(m_dir.errorString());
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("alerts.sqlite"));
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    options.retentionMs = 0; // the test clock is in 2023: nothing may be too old to keep
    if (!m_store.open(path, options, error) || !m_reader.open(path, error))
        return false;
    m_recorder = std::make_unique<ingest::SampleRecorder>(m_store);

    m_target.name = QStringLiteral("demo");
    m_target.url = m_demo->url(QStringLiteral("/metrics"));
    m_target.intervalMs = int(stepMs);
    m_target.timeoutMs = requestTimeoutMs;
    m_probe.name = QStringLiteral("demo health");
    m_probe.url = m_demo->url(QStringLiteral("/health"));
    m_probe.intervalMs = int(stepMs); // probed once a step, as often as it is scraped
    m_probe.timeoutMs = requestTimeoutMs;
    m_probeState = ProbeState(m_probe.failuresBeforeDown);
    m_loop.start();
    return true;
}

bool AlertFaultRig::setFaults(const QByteArray& json)
{
    return m_demo && httpPostJson(m_demo->url(QStringLiteral("/admin/faults")), json).status == 200;
}

void AlertFaultRig::stopDemoTarget()
{
    m_demo.reset(); // terminates it; its port is not listened on any more
}

std::vector<HttpResult> AlertFaultRig::fetch(const std::vector<HttpRequest>& requests)
{
    struct Pending
    {
        std::mutex mutex;
        std::condition_variable done;
        std::vector<HttpResult> results;
        std::size_t remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->results.resize(requests.size());
    pending->remaining = requests.size();
    m_loop.post([this, requests, pending] {
        for (std::size_t i = 0; i < requests.size(); ++i) {
            m_loop.send(requests[i], [pending, i](HttpResult result) {
                const std::lock_guard lock(pending->mutex);
                pending->results[i] = std::move(result);
                if (--pending->remaining == 0)
                    pending->done.notify_all();
            });
        }
    });
    std::unique_lock lock(pending->mutex);
    // Each request times out on its own; this only guards against a loop that never answers.
    if (!pending->done.wait_for(lock, std::chrono::milliseconds(requestTimeoutMs + 5'000),
                                [&] { return pending->remaining == 0; })) {
        for (HttpResult& result : pending->results) {
            if (result.status == 0 && result.transportOk()) {
                result.error = HttpResult::Error::Timeout;
                result.errorMessage = QStringLiteral("no answer from the collector loop");
            }
        }
    }
    return pending->results;
}

ScrapeResult AlertFaultRig::scrape(std::int64_t timeMs)
{
    HttpRequest request;
    QString error;
    if (!ScrapeEvaluation::buildRequest(m_target, &request, &error)) {
        ScrapeResult failed;
        failed.target = m_target.name;
        failed.timestampMs = timeMs;
        failed.error = error;
        return failed;
    }
    // The scrape is stamped with the test clock: the seam is ScrapeEvaluation's start time.
    return ScrapeEvaluation::evaluate(m_target, timeMs, fetch({request}).front());
}

ProbeResult AlertFaultRig::probeOnce(std::int64_t timeMs)
{
    HttpRequest request;
    request.method = m_probe.method;
    request.url = m_probe.url;
    request.timeoutMs = std::min(m_probe.timeoutMs, m_probe.intervalMs);
    const HttpResult result = fetch({request}).front();
    // As CollectorService turns a probe's answer into its result, with the test clock's time.
    ProbeResult probe;
    probe.probe = m_probe.name;
    probe.timestampMs = timeMs;
    probe.latencySeconds = result.totalSeconds;
    probe.httpStatus = result.status;
    probe.error = ProbeEvaluation::check(m_probe, result);
    probe.success = probe.error.isEmpty();
    m_probeState.record(probe.success);
    probe.up = m_probeState.isUp();
    probe.consecutiveFailures = m_probeState.consecutiveFailures();
    return probe;
}

AlertFaultRig::Step AlertFaultRig::step(alerts::AlertEvaluator& evaluator, int requests)
{
    Step step;
    step.timeMs = m_nowMs;
    std::vector<HttpRequest> burst;
    for (int i = 0; i < requests; ++i) {
        HttpRequest request;
        request.url = m_baseUrl;
        request.url.setPath(QStringLiteral("/api/v1/crm/customers/%1").arg(m_nextCustomer++));
        request.timeoutMs = requestTimeoutMs;
        burst.push_back(request);
    }
    for (const HttpResult& result : burst.empty() ? std::vector<HttpResult>{} : fetch(burst)) {
        if (result.status == 0)
            continue;
        ++step.requests;
        step.failures += result.status >= 500 ? 1 : 0;
        step.slowestSeconds = std::max(step.slowestSeconds, result.totalSeconds);
    }
    step.scrape = scrape(m_nowMs);
    step.probe = probeOnce(m_nowMs);
    if (!m_recorder->record(step.scrape, m_target.url) || !m_recorder->record(step.probe) ||
        !m_store.flush()) {
        step.error = QStringLiteral("the store refused the samples: %1").arg(m_store.lastError());
    } else {
        step.transitions = evaluator.evaluate(m_reader, m_nowMs);
        std::vector<store::AlertEvent> events;
        for (const alerts::AlertTransition& transition : step.transitions)
            events.push_back(alerts::toEvent(transition));
        if (!store::RecordStore(&m_store).addAlertEvents(events, &step.error) && step.error.isEmpty())
            step.error = QStringLiteral("the alert history refused the transitions");
        for (auto it = evaluator.errors().begin(); it != evaluator.errors().end(); ++it)
            step.error += QStringLiteral("%1: %2; ").arg(it.key(), it.value());
    }
    m_nowMs += stepMs;
    return step;
}

std::optional<double> AlertFaultRig::peek(std::string_view metric, std::string_view label,
                                          std::string_view value)
{
    const ScrapeResult result = scrape(m_nowMs);
    if (!result.metrics)
        return std::nullopt;
    const Prometheus::MetricSet& set = *result.metrics;
    const Prometheus::MetricFamily* family = set.family(metric);
    if (!family)
        return std::nullopt;
    for (const Prometheus::Sample& sample : set.samples(*family)) {
        if (set.name(sample) == metric && set.labelValue(sample, label) == value)
            return sample.value;
    }
    return std::nullopt;
}

alerts::AlertRule AlertFaultRig::shippedRule(const QString& name)
{
    for (const alerts::AlertRule& rule : alerts::defaultRules()) {
        if (rule.name == name)
            return rule;
    }
    return {};
}
