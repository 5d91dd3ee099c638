#pragma once

#include "batchoperation.h"
#include "cachesecondaccess.h"
#include "loadplan.h"
#include "threshold.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace load {

// One weighted request of a scenario, as written (templates and ${env:NAME} unresolved).
struct ScenarioRequest
{
    QString name; // what thresholds' {endpoint:NAME} filters and results call it
    QString method = QStringLiteral("GET");
    QString url; // a path (joined to the target) or an absolute URL; may hold templates
    std::vector<std::pair<QString, QString>> headers; // values may be ${env:NAME}
    QString body;                                     // may hold templates
    int weight = 1;
    int expectStatus = 0; // 0: any 2xx or 3xx
    QString expectBodyContains;
    bool operator==(const ScenarioRequest&) const = default;
};

// Command-line overrides that shorten or resize a scenario (0 / unset: keep the scenario's).
struct ScenarioOverrides
{
    std::int64_t durationMs = 0;
    int users = 0;
    double rate = 0;
    std::int64_t maxRequests = 0;
};

// A load run described in JSON (see README "Load runs"): weighted requests, the load model, bounds,
// k6-style thresholds, and acceptance steps (cache second access, batch operations).
struct Scenario
{
    QString name;
    QString description;
    QString target; // base URL for relative request URLs; empty: the command's default
    LoadModel model = LoadModel::Closed;
    int users = 10;            // closed: users; open: connections
    std::int64_t rampUpMs = 0; // closed
    std::int64_t thinkTimeMs = 0;
    double rate = 0;       // open: arrivals per second
    double rampToRate = 0; // open: 0 keeps the rate
    std::int64_t durationMs = 0;
    std::int64_t iterations = 0; // 0: bounded by duration only
    std::int64_t maxRequests = 10'000'000;
    std::int64_t requestTimeoutMs = 10'000;
    bool allowRemote = false;
    bool verifyTls = true;
    std::vector<ScenarioRequest> requests;
    std::vector<Threshold> thresholds;
    std::optional<CacheSecondAccess::Config> cacheSecondAccess;
    std::vector<BatchOperation::Config> batch;

    // Every problem, each naming its field, in `errors`; false when there is any.
    static bool fromJson(const QJsonObject& object, Scenario* scenario, QStringList* errors);
    static bool fromJsonText(const QByteArray& text, Scenario* scenario, QStringList* errors);
    // The scenario as written: header values keep their ${env:NAME}, so no secret is written out.
    QJsonObject toJson() const;

    bool hasLoad() const { return !requests.empty(); }
    void apply(const ScenarioOverrides& overrides);
    // The plan for the engine against `baseUrl`: templates compiled into renderers, environment
    // variables of headers resolved, thresholds with abortOnFail turned into abortWhen.
    // `requireEnvironment` false (validation without the run's secrets) lets unset variables be empty.
    bool compile(const QString& baseUrl, LoadPlan* plan, QStringList* errors,
                 bool requireEnvironment = true) const;
    std::int64_t effectiveMaxRequests() const;
};

// Resolves ${env:NAME} in `text`; false with `error` when a variable is unset.
bool resolveEnvironment(const QString& text, QString* resolved, QString* error);

} // namespace load
