#pragma once

#include "loadresult.h"
#include "recordstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace store {
class TimeSeriesStore;
}

namespace load {

// A stored run as the history lists it (figures from its summary; a run still going or killed has none).
struct StoredRunInfo
{
    std::int64_t id = 0;
    QString name;
    QString target;
    QString state; // runEndName(), or "running" (also a run whose process was killed)
    std::int64_t startedMs = 0;
    std::int64_t durationMs = 0;
    std::int64_t requests = 0;
    std::int64_t errors = 0;
    double p95Ms = 0;
};

// A stored run re-read: what was asked (config), the report, and the figures per second; the
// totals and their percentiles are recomputed from the stored per-second histograms.
struct StoredRun
{
    StoredRunInfo info;
    QJsonObject config; // {"scenario": ..., "endpoints": [...], ...} as given to begin()
    QJsonObject report; // LoadRunReport::toJson(), empty until finished
    QStringList endpoints;
    LoadResult result;
};

// Load runs in the workspace store: each merged second written as it comes (so a killed run keeps
// what was measured), the run finished with its result and report. Writes wait for the store's
// writer thread and reads open a connection: call from a worker thread, not the GUI's.
class LoadRunStore
{
public:
    explicit LoadRunStore(store::TimeSeriesStore* store);

    // `config` must hold "endpoints": the names of the plan's requests, in order.
    std::optional<std::int64_t> begin(const QString& name, const QString& target, std::int64_t startedMs,
                                      const QJsonObject& config, QString* error = nullptr);
    bool addSecond(std::int64_t runId, const LoadSecond& second, QString* error = nullptr);
    // Writes the seconds of `result` again (a last partial second the live stream may not have had)
    // and marks the run with how it ended.
    bool finish(std::int64_t runId, std::int64_t finishedMs, const LoadResult& result,
                const QJsonObject& report, QString* error = nullptr);

    std::vector<StoredRunInfo> runs(QString* error = nullptr) const; // newest first
    std::optional<StoredRun> run(std::int64_t runId, QString* error = nullptr) const;

    static std::vector<store::LoadRunSecondRow> rowsOf(const LoadSecond& second);

private:
    store::RecordStore m_records;
};

} // namespace load
