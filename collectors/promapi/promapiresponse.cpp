#include "promapiresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>

namespace promapi {
namespace {
// Enough of a non-JSON body to recognise it (an HTML error page, a proxy's message).
constexpr qsizetype bodyExcerptChars = 200;

Response failure(long status, const QString& type, const QString& message)
{
    Response response;
    response.httpStatus = status;
    response.errorType = type;
    response.error = message;
    return response;
}

QString bodyExcerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(bodyExcerptChars * 4)).simplified();
    if (text.size() > bodyExcerptChars)
        text = text.left(bodyExcerptChars) + QStringLiteral("…");
    return text;
}

Response fromEnvelope(long status, const QJsonObject& root)
{
    Response response;
    response.httpStatus = status;
    for (const QJsonValue& warning : root.value(QStringLiteral("warnings")).toArray())
        response.warnings.append(warning.toString());
    response.data = root.value(QStringLiteral("data"));
    const QString state = root.value(QStringLiteral("status")).toString();
    if (state == QLatin1String("error")) {
        response.errorType = root.value(QStringLiteral("errorType")).toString();
        response.error = root.value(QStringLiteral("error")).toString();
        if (response.error.isEmpty())
            response.error = QStringLiteral("the server reported an error without a message");
    } else if (state != QLatin1String("success")) {
        return failure(status, QStringLiteral("format"),
                       QStringLiteral("not a Prometheus API answer (status \"%1\")").arg(state));
    } else if (status < 200 || status > 299) {
        return failure(status, QStringLiteral("http"), QStringLiteral("HTTP status %1").arg(status));
    }
    return response;
}

Labels labelsFrom(const QJsonObject& object)
{
    Labels labels;
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.append({it.key(), it.value().toString()});
    std::sort(labels.begin(), labels.end());
    return labels;
}

// [ <unix seconds>, "<value>" ]
bool pointFrom(const QJsonValue& pair, Point* point)
{
    const QJsonArray array = pair.toArray();
    if (array.size() != 2 || !array.at(0).isDouble())
        return false;
    point->timestampMs = std::llround(array.at(0).toDouble() * 1000.0);
    return parseValue(array.at(1), &point->value);
}

bool seriesFrom(const QJsonValue& entry, bool matrix, Series* series)
{
    const QJsonObject object = entry.toObject();
    series->labels = labelsFrom(object.value(QStringLiteral("metric")).toObject());
    if (!matrix) {
        Point point;
        if (!pointFrom(object.value(QStringLiteral("value")), &point))
            return false;
        series->points.push_back(point);
        return true;
    }
    for (const QJsonValue& pair : object.value(QStringLiteral("values")).toArray()) {
        Point point;
        if (!pointFrom(pair, &point))
            return false;
        series->points.push_back(point);
    }
    return true;
}

bool resultFrom(const QJsonObject& data, QueryResult* result)
{
    const QString type = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue value = data.value(QStringLiteral("result"));
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        result->type =
            type == QLatin1String("vector") ? QueryResult::Type::Vector : QueryResult::Type::Matrix;
        for (const QJsonValue& entry : value.toArray()) {
            Series series;
            if (!seriesFrom(entry, result->type == QueryResult::Type::Matrix, &series))
                return false;
            result->series.push_back(std::move(series));
        }
        return value.isArray();
    }
    Point point;
    if (type == QLatin1String("scalar") && pointFrom(value, &point)) {
        result->type = QueryResult::Type::Scalar;
        result->series.push_back({{}, {point}});
        return true;
    }
    const QJsonArray pair = value.toArray();
    if (type == QLatin1String("string") && pair.size() == 2 && pair.at(1).isString()) {
        result->type = QueryResult::Type::String;
        result->stringValue = pair.at(1).toString();
        return true;
    }
    return false;
}
} // namespace

QString Response::errorText() const
{
    QString text = errorType.isEmpty() ? error : errorType + QStringLiteral(": ") + error;
    if (httpStatus != 0 && errorType != QLatin1String("http"))
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return text;
}

bool parseValue(const QJsonValue& value, double* out)
{
    const QString text = value.toString();
    if (text == QLatin1String("NaN"))
        *out = std::numeric_limits<double>::quiet_NaN();
    else if (text == QLatin1String("+Inf") || text == QLatin1String("Inf"))
        *out = std::numeric_limits<double>::infinity();
    else if (text == QLatin1String("-Inf"))
        *out = -std::numeric_limits<double>::infinity();
    else {
        bool ok = false;
        *out = text.toDouble(&ok);
        return ok && std::isfinite(*out);
    }
    return true;
}

Response parseResponse(const HttpResult& http)
{
    if (!http.transportOk())
        return failure(0, QStringLiteral("transport"), http.errorMessage);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        return fromEnvelope(http.status, document.object());
    if (http.status < 200 || http.status > 299) {
        const QString body = bodyExcerpt(http.body);
        return failure(http.status, QStringLiteral("http"),
                       body.isEmpty() ? QStringLiteral("HTTP status %1").arg(http.status)
                                      : QStringLiteral("HTTP status %1: %2").arg(http.status).arg(body));
    }
    return failure(http.status, QStringLiteral("format"),
                   QStringLiteral("the answer is not a JSON object: %1").arg(parseError.errorString()));
}

QueryResult parseQuery(const HttpResult& http)
{
    QueryResult result;
    result.response = parseResponse(http);
    if (!result.response.ok())
        return result;
    if (!resultFrom(result.response.data.toObject(), &result)) {
        result.series.clear();
        result.type = QueryResult::Type::None;
        result.response.errorType = QStringLiteral("format");
        result.response.error =
            QStringLiteral("unexpected query result (resultType \"%1\")")
                .arg(result.response.data.toObject().value(QStringLiteral("resultType")).toString());
    }
    return result;
}

QStringList parseStrings(const Response& response, QString* error)
{
    QStringList strings;
    if (!response.data.isArray()) {
        *error = QStringLiteral("expected a list of strings in \"data\"");
        return strings;
    }
    for (const QJsonValue& value : response.data.toArray())
        strings.append(value.toString());
    return strings;
}

QList<Labels> parseSeries(const Response& response, QString* error)
{
    QList<Labels> series;
    if (!response.data.isArray()) {
        *error = QStringLiteral("expected a list of label sets in \"data\"");
        return series;
    }
    for (const QJsonValue& value : response.data.toArray())
        series.append(labelsFrom(value.toObject()));
    return series;
}

QList<Target> parseTargets(const Response& response, QString* error)
{
    QList<Target> targets;
    const QJsonValue active = response.data.toObject().value(QStringLiteral("activeTargets"));
    if (!active.isArray()) {
        *error = QStringLiteral("expected \"activeTargets\" in \"data\"");
        return targets;
    }
    for (const QJsonValue& value : active.toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject labels = object.value(QStringLiteral("labels")).toObject();
        Target target;
        target.job = labels.value(QStringLiteral("job")).toString();
        target.instance = labels.value(QStringLiteral("instance")).toString();
        target.scrapeUrl = object.value(QStringLiteral("scrapeUrl")).toString();
        target.health = object.value(QStringLiteral("health")).toString();
        target.lastError = object.value(QStringLiteral("lastError")).toString();
        target.lastScrape = object.value(QStringLiteral("lastScrape")).toString();
        target.lastScrapeDurationSeconds = object.value(QStringLiteral("lastScrapeDuration")).toDouble();
        targets.append(target);
    }
    return targets;
}

} // namespace promapi
