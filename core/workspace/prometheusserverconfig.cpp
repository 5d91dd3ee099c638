#include "prometheusserverconfig.h"

#include "jsonfieldreader.h"
#include "workspaceauth.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <set>

namespace {
constexpr int maxIntervalMs = 24 * 3600 * 1000;

QJsonObject authJson(const PrometheusServer& s)
{
    QJsonObject auth = authToJson(s.username, s.secret);
    auth.insert(QStringLiteral("type"),
                s.auth == HttpAuth::Kind::Basic ? QStringLiteral("basic") : QStringLiteral("bearer"));
    return auth;
}

void readAuth(const QJsonObject& authObject, const QString& path, QString* error, PrometheusServer* s)
{
    JsonFieldReader auth(authObject, path, error);
    const QString type = auth.string(QStringLiteral("type"), {}, true);
    if (type == QLatin1String("basic"))
        s->auth = HttpAuth::Kind::Basic;
    else if (type == QLatin1String("bearer"))
        s->auth = HttpAuth::Kind::Bearer;
    else if (!type.isEmpty())
        auth.fail(QStringLiteral("type"), QStringLiteral("expected \"basic\" or \"bearer\""));
    s->username = auth.string(QStringLiteral("username"), {}, s->auth == HttpAuth::Kind::Basic);
    s->secret = secretFromJson(auth, authObject);
}

void readServices(JsonFieldReader& in, QString* error, PrometheusServer* s)
{
    const QJsonArray services = in.array(QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        JsonFieldReader service(services.at(i).toObject(),
                                in.fieldPath(QStringLiteral("services[%1]").arg(i)), error);
        s->services.append(
            {service.string(QStringLiteral("job"), {}, true), service.string(QStringLiteral("instance"))});
    }
}

// Stored under its name as a metric: Prometheus' metric name rules, and never a standard figure's name.
void checkQueryName(JsonFieldReader& query, const QString& name, std::set<QString>* names)
{
    static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    if (name.isEmpty())
        return;
    if (!metricName.match(name).hasMatch())
        query.fail(QStringLiteral("name"),
                   QStringLiteral("\"%1\" is not a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)").arg(name));
    else if (name.startsWith(QLatin1String("path:")))
        query.fail(QStringLiteral("name"),
                   QStringLiteral("names starting with \"path:\" are the standard panels'"));
    else if (!names->insert(name).second)
        query.fail(QStringLiteral("name"), QStringLiteral("\"%1\" is used twice").arg(name));
}

void readQueries(JsonFieldReader& in, QString* error, PrometheusServer* s)
{
    const QJsonArray queries = in.array(QStringLiteral("queries"));
    std::set<QString> names;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        JsonFieldReader query(queries.at(i).toObject(), in.fieldPath(QStringLiteral("queries[%1]").arg(i)),
                              error);
        PrometheusQuery q{query.string(QStringLiteral("name"), {}, true),
                          query.string(QStringLiteral("promql"), {}, true)};
        checkQueryName(query, q.name, &names);
        s->queries.append(q);
    }
}
} // namespace

QJsonObject prometheusServerToJson(const PrometheusServer& s)
{
    QJsonObject object{{QStringLiteral("name"), s.name},
                       {QStringLiteral("url"), s.url.toString()},
                       {QStringLiteral("intervalMs"), s.intervalMs},
                       {QStringLiteral("timeoutMs"), s.timeoutMs},
                       {QStringLiteral("rateWindowMs"), s.rateWindowMs},
                       {QStringLiteral("backfillMs"), s.backfillMs}};
    if (!s.caFile.isEmpty())
        object.insert(QStringLiteral("caFile"), s.caFile);
    if (s.insecureSkipVerify)
        object.insert(QStringLiteral("insecureSkipVerify"), true);
    if (s.auth != HttpAuth::Kind::None)
        object.insert(QStringLiteral("auth"), authJson(s));
    QJsonArray services;
    for (const PrometheusService& service : s.services) {
        QJsonObject entry{{QStringLiteral("job"), service.job}};
        if (!service.instance.isEmpty())
            entry.insert(QStringLiteral("instance"), service.instance);
        services.append(entry);
    }
    object.insert(QStringLiteral("services"), services);
    QJsonArray queries;
    for (const PrometheusQuery& query : s.queries)
        queries.append(
            QJsonObject{{QStringLiteral("name"), query.name}, {QStringLiteral("promql"), query.promql}});
    object.insert(QStringLiteral("queries"), queries);
    return object;
}

PrometheusServer prometheusServerFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    PrometheusServer s;
    s.name = in.string(QStringLiteral("name"), {}, true);
    s.url = in.url(QStringLiteral("url"));
    s.intervalMs = in.integer(QStringLiteral("intervalMs"), s.intervalMs, 1000, maxIntervalMs);
    s.timeoutMs =
        in.integer(QStringLiteral("timeoutMs"), std::min(s.timeoutMs, s.intervalMs), 100, maxIntervalMs);
    if (in.ok() && s.timeoutMs > s.intervalMs)
        in.fail(QStringLiteral("timeoutMs"),
                QStringLiteral("must not exceed intervalMs (%1)").arg(s.intervalMs));
    s.rateWindowMs = in.integer(QStringLiteral("rateWindowMs"), s.rateWindowMs, 1000, maxIntervalMs);
    s.backfillMs = in.integer(QStringLiteral("backfillMs"), s.backfillMs, 0, maxIntervalMs);
    s.caFile = in.string(QStringLiteral("caFile"));
    s.insecureSkipVerify = in.boolean(QStringLiteral("insecureSkipVerify"), false);
    const QJsonObject authObject = in.object(QStringLiteral("auth"));
    if (!authObject.isEmpty())
        readAuth(authObject, in.fieldPath(QStringLiteral("auth")), error, &s);
    readServices(in, error, &s);
    readQueries(in, error, &s);
    return s;
}
