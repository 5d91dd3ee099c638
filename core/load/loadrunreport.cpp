#include "loadrunreport.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace load {

namespace {
double ms(std::int64_t us)
{
    return double(us) / 1000.0;
}

QString seconds(double milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'f', 3);
}

bool credentialHeader(const QString& name)
{
    const QString lower = name.toLower();
    for (const char* word : {"authorization", "cookie", "token", "secret", "password", "api-key", "apikey"})
        if (lower.contains(QLatin1String(word)))
            return true;
    return false;
}

// The scenario as written, but a credential header written literally (not as ${env:NAME}) is
// replaced: a result file is shared, a secret must not travel with it.
QJsonObject withoutSecrets(QJsonObject scenario)
{
    QJsonArray requests = scenario.value(QStringLiteral("requests")).toArray();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QJsonObject request = requests.at(i).toObject();
        QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (credentialHeader(it.key()) && !it.value().toString().contains(QLatin1String("${env:")))
                it.value() = QStringLiteral("(redacted)");
        }
        if (!headers.isEmpty())
            request.insert(QStringLiteral("headers"), headers);
        requests.replace(i, request);
    }
    if (!requests.isEmpty())
        scenario.insert(QStringLiteral("requests"), requests);
    return scenario;
}

void writeCase(QXmlStreamWriter& xml, const QString& classname, const QString& name, double milliseconds,
               const QString& failure, const QString& details)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), classname);
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("time"), seconds(milliseconds));
    if (!failure.isEmpty()) {
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), failure);
        xml.writeCharacters(details);
        xml.writeEndElement();
    } else if (!details.isEmpty()) {
        xml.writeTextElement(QStringLiteral("system-out"), details);
    }
    xml.writeEndElement();
}
} // namespace

std::vector<ThresholdOutcome> evaluateThresholds(const std::vector<Threshold>& thresholds,
                                                 const LoadResult& result)
{
    std::vector<ThresholdOutcome> outcomes;
    for (const Threshold& threshold : thresholds)
        outcomes.push_back(evaluateThreshold(threshold, result.totals, result.durationMs));
    return outcomes;
}

QJsonObject figuresToJson(const EndpointFigures& figures, std::int64_t durationMs)
{
    const LatencyHistogram& latency = figures.latency;
    QJsonObject errors;
    for (int kind = 0; kind < errorKindCount; ++kind)
        errors.insert(errorKindName(ErrorKind(kind)), qint64(figures.errors[std::size_t(kind)]));
    return {{QStringLiteral("requests"), qint64(figures.requests)},
            {QStringLiteral("errors"), qint64(figures.errorCount())},
            {QStringLiteral("errorsByKind"), errors},
            {QStringLiteral("bytesReceived"), qint64(figures.bytesReceived)},
            {QStringLiteral("requestsPerSecond"),
             durationMs > 0 ? double(figures.requests) * 1000.0 / double(durationMs) : 0.0},
            {QStringLiteral("latencyMs"),
             QJsonObject{{QStringLiteral("min"), ms(latency.minUs())},
                         {QStringLiteral("mean"), latency.meanUs() / 1000.0},
                         {QStringLiteral("p50"), ms(latency.valueAtPercentileUs(50))},
                         {QStringLiteral("p90"), ms(latency.valueAtPercentileUs(90))},
                         {QStringLiteral("p95"), ms(latency.valueAtPercentileUs(95))},
                         {QStringLiteral("p99"), ms(latency.valueAtPercentileUs(99))},
                         {QStringLiteral("p99.9"), ms(latency.valueAtPercentileUs(99.9))},
                         {QStringLiteral("max"), ms(latency.maxUs())}}}};
}

int LoadRunReport::checkCount() const
{
    return int(thresholds.size()) + (cache ? 1 : 0) + int(batch.size()) +
           (load && load->end == RunEnd::Failed ? 1 : 0);
}

int LoadRunReport::failureCount() const
{
    int failures = load && load->end == RunEnd::Failed ? 1 : 0;
    for (const ThresholdOutcome& outcome : thresholds)
        failures += outcome.passed ? 0 : 1;
    failures += cache && !cache->passed ? 1 : 0;
    for (const BatchOperation::Result& check : batch)
        failures += check.passed ? 0 : 1;
    return failures;
}

QJsonObject LoadRunReport::toJson() const
{
    QJsonObject object{{QStringLiteral("scenario"), withoutSecrets(scenario.toJson())},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("checks"), checkCount()},
                       {QStringLiteral("failures"), failureCount()}};
    if (load) {
        QJsonObject endpoints;
        for (std::size_t i = 0; i < load->totals.endpoints.size() && i < scenario.requests.size(); ++i)
            endpoints.insert(scenario.requests[i].name,
                             figuresToJson(load->totals.endpoints[i], load->durationMs));
        object.insert(
            QStringLiteral("load"),
            QJsonObject{{QStringLiteral("end"), runEndName(load->end)},
                        {QStringLiteral("error"), load->error},
                        {QStringLiteral("startedMs"), qint64(load->startedMs)},
                        {QStringLiteral("durationMs"), qint64(load->durationMs)},
                        {QStringLiteral("percentileMethod"), load->percentileMethod},
                        {QStringLiteral("totals"), figuresToJson(load->totals.total, load->durationMs)},
                        {QStringLiteral("endpoints"), endpoints}});
    }
    QJsonArray thresholdList;
    for (const ThresholdOutcome& outcome : thresholds)
        thresholdList.append(QJsonObject{{QStringLiteral("metric"), outcome.threshold.key},
                                         {QStringLiteral("threshold"), outcome.threshold.expression},
                                         {QStringLiteral("measured"), outcome.measured},
                                         {QStringLiteral("value"), outcome.value},
                                         {QStringLiteral("valueText"), outcome.valueText()},
                                         {QStringLiteral("passed"), outcome.passed},
                                         {QStringLiteral("abortOnFail"), outcome.threshold.abortOnFail}});
    object.insert(QStringLiteral("thresholds"), thresholdList);
    QJsonObject acceptance;
    if (cache)
        acceptance.insert(QStringLiteral("cacheSecondAccess"), cache->toJson());
    QJsonArray batchList;
    for (const BatchOperation::Result& check : batch)
        batchList.append(check.toJson());
    if (!batchList.isEmpty())
        acceptance.insert(QStringLiteral("batch"), batchList);
    if (!acceptance.isEmpty())
        object.insert(QStringLiteral("acceptance"), acceptance);
    return object;
}

QByteArray LoadRunReport::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(checkCount()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failureCount()));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("perfdash load ") + scenario.name);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(checkCount()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failureCount()));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    const double loadMs = load ? double(load->durationMs) : 0;
    if (load && load->end == RunEnd::Failed)
        writeCase(xml, QStringLiteral("load"), QStringLiteral("load run"), loadMs,
                  QStringLiteral("the load run failed: ") + load->error, load->error);
    for (const ThresholdOutcome& outcome : thresholds) {
        const QString name = outcome.threshold.key + QLatin1Char(' ') + outcome.threshold.expression;
        writeCase(xml, QStringLiteral("thresholds"), name, loadMs,
                  outcome.passed ? QString() : QStringLiteral("%1 (%2)").arg(outcome.valueText(), name),
                  outcome.valueText());
    }
    if (cache) {
        const QString figures =
            QStringLiteral("improvement P50 %1 %, mean %2 % (cold P50 %3 ms, warm P50 %4 ms)")
                .arg(QString::number(cache->improvementP50 * 100, 'f', 1),
                     QString::number(cache->improvementMean * 100, 'f', 1),
                     QString::number(cache->coldP50Ms, 'f', 2), QString::number(cache->warmP50Ms, 'f', 2));
        writeCase(xml, QStringLiteral("acceptance"), QStringLiteral("cache second access"),
                  cache->coldMeanMs * double(cache->keys.size()) +
                      cache->warmMeanMs * double(cache->keys.size()),
                  cache->failure, figures);
    }
    for (const BatchOperation::Result& check : batch)
        writeCase(xml, QStringLiteral("acceptance"), QStringLiteral("batch: ") + check.config.name,
                  check.maxMs, check.failure,
                  QStringLiteral("%1 attempt(s), slowest %2 ms, limit %3 ms")
                      .arg(check.attempts.size())
                      .arg(QString::number(check.maxMs, 'f', 1))
                      .arg(check.config.timeLimitMs));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace load
