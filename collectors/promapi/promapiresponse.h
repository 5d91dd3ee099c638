#pragma once

#include "httprequest.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <vector>

namespace promapi {

using Labels = QList<QPair<QString, QString>>; // name, value; sorted by name

struct Point
{
    qint64 timestampMs = 0;
    double value = 0;
    bool operator==(const Point&) const = default;
};

struct Series
{
    Labels labels; // with __name__ when the server kept it
    std::vector<Point> points;
    bool operator==(const Series&) const = default;
};

// The envelope every /api/v1 answer shares. A partial answer is ok() with warnings; an error keeps
// the server's own message (errorType and error verbatim), or says what went wrong on the way.
struct Response
{
    long httpStatus = 0;
    QString errorType; // the server's ("bad_data", "timeout", ...), or ours: "transport", "http", "format"
    QString error;
    QStringList warnings;
    QJsonValue data;

    bool ok() const { return error.isEmpty(); }
    // For people: "bad_data: 1:5: parse error: ... (HTTP 400)".
    QString errorText() const;
};

struct QueryResult
{
    enum class Type
    {
        None,
        Vector,
        Matrix,
        Scalar,
        String
    };
    Response response;
    Type type = Type::None;
    std::vector<Series> series; // a scalar is one series without labels
    QString stringValue;
};

// One entry of /api/v1/targets' activeTargets: what a service picker lists.
struct Target
{
    QString job;
    QString instance;
    QString scrapeUrl;
    QString health; // "up", "down", "unknown"
    QString lastError;
    QString lastScrape; // RFC 3339, as the server wrote it
    double lastScrapeDurationSeconds = 0;
    bool operator==(const Target&) const = default;
};

// Reads the envelope of an HTTP answer: transport failures, non-JSON bodies (a proxy's 502 page, a
// 401 from an auth layer) with their status and the start of the body, the server's error object.
Response parseResponse(const HttpResult& http);
// The data of /api/v1/query and /api/v1/query_range.
QueryResult parseQuery(const HttpResult& http);
// The data of /api/v1/labels and /api/v1/label/<name>/values.
QStringList parseStrings(const Response& response, QString* error);
// The data of /api/v1/series: one label set per series.
QList<Labels> parseSeries(const Response& response, QString* error);
QList<Target> parseTargets(const Response& response, QString* error);

// A sample value as Prometheus writes it: a string, possibly "NaN", "+Inf" or "-Inf".
bool parseValue(const QJsonValue& value, double* out);

} // namespace promapi

Q_DECLARE_METATYPE(promapi::QueryResult)
