#include "recordstore.h"

#include "sqlitehelpers.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <functional>
#include <sqlite3.h>

namespace store {
namespace {

std::string_view utf8(const QByteArray& bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

QString qtext(const Statement& statement, int column)
{
    const std::string_view text = statement.text(column);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray qbytes(const Statement& statement, int column)
{
    const std::string_view text = statement.text(column);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Runs one write statement on the writer thread; the new rowid in *rowid when asked for.
bool write(TimeSeriesStore* store, const char* sql, const std::function<void(Statement&)>& bind,
           QString* error, std::int64_t* rowid = nullptr)
{
    return store->runOnWriter(
        [&](sqlite3* db, QString* message) {
            Statement statement(db, sql);
            bind(statement);
            if (!statement.isValid() || !statement.run()) {
                *message = lastError(db);
                return false;
            }
            if (rowid)
                *rowid = sqlite3_last_insert_rowid(db);
            return true;
        },
        error);
}

// Runs `read` over a fresh read connection.
bool read(const TimeSeriesStore* store, const std::function<bool(sqlite3*)>& read, QString* error)
{
    StoreReader reader;
    QString message;
    if (!reader.open(store->path(), &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (!read(reader.handle())) {
        if (error)
            *error = lastError(reader.handle());
        return false;
    }
    return true;
}

constexpr const char* selectLoadRun =
    "SELECT id, name, started_ms, finished_ms, config_json, summary_json, target, state FROM load_runs ";

LoadRun loadRunAt(const Statement& s)
{
    return {s.int64(0),   qtext(s, 1),
            s.int64(2),   s.isNull(3) ? std::nullopt : std::optional<std::int64_t>(s.int64(3)),
            qbytes(s, 4), qbytes(s, 5),
            qtext(s, 6),  qtext(s, 7)};
}

QByteArray blobAt(const Statement& s, int column)
{
    const auto blob = s.blob(column);
    return QByteArray(reinterpret_cast<const char*>(blob.data()), qsizetype(blob.size()));
}

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

} // namespace

std::optional<std::int64_t> RecordStore::startLoadRun(const QString& name, std::int64_t startedMs,
                                                      const QByteArray& configJson, QString* error)
{
    std::int64_t id = 0;
    const QByteArray nameUtf8 = name.toUtf8();
    if (!write(
            m_store, "INSERT INTO load_runs(name, started_ms, config_json) VALUES(?, ?, ?)",
            [&](Statement& s) { s.bind(1, utf8(nameUtf8)).bind(2, startedMs).bind(3, utf8(configJson)); },
            error, &id))
        return std::nullopt;
    return id;
}

bool RecordStore::addLatencyHistogram(std::int64_t runId, std::int64_t second, const QString& endpoint,
                                      const QByteArray& histogram, QString* error)
{
    const QByteArray endpointUtf8 = endpoint.toUtf8();
    return write(
        m_store,
        "INSERT OR REPLACE INTO load_run_latency(run_id, second, endpoint, histogram) VALUES(?, ?, ?, ?)",
        [&](Statement& s) {
            s.bind(1, runId).bind(2, second).bind(3, utf8(endpointUtf8));
            s.bindBlob(4, {reinterpret_cast<const std::uint8_t*>(histogram.constData()),
                           std::size_t(histogram.size())});
        },
        error);
}

bool RecordStore::addErrors(std::int64_t runId, const QString& kind, std::int64_t count, QString* error)
{
    const QByteArray kindUtf8 = kind.toUtf8();
    return write(
        m_store,
        "INSERT INTO load_run_errors(run_id, kind, count) VALUES(?, ?, ?) "
        "ON CONFLICT(run_id, kind) DO UPDATE SET count = count + excluded.count",
        [&](Statement& s) { s.bind(1, runId).bind(2, utf8(kindUtf8)).bind(3, count); }, error);
}

bool RecordStore::finishLoadRun(std::int64_t runId, std::int64_t finishedMs, const QByteArray& summaryJson,
                                QString* error)
{
    return write(
        m_store, "UPDATE load_runs SET finished_ms = ?, summary_json = ? WHERE id = ?",
        [&](Statement& s) { s.bind(1, finishedMs).bind(2, utf8(summaryJson)).bind(3, runId); }, error);
}

std::vector<LoadRun> RecordStore::loadRuns(QString* error) const
{
    std::vector<LoadRun> runs;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db, (std::string(selectLoadRun) + "ORDER BY started_ms, id").c_str());
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                runs.push_back(loadRunAt(s));
            return rc == SQLITE_DONE;
        },
        error);
    return runs;
}

std::vector<std::pair<std::int64_t, QByteArray>>
RecordStore::latencyHistograms(std::int64_t runId, const QString& endpoint, QString* error) const
{
    std::vector<std::pair<std::int64_t, QByteArray>> out;
    const QByteArray endpointUtf8 = endpoint.toUtf8();
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db,
                        "SELECT second, histogram FROM load_run_latency WHERE run_id = ? AND endpoint = ? "
                        "ORDER BY second");
            s.bind(1, runId).bind(2, utf8(endpointUtf8));
            int rc;
            while ((rc = s.step()) == SQLITE_ROW) {
                const auto blob = s.blob(1);
                out.emplace_back(s.int64(0), QByteArray(reinterpret_cast<const char*>(blob.data()),
                                                        qsizetype(blob.size())));
            }
            return rc == SQLITE_DONE;
        },
        error);
    return out;
}

std::map<QString, std::int64_t> RecordStore::errors(std::int64_t runId, QString* error) const
{
    std::map<QString, std::int64_t> out;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db, "SELECT kind, count FROM load_run_errors WHERE run_id = ?");
            s.bind(1, runId);
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                out[qtext(s, 0)] = s.int64(1);
            return rc == SQLITE_DONE;
        },
        error);
    return out;
}

std::optional<std::int64_t> RecordStore::startLoadRun(const QString& name, const QString& target,
                                                      std::int64_t startedMs, const QByteArray& configJson,
                                                      QString* error)
{
    std::int64_t id = 0;
    const QByteArray nameUtf8 = name.toUtf8();
    const QByteArray targetUtf8 = target.toUtf8();
    if (!write(
            m_store, "INSERT INTO load_runs(name, target, started_ms, config_json) VALUES(?, ?, ?, ?)",
            [&](Statement& s) {
                s.bind(1, utf8(nameUtf8))
                    .bind(2, utf8(targetUtf8))
                    .bind(3, startedMs)
                    .bind(4, utf8(configJson));
            },
            error, &id))
        return std::nullopt;
    return id;
}

bool RecordStore::addLoadRunSeconds(std::int64_t runId, const std::vector<LoadRunSecondRow>& rows,
                                    QString* error)
{
    if (rows.empty())
        return true;
    return m_store->runOnWriter(
        [&](sqlite3* db, QString* message) {
            Transaction transaction(db);
            Statement s(db, "INSERT OR REPLACE INTO load_run_seconds(run_id, endpoint, second, started_ms, "
                            "active_users, requests, bytes, errors, latency, uncorrected) "
                            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (const LoadRunSecondRow& row : rows) {
                s.reset();
                s.bind(1, runId)
                    .bind(2, std::int64_t(row.endpoint))
                    .bind(3, row.second)
                    .bind(4, row.startedMs);
                s.bind(5, std::int64_t(row.activeUsers)).bind(6, row.requests).bind(7, row.bytes);
                s.bind(8, utf8(row.errorsJson)).bindBlob(9, bytesOf(row.latency));
                if (row.uncorrected.isEmpty())
                    s.bindNull(10);
                else
                    s.bindBlob(10, bytesOf(row.uncorrected));
                if (!s.isValid() || !s.run()) {
                    *message = lastError(db);
                    return false;
                }
            }
            return transaction.commit(message);
        },
        error);
}

bool RecordStore::finishLoadRun(std::int64_t runId, std::int64_t finishedMs, const QString& state,
                                const QByteArray& summaryJson, QString* error)
{
    const QByteArray stateUtf8 = state.toUtf8();
    return write(
        m_store, "UPDATE load_runs SET finished_ms = ?, state = ?, summary_json = ? WHERE id = ?",
        [&](Statement& s) {
            s.bind(1, finishedMs).bind(2, utf8(stateUtf8)).bind(3, utf8(summaryJson)).bind(4, runId);
        },
        error);
}

std::optional<LoadRun> RecordStore::loadRun(std::int64_t runId, QString* error) const
{
    std::optional<LoadRun> run;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db, (std::string(selectLoadRun) + "WHERE id = ?").c_str());
            s.bind(1, runId);
            const int rc = s.step();
            if (rc == SQLITE_ROW)
                run = loadRunAt(s);
            return rc == SQLITE_ROW || rc == SQLITE_DONE;
        },
        error);
    return run;
}

std::vector<LoadRunSecondRow> RecordStore::loadRunSeconds(std::int64_t runId, QString* error) const
{
    std::vector<LoadRunSecondRow> rows;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(
                db, "SELECT endpoint, second, started_ms, active_users, requests, bytes, errors, latency, "
                    "uncorrected FROM load_run_seconds WHERE run_id = ? ORDER BY endpoint, second");
            s.bind(1, runId);
            int rc;
            while ((rc = s.step()) == SQLITE_ROW) {
                rows.push_back({int(s.int64(0)), s.int64(1), s.int64(2), int(s.int64(3)), s.int64(4),
                                s.int64(5), qbytes(s, 6), blobAt(s, 7),
                                s.isNull(8) ? QByteArray() : blobAt(s, 8)});
            }
            return rc == SQLITE_DONE;
        },
        error);
    return rows;
}

namespace {

constexpr const char* insertAlertEvent =
    "INSERT INTO alert_events(rule, from_state, to_state, time_ms, value, labels, severity, summary) "
    "VALUES(?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* selectAlertEvent =
    "SELECT id, rule, from_state, to_state, time_ms, value, labels, severity, summary FROM alert_events ";

void bindAlertEvent(Statement& s, const AlertEvent& event)
{
    const QByteArray rule = event.rule.toUtf8();
    const QByteArray from = event.fromState.toUtf8();
    const QByteArray to = event.toState.toUtf8();
    const QByteArray severity = event.severity.toUtf8();
    const QByteArray summary = event.summary.toUtf8();
    s.bind(1, utf8(rule)).bind(2, utf8(from)).bind(3, utf8(to)).bind(4, event.timeMs);
    if (event.value)
        s.bind(5, *event.value);
    else
        s.bindNull(5);
    s.bind(6, utf8(event.labelsJson)).bind(7, utf8(severity)).bind(8, utf8(summary));
}

AlertEvent alertEventAt(const Statement& s)
{
    return {s.int64(0),   qtext(s, 1), qtext(s, 2),
            qtext(s, 3),  s.int64(4),  s.isNull(5) ? std::nullopt : std::optional<double>(s.real(5)),
            qbytes(s, 6), qtext(s, 7), qtext(s, 8)};
}

bool readAlertEvents(const TimeSeriesStore* store, const char* sql,
                     const std::function<void(Statement&)>& bind, std::vector<AlertEvent>* out,
                     QString* error)
{
    return read(
        store,
        [&](sqlite3* db) {
            Statement s(db, sql);
            bind(s);
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                out->push_back(alertEventAt(s));
            return rc == SQLITE_DONE;
        },
        error);
}

} // namespace

std::optional<std::int64_t> RecordStore::addAlertEvent(const AlertEvent& event, QString* error)
{
    std::int64_t id = 0;
    if (!write(
            m_store, insertAlertEvent, [&](Statement& s) { bindAlertEvent(s, event); }, error, &id))
        return std::nullopt;
    return id;
}

bool RecordStore::addAlertEvents(const std::vector<AlertEvent>& events, QString* error)
{
    if (events.empty())
        return true;
    return m_store->runOnWriter(
        [&](sqlite3* db, QString* message) {
            Transaction transaction(db);
            Statement statement(db, insertAlertEvent);
            for (const AlertEvent& event : events) {
                statement.reset();
                bindAlertEvent(statement, event);
                if (!statement.isValid() || !statement.run()) {
                    *message = lastError(db);
                    return false;
                }
            }
            return transaction.commit(message);
        },
        error);
}

std::vector<AlertEvent> RecordStore::alertEvents(std::int64_t fromMs, std::int64_t toMs, QString* error) const
{
    std::vector<AlertEvent> out;
    const std::string sql =
        std::string(selectAlertEvent) + "WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id";
    readAlertEvents(
        m_store, sql.c_str(), [&](Statement& s) { s.bind(1, fromMs).bind(2, toMs); }, &out, error);
    return out;
}

std::vector<AlertEvent> RecordStore::latestAlertEvents(QString* error) const
{
    std::vector<AlertEvent> out;
    const std::string sql = std::string(selectAlertEvent) +
                            "WHERE id IN (SELECT max(id) FROM alert_events GROUP BY rule, labels) "
                            "ORDER BY rule, labels";
    readAlertEvents(
        m_store, sql.c_str(), [](Statement&) {}, &out, error);
    return out;
}

std::optional<std::int64_t> RecordStore::addReport(const ReportRecord& report, QString* error)
{
    std::int64_t id = 0;
    const QByteArray kind = report.kind.toUtf8();
    const QByteArray path = report.path.toUtf8();
    const QByteArray verdict = report.verdict.toUtf8();
    if (!write(
            m_store, "INSERT INTO reports(kind, path, created_ms, verdict) VALUES(?, ?, ?, ?)",
            [&](Statement& s) {
                s.bind(1, utf8(kind)).bind(2, utf8(path)).bind(3, report.createdMs).bind(4, utf8(verdict));
            },
            error, &id))
        return std::nullopt;
    return id;
}

std::vector<ReportRecord> RecordStore::reports(QString* error) const
{
    std::vector<ReportRecord> out;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db,
                        "SELECT id, kind, path, created_ms, verdict FROM reports ORDER BY created_ms, id");
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                out.push_back({s.int64(0), qtext(s, 1), qtext(s, 2), s.int64(3), qtext(s, 4)});
            return rc == SQLITE_DONE;
        },
        error);
    return out;
}

std::optional<std::int64_t> RecordStore::addAcceptanceResult(const AcceptanceResultRow& row, QString* error)
{
    std::int64_t id = 0;
    const QByteArray plan = row.plan.toUtf8();
    const QByteArray system = row.system.toUtf8();
    const QByteArray verdict = row.verdict.toUtf8();
    if (!write(
            m_store,
            "INSERT INTO acceptance_results(plan, system, started_ms, finished_ms, verdict, failed, "
            "result_json) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)",
            [&](Statement& s) {
                s.bind(1, utf8(plan)).bind(2, utf8(system)).bind(3, row.startedMs).bind(4, row.finishedMs);
                s.bind(5, utf8(verdict)).bind(6, std::int64_t(row.failed)).bind(7, utf8(row.resultJson));
            },
            error, &id))
        return std::nullopt;
    return id;
}

namespace {
constexpr const char* selectAcceptanceResult =
    "SELECT id, plan, system, started_ms, finished_ms, verdict, failed, %1 FROM acceptance_results ";

AcceptanceResultRow acceptanceResultAt(const Statement& s)
{
    return {s.int64(0), qtext(s, 1), qtext(s, 2),     s.int64(3),
            s.int64(4), qtext(s, 5), int(s.int64(6)), qbytes(s, 7)};
}

QByteArray acceptanceSql(const char* column, const char* rest)
{
    return QByteArray(selectAcceptanceResult).replace("%1", column) + rest;
}
} // namespace

std::vector<AcceptanceResultRow> RecordStore::acceptanceResults(QString* error) const
{
    std::vector<AcceptanceResultRow> rows;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db, acceptanceSql("''", "ORDER BY started_ms, id").constData());
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                rows.push_back(acceptanceResultAt(s));
            return rc == SQLITE_DONE;
        },
        error);
    return rows;
}

std::optional<AcceptanceResultRow> RecordStore::acceptanceResult(std::int64_t id, QString* error) const
{
    std::optional<AcceptanceResultRow> row;
    read(
        m_store,
        [&](sqlite3* db) {
            Statement s(db, acceptanceSql("result_json", "WHERE id = ?").constData());
            s.bind(1, id);
            const int rc = s.step();
            if (rc == SQLITE_ROW)
                row = acceptanceResultAt(s);
            return rc == SQLITE_ROW || rc == SQLITE_DONE;
        },
        error);
    return row;
}

} // namespace store
