#include "runmetrics.h"

#include "loadrunstore.h"

#include <algorithm>

namespace exporting {
namespace {

constexpr double microsPerSecond = 1e6;
constexpr double summaryQuantiles[] = {0.5, 0.95, 0.99, 0.999};
constexpr double secondQuantiles[] = {0.5, 0.95, 0.99};

QString quantileText(double q)
{
    return QString::number(q, 'g', 6);
}

double percentileSeconds(const load::LatencyHistogram& latency, double quantile)
{
    return double(latency.valueAtPercentileUs(quantile * 100)) / microsPerSecond;
}

Labels endpointLabels(const QString& endpoint)
{
    return endpoint.isEmpty() ? Labels{} : Labels{{QStringLiteral("endpoint"), endpoint}};
}

// The figures of the whole run (endpoint empty) or of one endpoint, as counter series.
void addCounts(ExportFamily* requests, ExportFamily* bytes, const load::EndpointFigures& figures,
               const QString& endpoint, std::int64_t atMs)
{
    requests->series.push_back({endpointLabels(endpoint), {{double(figures.requests), atMs}}, {}});
    bytes->series.push_back({endpointLabels(endpoint), {{double(figures.bytesReceived), atMs}}, {}});
}

void addLatency(ExportFamily* summary, const load::LatencyHistogram& latency, const QString& endpoint,
                std::int64_t atMs)
{
    for (const double q : summaryQuantiles) {
        Labels labels = endpointLabels(endpoint);
        labels[QStringLiteral("quantile")] = quantileText(q);
        summary->series.push_back({labels, {{percentileSeconds(latency, q), atMs}}, {}});
    }
    const double sum = latency.meanUs() * double(latency.count()) / microsPerSecond;
    summary->series.push_back({endpointLabels(endpoint), {{sum, atMs}}, QStringLiteral("_sum")});
    summary->series.push_back(
        {endpointLabels(endpoint), {{double(latency.count()), atMs}}, QStringLiteral("_count")});
}

ExportFamily errorFamily(const load::EndpointFigures& totals, std::int64_t atMs)
{
    ExportFamily errors{QStringLiteral("perfdash_load_errors"),
                        ExportFamily::Type::Counter,
                        {},
                        QStringLiteral("Failed requests of the load run, by kind."),
                        {}};
    for (int kind = 0; kind < load::errorKindCount; ++kind) {
        const Labels labels{{QStringLiteral("kind"), load::errorKindName(load::ErrorKind(kind))}};
        errors.series.push_back({labels, {{double(totals.errors[std::size_t(kind)]), atMs}}, {}});
    }
    return errors;
}

std::int64_t endOf(const load::StoredRun& run)
{
    const std::int64_t startedMs = run.result.startedMs > 0 ? run.result.startedMs : run.info.startedMs;
    return startedMs + run.result.durationMs;
}

std::vector<ExportFamily> summaryFamilies(const load::StoredRun& run)
{
    const load::LoadResult& result = run.result;
    const std::int64_t endMs = endOf(run);
    ExportFamily requests{QStringLiteral("perfdash_load_requests"),
                          ExportFamily::Type::Counter,
                          {},
                          QStringLiteral("Requests of the load run, answered or failed."),
                          {}};
    ExportFamily bytes{QStringLiteral("perfdash_load_received_bytes"),
                       ExportFamily::Type::Counter,
                       QStringLiteral("bytes"),
                       QStringLiteral("Response bytes received in the load run."),
                       {}};
    ExportFamily latency{QStringLiteral("perfdash_load_latency_seconds"),
                         ExportFamily::Type::Summary,
                         QStringLiteral("seconds"),
                         QStringLiteral("Request latency of the load run."),
                         {}};
    addCounts(&requests, &bytes, result.totals.total, {}, endMs);
    addLatency(&latency, result.totals.total.latency, {}, endMs);
    for (std::size_t i = 0; i < result.totals.endpoints.size() && i < std::size_t(run.endpoints.size());
         ++i) {
        addCounts(&requests, &bytes, result.totals.endpoints[i], run.endpoints.at(qsizetype(i)), endMs);
        addLatency(&latency, result.totals.endpoints[i].latency, run.endpoints.at(qsizetype(i)), endMs);
    }
    ExportFamily duration{QStringLiteral("perfdash_load_duration_seconds"),
                          ExportFamily::Type::Gauge,
                          QStringLiteral("seconds"),
                          QStringLiteral("How long the load run lasted."),
                          {{{}, {{double(result.durationMs) / 1000.0, endMs}}, {}}}};
    return {requests, errorFamily(result.totals.total, endMs), bytes, duration, latency};
}

ExportFamily gauge(const QString& name, const QString& unit, const QString& help)
{
    return {name, ExportFamily::Type::Gauge, unit, help, {ExportSeries{}}};
}

std::vector<ExportFamily> timelineFamilies(const load::LoadResult& result, std::int64_t endMs)
{
    ExportFamily requests = gauge(QStringLiteral("perfdash_load_second_requests"), {},
                                  QStringLiteral("Requests in each second of the load run (its RPS)."));
    ExportFamily errors = gauge(QStringLiteral("perfdash_load_second_errors"), {},
                                QStringLiteral("Failed requests in each second of the load run."));
    ExportFamily users = gauge(QStringLiteral("perfdash_load_active_users"), {},
                               QStringLiteral("Connections sending in each second of the load run."));
    ExportFamily latency{QStringLiteral("perfdash_load_second_latency_seconds"),
                         ExportFamily::Type::Gauge,
                         QStringLiteral("seconds"),
                         QStringLiteral("Latency quantiles of each second of the load run."),
                         {}};
    for (const double q : secondQuantiles)
        latency.series.push_back({{{QStringLiteral("quantile"), quantileText(q)}}, {}, {}});
    for (const load::LoadSecond& second : result.seconds) {
        // A second's figures are known at its end (the run's end for a last, partial second).
        const std::int64_t atMs = std::min(second.startedMs + 1000, endMs);
        requests.series[0].samples.push_back({double(second.total.requests), atMs});
        errors.series[0].samples.push_back({double(second.total.errorCount()), atMs});
        users.series[0].samples.push_back({double(second.activeUsers), atMs});
        for (std::size_t i = 0; i < std::size(secondQuantiles); ++i)
            latency.series[i].samples.push_back(
                {percentileSeconds(second.total.latency, secondQuantiles[i]), atMs});
    }
    return {requests, errors, users, latency};
}

} // namespace

namespace RunMetrics {

std::vector<ExportFamily> build(const load::StoredRun& run, bool timeline)
{
    std::vector<ExportFamily> families = summaryFamilies(run);
    if (timeline) {
        for (ExportFamily& family : timelineFamilies(run.result, endOf(run)))
            families.push_back(std::move(family));
    }
    Labels labels{{QStringLiteral("run"), QString::number(run.info.id)},
                  {QStringLiteral("scenario"), run.info.name},
                  {QStringLiteral("target"), run.info.target}};
    const QString plan = run.config.value(QStringLiteral("plan")).toString();
    if (!plan.isEmpty())
        labels[QStringLiteral("plan")] = plan;
    addLabels(&families, labels);
    return families;
}

} // namespace RunMetrics
} // namespace exporting
