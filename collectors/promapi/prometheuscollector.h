#pragma once

#include "curlmultiloop.h"
#include "prometheuspollresult.h"
#include "prometheusserver.h"

#include <QObject>
#include <map>
#include <memory>

class PromApiClient;

// Polls Prometheus server sources on their own libcurl loop: each poll runs the source's queries
// (promapi::sourceQueries) and emits one polled() in the thread this object lives in. The first poll
// of a source backfills its range with query_range, so charts have history at once; each next poll is
// scheduled an interval after the previous one finished, so polls never pile up.
class PrometheusCollector : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusCollector(QObject* parent = nullptr);
    ~PrometheusCollector() override;

    void start();
    void stop();
    // Replaces the sources; a source whose settings are unchanged keeps its schedule and backfill.
    void configure(const QList<PrometheusServer>& servers);
    // Polls a source now with instant queries evaluated at atMs (0: now), unless a poll is running.
    void pollNow(const QString& server, qint64 atMs = 0);

signals:
    void polled(const PrometheusPollResult& result);

private:
    struct Source;
    struct Poll;
    void apply(const QList<PrometheusServer>& servers);
    void schedule(Source& source, int delayMs);
    void poll(const QString& name, quint64 generation, qint64 atMs);
    void finish(const QString& name, quint64 generation, const PrometheusPollResult& result);

    CurlMultiLoop m_loop;
    std::map<QString, std::unique_ptr<Source>> m_sources; // loop thread only
    quint64 m_generation = 0;
};
