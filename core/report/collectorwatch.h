#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace load {
class AcceptanceHttp;
}

namespace report {

// What the target's Prometheus endpoint said at one moment (NaN: the figure was not exposed).
struct CollectorPoint
{
    std::int64_t timeMs = 0;
    double poolInUse = 0;    // db_pool_checked_out
    double poolSize = 0;     // db_pool_size
    double poolOverflow = 0; // db_pool_overflow
    double poolWaits = 0;    // db_pool_waits_total (a counter)
    double queueBacklog = 0; // sum of celery_queue_length
    double inFlight = 0;     // http_requests_in_flight
    double cacheHits = 0;    // cache_hits_total, summed over caches
    double cacheMisses = 0;  // cache_misses_total
    bool hasPool = false;
    bool hasQueue = false;
    bool hasCache = false;

    // The figures of one exposition; false with `error` when it does not parse.
    static bool fromExposition(std::string text, std::int64_t timeMs, CollectorPoint* point, QString* error);
};

struct CollectorEvent
{
    std::int64_t timeMs = 0;
    QString text;
};

// Events as a result file holds them (with the clock time for readers), and back.
QJsonArray eventsToJson(const std::vector<CollectorEvent>& events);
std::vector<CollectorEvent> eventsFromJson(const QJsonArray& array);

// Peaks and changes over one scenario's window.
struct CollectorSummary
{
    int samples = 0;
    int failedScrapes = 0;
    QString lastError;
    double peakPoolInUse = -1; // -1: not exposed
    double poolSize = -1;
    double peakPoolOverflow = -1;
    double poolWaits = -1; // increase over the window
    double peakQueueBacklog = -1;
    double peakInFlight = -1;
    double cacheHitRate = -1;           // % of lookups that hit over the window
    std::vector<CollectorEvent> events; // the first moment each warning condition held
    std::vector<CollectorPoint> points;

    static CollectorSummary summarise(const std::vector<CollectorPoint>& points, std::int64_t fromMs,
                                      std::int64_t toMs);
    QJsonObject toJson() const;
    static CollectorSummary fromJson(const QJsonObject& object);
};

// Scrapes a Prometheus endpoint on a thread of its own, every interval, until stopped: what the
// collectors saw while the load ran. The first scrape happens at start().
class CollectorWatch
{
public:
    // Every exposition that parsed, as scraped (on the scraping thread): the plan's alerts read it.
    using Sink = std::function<void(std::int64_t timeMs, const std::string& body)>;

    CollectorWatch(QString url, std::int64_t intervalMs, Sink sink = {});
    ~CollectorWatch();
    CollectorWatch(const CollectorWatch&) = delete;
    CollectorWatch& operator=(const CollectorWatch&) = delete;

    void start();
    void stop();
    // One scrape now, on the calling thread: a scenario shorter than the interval still has a
    // figure at its start and its end.
    void sampleNow();
    std::vector<CollectorPoint> points() const;
    int failedScrapes(std::int64_t fromMs, std::int64_t toMs) const;
    QString lastError() const;

private:
    void loop();
    // One scrape with `http`, recorded as a point or a failure.
    void scrape(load::AcceptanceHttp& http);

    QString m_url;
    std::int64_t m_intervalMs;
    Sink m_sink;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<CollectorPoint> m_points;
    std::vector<std::int64_t> m_failures;
    QString m_lastError;
    std::thread m_thread;
};

} // namespace report
