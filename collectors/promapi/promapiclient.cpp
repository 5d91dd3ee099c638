#include "promapiclient.h"

namespace {
// application/x-www-form-urlencoded with every reserved character escaped: QUrlQuery leaves '+'
// alone, which a form decoder reads as a space ("a + b" would reach the server as "a   b").
QByteArray formBody(const QUrlQuery& form)
{
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}
} // namespace

PromApiClient::PromApiClient(CurlMultiLoop* loop, const PrometheusServer& server)
    : m_loop(loop)
    , m_server(server)
{
}

QString PromApiClient::apiTime(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

bool PromApiClient::buildRequest(const PrometheusServer& server, const QString& apiPath,
                                 const QUrlQuery& form, HttpRequest* request, QString* error)
{
    QUrl url = server.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + apiPath);
    request->url = url;
    // POST form: PromQL can outgrow a URL; every read endpoint but targets and label values takes it.
    if (!form.isEmpty()) {
        request->method = QByteArrayLiteral("POST");
        request->body = formBody(form);
        request->headers.append(QByteArrayLiteral("Content-Type: application/x-www-form-urlencoded"));
    }
    request->headers.append(QByteArrayLiteral("Accept: application/json"));
    request->timeoutMs = server.timeoutMs;
    request->caFile = server.caFile;
    request->insecureSkipVerify = server.insecureSkipVerify;
    request->auth.kind = server.auth;
    request->auth.username = server.username;
    if (server.auth == HttpAuth::Kind::None)
        return true;
    QString problem;
    if (server.secret.read(&request->auth.secret, &problem))
        return true;
    *error = QStringLiteral("%1: %2").arg(server.sourceLabel(), problem);
    return false;
}

void PromApiClient::send(const QString& apiPath, const QUrlQuery& form,
                         std::function<void(const HttpResult&)> done)
{
    HttpRequest request;
    QString error;
    if (!buildRequest(m_server, apiPath, form, &request, &error)) {
        HttpResult failed;
        failed.error = HttpResult::Error::Transport;
        failed.errorMessage = error;
        done(failed);
        return;
    }
    m_loop->send(request, [done = std::move(done)](HttpResult result) { done(result); });
}

void PromApiClient::query(const QString& promql, qint64 timeMs, QueryDone done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), promql);
    if (timeMs > 0)
        form.addQueryItem(QStringLiteral("time"), apiTime(timeMs));
    send(QStringLiteral("/api/v1/query"), form,
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseQuery(result)); });
}

void PromApiClient::queryRange(const QString& promql, qint64 startMs, qint64 endMs, qint64 stepMs,
                               QueryDone done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), promql);
    form.addQueryItem(QStringLiteral("start"), apiTime(startMs));
    form.addQueryItem(QStringLiteral("end"), apiTime(endMs));
    form.addQueryItem(QStringLiteral("step"), apiTime(std::max<qint64>(stepMs, 1)));
    send(QStringLiteral("/api/v1/query_range"), form,
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseQuery(result)); });
}

void PromApiClient::series(const QStringList& matchers, qint64 startMs, qint64 endMs, ResponseDone done)
{
    QUrlQuery form;
    for (const QString& matcher : matchers)
        form.addQueryItem(QStringLiteral("match[]"), matcher);
    if (startMs > 0)
        form.addQueryItem(QStringLiteral("start"), apiTime(startMs));
    if (endMs > 0)
        form.addQueryItem(QStringLiteral("end"), apiTime(endMs));
    send(QStringLiteral("/api/v1/series"), form,
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseResponse(result)); });
}

void PromApiClient::labels(ResponseDone done)
{
    send(QStringLiteral("/api/v1/labels"), {},
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseResponse(result)); });
}

void PromApiClient::labelValues(const QString& label, ResponseDone done)
{
    // Label names are [a-zA-Z_][a-zA-Z0-9_]*: nothing to encode.
    send(QStringLiteral("/api/v1/label/%1/values").arg(label), {},
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseResponse(result)); });
}

void PromApiClient::targets(ResponseDone done)
{
    send(QStringLiteral("/api/v1/targets"), {},
         [done = std::move(done)](const HttpResult& result) { done(promapi::parseResponse(result)); });
}
