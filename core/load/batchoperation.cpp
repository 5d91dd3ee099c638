#include "batchoperation.h"

#include "acceptancehttp.h"
#include "requesttemplate.h"

#include <QJsonArray>
#include <algorithm>

namespace load {

BatchOperation::Config BatchOperation::Config::fromJson(const QJsonObject& object, const QString& path,
                                                        QStringList* errors)
{
    ScenarioFields fields(object, path, errors);
    fields.allowOnly(
        {"name", "method", "url", "rows", "row", "prefix", "suffix", "expectStatus", "timeLimit", "repeat"});
    Config config;
    config.name = fields.string("name", {}, true);
    config.method = fields.string("method", config.method).toUpper();
    config.url = fields.string("url", {}, true);
    config.rows = int(fields.integer("rows", config.rows, 1, 100'000));
    config.row = fields.string("row", {}, true);
    RequestTemplate compiled;
    QString error;
    if (!config.row.isEmpty() && !RequestTemplate::compile(config.row, &compiled, &error))
        fields.fail("row", error);
    // "" is a valid prefix or suffix (rows alone), so these are read without the non-empty rule.
    for (auto [key, target] : {std::pair{"prefix", &config.prefix}, std::pair{"suffix", &config.suffix}}) {
        if (fields.has(key) && !fields.value(key).isString())
            fields.fail(key, QStringLiteral("expected a string"));
        else if (fields.has(key))
            *target = fields.value(key).toString();
    }
    config.expectStatus = int(fields.integer("expectStatus", config.expectStatus, 100, 599));
    config.timeLimitMs = fields.durationMs("timeLimit", config.timeLimitMs);
    config.repeat = int(fields.integer("repeat", config.repeat, 1, 1000));
    return config;
}

QJsonObject BatchOperation::Config::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("method"), method},
            {QStringLiteral("url"), url},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("row"), row},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("suffix"), suffix},
            {QStringLiteral("expectStatus"), expectStatus},
            {QStringLiteral("timeLimit"), QStringLiteral("%1ms").arg(timeLimitMs)},
            {QStringLiteral("repeat"), repeat}};
}

std::string BatchOperation::Config::body(std::uint64_t seed) const
{
    RequestTemplate compiled;
    QString error;
    RequestTemplate::compile(row, &compiled, &error); // validated by fromJson
    std::string out = prefix.toStdString();
    for (int i = 1; i <= rows; ++i) {
        if (i > 1)
            out += ',';
        compiled.appendTo(out, std::uint64_t(i), seed);
    }
    out += suffix.toStdString();
    return out;
}

QJsonObject BatchOperation::Result::toJson() const
{
    QJsonArray list;
    for (const Attempt& attempt : attempts)
        list.append(QJsonObject{{QStringLiteral("status"), attempt.status},
                                {QStringLiteral("ms"), attempt.ms},
                                {QStringLiteral("error"), attempt.error}});
    return {{QStringLiteral("config"), config.toJson()},
            {QStringLiteral("attempts"), list},
            {QStringLiteral("maxMs"), maxMs},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("failure"), failure}};
}

BatchOperation::Result BatchOperation::run(const Config& config, const QString& baseUrl, bool verifyTls)
{
    Result result;
    result.config = config;
    // A request past the limit is a failure, but libcurl waits a little longer to report what came.
    AcceptanceHttp http(config.timeLimitMs + 5'000, verifyTls);
    const std::string url = joinUrl(baseUrl, config.url).toStdString();
    for (int i = 0; i < config.repeat; ++i) {
        const AcceptanceHttp::Answer answer =
            http.exchange(config.method.toStdString(), url, config.body(std::uint64_t(i) + 1));
        result.attempts.push_back({answer.status, answer.ms, answer.error});
        result.maxMs = std::max(result.maxMs, answer.ms);
        if (!answer.error.isEmpty())
            result.failure = answer.error;
        else if (answer.status != config.expectStatus)
            result.failure = QStringLiteral("%1 %2 answered %3, expected %4")
                                 .arg(config.method, config.url)
                                 .arg(answer.status)
                                 .arg(config.expectStatus);
        else if (answer.ms > double(config.timeLimitMs))
            result.failure = QStringLiteral("took %1 ms, over the limit of %2 ms")
                                 .arg(QString::number(answer.ms, 'f', 1))
                                 .arg(config.timeLimitMs);
        if (!result.failure.isEmpty())
            break;
    }
    result.passed = result.failure.isEmpty();
    return result;
}

} // namespace load
