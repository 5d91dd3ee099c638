#pragma once

#include "curlmultiloop.h"
#include "promapiresponse.h"
#include "prometheusserver.h"

#include <QObject>

// Asks a Prometheus server for its scrape targets (/api/v1/targets) off the GUI thread: what the
// service picker lists. The answer arrives as fetched() in this object's thread.
class PrometheusTargetsFetcher : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusTargetsFetcher(QObject* parent = nullptr);
    ~PrometheusTargetsFetcher() override;

    void fetch(const PrometheusServer& server);

signals:
    // error: empty on success, else the server's message or what went wrong on the way.
    void fetched(const QList<promapi::Target>& targets, const QString& error);

private:
    CurlMultiLoop m_loop;
};
