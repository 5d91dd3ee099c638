#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// A blocking libcurl request for tests: what a real client sees, nothing simulated.
struct HttpResponse
{
    long status = 0; // 0 when the request failed at the transport level
    QByteArray body;
    QList<QByteArray> headers; // raw "Name: value" lines
    double totalSeconds = 0;   // curl's CURLINFO_TOTAL_TIME
    QString error;             // transport error, empty on success

    QByteArray header(const QByteArray& name) const;
};

HttpResponse httpRequest(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                         const QList<QByteArray>& headers = {}, long timeoutMs = 30000);

inline HttpResponse httpGet(const QUrl& url)
{
    return httpRequest("GET", url);
}
inline HttpResponse httpPostJson(const QUrl& url, const QByteArray& json)
{
    return httpRequest("POST", url, json, {QByteArrayLiteral("Content-Type: application/json")});
}
