#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace store {

class TimeSeriesStore;

struct LoadRun
{
    std::int64_t id = 0;
    QString name;
    std::int64_t startedMs = 0;
    std::optional<std::int64_t> finishedMs;
    QByteArray configJson;
    QByteArray summaryJson; // empty until finished
    QString target;
    QString state = QStringLiteral("running"); // "completed", "cancelled", "aborted", "failed"
};

// One second of a load run for one endpoint (or all: endpoint -1), as the load engine merged it.
struct LoadRunSecondRow
{
    int endpoint = -1; // index of the run's requests; -1: the total
    std::int64_t second = 0;
    std::int64_t startedMs = 0;
    int activeUsers = 0;
    std::int64_t requests = 0;
    std::int64_t bytes = 0;
    QByteArray errorsJson = "{}"; // kind -> count
    QByteArray latency;           // LatencyHistogram::toBytes()
    QByteArray uncorrected;       // open model only; empty otherwise
    bool operator==(const LoadRunSecondRow&) const = default;
};

struct AlertEvent
{
    std::int64_t id = 0;
    QString rule;
    QString fromState;
    QString toState;
    std::int64_t timeMs = 0;
    std::optional<double> value;
    QByteArray labelsJson = "{}"; // the alert instance's labels, a JSON object with sorted keys
    QString severity;             // "warning", "critical"
    QString summary;              // the rule's summary as filled in at the transition

    bool operator==(const AlertEvent&) const = default;
};

struct ReportRecord
{
    std::int64_t id = 0;
    QString kind; // "pdf", "json", "junit"
    QString path;
    std::int64_t createdMs = 0;
    QString verdict; // "pass", "fail", ...
};

// An acceptance plan's run (schema 6): the PlanResult as JSON with what the list shows beside it.
struct AcceptanceResultRow
{
    std::int64_t id = 0;
    QString plan;
    QString system;
    std::int64_t startedMs = 0;
    std::int64_t finishedMs = 0;
    QString verdict; // "pass", "fail"
    int failed = 0;  // required criteria that failed
    QByteArray resultJson;
};

// Load runs, alert events and report records in the workspace file. Writes go through the store's
// writer thread (no second writer competing for the lock); reads use a read connection.
// Deliberately small: the load engine, alert engine and reports (later issues) extend it.
class RecordStore
{
public:
    explicit RecordStore(TimeSeriesStore* store)
        : m_store(store)
    {
    }

    std::optional<std::int64_t> startLoadRun(const QString& name, std::int64_t startedMs,
                                             const QByteArray& configJson, QString* error = nullptr);
    // One latency histogram (serialized by the load engine) per second and endpoint.
    bool addLatencyHistogram(std::int64_t runId, std::int64_t second, const QString& endpoint,
                             const QByteArray& histogram, QString* error = nullptr);
    // Adds `count` to the run's errors of `kind` (connect, read, write, status, timeout, ...).
    bool addErrors(std::int64_t runId, const QString& kind, std::int64_t count, QString* error = nullptr);
    bool finishLoadRun(std::int64_t runId, std::int64_t finishedMs, const QByteArray& summaryJson,
                       QString* error = nullptr);
    std::vector<LoadRun> loadRuns(QString* error = nullptr) const;

    // A run with its target (schema 5).
    std::optional<std::int64_t> startLoadRun(const QString& name, const QString& target,
                                             std::int64_t startedMs, const QByteArray& configJson,
                                             QString* error = nullptr);
    // The rows of one or more merged seconds in one transaction; a row already stored is replaced.
    bool addLoadRunSeconds(std::int64_t runId, const std::vector<LoadRunSecondRow>& rows,
                           QString* error = nullptr);
    bool finishLoadRun(std::int64_t runId, std::int64_t finishedMs, const QString& state,
                       const QByteArray& summaryJson, QString* error = nullptr);
    std::optional<LoadRun> loadRun(std::int64_t runId, QString* error = nullptr) const;
    // By endpoint, then second.
    std::vector<LoadRunSecondRow> loadRunSeconds(std::int64_t runId, QString* error = nullptr) const;
    // (second, histogram) of one endpoint, by second.
    std::vector<std::pair<std::int64_t, QByteArray>>
    latencyHistograms(std::int64_t runId, const QString& endpoint, QString* error = nullptr) const;
    std::map<QString, std::int64_t> errors(std::int64_t runId, QString* error = nullptr) const;

    std::optional<std::int64_t> addAlertEvent(const AlertEvent& event, QString* error = nullptr);
    // All of an evaluation's transitions in one transaction (ids ignored).
    bool addAlertEvents(const std::vector<AlertEvent>& events, QString* error = nullptr);
    // Events with fromMs <= time < toMs, oldest first.
    std::vector<AlertEvent> alertEvents(std::int64_t fromMs, std::int64_t toMs,
                                        QString* error = nullptr) const;
    // The latest event of each (rule, labels): the states to restore at start-up, by rule then labels.
    std::vector<AlertEvent> latestAlertEvents(QString* error = nullptr) const;

    std::optional<std::int64_t> addReport(const ReportRecord& report, QString* error = nullptr);
    std::vector<ReportRecord> reports(QString* error = nullptr) const;

    std::optional<std::int64_t> addAcceptanceResult(const AcceptanceResultRow& row, QString* error = nullptr);
    // Oldest first, without their JSON (the list does not need it).
    std::vector<AcceptanceResultRow> acceptanceResults(QString* error = nullptr) const;
    std::optional<AcceptanceResultRow> acceptanceResult(std::int64_t id, QString* error = nullptr) const;

private:
    TimeSeriesStore* m_store;
};

} // namespace store
