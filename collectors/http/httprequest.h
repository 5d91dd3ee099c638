#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Credentials resolved in memory for one request. They come from the environment or a
// secret file (see SecretSource) and are never written to a config, a log or a report.
struct HttpAuth
{
    enum class Kind
    {
        None,
        Basic,
        Bearer
    };
    Kind kind = Kind::None;
    QString username;
    QString secret;
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QByteArray> headers; // "Name: value"
    QByteArray body;
    int timeoutMs = 10000;
    qint64 maxBodyBytes = 50LL * 1024 * 1024; // decoded bytes; larger bodies fail the request
    int maxRedirects = 3;
    bool acceptCompressed = true; // gzip/deflate, decoded before the size cap applies
    QString caFile;               // empty: the system's CA store
    bool insecureSkipVerify = false;
    HttpAuth auth;
};

struct HttpResult
{
    enum class Error
    {
        None,
        Connect,
        Timeout,
        Tls,
        BodyTooLarge,
        Transport,
        Cancelled
    };
    Error error = Error::None;
    QString errorMessage; // for people: what happened, with the URL's host
    long status = 0;      // HTTP status, 0 when no response arrived
    QByteArray body;
    QByteArray contentType;
    double totalSeconds = 0;

    bool transportOk() const { return error == Error::None; }
};

Q_DECLARE_METATYPE(HttpResult)
