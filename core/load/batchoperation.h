#pragma once

#include "scenariofields.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace load {

// Acceptance step "batch operations without a bottleneck" (seed 000, 2.4): one batch request
// (a 1,000-row customer import, a 100-line receipt, or one over the limit), sent `repeat` times,
// each checked against its status and time limit.
struct BatchOperation
{
    struct Config
    {
        QString name;
        QString method = QStringLiteral("POST");
        QString url;
        int rows = 1000;
        QString row; // each row's JSON, a template: {{seq}} is the row's number from 1
        QString prefix = QStringLiteral("[");
        QString suffix = QStringLiteral("]");
        int expectStatus = 200;
        std::int64_t timeLimitMs = 30'000;
        int repeat = 1;

        static Config fromJson(const QJsonObject& object, const QString& path, QStringList* errors);
        QJsonObject toJson() const;
        bool operator==(const Config&) const = default;
        // prefix + rows joined by "," + suffix.
        std::string body(std::uint64_t seed) const;
    };

    struct Attempt
    {
        int status = 0;
        double ms = 0;
        QString error;
    };

    struct Result
    {
        Config config;
        std::vector<Attempt> attempts;
        double maxMs = 0;
        bool passed = false;
        QString failure;

        QJsonObject toJson() const;
    };

    static Result run(const Config& config, const QString& baseUrl, bool verifyTls = true);
};

} // namespace load
