#pragma once

#include "curlmultiloop.h"
#include "promapiresponse.h"
#include "prometheusserver.h"

#include <QUrlQuery>
#include <functional>

// The HTTP API of one Prometheus-compatible server on a CurlMultiLoop: every call sends one request
// and hands the parsed answer to its callback on the loop thread. Call from the loop thread.
// Credentials are read from their SecretSource for each request and kept nowhere else.
class PromApiClient
{
public:
    using QueryDone = std::function<void(const promapi::QueryResult&)>;
    using ResponseDone = std::function<void(const promapi::Response&)>;

    PromApiClient(CurlMultiLoop* loop, const PrometheusServer& server);

    // /api/v1/query at timeMs (0: the server's now).
    void query(const QString& promql, qint64 timeMs, QueryDone done);
    // /api/v1/query_range over [startMs, endMs] every stepMs.
    void queryRange(const QString& promql, qint64 startMs, qint64 endMs, qint64 stepMs, QueryDone done);
    // /api/v1/series, /api/v1/labels, /api/v1/label/<name>/values, /api/v1/targets: parse the data of
    // the answer with promapi::parseSeries / parseStrings / parseTargets.
    void series(const QStringList& matchers, qint64 startMs, qint64 endMs, ResponseDone done);
    void labels(ResponseDone done);
    void labelValues(const QString& label, ResponseDone done);
    void targets(ResponseDone done);

    // The request for an API path (below the server's URL) with its form; false when the secret
    // cannot be read (the message names its source, never its value).
    static bool buildRequest(const PrometheusServer& server, const QString& apiPath, const QUrlQuery& form,
                             HttpRequest* request, QString* error);
    // Seconds since the epoch with millisecond precision, as the API reads times.
    static QString apiTime(qint64 ms);

private:
    void send(const QString& apiPath, const QUrlQuery& form, std::function<void(const HttpResult&)> done);

    CurlMultiLoop* m_loop;
    PrometheusServer m_server;
};
