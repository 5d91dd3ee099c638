#include "cachesecondaccess.h"

#include "acceptancehttp.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

namespace load {

namespace {
double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double mean(const std::vector<double>& values)
{
    return values.empty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}
} // namespace

CacheSecondAccess::Config CacheSecondAccess::Config::fromJson(const QJsonObject& object, const QString& path,
                                                              QStringList* errors)
{
    ScenarioFields fields(object, path, errors);
    fields.allowOnly({"url", "keys", "firstKey", "flushUrl", "expectStatus", "minImprovement", "timeout"});
    Config config;
    config.url = fields.string("url", config.url);
    if (!config.url.contains(QLatin1String("{key}")))
        fields.fail("url", QStringLiteral("must contain {key}, where each key goes"));
    config.keys = int(fields.integer("keys", config.keys, 1, 10'000));
    config.firstKey = int(fields.integer("firstKey", config.firstKey, 0, 1'000'000'000));
    if (fields.has("flushUrl") && fields.value("flushUrl").isString())
        config.flushUrl = fields.value("flushUrl").toString(); // "" is allowed: no flush
    else
        config.flushUrl = fields.string("flushUrl", config.flushUrl);
    config.expectStatus = int(fields.integer("expectStatus", config.expectStatus, 100, 599));
    config.minImprovement = fields.number("minImprovement", config.minImprovement, 0);
    if (config.minImprovement > 1)
        fields.fail("minImprovement", QStringLiteral("expected a fraction from 0 to 1 (0.5 is 50 %)"));
    config.timeoutMs = fields.durationMs("timeout", config.timeoutMs);
    return config;
}

QJsonObject CacheSecondAccess::Config::toJson() const
{
    return {{QStringLiteral("url"), url},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("firstKey"), firstKey},
            {QStringLiteral("flushUrl"), flushUrl},
            {QStringLiteral("expectStatus"), expectStatus},
            {QStringLiteral("minImprovement"), minImprovement},
            {QStringLiteral("timeout"), QStringLiteral("%1ms").arg(timeoutMs)}};
}

QJsonObject CacheSecondAccess::Result::toJson() const
{
    QJsonArray perKey;
    for (const KeyTiming& key : keys)
        perKey.append(QJsonObject{{QStringLiteral("key"), key.key},
                                  {QStringLiteral("coldMs"), key.coldMs},
                                  {QStringLiteral("warmMs"), key.warmMs},
                                  {QStringLiteral("coldCache"), key.coldCache},
                                  {QStringLiteral("warmCache"), key.warmCache},
                                  {QStringLiteral("improvement"), key.improvement}});
    return {{QStringLiteral("config"), config.toJson()},
            {QStringLiteral("keys"), perKey},
            {QStringLiteral("coldP50Ms"), coldP50Ms},
            {QStringLiteral("warmP50Ms"), warmP50Ms},
            {QStringLiteral("coldMeanMs"), coldMeanMs},
            {QStringLiteral("warmMeanMs"), warmMeanMs},
            {QStringLiteral("improvementP50"), improvementP50},
            {QStringLiteral("improvementMean"), improvementMean},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("failure"), failure}};
}

void CacheSecondAccess::judge(Result& result)
{
    std::vector<double> cold;
    std::vector<double> warm;
    for (KeyTiming& key : result.keys) {
        key.improvement = key.coldMs > 0 ? 1.0 - key.warmMs / key.coldMs : 0;
        cold.push_back(key.coldMs);
        warm.push_back(key.warmMs);
    }
    result.coldP50Ms = median(cold);
    result.warmP50Ms = median(warm);
    result.coldMeanMs = mean(cold);
    result.warmMeanMs = mean(warm);
    result.improvementP50 = result.coldP50Ms > 0 ? 1.0 - result.warmP50Ms / result.coldP50Ms : 0;
    result.improvementMean = result.coldMeanMs > 0 ? 1.0 - result.warmMeanMs / result.coldMeanMs : 0;
    if (!result.failure.isEmpty())
        return;
    const double needed = result.config.minImprovement;
    if (result.keys.empty())
        result.failure = QStringLiteral("no key was measured");
    else if (result.improvementP50 < needed || result.improvementMean < needed)
        result.failure =
            QStringLiteral("second access improved by %1 (P50) and %2 (mean), below %3")
                .arg(percent(result.improvementP50), percent(result.improvementMean), percent(needed));
    result.passed = result.failure.isEmpty();
}

CacheSecondAccess::Result CacheSecondAccess::run(const Config& config, const QString& baseUrl, bool verifyTls)
{
    Result result;
    result.config = config;
    AcceptanceHttp http(config.timeoutMs, verifyTls);
    const std::string flushUrl =
        config.flushUrl.isEmpty() ? std::string() : joinUrl(baseUrl, config.flushUrl).toStdString();
    const auto flush = [&]() {
        if (flushUrl.empty())
            return true;
        const AcceptanceHttp::Answer answer = http.exchange("POST", flushUrl);
        if (answer.status < 200 || answer.status >= 300)
            result.failure =
                answer.error.isEmpty()
                    ? QStringLiteral("cache flush %1 answered %2").arg(config.flushUrl).arg(answer.status)
                    : answer.error;
        return result.failure.isEmpty();
    };
    const auto timed = [&](const std::string& url, double* ms, QString* cache) {
        const AcceptanceHttp::Answer answer = http.exchange("GET", url);
        *ms = answer.ms;
        *cache = QString::fromStdString(answer.cacheHeader);
        if (answer.status != config.expectStatus)
            result.failure = answer.error.isEmpty() ? QStringLiteral("GET %1 answered %2, expected %3")
                                                          .arg(QString::fromStdString(url))
                                                          .arg(answer.status)
                                                          .arg(config.expectStatus)
                                                    : answer.error;
        return result.failure.isEmpty();
    };
    if (flush()) {
        for (int i = 0; i < config.keys; ++i) {
            KeyTiming key;
            key.key = QString::number(config.firstKey + i);
            const std::string url =
                joinUrl(baseUrl, QString(config.url).replace(QLatin1String("{key}"), key.key)).toStdString();
            if (!timed(url, &key.coldMs, &key.coldCache) || (config.flushBetween && !flush()) ||
                !timed(url, &key.warmMs, &key.warmCache))
                break;
            result.keys.push_back(key);
        }
    }
    judge(result);
    return result;
}

} // namespace load
