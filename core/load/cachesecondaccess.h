#pragma once

#include "scenariofields.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace load {

// Acceptance step "cache makes the second access >= 50 % faster" (seed 000, 2.3): for each of K
// distinct keys a cold request (after a cache flush), then the same request warm.
// improvement = 1 - warm / cold, per key and overall (of the P50s and of the means).
struct CacheSecondAccess
{
    struct Config
    {
        QString url = QStringLiteral("/api/v1/crm/customers/{key}"); // {key}: firstKey, firstKey + 1, ...
        int keys = 20;
        int firstKey = 1;
        QString flushUrl = QStringLiteral("/admin/cache/flush"); // POSTed first; empty: keys must be cold
        int expectStatus = 200;
        double minImprovement = 0.5;
        std::int64_t timeoutMs = 10'000;
        bool flushBetween = false; // flush again between each cold and warm request (shows a failure)

        static Config fromJson(const QJsonObject& object, const QString& path, QStringList* errors);
        QJsonObject toJson() const;
        bool operator==(const Config&) const = default;
    };

    struct KeyTiming
    {
        QString key;
        double coldMs = 0;
        double warmMs = 0;
        QString coldCache; // the X-Cache header (MISS / HIT) when the target sends one
        QString warmCache;
        double improvement = 0;
    };

    struct Result
    {
        Config config;
        std::vector<KeyTiming> keys;
        double coldP50Ms = 0;
        double warmP50Ms = 0;
        double coldMeanMs = 0;
        double warmMeanMs = 0;
        double improvementP50 = 0;
        double improvementMean = 0;
        bool passed = false;
        QString failure; // why it did not pass (empty when it did)

        QJsonObject toJson() const;
    };

    // Runs the step against `baseUrl` (relative URLs are joined to it).
    static Result run(const Config& config, const QString& baseUrl, bool verifyTls = true);
    // The figures and verdict from the timings (separate for tests).
    static void judge(Result& result);
};

} // namespace load
