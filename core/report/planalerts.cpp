#include "planalerts.h"

#include "parsemetrics.h"
#include "samplerecorder.h"

namespace report {

namespace {
AlertRecord recordOf(const alerts::AlertTransition& transition)
{
    AlertRecord record;
    record.rule = transition.rule;
    record.instance = QString::fromStdString(transition.labels.toString());
    record.from = alerts::stateName(transition.from);
    record.to = alerts::stateName(transition.to);
    record.timeMs = transition.timeMs;
    record.hasValue = transition.value.has_value();
    record.value = transition.value.value_or(0);
    record.severity = alerts::severityName(transition.severity);
    record.summary = transition.summary;
    return record;
}

// The job the plan's scrapes are stored under, as a workspace names a target.
const QString scrapeJob = QStringLiteral("acceptance");
} // namespace

PlanAlerts::PlanAlerts(const QList<alerts::AlertRule>& rules, std::int64_t startMs, std::int64_t stepMs)
    : m_evaluator(rules)
    , m_nextMs(startMs)
    , m_stepMs(std::max<std::int64_t>(stepMs, 100))
{
}

PlanAlerts::~PlanAlerts()
{
    m_store.close();
}

bool PlanAlerts::open(QString* error)
{
    if (!m_dir.isValid()) {
        *error =
            QStringLiteral("no temporary directory for the alerts' samples: %1").arg(m_dir.errorString());
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("plan-alerts.sqlite"));
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    options.retentionMs = 0;
    if (!m_store.open(path, options, error) || !m_reader.open(path, error))
        return false;
    m_recorder = std::make_unique<ingest::SampleRecorder>(m_store);
    return true;
}

void PlanAlerts::recordScrape(const QUrl& url, std::int64_t timeMs, const std::string& body)
{
    // The owning overload: the stored set outlives the scraped body.
    Prometheus::ParseResult parsed =
        Prometheus::parseMetrics(std::string(body), Prometheus::ExpositionFormat::Text);
    if (!m_recorder || !parsed.ok())
        return; // the watch counts the failure already
    ScrapeResult scrape;
    scrape.target = scrapeJob;
    scrape.timestampMs = timeMs;
    scrape.up = true;
    scrape.httpStatus = 200;
    scrape.metrics = std::make_shared<const Prometheus::MetricSet>(std::move(parsed.metrics));
    m_recorder->record(scrape, url);
}

void PlanAlerts::record(const PostgresPollResult& result)
{
    if (m_recorder)
        m_recorder->record(result);
}

void PlanAlerts::record(const RedisPollResult& result)
{
    if (m_recorder)
        m_recorder->record(result);
}

std::vector<AlertRecord> PlanAlerts::evaluateUntil(std::int64_t toMs)
{
    std::vector<AlertRecord> records;
    if (!m_recorder)
        return records;
    if (!m_store.flush()) {
        m_error = QStringLiteral("the alerts' samples were not stored: %1").arg(m_store.lastError());
        return records;
    }
    for (; m_nextMs <= toMs; m_nextMs += m_stepMs)
        evaluateAt(m_nextMs, &records);
    // The last samples (a scenario's end) count at once, not at the next step of the grid.
    if (m_lastMs < toMs)
        evaluateAt(toMs, &records);
    return records;
}

void PlanAlerts::evaluateAt(std::int64_t timeMs, std::vector<AlertRecord>* records)
{
    m_lastMs = timeMs;
    for (const alerts::AlertTransition& transition : m_evaluator.evaluate(m_reader, timeMs))
        records->push_back(recordOf(transition));
    if (m_error.isEmpty() && !m_evaluator.errors().isEmpty())
        m_error = m_evaluator.errors().firstKey() + QStringLiteral(": ") + m_evaluator.errors().first();
}

} // namespace report
