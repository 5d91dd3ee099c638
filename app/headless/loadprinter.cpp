#include "loadprinter.h"

#include <QJsonArray>
#include <utility>

namespace {
using load::LatencyHistogram;

constexpr std::pair<double, const char*> percentiles[] = {
    {50.0, "p50"}, {90.0, "p90"}, {95.0, "p95"}, {99.0, "p99"}, {99.9, "p99_9"}};

QString modelText(const load::LoadPlan& plan)
{
    if (plan.model == load::LoadModel::Open)
        return QStringLiteral("open model, %1 requests/s").arg(plan.ratePerSecond);
    return QStringLiteral("closed model");
}

QString endText(load::RunEnd end)
{
    switch (end) {
    case load::RunEnd::Completed:
        return QStringLiteral("completed");
    case load::RunEnd::Cancelled:
        return QStringLiteral("cancelled");
    case load::RunEnd::Aborted:
        return QStringLiteral("aborted");
    case load::RunEnd::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject latencyJson(const LatencyHistogram& h)
{
    QJsonObject object{{QStringLiteral("count"), qint64(h.count())},
                       {QStringLiteral("min"), qint64(h.minUs())},
                       {QStringLiteral("mean"), h.meanUs()},
                       {QStringLiteral("stdev"), h.stddevUs()},
                       {QStringLiteral("max"), qint64(h.maxUs())}};
    for (const auto& [p, name] : percentiles)
        object.insert(QLatin1String(name), qint64(h.valueAtPercentileUs(p)));
    return object;
}

QJsonObject errorsJson(const load::EndpointFigures& figures)
{
    QJsonObject object;
    for (int i = 0; i < load::errorKindCount; ++i)
        object.insert(load::errorKindName(load::ErrorKind(i)), qint64(figures.errors[std::size_t(i)]));
    return object;
}

} // namespace

QString LoadPrinter::formatLatency(std::int64_t us)
{
    if (us < 1000)
        return QStringLiteral("%1us").arg(us);
    if (us < 1'000'000)
        return QStringLiteral("%1ms").arg(double(us) / 1000.0, 0, 'f', 2);
    return QStringLiteral("%1s").arg(double(us) / 1e6, 0, 'f', 2);
}

QString LoadPrinter::formatBytes(double bytes)
{
    static const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int unit = 0;
    while (bytes >= 1024.0 && unit < 4) {
        bytes /= 1024.0;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1B").arg(qint64(bytes))
                     : QStringLiteral("%1%2").arg(bytes, 0, 'f', 2).arg(QLatin1String(units[unit]));
}

QString LoadPrinter::header(const load::LoadPlan& plan, const QString& url)
{
    return QStringLiteral("Running %1 load test @ %2\n  %3 connections, %4\n")
        .arg(formatLatency(plan.durationMs * 1000), url)
        .arg(plan.users)
        .arg(modelText(plan));
}

QString LoadPrinter::summary(const load::LoadPlan& plan, const load::LoadResult& result)
{
    const load::EndpointFigures& total = result.totals.total;
    const bool open = plan.model == load::LoadModel::Open;
    QString text;
    text += open ? QStringLiteral("  Latency Distribution   corrected  uncorrected\n")
                 : QStringLiteral("  Latency Distribution\n");
    auto row = [&](const QString& label, std::int64_t corrected, std::int64_t uncorrected) {
        text += QStringLiteral("    %1  %2").arg(label, 8).arg(formatLatency(corrected), 10);
        if (open)
            text += QStringLiteral("  %1").arg(formatLatency(uncorrected), 11);
        text += QLatin1Char('\n');
    };
    for (const auto& [p, name] : percentiles)
        row(QStringLiteral("%1%").arg(p, 0, 'f', p == 99.9 ? 1 : 0), total.latency.valueAtPercentileUs(p),
            total.uncorrectedLatency.valueAtPercentileUs(p));
    row(QStringLiteral("max"), total.latency.maxUs(), total.uncorrectedLatency.maxUs());
    row(QStringLiteral("mean"), std::int64_t(total.latency.meanUs()),
        std::int64_t(total.uncorrectedLatency.meanUs()));
    row(QStringLiteral("stdev"), std::int64_t(total.latency.stddevUs()),
        std::int64_t(total.uncorrectedLatency.stddevUs()));
    const double seconds = double(std::max<std::int64_t>(1, result.durationMs)) / 1000.0;
    text += QStringLiteral("  %1 requests in %2s, %3 read\n")
                .arg(total.requests)
                .arg(seconds, 0, 'f', 2)
                .arg(formatBytes(double(total.bytesReceived)));
    if (total.errorCount() > 0) {
        QStringList kinds;
        for (int i = 0; i < load::errorKindCount; ++i) {
            if (total.errors[std::size_t(i)] > 0)
                kinds << QStringLiteral("%1 %2")
                             .arg(load::errorKindName(load::ErrorKind(i)))
                             .arg(total.errors[std::size_t(i)]);
        }
        text += QStringLiteral("  Errors: %1 (%2)\n")
                    .arg(total.errorCount())
                    .arg(kinds.join(QStringLiteral(", ")));
    } else {
        text += QStringLiteral("  Errors: none\n");
    }
    text += QStringLiteral("Requests/sec: %1\n").arg(double(total.requests) / seconds, 0, 'f', 2);
    text += QStringLiteral("Transfer/sec: %1\n").arg(formatBytes(double(total.bytesReceived) / seconds));
    if (result.end != load::RunEnd::Completed)
        text += QStringLiteral("Run %1 after %2s\n").arg(endText(result.end)).arg(seconds, 0, 'f', 2);
    return text;
}

QJsonObject LoadPrinter::json(const load::LoadPlan& plan, const QString& url, const load::LoadResult& result)
{
    const load::EndpointFigures& total = result.totals.total;
    const bool open = plan.model == load::LoadModel::Open;
    const double seconds = double(std::max<std::int64_t>(1, result.durationMs)) / 1000.0;
    QJsonObject object{{QStringLiteral("url"), url},
                       {QStringLiteral("model"), open ? QStringLiteral("open") : QStringLiteral("closed")},
                       {QStringLiteral("connections"), plan.users},
                       {QStringLiteral("end"), endText(result.end)},
                       {QStringLiteral("startedMs"), qint64(result.startedMs)},
                       {QStringLiteral("durationMs"), qint64(result.durationMs)},
                       {QStringLiteral("requests"), qint64(total.requests)},
                       {QStringLiteral("requestsPerSecond"), double(total.requests) / seconds},
                       {QStringLiteral("bytesReceived"), qint64(total.bytesReceived)},
                       {QStringLiteral("errors"), errorsJson(total)},
                       {QStringLiteral("latencyUs"), latencyJson(total.latency)},
                       {QStringLiteral("percentileMethod"), result.percentileMethod}};
    if (open) {
        object.insert(QStringLiteral("ratePerSecond"), plan.ratePerSecond);
        object.insert(QStringLiteral("uncorrectedLatencyUs"), latencyJson(total.uncorrectedLatency));
    }
    QJsonArray perSecond;
    for (const load::LoadSecond& second : result.seconds) {
        perSecond.append(
            QJsonObject{{QStringLiteral("second"), qint64(second.second)},
                        {QStringLiteral("activeUsers"), second.activeUsers},
                        {QStringLiteral("requests"), qint64(second.total.requests)},
                        {QStringLiteral("errors"), qint64(second.total.errorCount())},
                        {QStringLiteral("p50Us"), qint64(second.total.latency.valueAtPercentileUs(50))},
                        {QStringLiteral("p99Us"), qint64(second.total.latency.valueAtPercentileUs(99))},
                        {QStringLiteral("maxUs"), qint64(second.total.latency.maxUs())}});
    }
    object.insert(QStringLiteral("seconds"), perSecond);
    return object;
}
