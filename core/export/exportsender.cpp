#include "exportsender.h"

#include "curlmultiloop.h"

#include <future>
#include <thread>

namespace exporting {
namespace {

constexpr qsizetype maxMessageChars = 500; // the server's answer, as much as a terminal line holds

HttpResult sendOnce(const HttpRequest& request)
{
    CurlMultiLoop loop;
    loop.start();
    std::promise<HttpResult> answered;
    std::future<HttpResult> answer = answered.get_future();
    loop.post([&loop, &answered, request] {
        loop.send(request, [&answered](HttpResult result) { answered.set_value(std::move(result)); });
    });
    HttpResult result = answer.get(); // the request's own timeout bounds the wait
    loop.stop();
    return result;
}

bool authorize(const ExportEndpoint& endpoint, HttpRequest* request, QString* error)
{
    if (endpoint.secret.isEmpty())
        return true;
    if (!endpoint.secret.read(&request->auth.secret, error))
        return false;
    request->auth.kind = endpoint.username.isEmpty() ? HttpAuth::Kind::Bearer : HttpAuth::Kind::Basic;
    request->auth.username = endpoint.username;
    return true;
}

QString failureText(const ExportEndpoint& endpoint, const HttpResult& result)
{
    if (!result.transportOk())
        return result.errorMessage;
    const QString message = QString::fromUtf8(result.body).trimmed().left(maxMessageChars);
    const QString where = endpoint.url.authority() + endpoint.url.path();
    return message.isEmpty()
               ? QStringLiteral("%1 answered HTTP %2").arg(where).arg(result.status)
               : QStringLiteral("%1 answered HTTP %2: %3").arg(where).arg(result.status).arg(message);
}

bool worthRetrying(const HttpResult& result)
{
    return !result.transportOk() || result.status >= 500 || result.status == 429;
}

} // namespace

namespace ExportSender {

bool send(const ExportEndpoint& endpoint, const QByteArray& method, const QList<QByteArray>& headers,
          const QByteArray& body, QString* error, int* attempts)
{
    HttpRequest request;
    request.method = method;
    request.url = endpoint.url;
    request.headers = headers;
    request.body = body;
    request.timeoutMs = endpoint.timeoutMs;
    request.maxBodyBytes = 1024 * 1024; // only the status and the server's message are read
    request.maxRedirects = 0;           // a redirected POST would lose its body
    request.caFile = endpoint.caFile;
    request.insecureSkipVerify = endpoint.insecureSkipVerify;
    if (!authorize(endpoint, &request, error))
        return false;
    int delayMs = endpoint.firstRetryDelayMs;
    for (int attempt = 1;; ++attempt) {
        const HttpResult result = sendOnce(request);
        if (attempts)
            *attempts = attempt;
        if (result.transportOk() && result.status >= 200 && result.status < 300)
            return true;
        *error = failureText(endpoint, result);
        if (!worthRetrying(result) || attempt >= endpoint.maxAttempts)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs)); // backoff between attempts
        delayMs *= 2;
    }
}

} // namespace ExportSender
} // namespace exporting
