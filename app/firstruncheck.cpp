#include "firstruncheck.h"

#include "collectorservice.h"

FirstRunCheck::FirstRunCheck(QObject* parent)
    : QObject(parent)
{
}

FirstRunCheck::~FirstRunCheck() = default;

void FirstRunCheck::run(const ScrapeTarget& target)
{
    m_service = std::make_unique<CollectorService>(); // the previous one, and its answer, go with it
    ScrapeTarget once = target;
    once.name = QStringLiteral("test");
    // Long enough that the schedule never scrapes before the service is dropped: only scrapeNow does.
    once.intervalMs = 3600 * 1000;
    once.timeoutMs = 10000;
    CollectorService* service = m_service.get();
    connect(service, &CollectorService::scraped, this, [this, service](const ScrapeResult& result) {
        disconnect(service, nullptr, this, nullptr);
        emit finished(summarize(result));
    });
    service->configure({once}, {}, {});
    service->start();
    service->scrapeNow(once.name);
}

AddTargetCheck FirstRunCheck::summarize(const ScrapeResult& result)
{
    AddTargetCheck check;
    check.ok = result.up;
    check.error = result.error;
    check.seconds = result.durationSeconds;
    check.samples = result.samplesScraped();
    if (!result.metrics)
        return check;
    for (const Prometheus::MetricFamily& family : result.metrics->families()) {
        ++check.families;
        if (family.type == Prometheus::MetricType::Histogram &&
            result.metrics->name(family) == "http_request_duration_seconds")
            check.requestHistograms = true;
    }
    return check;
}
