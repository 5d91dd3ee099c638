#include "collectorservice.h"

#include "collectorslogging.h"
#include "scrapeevaluation.h"

#include <QDateTime>

namespace {
const QString scrapePrefix = QStringLiteral("scrape:");
const QString probePrefix = QStringLiteral("probe:");
const QString jsonPrefix = QStringLiteral("json:");
} // namespace

struct CollectorService::LoopState
{
    explicit LoopState(CurlMultiLoop* loop, HttpPoller::ResultHandler handler)
        : poller(loop, std::move(handler))
    {
    }
    HttpPoller poller;
    std::map<QString, ScrapeTarget> targets;
    std::map<QString, std::pair<HealthProbe, ProbeState>> probes;
    std::map<QString, JsonEndpoint> jsonEndpoints;
};

CollectorService::CollectorService(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<LoopState>(
          &m_loop, [this](const QString& id, qint64 startedAtMs, const HttpResult& result) {
              onResult(id, startedAtMs, result);
          }))
{
}

CollectorService::~CollectorService()
{
    stop();
}

void CollectorService::start()
{
    m_loop.start();
}

void CollectorService::stop()
{
    m_loop.stop();
}

void CollectorService::configure(const QList<ScrapeTarget>& targets, const QList<HealthProbe>& probes,
                                 const QList<JsonEndpoint>& jsonEndpoints)
{
    m_loop.post(
        [this, targets, probes, jsonEndpoints] { applyConfiguration(targets, probes, jsonEndpoints); });
}

void CollectorService::scrapeNow(const QString& target)
{
    m_loop.post([this, target] { m_state->poller.pollNow(scrapePrefix + target); });
}

void CollectorService::applyConfiguration(const QList<ScrapeTarget>& targets,
                                          const QList<HealthProbe>& probes,
                                          const QList<JsonEndpoint>& jsonEndpoints)
{
    std::vector<HttpPoller::Job> jobs;
    m_state->targets.clear();
    for (const ScrapeTarget& target : targets) {
        HttpRequest request;
        QString error;
        if (!ScrapeEvaluation::buildRequest(target, &request, &error)) {
            // Reported once per configuration; the other targets run on.
            qCWarning(lcCollectors).noquote() << error;
            ScrapeResult failed;
            failed.target = target.name;
            failed.timestampMs = QDateTime::currentMSecsSinceEpoch();
            failed.error = error;
            if (m_scrapeSink)
                m_scrapeSink(failed, target.url);
            QMetaObject::invokeMethod(
                this, [this, failed] { emit scraped(failed); }, Qt::QueuedConnection);
            continue;
        }
        m_state->targets[target.name] = target;
        jobs.push_back({scrapePrefix + target.name, request, target.intervalMs});
    }

    std::map<QString, std::pair<HealthProbe, ProbeState>> keptProbes;
    for (const HealthProbe& probe : probes) {
        auto existing = m_state->probes.find(probe.name);
        const bool unchanged = existing != m_state->probes.end() && existing->second.first == probe;
        keptProbes.emplace(probe.name, unchanged ? existing->second
                                                 : std::pair{probe, ProbeState(probe.failuresBeforeDown)});
        HttpRequest request;
        request.method = probe.method;
        request.url = probe.url;
        request.timeoutMs = std::min(probe.timeoutMs, probe.intervalMs);
        request.caFile = probe.caFile;
        request.insecureSkipVerify = probe.insecureSkipVerify;
        request.maxBodyBytes = 1024 * 1024; // a health answer is small; anything bigger is wrong
        jobs.push_back({probePrefix + probe.name, request, probe.intervalMs});
    }
    m_state->probes = std::move(keptProbes);

    m_state->jsonEndpoints.clear();
    for (const JsonEndpoint& endpoint : jsonEndpoints) {
        m_state->jsonEndpoints[endpoint.name] = endpoint;
        HttpRequest request;
        request.url = endpoint.url;
        request.timeoutMs = std::min(endpoint.timeoutMs, endpoint.intervalMs);
        request.headers.append(QByteArrayLiteral("Accept: application/json"));
        jobs.push_back({jsonPrefix + endpoint.name, request, endpoint.intervalMs});
    }
    m_state->poller.setJobs(jobs);
}

void CollectorService::onResult(const QString& id, qint64 startedAtMs, const HttpResult& result)
{
    if (id.startsWith(scrapePrefix)) {
        auto it = m_state->targets.find(id.mid(scrapePrefix.size()));
        if (it == m_state->targets.end())
            return;
        ScrapeResult scrape = ScrapeEvaluation::evaluate(it->second, startedAtMs, result);
        if (!scrape.up)
            qCDebug(lcCollectors).noquote() << "scrape of" << scrape.target << "failed:" << scrape.error;
        if (m_scrapeSink)
            m_scrapeSink(scrape, it->second.url);
        QMetaObject::invokeMethod(
            this, [this, scrape] { emit scraped(scrape); }, Qt::QueuedConnection);
    } else if (id.startsWith(probePrefix)) {
        auto it = m_state->probes.find(id.mid(probePrefix.size()));
        if (it == m_state->probes.end())
            return;
        auto& [probe, state] = it->second;
        ProbeResult probeResult;
        probeResult.probe = probe.name;
        probeResult.timestampMs = startedAtMs;
        probeResult.latencySeconds = result.totalSeconds;
        probeResult.httpStatus = result.status;
        probeResult.error = ProbeEvaluation::check(probe, result);
        probeResult.success = probeResult.error.isEmpty();
        state.record(probeResult.success);
        probeResult.up = state.isUp();
        probeResult.consecutiveFailures = state.consecutiveFailures();
        QMetaObject::invokeMethod(
            this, [this, probeResult] { emit probed(probeResult); }, Qt::QueuedConnection);
    } else if (id.startsWith(jsonPrefix)) {
        auto it = m_state->jsonEndpoints.find(id.mid(jsonPrefix.size()));
        if (it == m_state->jsonEndpoints.end())
            return;
        JsonPollResult poll;
        poll.endpoint = it->second.name;
        poll.timestampMs = startedAtMs;
        poll.durationSeconds = result.totalSeconds;
        if (!result.transportOk())
            poll.error = result.errorMessage;
        else if (result.status < 200 || result.status > 299)
            poll.error = QStringLiteral("server returned HTTP status %1").arg(result.status);
        else
            poll.ok =
                JsonSampleExtractor::extract(result.body, it->second.mappings, &poll.samples, &poll.error);
        QMetaObject::invokeMethod(
            this, [this, poll] { emit jsonPolled(poll); }, Qt::QueuedConnection);
    }
}
