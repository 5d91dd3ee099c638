#pragma once

#include "curlmultiloop.h"
#include "healthprobe.h"
#include "httppoller.h"
#include "jsonendpoint.h"
#include "jsonpollresult.h"
#include "probeevaluation.h"
#include "scraperesult.h"
#include "scrapetarget.h"

#include <QObject>
#include <functional>
#include <map>
#include <memory>

// The collector thread: scrapes, health probes and JSON endpoints on one libcurl multi loop.
// Configure and control it from any thread; results arrive as signals in the thread this
// object lives in (normally the GUI thread, which only draws them).
class CollectorService : public QObject
{
    Q_OBJECT
public:
    explicit CollectorService(QObject* parent = nullptr);
    ~CollectorService() override;

    void start();
    void stop();
    // Replaces what is collected; unchanged jobs keep their schedule.
    void configure(const QList<ScrapeTarget>& targets, const QList<HealthProbe>& probes,
                   const QList<JsonEndpoint>& jsonEndpoints);
    // Scrapes a target now, unless a scrape of it is already running.
    void scrapeNow(const QString& target);
    // Called on the collector thread with every scrape (and the target's URL) before scraped() is
    // queued, so that a large payload is stored without the GUI thread's help. Set before start().
    using ScrapeSink = std::function<void(const ScrapeResult& result, const QUrl& targetUrl)>;
    void setScrapeSink(ScrapeSink sink) { m_scrapeSink = std::move(sink); }

signals:
    void scraped(const ScrapeResult& result);
    void probed(const ProbeResult& result);
    void jsonPolled(const JsonPollResult& result);

private:
    struct LoopState;
    void applyConfiguration(const QList<ScrapeTarget>& targets, const QList<HealthProbe>& probes,
                            const QList<JsonEndpoint>& jsonEndpoints);
    void onResult(const QString& id, qint64 startedAtMs, const HttpResult& result);

    ScrapeSink m_scrapeSink;
    CurlMultiLoop m_loop;
    std::unique_ptr<LoopState> m_state; // touched on the loop thread only
};
