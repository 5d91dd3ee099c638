#include "workspaceconfig.h"

#include "jsonfieldreader.h"
#include "prometheusserverconfig.h"
#include "workspaceauth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <set>

namespace {
constexpr int currentFormatVersion = 1;
constexpr int maxIntervalMs = 24 * 3600 * 1000;

QString authName(ScrapeTarget::Auth auth)
{
    switch (auth) {
    case ScrapeTarget::Auth::Basic:
        return QStringLiteral("basic");
    case ScrapeTarget::Auth::Bearer:
        return QStringLiteral("bearer");
    case ScrapeTarget::Auth::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject targetToJson(const ScrapeTarget& t)
{
    QJsonObject object{{QStringLiteral("name"), t.name},
                       {QStringLiteral("url"), t.url.toString()},
                       {QStringLiteral("intervalMs"), t.intervalMs},
                       {QStringLiteral("timeoutMs"), t.timeoutMs},
                       {QStringLiteral("maxBodyBytes"), double(t.maxBodyBytes)}};
    if (!t.caFile.isEmpty())
        object.insert(QStringLiteral("caFile"), t.caFile);
    if (t.insecureSkipVerify)
        object.insert(QStringLiteral("insecureSkipVerify"), true);
    if (t.auth != ScrapeTarget::Auth::None) {
        QJsonObject auth = authToJson(t.username, t.secret);
        auth.insert(QStringLiteral("type"), authName(t.auth));
        object.insert(QStringLiteral("auth"), auth);
    }
    return object;
}

ScrapeTarget targetFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    ScrapeTarget t;
    t.name = in.string(QStringLiteral("name"), {}, true);
    t.url = in.url(QStringLiteral("url"));
    t.intervalMs = in.integer(QStringLiteral("intervalMs"), t.intervalMs, 100, maxIntervalMs);
    t.timeoutMs =
        in.integer(QStringLiteral("timeoutMs"), std::min(t.timeoutMs, t.intervalMs), 10, maxIntervalMs);
    if (in.ok() && t.timeoutMs > t.intervalMs)
        in.fail(QStringLiteral("timeoutMs"),
                QStringLiteral("must not exceed intervalMs (%1)").arg(t.intervalMs));
    t.maxBodyBytes = in.integer(QStringLiteral("maxBodyBytes"), int(t.maxBodyBytes), 1024);
    t.caFile = in.string(QStringLiteral("caFile"));
    t.insecureSkipVerify = in.boolean(QStringLiteral("insecureSkipVerify"), false);
    const QJsonObject authObject = in.object(QStringLiteral("auth"));
    if (!authObject.isEmpty()) {
        JsonFieldReader auth(authObject, in.fieldPath(QStringLiteral("auth")), error);
        const QString type = auth.string(QStringLiteral("type"), {}, true);
        if (type == QLatin1String("basic"))
            t.auth = ScrapeTarget::Auth::Basic;
        else if (type == QLatin1String("bearer"))
            t.auth = ScrapeTarget::Auth::Bearer;
        else if (!type.isEmpty())
            auth.fail(QStringLiteral("type"), QStringLiteral("expected \"basic\" or \"bearer\""));
        t.username = auth.string(QStringLiteral("username"), {}, t.auth == ScrapeTarget::Auth::Basic);
        t.secret = secretFromJson(auth, authObject);
    }
    return t;
}

QJsonObject probeToJson(const HealthProbe& p)
{
    QJsonObject object{{QStringLiteral("name"), p.name},
                       {QStringLiteral("url"), p.url.toString()},
                       {QStringLiteral("method"), QString::fromLatin1(p.method)},
                       {QStringLiteral("expectedStatus"), p.expectedStatus},
                       {QStringLiteral("intervalMs"), p.intervalMs},
                       {QStringLiteral("timeoutMs"), p.timeoutMs},
                       {QStringLiteral("failuresBeforeDown"), p.failuresBeforeDown}};
    if (!p.jsonField.isEmpty()) {
        object.insert(QStringLiteral("jsonField"), p.jsonField);
        object.insert(QStringLiteral("expectedValue"), p.expectedValue);
    }
    if (!p.caFile.isEmpty())
        object.insert(QStringLiteral("caFile"), p.caFile);
    if (p.insecureSkipVerify)
        object.insert(QStringLiteral("insecureSkipVerify"), true);
    return object;
}

HealthProbe probeFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    HealthProbe p;
    p.name = in.string(QStringLiteral("name"), {}, true);
    p.url = in.url(QStringLiteral("url"));
    p.method = in.string(QStringLiteral("method"), QStringLiteral("GET")).toLatin1();
    if (p.method != "GET" && p.method != "HEAD" && p.method != "POST")
        in.fail(QStringLiteral("method"), QStringLiteral("expected GET, HEAD or POST"));
    p.expectedStatus = in.integer(QStringLiteral("expectedStatus"), 200, 100, 599);
    p.jsonField = in.string(QStringLiteral("jsonField"));
    p.expectedValue = in.string(QStringLiteral("expectedValue"), {}, !p.jsonField.isEmpty());
    p.intervalMs = in.integer(QStringLiteral("intervalMs"), p.intervalMs, 100, maxIntervalMs);
    p.timeoutMs =
        in.integer(QStringLiteral("timeoutMs"), std::min(p.timeoutMs, p.intervalMs), 10, maxIntervalMs);
    p.failuresBeforeDown = in.integer(QStringLiteral("failuresBeforeDown"), p.failuresBeforeDown, 1, 1000);
    p.caFile = in.string(QStringLiteral("caFile"));
    p.insecureSkipVerify = in.boolean(QStringLiteral("insecureSkipVerify"), false);
    return p;
}

QJsonObject endpointToJson(const JsonEndpoint& e)
{
    QJsonArray mappings;
    for (const JsonMapping& m : e.mappings)
        mappings.append(
            QJsonObject{{QStringLiteral("path"), m.path},
                        {QStringLiteral("metric"), m.metric},
                        {QStringLiteral("labels"), QJsonArray::fromStringList(m.wildcardLabels)}});
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("url"), e.url.toString()},
            {QStringLiteral("intervalMs"), e.intervalMs},
            {QStringLiteral("timeoutMs"), e.timeoutMs},
            {QStringLiteral("mappings"), mappings}};
}

JsonEndpoint endpointFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    JsonEndpoint e;
    e.name = in.string(QStringLiteral("name"), {}, true);
    e.url = in.url(QStringLiteral("url"));
    e.intervalMs = in.integer(QStringLiteral("intervalMs"), e.intervalMs, 100, maxIntervalMs);
    e.timeoutMs =
        in.integer(QStringLiteral("timeoutMs"), std::min(e.timeoutMs, e.intervalMs), 10, maxIntervalMs);
    // "preset": "performance-metrics" stands for seed 003's mappings.
    const QString preset = in.string(QStringLiteral("preset"));
    if (preset == QLatin1String("performance-metrics"))
        e.mappings = JsonEndpoint::performanceMetricsMappings();
    else if (!preset.isEmpty())
        in.fail(QStringLiteral("preset"),
                QStringLiteral("unknown preset \"%1\"; known: performance-metrics").arg(preset));
    const QJsonArray mappings = in.array(QStringLiteral("mappings"));
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        JsonFieldReader m(mappings.at(i).toObject(), in.fieldPath(QStringLiteral("mappings[%1]").arg(i)),
                          error);
        JsonMapping mapping;
        mapping.path = m.string(QStringLiteral("path"), {}, true);
        mapping.metric = m.string(QStringLiteral("metric"), {}, true);
        for (const QJsonValue& label : m.array(QStringLiteral("labels")))
            mapping.wildcardLabels.append(label.toString());
        if (mapping.path.count(QLatin1Char('*')) > mapping.wildcardLabels.size())
            m.fail(QStringLiteral("labels"), QStringLiteral("needs one label name per '*' in path"));
        e.mappings.append(mapping);
    }
    if (e.mappings.isEmpty())
        in.fail(QStringLiteral("mappings"), QStringLiteral("give at least one mapping or a preset"));
    return e;
}

QJsonObject postgresToJson(const PostgresSource& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("conninfo"), p.conninfo},
            {QStringLiteral("intervalMs"), p.intervalMs},
            {QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs},
            {QStringLiteral("statementTimeoutMs"), p.statementTimeoutMs},
            {QStringLiteral("topN"), p.topN}};
}

PostgresSource postgresFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    PostgresSource p;
    p.name = in.string(QStringLiteral("name"), {}, true);
    p.conninfo = in.string(QStringLiteral("conninfo"));
    p.intervalMs = in.integer(QStringLiteral("intervalMs"), p.intervalMs, 100, maxIntervalMs);
    p.connectTimeoutMs = in.integer(QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs, 100, 600'000);
    p.statementTimeoutMs =
        in.integer(QStringLiteral("statementTimeoutMs"), p.statementTimeoutMs, 1, maxIntervalMs);
    p.topN = in.integer(QStringLiteral("topN"), p.topN, 1, 1000);
    if (object.contains(QStringLiteral("password")))
        in.fail(QStringLiteral("password"), QStringLiteral("secrets are never stored in the workspace; "
                                                           "use ~/.pgpass, a service file or PGPASSWORD"));
    // libpq's own parse of the conninfo, and its password check, named at the conninfo field.
    if (in.ok()) {
        const QString problem = p.validate();
        if (!problem.isEmpty())
            in.fail(QStringLiteral("conninfo"), problem);
    }
    return p;
}

QJsonObject redisToJson(const RedisSource& r)
{
    QJsonObject object{{QStringLiteral("name"), r.name},
                       {QStringLiteral("host"), r.host},
                       {QStringLiteral("port"), r.port},
                       {QStringLiteral("db"), r.db},
                       {QStringLiteral("intervalMs"), r.intervalMs},
                       {QStringLiteral("connectTimeoutMs"), r.connectTimeoutMs},
                       {QStringLiteral("commandTimeoutMs"), r.commandTimeoutMs},
                       {QStringLiteral("queueKeys"), QJsonArray::fromStringList(r.queueKeys)}};
    if (r.tls)
        object.insert(QStringLiteral("tls"), true);
    if (!r.username.isEmpty() || !r.password.isEmpty())
        object.insert(QStringLiteral("auth"), authToJson(r.username, r.password));
    if (!r.queueDiscoveryPattern.isEmpty())
        object.insert(QStringLiteral("queueDiscovery"),
                      QJsonObject{{QStringLiteral("pattern"), r.queueDiscoveryPattern},
                                  {QStringLiteral("maxKeys"), r.discoveryMaxKeys}});
    return object;
}

RedisSource redisFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonFieldReader in(object, path, error);
    RedisSource r;
    r.name = in.string(QStringLiteral("name"), {}, true);
    r.host = in.string(QStringLiteral("host"), r.host);
    r.port = in.integer(QStringLiteral("port"), r.port, 1, 65535);
    r.db = in.integer(QStringLiteral("db"), r.db, 0, 100'000);
    r.tls = in.boolean(QStringLiteral("tls"), false);
    r.intervalMs = in.integer(QStringLiteral("intervalMs"), r.intervalMs, 100, maxIntervalMs);
    r.connectTimeoutMs = in.integer(QStringLiteral("connectTimeoutMs"), r.connectTimeoutMs, 10, 600'000);
    r.commandTimeoutMs = in.integer(QStringLiteral("commandTimeoutMs"), r.commandTimeoutMs, 10, 600'000);
    const QJsonArray keys = in.array(QStringLiteral("queueKeys"));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!keys.at(i).isString() || keys.at(i).toString().isEmpty())
            in.fail(QStringLiteral("queueKeys[%1]").arg(i), QStringLiteral("expected a key name"));
        r.queueKeys.append(keys.at(i).toString());
    }
    if (object.contains(QStringLiteral("password")))
        in.fail(QStringLiteral("password"), QStringLiteral("secrets are never stored in the workspace; "
                                                           "use auth.secretEnv or auth.secretFile"));
    const QJsonObject authObject = in.object(QStringLiteral("auth"));
    if (!authObject.isEmpty()) {
        JsonFieldReader auth(authObject, in.fieldPath(QStringLiteral("auth")), error);
        r.username = auth.string(QStringLiteral("username"));
        r.password = secretFromJson(auth, authObject);
    }
    const QJsonObject discovery = in.object(QStringLiteral("queueDiscovery"));
    if (!discovery.isEmpty()) {
        JsonFieldReader d(discovery, in.fieldPath(QStringLiteral("queueDiscovery")), error);
        r.queueDiscoveryPattern = d.string(QStringLiteral("pattern"), {}, true);
        r.discoveryMaxKeys = d.integer(QStringLiteral("maxKeys"), r.discoveryMaxKeys, 1, 100'000);
    }
    if (in.ok()) {
        const QString problem = r.validationError();
        if (!problem.isEmpty())
            *error = path + QStringLiteral(": ") + problem;
    }
    return r;
}

QJsonObject storageToJson(const StorageSettings& s)
{
    return {{QStringLiteral("retentionDays"), s.retentionDays}, {QStringLiteral("maxFileMiB"), s.maxFileMiB}};
}

StorageSettings storageFromJson(const QJsonObject& object, QString* error)
{
    JsonFieldReader in(object, QStringLiteral("storage"), error);
    StorageSettings s;
    s.retentionDays = in.integer(QStringLiteral("retentionDays"), s.retentionDays, 0, 100 * 365);
    s.maxFileMiB = in.integer(QStringLiteral("maxFileMiB"), s.maxFileMiB, 0, 16 * 1024 * 1024);
    if (in.ok() && s.maxFileMiB > 0 && s.maxFileMiB < 16)
        in.fail(QStringLiteral("maxFileMiB"), QStringLiteral("must be 0 (no limit) or at least 16"));
    return s;
}

alerts::AlertRule ruleFromJson(const QJsonObject& object, const QString& path, QString* error)
{
    alerts::AlertRule rule;
    QString problem;
    if (!alerts::AlertRule::fromJson(object, path, &rule, &problem))
        *error = problem;
    return rule;
}

QJsonObject webhookToJson(const WebhookTarget& w)
{
    QJsonObject object{{QStringLiteral("url"), w.url.toString()}, {QStringLiteral("timeoutMs"), w.timeoutMs}};
    if (!w.caFile.isEmpty())
        object.insert(QStringLiteral("caFile"), w.caFile);
    if (w.insecureSkipVerify)
        object.insert(QStringLiteral("insecureSkipVerify"), true);
    if (w.receiver != WebhookTarget().receiver)
        object.insert(QStringLiteral("receiver"), w.receiver);
    if (!w.externalUrl.isEmpty())
        object.insert(QStringLiteral("externalUrl"), w.externalUrl);
    if (!w.bearerToken.isEmpty()) {
        QJsonObject auth = authToJson({}, w.bearerToken);
        auth.insert(QStringLiteral("type"), QStringLiteral("bearer"));
        object.insert(QStringLiteral("auth"), auth);
    }
    return object;
}

QJsonObject alertingToJson(const AlertingSettings& a)
{
    QJsonObject object{{QStringLiteral("evaluationIntervalMs"), a.evaluationIntervalMs}};
    if (!a.webhook.url.isEmpty())
        object.insert(QStringLiteral("webhook"), webhookToJson(a.webhook));
    return object;
}

AlertingSettings alertingFromJson(const QJsonObject& object, QString* error)
{
    JsonFieldReader in(object, QStringLiteral("alerting"), error);
    AlertingSettings a;
    a.evaluationIntervalMs =
        in.integer(QStringLiteral("evaluationIntervalMs"), a.evaluationIntervalMs, 1000, 3600 * 1000);
    const QJsonObject webhookObject = in.object(QStringLiteral("webhook"));
    if (webhookObject.isEmpty() || !in.ok())
        return a;
    JsonFieldReader webhook(webhookObject, in.fieldPath(QStringLiteral("webhook")), error);
    WebhookTarget& w = a.webhook;
    w.url = webhook.url(QStringLiteral("url"));
    w.timeoutMs = webhook.integer(QStringLiteral("timeoutMs"), w.timeoutMs, 100, 600 * 1000);
    w.caFile = webhook.string(QStringLiteral("caFile"));
    w.insecureSkipVerify = webhook.boolean(QStringLiteral("insecureSkipVerify"), false);
    w.receiver = webhook.string(QStringLiteral("receiver"), w.receiver);
    w.externalUrl = webhook.string(QStringLiteral("externalUrl"));
    const QJsonObject authObject = webhook.object(QStringLiteral("auth"));
    if (!authObject.isEmpty()) {
        JsonFieldReader auth(authObject, webhook.fieldPath(QStringLiteral("auth")), error);
        const QString type = auth.string(QStringLiteral("type"), QStringLiteral("bearer"));
        if (type != QLatin1String("bearer"))
            auth.fail(QStringLiteral("type"), QStringLiteral("expected \"bearer\""));
        w.bearerToken = secretFromJson(auth, authObject);
    }
    return a;
}

// Reads every entry of one list; names must be unique within it.
template<typename T, typename Parse>
QList<T> readList(const QJsonObject& root, const QString& key, Parse parse, QString* error)
{
    QList<T> items;
    std::set<QString> names;
    const QJsonArray array = root.value(key).toArray();
    for (qsizetype i = 0; i < array.size() && error->isEmpty(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            *error = path + QStringLiteral(": expected an object");
            break;
        }
        T item = parse(array.at(i).toObject(), path, error);
        if (error->isEmpty() && !names.insert(item.name).second)
            *error = path + QStringLiteral(".name: \"%1\" is used twice").arg(item.name);
        items.append(item);
    }
    return items;
}

// Checks each entry of one list as readList() would read it back, but goes on past a problem.
template<typename T, typename ToJson, typename Parse>
void checkList(const QList<T>& items, const QString& key, ToJson toJson, Parse parse, QStringList* errors)
{
    std::set<QString> names;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        QString error;
        parse(toJson(items.at(i)), path, &error);
        if (!error.isEmpty())
            errors->append(error);
        const QString& name = items.at(i).name;
        if (!name.isEmpty() && !names.insert(name).second)
            errors->append(path + QStringLiteral(".name: \"%1\" is used twice").arg(name));
    }
}

template<typename T, typename ToJson>
QJsonArray writeList(const QList<T>& items, ToJson toJson)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}
} // namespace

QByteArray WorkspaceConfig::toJson() const
{
    QJsonObject root{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("demo"), demo},
        {QStringLiteral("targets"), writeList(targets, targetToJson)},
        {QStringLiteral("probes"), writeList(probes, probeToJson)},
        {QStringLiteral("jsonEndpoints"), writeList(jsonEndpoints, endpointToJson)},
        {QStringLiteral("postgres"), writeList(postgres, postgresToJson)},
        {QStringLiteral("redis"), writeList(redis, redisToJson)},
        {QStringLiteral("storage"), storageToJson(storage)},
        {QStringLiteral("alerts"), writeList(alertRules, std::mem_fn(&alerts::AlertRule::toJson))},
        {QStringLiteral("alerting"), alertingToJson(alerting)},
    };
    if (!prometheusServers.isEmpty()) // files without Prometheus servers stay as they were
        root.insert(QStringLiteral("prometheusServers"),
                    writeList(prometheusServers, prometheusServerToJson));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList WorkspaceConfig::validationErrors() const
{
    QStringList errors;
    checkList(targets, QStringLiteral("targets"), targetToJson, targetFromJson, &errors);
    checkList(probes, QStringLiteral("probes"), probeToJson, probeFromJson, &errors);
    checkList(jsonEndpoints, QStringLiteral("jsonEndpoints"), endpointToJson, endpointFromJson, &errors);
    checkList(postgres, QStringLiteral("postgres"), postgresToJson, postgresFromJson, &errors);
    checkList(redis, QStringLiteral("redis"), redisToJson, redisFromJson, &errors);
    checkList(prometheusServers, QStringLiteral("prometheusServers"), prometheusServerToJson,
              prometheusServerFromJson, &errors);
    checkList(alertRules, QStringLiteral("alerts"), std::mem_fn(&alerts::AlertRule::toJson), ruleFromJson,
              &errors);
    QString error;
    storageFromJson(storageToJson(storage), &error);
    if (!error.isEmpty())
        errors.append(error);
    error.clear();
    alertingFromJson(alertingToJson(alerting), &error);
    if (!error.isEmpty())
        errors.append(error);
    return errors;
}

bool WorkspaceConfig::fromJson(const QByteArray& json, WorkspaceConfig* config, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = QStringLiteral("expected a JSON object at the top level");
        return false;
    }
    const QJsonObject root = document.object();
    WorkspaceConfig parsed;
    parsed.formatVersion = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (parsed.formatVersion < 1 || parsed.formatVersion > currentFormatVersion) {
        *errorMessage = QStringLiteral("formatVersion: %1 is not supported (this perfdash reads 1 to %2)")
                            .arg(parsed.formatVersion)
                            .arg(currentFormatVersion);
        return false;
    }
    QString error;
    JsonFieldReader in(root, {}, &error);
    parsed.name = in.string(QStringLiteral("name"));
    parsed.demo = in.boolean(QStringLiteral("demo"), false);
    for (const char* list :
         {"targets", "probes", "jsonEndpoints", "postgres", "redis", "prometheusServers", "alerts"})
        in.array(QString::fromLatin1(list)); // type check only
    const QJsonObject storage = in.object(QStringLiteral("storage"));
    const QJsonObject alerting = in.object(QStringLiteral("alerting"));
    if (error.isEmpty())
        parsed.targets = readList<ScrapeTarget>(root, QStringLiteral("targets"), targetFromJson, &error);
    if (error.isEmpty())
        parsed.probes = readList<HealthProbe>(root, QStringLiteral("probes"), probeFromJson, &error);
    if (error.isEmpty())
        parsed.jsonEndpoints =
            readList<JsonEndpoint>(root, QStringLiteral("jsonEndpoints"), endpointFromJson, &error);
    if (error.isEmpty())
        parsed.postgres =
            readList<PostgresSource>(root, QStringLiteral("postgres"), postgresFromJson, &error);
    if (error.isEmpty())
        parsed.redis = readList<RedisSource>(root, QStringLiteral("redis"), redisFromJson, &error);
    if (error.isEmpty())
        parsed.prometheusServers = readList<PrometheusServer>(root, QStringLiteral("prometheusServers"),
                                                              prometheusServerFromJson, &error);
    if (error.isEmpty())
        parsed.storage = storageFromJson(storage, &error);
    if (error.isEmpty() && root.contains(QStringLiteral("alerts")))
        parsed.alertRules = readList<alerts::AlertRule>(root, QStringLiteral("alerts"), ruleFromJson, &error);
    if (error.isEmpty())
        parsed.alerting = alertingFromJson(alerting, &error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    *config = parsed;
    return true;
}

WorkspaceConfig WorkspaceConfig::demoWorkspace(const QUrl& baseUrl)
{
    QString base = baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    WorkspaceConfig config;
    config.name = QStringLiteral("demo");
    config.demo = true;

    ScrapeTarget metrics;
    metrics.name = QStringLiteral("demo-target");
    metrics.url = QUrl(base + QStringLiteral("/metrics"));
    config.targets.append(metrics);

    HealthProbe health;
    health.name = QStringLiteral("demo-target health");
    health.url = QUrl(base + QStringLiteral("/health"));
    health.jsonField = QStringLiteral("status");
    health.expectedValue = QStringLiteral("ok");
    config.probes.append(health);

    JsonEndpoint performance;
    performance.name = QStringLiteral("demo-target performance");
    performance.url = QUrl(base + QStringLiteral("/api/performance/metrics"));
    performance.mappings = JsonEndpoint::performanceMetricsMappings();
    config.jsonEndpoints.append(performance);
    return config;
}
