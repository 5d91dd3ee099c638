#include "collectorwatch.h"

#include "acceptancehttp.h"
#include "parsemetrics.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace report {

namespace {
// Sums every sample of a family (all label sets); false when the family is absent.
bool familySum(const Prometheus::MetricSet& metrics, std::string_view name, double* sum)
{
    const Prometheus::MetricFamily* family = metrics.family(name);
    if (!family)
        return false;
    *sum = 0;
    for (const Prometheus::Sample& sample : metrics.samples(*family))
        *sum += sample.value;
    return true;
}

QString clock(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

QJsonArray eventsToJson(const std::vector<CollectorEvent>& events)
{
    QJsonArray list;
    for (const CollectorEvent& event : events)
        list.append(QJsonObject{{QStringLiteral("timeMs"), qint64(event.timeMs)},
                                {QStringLiteral("time"), clock(event.timeMs)},
                                {QStringLiteral("text"), event.text}});
    return list;
}

std::vector<CollectorEvent> eventsFromJson(const QJsonArray& array)
{
    std::vector<CollectorEvent> events;
    for (const QJsonValue& value : array)
        events.push_back(
            {value[QStringLiteral("timeMs")].toInteger(), value[QStringLiteral("text")].toString()});
    return events;
}

bool CollectorPoint::fromExposition(std::string text, std::int64_t timeMs, CollectorPoint* point,
                                    QString* error)
{
    const Prometheus::ParseResult parsed =
        Prometheus::parseMetrics(std::move(text), Prometheus::ExpositionFormat::Text);
    if (!parsed.ok()) {
        *error = QStringLiteral("the metrics do not parse: ") + QString::fromStdString(parsed.error->message);
        return false;
    }
    const Prometheus::MetricSet& metrics = parsed.metrics;
    point->timeMs = timeMs;
    point->hasPool = familySum(metrics, "db_pool_checked_out", &point->poolInUse);
    familySum(metrics, "db_pool_size", &point->poolSize);
    familySum(metrics, "db_pool_overflow", &point->poolOverflow);
    familySum(metrics, "db_pool_waits_total", &point->poolWaits);
    point->hasQueue = familySum(metrics, "celery_queue_length", &point->queueBacklog);
    familySum(metrics, "http_requests_in_flight", &point->inFlight);
    point->hasCache = familySum(metrics, "cache_hits_total", &point->cacheHits) &&
                      familySum(metrics, "cache_misses_total", &point->cacheMisses);
    return true;
}

CollectorSummary CollectorSummary::summarise(const std::vector<CollectorPoint>& points, std::int64_t fromMs,
                                             std::int64_t toMs)
{
    CollectorSummary summary;
    const CollectorPoint* first = nullptr;
    const CollectorPoint* last = nullptr;
    bool overflowSeen = false;
    bool waitsSeen = false;
    for (const CollectorPoint& point : points) {
        if (point.timeMs < fromMs || point.timeMs > toMs)
            continue;
        summary.points.push_back(point);
        ++summary.samples;
        first = first ? first : &point;
        last = &point;
        if (point.hasPool) {
            summary.peakPoolInUse = std::max(summary.peakPoolInUse, point.poolInUse);
            summary.poolSize = point.poolSize;
            summary.peakPoolOverflow = std::max(summary.peakPoolOverflow, point.poolOverflow);
            if (point.poolOverflow > 0 && !overflowSeen) {
                overflowSeen = true;
                summary.events.push_back(
                    {point.timeMs, QStringLiteral("database pool beyond its size (%1 overflow connections)")
                                       .arg(point.poolOverflow)});
            }
            if (point.poolWaits > first->poolWaits && !waitsSeen) {
                waitsSeen = true;
                summary.events.push_back(
                    {point.timeMs, QStringLiteral("requests waiting for a database connection")});
            }
        }
        if (point.hasQueue)
            summary.peakQueueBacklog = std::max(summary.peakQueueBacklog, point.queueBacklog);
        summary.peakInFlight = std::max(summary.peakInFlight, point.inFlight);
    }
    if (first && last && first->hasPool && last->hasPool)
        summary.poolWaits = std::max(0.0, last->poolWaits - first->poolWaits);
    if (first && last && first->hasCache && last->hasCache) {
        const double hits = last->cacheHits - first->cacheHits;
        const double lookups = hits + last->cacheMisses - first->cacheMisses;
        summary.cacheHitRate = lookups > 0 ? 100.0 * hits / lookups : -1;
    }
    return summary;
}

QJsonObject CollectorSummary::toJson() const
{
    QJsonArray pointList;
    for (const CollectorPoint& point : points)
        pointList.append(
            QJsonArray{qint64(point.timeMs), point.poolInUse, point.queueBacklog, point.inFlight});
    return {{QStringLiteral("samples"), samples},
            {QStringLiteral("failedScrapes"), failedScrapes},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("peakPoolInUse"), peakPoolInUse},
            {QStringLiteral("poolSize"), poolSize},
            {QStringLiteral("peakPoolOverflow"), peakPoolOverflow},
            {QStringLiteral("poolWaits"), poolWaits},
            {QStringLiteral("peakQueueBacklog"), peakQueueBacklog},
            {QStringLiteral("peakInFlight"), peakInFlight},
            {QStringLiteral("cacheHitRate"), cacheHitRate},
            {QStringLiteral("events"), eventsToJson(events)},
            {QStringLiteral("pointColumns"),
             QJsonArray{QStringLiteral("timeMs"), QStringLiteral("poolInUse"), QStringLiteral("queueBacklog"),
                        QStringLiteral("inFlight")}},
            {QStringLiteral("points"), pointList}};
}

CollectorSummary CollectorSummary::fromJson(const QJsonObject& object)
{
    CollectorSummary summary;
    const auto number = [&](const char* key) { return object.value(QLatin1String(key)).toDouble(-1); };
    summary.samples = object.value(QStringLiteral("samples")).toInt();
    summary.failedScrapes = object.value(QStringLiteral("failedScrapes")).toInt();
    summary.lastError = object.value(QStringLiteral("lastError")).toString();
    summary.peakPoolInUse = number("peakPoolInUse");
    summary.poolSize = number("poolSize");
    summary.peakPoolOverflow = number("peakPoolOverflow");
    summary.poolWaits = number("poolWaits");
    summary.peakQueueBacklog = number("peakQueueBacklog");
    summary.peakInFlight = number("peakInFlight");
    summary.cacheHitRate = number("cacheHitRate");
    summary.events = eventsFromJson(object.value(QStringLiteral("events")).toArray());
    for (const QJsonValue& value : object.value(QStringLiteral("points")).toArray()) {
        const QJsonArray row = value.toArray();
        CollectorPoint point;
        point.timeMs = row.at(0).toInteger();
        point.poolInUse = row.at(1).toDouble();
        point.queueBacklog = row.at(2).toDouble();
        point.inFlight = row.at(3).toDouble();
        summary.points.push_back(point);
    }
    return summary;
}

CollectorWatch::CollectorWatch(QString url, std::int64_t intervalMs, Sink sink)
    : m_url(std::move(url))
    , m_intervalMs(intervalMs)
    , m_sink(std::move(sink))
{
}

CollectorWatch::~CollectorWatch()
{
    stop();
}

void CollectorWatch::start()
{
    m_thread = std::thread([this] { loop(); });
}

void CollectorWatch::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<CollectorPoint> CollectorWatch::points() const
{
    std::lock_guard lock(m_mutex);
    return m_points;
}

int CollectorWatch::failedScrapes(std::int64_t fromMs, std::int64_t toMs) const
{
    std::lock_guard lock(m_mutex);
    return int(std::count_if(m_failures.begin(), m_failures.end(),
                             [&](std::int64_t timeMs) { return timeMs >= fromMs && timeMs <= toMs; }));
}

QString CollectorWatch::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void CollectorWatch::sampleNow()
{
    load::AcceptanceHttp http(std::max<std::int64_t>(m_intervalMs * 2, 2000));
    scrape(http);
}

void CollectorWatch::scrape(load::AcceptanceHttp& http)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const load::AcceptanceHttp::Answer answer = http.exchange("GET", m_url.toStdString());
    CollectorPoint point;
    QString error = answer.error;
    if (error.isEmpty() && answer.status != 200)
        error = QStringLiteral("%1 answered %2").arg(m_url).arg(answer.status);
    const bool ok = error.isEmpty() && CollectorPoint::fromExposition(answer.body, now, &point, &error);
    if (ok && m_sink)
        m_sink(now, answer.body);
    std::lock_guard lock(m_mutex);
    if (ok) {
        // Points stay in time order whichever thread scraped.
        const auto later =
            std::upper_bound(m_points.begin(), m_points.end(), now,
                             [](std::int64_t time, const CollectorPoint& p) { return time < p.timeMs; });
        m_points.insert(later, point);
    } else {
        m_failures.push_back(now);
        m_lastError = error;
    }
}

void CollectorWatch::loop()
{
    load::AcceptanceHttp http(std::max<std::int64_t>(m_intervalMs * 2, 2000));
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        scrape(http);
        lock.lock();
        // The interval is the scrape period, not a synchronisation: stop() wakes it at once.
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; });
    }
}

} // namespace report
