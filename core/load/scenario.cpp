#include "scenario.h"

#include "acceptancehttp.h"
#include "requesttemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace load {

namespace {
const QStringList& knownMethods()
{
    static const QStringList methods = {
        QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),    QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};
    return methods;
}

QString durationText(std::int64_t ms)
{
    return QStringLiteral("%1ms").arg(ms);
}

ScenarioRequest readRequest(const QJsonObject& object, const QString& path, QStringList* errors)
{
    ScenarioFields fields(object, path, errors);
    fields.allowOnly(
        {"name", "method", "url", "headers", "body", "weight", "expectStatus", "expectBodyContains"});
    ScenarioRequest request;
    request.method = fields.string("method", request.method).toUpper();
    if (!knownMethods().contains(request.method))
        fields.fail("method",
                    QStringLiteral("expected one of %1").arg(knownMethods().join(QStringLiteral(", "))));
    request.url = fields.string("url", {}, true);
    if (!request.url.isEmpty() && !request.url.startsWith(QLatin1Char('/')) &&
        !request.url.startsWith(QLatin1String("http://")) &&
        !request.url.startsWith(QLatin1String("https://")))
        fields.fail("url", QStringLiteral("expected a path starting with / or an http:// or https:// URL"));
    request.name = fields.string("name", request.method + QLatin1Char(' ') +
                                             request.url.section(QLatin1Char('?'), 0, 0));
    request.body = fields.string("body");
    request.weight = int(fields.integer("weight", 1, 1, std::numeric_limits<int>::max()));
    request.expectStatus = int(fields.integer("expectStatus", 0, 100, 599));
    request.expectBodyContains = fields.string("expectBodyContains");
    RequestTemplate compiled;
    QString error;
    if (!RequestTemplate::compile(request.url, &compiled, &error))
        fields.fail("url", error);
    if (!RequestTemplate::compile(request.body, &compiled, &error))
        fields.fail("body", error);
    const QJsonObject headers = fields.object("headers");
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString headerPath = fields.path("headers") + QLatin1Char('.') + it.key();
        if (!it.value().isString())
            fields.failAt(headerPath, QStringLiteral("expected a string"));
        else if (it.value().toString().contains(QLatin1String("{{")))
            fields.failAt(headerPath, QStringLiteral("templates are not supported in headers"));
        else
            request.headers.emplace_back(it.key(), it.value().toString());
    }
    return request;
}

void readModel(Scenario& scenario, const QJsonObject& object, QStringList* errors)
{
    ScenarioFields fields(object, QStringLiteral("model"), errors);
    const QString type = fields.string("type", QStringLiteral("closed"));
    if (type == QLatin1String("closed")) {
        fields.allowOnly({"type", "users", "rampUp", "thinkTime", "duration", "iterations"});
        scenario.model = LoadModel::Closed;
        scenario.users = int(fields.integer("users", scenario.users, 1, 100'000));
        scenario.rampUpMs = fields.durationMs("rampUp", 0);
        scenario.thinkTimeMs = fields.durationMs("thinkTime", 0);
        scenario.iterations = fields.integer("iterations", 0, 1);
    } else if (type == QLatin1String("open")) {
        fields.allowOnly({"type", "rate", "rampToRate", "connections", "duration"});
        scenario.model = LoadModel::Open;
        scenario.rate = fields.number("rate", 0, 0);
        if (scenario.rate <= 0)
            fields.fail("rate", QStringLiteral("an open model needs a rate above 0 (requests per second)"));
        scenario.rampToRate = fields.number("rampToRate", 0, 0);
        scenario.users = int(fields.integer("connections", 100, 1, 100'000));
    } else {
        fields.fail("type", QStringLiteral("expected \"closed\" or \"open\""));
    }
    scenario.durationMs = fields.durationMs("duration", 0);
}

void readBounds(Scenario& scenario, const QJsonObject& object, QStringList* errors)
{
    ScenarioFields fields(object, QStringLiteral("bounds"), errors);
    fields.allowOnly({"duration", "maxRequests", "requestTimeout"});
    const std::int64_t duration = fields.durationMs("duration", 0);
    if (duration > 0)
        scenario.durationMs = scenario.durationMs > 0 ? std::min(scenario.durationMs, duration) : duration;
    scenario.maxRequests = fields.integer("maxRequests", scenario.maxRequests, 1);
    scenario.requestTimeoutMs = fields.durationMs("requestTimeout", scenario.requestTimeoutMs);
}

void readThresholds(Scenario& scenario, const QJsonObject& object, QStringList* errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString keyPath = QStringLiteral("thresholds.") + it.key();
        Threshold base;
        QString error;
        if (!Threshold::parseKey(it.key(), &base, &error)) {
            errors->append(keyPath + QStringLiteral(": ") + error);
            continue;
        }
        if (!base.endpoint.isEmpty()) {
            const auto named =
                std::find_if(scenario.requests.begin(), scenario.requests.end(),
                             [&](const ScenarioRequest& r) { return r.name == base.endpoint; });
            if (named == scenario.requests.end()) {
                errors->append(keyPath + QStringLiteral(": no request is named \"%1\"").arg(base.endpoint));
                continue;
            }
            base.endpointIndex = int(named - scenario.requests.begin());
        }
        const QJsonArray list = it.value().isString() ? QJsonArray{it.value()} : it.value().toArray();
        if (!it.value().isString() && !it.value().isArray())
            errors->append(keyPath +
                           QStringLiteral(": expected an array of expressions such as [\"p(95)<500\"]"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = keyPath + QStringLiteral("[%1]").arg(i);
            Threshold threshold = base;
            QString expression = list.at(i).toString();
            if (list.at(i).isObject()) {
                ScenarioFields fields(list.at(i).toObject(), itemPath, errors);
                fields.allowOnly({"threshold", "abortOnFail", "delayAbortEval"});
                expression = fields.string("threshold", {}, true);
                threshold.abortOnFail = fields.boolean("abortOnFail", false);
                threshold.delayAbortEvalMs = fields.durationMs("delayAbortEval", 0);
                if (expression.isEmpty())
                    continue;
            } else if (!list.at(i).isString()) {
                errors->append(itemPath + QStringLiteral(": expected an expression string or "
                                                         "{\"threshold\": ..., \"abortOnFail\": true}"));
                continue;
            }
            if (!Threshold::parseExpression(expression, &threshold, &error)) {
                errors->append(itemPath + QStringLiteral(": ") + error);
                continue;
            }
            scenario.thresholds.push_back(threshold);
        }
    }
}

void readAcceptance(Scenario& scenario, const QJsonObject& object, QStringList* errors)
{
    ScenarioFields fields(object, QStringLiteral("acceptance"), errors);
    fields.allowOnly({"cacheSecondAccess", "batch"});
    if (fields.has("cacheSecondAccess"))
        scenario.cacheSecondAccess = CacheSecondAccess::Config::fromJson(
            fields.object("cacheSecondAccess"), fields.path("cacheSecondAccess"), errors);
    const QJsonArray batch = fields.array("batch");
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QString path = fields.path("batch") + QStringLiteral("[%1]").arg(i);
        if (!batch.at(i).isObject())
            errors->append(path + QStringLiteral(": expected an object"));
        else
            scenario.batch.push_back(BatchOperation::Config::fromJson(batch.at(i).toObject(), path, errors));
    }
}

QJsonObject thresholdsJson(const std::vector<Threshold>& thresholds)
{
    QJsonObject object;
    for (const Threshold& threshold : thresholds) {
        QJsonArray list = object.value(threshold.key).toArray();
        if (threshold.abortOnFail)
            list.append(
                QJsonObject{{QStringLiteral("threshold"), threshold.expression},
                            {QStringLiteral("abortOnFail"), true},
                            {QStringLiteral("delayAbortEval"), durationText(threshold.delayAbortEvalMs)}});
        else
            list.append(threshold.expression);
        object.insert(threshold.key, list);
    }
    return object;
}
} // namespace

bool Scenario::fromJson(const QJsonObject& object, Scenario* scenario, QStringList* errors)
{
    const qsizetype before = errors->size();
    Scenario read;
    ScenarioFields fields(object, {}, errors);
    fields.allowOnly({"name", "description", "target", "model", "bounds", "requests", "thresholds",
                      "acceptance", "allowRemote", "verifyTls"});
    read.name = fields.string("name", {}, true);
    read.description = fields.string("description");
    read.target = fields.string("target");
    if (!read.target.isEmpty() && !read.target.startsWith(QLatin1String("http://")) &&
        !read.target.startsWith(QLatin1String("https://")))
        fields.fail("target", QStringLiteral("expected an http:// or https:// URL"));
    read.allowRemote = fields.boolean("allowRemote", false);
    read.verifyTls = fields.boolean("verifyTls", true);
    const QJsonArray requests = fields.array("requests");
    QSet<QString> names;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString path = QStringLiteral("requests[%1]").arg(i);
        if (!requests.at(i).isObject()) {
            errors->append(path + QStringLiteral(": expected an object"));
            continue;
        }
        read.requests.push_back(readRequest(requests.at(i).toObject(), path, errors));
        if (names.contains(read.requests.back().name))
            errors->append(path + QStringLiteral(".name: \"%1\" is already the name of another request")
                                      .arg(read.requests.back().name));
        names.insert(read.requests.back().name);
    }
    readModel(read, fields.object("model"), errors);
    readBounds(read, fields.object("bounds"), errors);
    readThresholds(read, fields.object("thresholds"), errors);
    if (fields.has("acceptance"))
        readAcceptance(read, fields.object("acceptance"), errors);
    if (read.hasLoad() && read.durationMs <= 0 && read.iterations <= 0)
        fields.fail("model.duration", QStringLiteral("a load run needs a duration (model.duration or "
                                                     "bounds.duration) or model.iterations"));
    if (!read.hasLoad() && !read.thresholds.empty())
        fields.fail("thresholds", QStringLiteral("thresholds judge a load run, but \"requests\" is empty"));
    if (!read.hasLoad() && !read.cacheSecondAccess && read.batch.empty())
        fields.fail("requests", QStringLiteral("a scenario needs requests or acceptance steps"));
    if (errors->size() > before)
        return false;
    *scenario = std::move(read);
    return true;
}

bool Scenario::fromJsonText(const QByteArray& text, Scenario* scenario, QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(QStringLiteral("(file): not JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        errors->append(QStringLiteral("(file): expected a JSON object"));
        return false;
    }
    return fromJson(document.object(), scenario, errors);
}

QJsonObject Scenario::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (!target.isEmpty())
        object.insert(QStringLiteral("target"), target);
    if (allowRemote)
        object.insert(QStringLiteral("allowRemote"), true);
    if (!verifyTls)
        object.insert(QStringLiteral("verifyTls"), false);
    if (hasLoad()) {
        QJsonObject modelJson;
        if (model == LoadModel::Closed) {
            modelJson = {{QStringLiteral("type"), QStringLiteral("closed")},
                         {QStringLiteral("users"), users},
                         {QStringLiteral("rampUp"), durationText(rampUpMs)},
                         {QStringLiteral("thinkTime"), durationText(thinkTimeMs)}};
            if (iterations > 0)
                modelJson.insert(QStringLiteral("iterations"), qint64(iterations));
        } else {
            modelJson = {{QStringLiteral("type"), QStringLiteral("open")},
                         {QStringLiteral("rate"), rate},
                         {QStringLiteral("rampToRate"), rampToRate},
                         {QStringLiteral("connections"), users}};
        }
        if (durationMs > 0)
            modelJson.insert(QStringLiteral("duration"), durationText(durationMs));
        object.insert(QStringLiteral("model"), modelJson);
        object.insert(QStringLiteral("bounds"),
                      QJsonObject{{QStringLiteral("maxRequests"), qint64(maxRequests)},
                                  {QStringLiteral("requestTimeout"), durationText(requestTimeoutMs)}});
        QJsonArray list;
        for (const ScenarioRequest& request : requests) {
            QJsonObject item{{QStringLiteral("name"), request.name},
                             {QStringLiteral("method"), request.method},
                             {QStringLiteral("url"), request.url},
                             {QStringLiteral("weight"), request.weight}};
            QJsonObject headers;
            for (const auto& [name, value] : request.headers)
                headers.insert(name, value);
            if (!headers.isEmpty())
                item.insert(QStringLiteral("headers"), headers);
            if (!request.body.isEmpty())
                item.insert(QStringLiteral("body"), request.body);
            if (request.expectStatus)
                item.insert(QStringLiteral("expectStatus"), request.expectStatus);
            if (!request.expectBodyContains.isEmpty())
                item.insert(QStringLiteral("expectBodyContains"), request.expectBodyContains);
            list.append(item);
        }
        object.insert(QStringLiteral("requests"), list);
        object.insert(QStringLiteral("thresholds"), thresholdsJson(thresholds));
    }
    QJsonObject acceptance;
    if (cacheSecondAccess)
        acceptance.insert(QStringLiteral("cacheSecondAccess"), cacheSecondAccess->toJson());
    QJsonArray batchJson;
    for (const BatchOperation::Config& check : batch)
        batchJson.append(check.toJson());
    if (!batchJson.isEmpty())
        acceptance.insert(QStringLiteral("batch"), batchJson);
    if (!acceptance.isEmpty())
        object.insert(QStringLiteral("acceptance"), acceptance);
    return object;
}

void Scenario::apply(const ScenarioOverrides& overrides)
{
    if (overrides.durationMs > 0)
        durationMs = overrides.durationMs;
    if (overrides.users > 0)
        users = overrides.users;
    if (overrides.rate > 0) {
        // The ramp keeps its proportion to the start rate.
        rampToRate = rate > 0 && rampToRate > 0 ? rampToRate * overrides.rate / rate : rampToRate;
        rate = overrides.rate;
    }
    if (overrides.maxRequests > 0)
        maxRequests = overrides.maxRequests;
    // A shortened run ramps up within its first third, as the full one would.
    if (overrides.durationMs > 0 && rampUpMs > overrides.durationMs / 3)
        rampUpMs = overrides.durationMs / 3;
}

std::int64_t Scenario::effectiveMaxRequests() const
{
    return iterations > 0 ? std::min(iterations, maxRequests) : maxRequests;
}

bool resolveEnvironment(const QString& text, QString* resolved, QString* error)
{
    static const QRegularExpression reference(QStringLiteral(R"(\$\{env:([A-Za-z_][A-Za-z0-9_]*)\})"));
    QString out;
    qsizetype at = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray name = match.captured(1).toUtf8();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            *error = QStringLiteral("environment variable %1 is not set").arg(match.captured(1));
            return false;
        }
        out += text.mid(at, match.capturedStart(0) - at) + qEnvironmentVariable(name.constData());
        at = match.capturedEnd(0);
    }
    *resolved = out + text.mid(at);
    return true;
}

bool Scenario::compile(const QString& baseUrl, LoadPlan* plan, QStringList* errors,
                       bool requireEnvironment) const
{
    const qsizetype before = errors->size();
    LoadPlan compiled;
    compiled.model = model;
    compiled.users = users;
    compiled.rampUpMs = rampUpMs;
    compiled.thinkTimeMs = thinkTimeMs;
    compiled.ratePerSecond = rate;
    compiled.rampToRatePerSecond = rampToRate;
    // Iterations alone still end in bounded time.
    compiled.durationMs = durationMs > 0 ? durationMs : 600'000;
    compiled.maxRequests = effectiveMaxRequests();
    compiled.requestTimeoutMs = requestTimeoutMs;
    compiled.allowRemote = allowRemote;
    compiled.verifyTls = verifyTls;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const ScenarioRequest& request = requests[i];
        const QString path = QStringLiteral("requests[%1]").arg(i);
        PlannedRequest planned;
        planned.name = request.name;
        planned.method = request.method.toUtf8();
        planned.weight = request.weight;
        planned.expectStatus = request.expectStatus;
        planned.expectBodyContains = request.expectBodyContains.toStdString();
        for (const auto& [name, value] : request.headers) {
            QString resolved;
            QString error;
            if (!resolveEnvironment(value, &resolved, &error) && requireEnvironment)
                errors->append(path + QStringLiteral(".headers.") + name + QStringLiteral(": ") + error);
            planned.headers.emplace_back(name.toStdString(), resolved.toStdString());
        }
        RequestTemplate url;
        RequestTemplate body;
        QString error;
        if (!RequestTemplate::compile(joinUrl(baseUrl, request.url), &url, &error) ||
            !RequestTemplate::compile(request.body, &body, &error)) {
            errors->append(path + QStringLiteral(": ") + error);
            continue;
        }
        // With a renderer these are only a sample (request 0), which is what the engine checks.
        std::uint64_t sampleRandom = 1;
        url.appendTo(planned.url, 0, sampleRandom);
        body.appendTo(planned.body, 0, sampleRandom);
        if (!url.isLiteral() || !body.isLiteral())
            planned.render = [url, body](std::uint64_t seq, std::uint64_t& random, std::string& urlOut,
                                         std::string& bodyOut) {
                urlOut.clear();
                url.appendTo(urlOut, seq, random);
                bodyOut.clear();
                body.appendTo(bodyOut, seq, random);
            };
        compiled.requests.push_back(std::move(planned));
    }
    std::vector<Threshold> aborting;
    std::copy_if(thresholds.begin(), thresholds.end(), std::back_inserter(aborting),
                 [](const Threshold& t) { return t.abortOnFail; });
    if (!aborting.empty())
        // The engine asks once per merged second, so the calls count the seconds run so far.
        compiled.abortWhen = [aborting, seconds = std::int64_t(0)](const LoadSecond& totals) mutable {
            const std::int64_t elapsedMs = ++seconds * 1000;
            for (const Threshold& threshold : aborting) {
                if (elapsedMs < threshold.delayAbortEvalMs)
                    continue;
                const ThresholdOutcome outcome = evaluateThreshold(threshold, totals, elapsedMs);
                if (outcome.measured && !outcome.passed)
                    return true;
            }
            return false;
        };
    if (errors->size() > before)
        return false;
    *plan = std::move(compiled);
    return true;
}

} // namespace load
