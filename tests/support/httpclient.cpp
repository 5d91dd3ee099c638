#include "httpclient.h"

#include <curl/curl.h>
#include <memory>

namespace {
size_t appendBody(char* data, size_t size, size_t count, void* userdata)
{
    static_cast<QByteArray*>(userdata)->append(data, qsizetype(size * count));
    return size * count;
}

size_t appendHeader(char* data, size_t size, size_t count, void* userdata)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (!line.isEmpty())
        static_cast<QList<QByteArray>*>(userdata)->append(line);
    return size * count;
}
} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray& line : headers) {
        if (line.toLower().startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

HttpResponse httpRequest(const QByteArray& method, const QUrl& url, const QByteArray& body,
                         const QList<QByteArray>& headers, long timeoutMs)
{
    HttpResponse response;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    const QByteArray urlBytes = url.toEncoded();
    curl_slist* headerList = nullptr;
    for (const QByteArray& h : headers)
        headerList = curl_slist_append(headerList, h.constData());

    curl_easy_setopt(curl.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, method.constData());
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl.get(), CURLOPT_HEADERFUNCTION, &appendHeader);
    curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headerList);
    if (!body.isNull() || method == "POST" || method == "PUT") {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    }

    const CURLcode rc = curl_easy_perform(curl.get());
    curl_slist_free_all(headerList);
    if (rc != CURLE_OK) {
        response.error = QString::fromUtf8(curl_easy_strerror(rc));
        return response;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
    curl_easy_getinfo(curl.get(), CURLINFO_TOTAL_TIME, &response.totalSeconds);
    return response;
}
