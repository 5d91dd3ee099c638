#include "loadrunstore.h"

#include "loadrunreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace load {
namespace {

QByteArray errorsJson(const EndpointFigures& figures)
{
    QJsonObject errors;
    for (int kind = 0; kind < errorKindCount; ++kind) {
        if (figures.errors[std::size_t(kind)] > 0)
            errors.insert(errorKindName(ErrorKind(kind)), qint64(figures.errors[std::size_t(kind)]));
    }
    return QJsonDocument(errors).toJson(QJsonDocument::Compact);
}

store::LoadRunSecondRow rowOf(int endpoint, const LoadSecond& second, const EndpointFigures& figures)
{
    return {endpoint,
            second.second,
            second.startedMs,
            second.activeUsers,
            figures.requests,
            figures.bytesReceived,
            errorsJson(figures),
            figures.latency.toBytes(),
            figures.uncorrectedLatency.count() > 0 ? figures.uncorrectedLatency.toBytes() : QByteArray()};
}

EndpointFigures figuresOf(const store::LoadRunSecondRow& row)
{
    EndpointFigures figures;
    figures.requests = row.requests;
    figures.bytesReceived = row.bytes;
    const QJsonObject errors = QJsonDocument::fromJson(row.errorsJson).object();
    for (int kind = 0; kind < errorKindCount; ++kind)
        figures.errors[std::size_t(kind)] = errors.value(errorKindName(ErrorKind(kind))).toInteger();
    LatencyHistogram::fromBytes(row.latency, &figures.latency);
    if (!row.uncorrected.isEmpty())
        LatencyHistogram::fromBytes(row.uncorrected, &figures.uncorrectedLatency);
    return figures;
}

RunEnd runEndNamed(const QString& name)
{
    for (RunEnd end : {RunEnd::Completed, RunEnd::Cancelled, RunEnd::Aborted, RunEnd::Failed}) {
        if (runEndName(end) == name)
            return end;
    }
    return RunEnd::Cancelled; // "running": a run whose process ended before it did
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

StoredRunInfo infoOf(const store::LoadRun& run)
{
    const QJsonObject summary = objectOf(run.summaryJson);
    const QJsonObject totals = summary.value(QStringLiteral("totals")).toObject();
    return {run.id,
            run.name,
            run.target,
            run.state,
            run.startedMs,
            summary.value(QStringLiteral("durationMs")).toInteger(),
            totals.value(QStringLiteral("requests")).toInteger(),
            totals.value(QStringLiteral("errors")).toInteger(),
            totals.value(QStringLiteral("latencyMs")).toObject().value(QStringLiteral("p95")).toDouble()};
}

} // namespace

LoadRunStore::LoadRunStore(store::TimeSeriesStore* store)
    : m_records(store)
{
}

std::vector<store::LoadRunSecondRow> LoadRunStore::rowsOf(const LoadSecond& second)
{
    std::vector<store::LoadRunSecondRow> rows;
    rows.push_back(rowOf(-1, second, second.total));
    for (std::size_t i = 0; i < second.endpoints.size(); ++i)
        rows.push_back(rowOf(int(i), second, second.endpoints[i]));
    return rows;
}

std::optional<std::int64_t> LoadRunStore::begin(const QString& name, const QString& target,
                                                std::int64_t startedMs, const QJsonObject& config,
                                                QString* error)
{
    return m_records.startLoadRun(name, target, startedMs,
                                  QJsonDocument(config).toJson(QJsonDocument::Compact), error);
}

bool LoadRunStore::addSecond(std::int64_t runId, const LoadSecond& second, QString* error)
{
    return m_records.addLoadRunSeconds(runId, rowsOf(second), error);
}

bool LoadRunStore::finish(std::int64_t runId, std::int64_t finishedMs, const LoadResult& result,
                          const QJsonObject& report, QString* error)
{
    std::vector<store::LoadRunSecondRow> rows;
    for (const LoadSecond& second : result.seconds) {
        const auto secondRows = rowsOf(second);
        rows.insert(rows.end(), secondRows.begin(), secondRows.end());
    }
    // The summary gives the history its figures without reading the seconds.
    const QJsonObject summary{
        {QStringLiteral("end"), runEndName(result.end)},
        {QStringLiteral("error"), result.error},
        {QStringLiteral("startedMs"), qint64(result.startedMs)},
        {QStringLiteral("durationMs"), qint64(result.durationMs)},
        {QStringLiteral("percentileMethod"), result.percentileMethod},
        {QStringLiteral("totals"), figuresToJson(result.totals.total, result.durationMs)},
        {QStringLiteral("report"), report}};
    return m_records.addLoadRunSeconds(runId, rows, error) &&
           m_records.finishLoadRun(runId, finishedMs, runEndName(result.end),
                                   QJsonDocument(summary).toJson(QJsonDocument::Compact), error);
}

std::vector<StoredRunInfo> LoadRunStore::runs(QString* error) const
{
    std::vector<StoredRunInfo> out;
    const std::vector<store::LoadRun> runs = m_records.loadRuns(error);
    for (auto it = runs.rbegin(); it != runs.rend(); ++it)
        out.push_back(infoOf(*it));
    return out;
}

std::optional<StoredRun> LoadRunStore::run(std::int64_t runId, QString* error) const
{
    const std::optional<store::LoadRun> row = m_records.loadRun(runId, error);
    if (!row)
        return std::nullopt;
    StoredRun run;
    run.info = infoOf(*row);
    run.config = objectOf(row->configJson);
    const QJsonObject summary = objectOf(row->summaryJson);
    run.report = summary.value(QStringLiteral("report")).toObject();
    for (const QJsonValue& name : run.config.value(QStringLiteral("endpoints")).toArray())
        run.endpoints.append(name.toString());

    LoadResult& result = run.result;
    result.end = runEndNamed(row->state);
    result.error = summary.value(QStringLiteral("error")).toString();
    result.startedMs = row->startedMs;
    result.percentileMethod = summary.value(QStringLiteral("percentileMethod")).toString();
    std::map<std::int64_t, LoadSecond> seconds;
    for (const store::LoadRunSecondRow& stored : m_records.loadRunSeconds(runId, error)) {
        LoadSecond& second = seconds[stored.second];
        second.second = stored.second;
        second.startedMs = stored.startedMs;
        second.activeUsers = stored.activeUsers;
        if (stored.endpoint < 0) {
            second.total = figuresOf(stored);
            continue;
        }
        if (second.endpoints.size() <= std::size_t(stored.endpoint))
            second.endpoints.resize(std::size_t(stored.endpoint) + 1);
        second.endpoints[std::size_t(stored.endpoint)] = figuresOf(stored);
    }
    result.totals.endpoints.resize(std::size_t(run.endpoints.size()));
    for (auto& [index, second] : seconds) {
        second.endpoints.resize(result.totals.endpoints.size());
        result.totals.total.add(second.total);
        for (std::size_t i = 0; i < second.endpoints.size(); ++i)
            result.totals.endpoints[i].add(second.endpoints[i]);
        result.totals.activeUsers = std::max(result.totals.activeUsers, second.activeUsers);
        result.seconds.push_back(std::move(second));
    }
    result.totals.second = std::int64_t(result.seconds.size());
    result.totals.startedMs = result.startedMs;
    // A killed run has no duration stored: its seconds say how long it ran.
    result.durationMs = summary.contains(QStringLiteral("durationMs"))
                            ? summary.value(QStringLiteral("durationMs")).toInteger()
                            : std::int64_t(result.seconds.size()) * 1000;
    run.info.durationMs = result.durationMs;
    return run;
}

} // namespace load
