#include "schema.h"

#include "sqlitehelpers.h"
#include "storelogging.h"

#include <iterator>
#include <sqlite3.h>

namespace store::schema {
namespace {

// Step N takes the schema from version N-1 to N. Never edit a shipped step: add one.
constexpr const char* steps[] = {
    // 1: series identity (metric name + canonical sorted labels) and the raw blocks the writer
    // commits: one row per series per batch, the batch's samples Gorilla-encoded.
    "CREATE TABLE series("
    "  id INTEGER PRIMARY KEY,"
    "  metric TEXT NOT NULL,"
    "  labels TEXT NOT NULL," // JSON object, keys sorted
    "  key TEXT NOT NULL UNIQUE);"
    "CREATE INDEX series_by_metric ON series(metric);"
    "CREATE TABLE samples("
    "  series_id INTEGER NOT NULL,"
    "  min_ts INTEGER NOT NULL,"
    "  max_ts INTEGER NOT NULL,"
    "  count INTEGER NOT NULL,"
    "  data BLOB NOT NULL);"
    "CREATE INDEX samples_by_series ON samples(series_id, max_ts);",

    // 2: compacted chunks (same codec, 120..1024 samples) and rollups.
    "CREATE TABLE chunks("
    "  series_id INTEGER NOT NULL,"
    "  min_ts INTEGER NOT NULL,"
    "  max_ts INTEGER NOT NULL,"
    "  count INTEGER NOT NULL,"
    "  data BLOB NOT NULL);"
    "CREATE INDEX chunks_by_series ON chunks(series_id, max_ts);"
    "CREATE INDEX chunks_by_age ON chunks(max_ts);"
    "CREATE TABLE rollup_minute("
    "  series_id INTEGER NOT NULL, bucket INTEGER NOT NULL,"
    "  min REAL, max REAL, sum REAL, count INTEGER NOT NULL, last REAL, last_ts INTEGER NOT NULL,"
    "  PRIMARY KEY(series_id, bucket)) WITHOUT ROWID;"
    "CREATE TABLE rollup_hour("
    "  series_id INTEGER NOT NULL, bucket INTEGER NOT NULL,"
    "  min REAL, max REAL, sum REAL, count INTEGER NOT NULL, last REAL, last_ts INTEGER NOT NULL,"
    "  PRIMARY KEY(series_id, bucket)) WITHOUT ROWID;",

    // 3: load runs, alert events, report records.
    "CREATE TABLE load_runs("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  started_ms INTEGER NOT NULL,"
    "  finished_ms INTEGER,"
    "  config_json TEXT NOT NULL,"
    "  summary_json TEXT);"
    "CREATE TABLE load_run_latency("
    "  run_id INTEGER NOT NULL REFERENCES load_runs(id) ON DELETE CASCADE,"
    "  second INTEGER NOT NULL,"
    "  endpoint TEXT NOT NULL,"
    "  histogram BLOB NOT NULL,"
    "  PRIMARY KEY(run_id, endpoint, second)) WITHOUT ROWID;"
    "CREATE TABLE load_run_errors("
    "  run_id INTEGER NOT NULL REFERENCES load_runs(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL,"
    "  count INTEGER NOT NULL,"
    "  PRIMARY KEY(run_id, kind)) WITHOUT ROWID;"
    "CREATE TABLE alert_events("
    "  id INTEGER PRIMARY KEY,"
    "  rule TEXT NOT NULL,"
    "  from_state TEXT NOT NULL,"
    "  to_state TEXT NOT NULL,"
    "  time_ms INTEGER NOT NULL,"
    "  value REAL,"
    "  labels TEXT NOT NULL);"
    "CREATE INDEX alert_events_by_time ON alert_events(time_ms);"
    "CREATE TABLE reports("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL,"
    "  path TEXT NOT NULL,"
    "  created_ms INTEGER NOT NULL,"
    "  verdict TEXT NOT NULL);",

    // 4: alert events carry the rule's severity and the summary as filled in; the latest event of
    // each (rule, labels) is found by index at start-up.
    "ALTER TABLE alert_events ADD COLUMN severity TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE alert_events ADD COLUMN summary TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX alert_events_by_instance ON alert_events(rule, labels, id);",

    // 5: a load run's target and how it ended, and its figures per second and endpoint (endpoint -1:
    // all of them), written as each second is merged so a killed process keeps what was measured.
    "ALTER TABLE load_runs ADD COLUMN target TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE load_runs ADD COLUMN state TEXT NOT NULL DEFAULT 'running';"
    "UPDATE load_runs SET state = 'completed' WHERE finished_ms IS NOT NULL;"
    "CREATE TABLE load_run_seconds("
    "  run_id INTEGER NOT NULL REFERENCES load_runs(id) ON DELETE CASCADE,"
    "  endpoint INTEGER NOT NULL,"
    "  second INTEGER NOT NULL,"
    "  started_ms INTEGER NOT NULL,"
    "  active_users INTEGER NOT NULL,"
    "  requests INTEGER NOT NULL,"
    "  bytes INTEGER NOT NULL,"
    "  errors TEXT NOT NULL," // JSON object: error kind -> count, kinds that occurred
    "  latency BLOB NOT NULL,"
    "  uncorrected BLOB," // open model: latency from the actual send
    "  PRIMARY KEY(run_id, endpoint, second)) WITHOUT ROWID;",

    // 6: acceptance results (a plan run's PlanResult as JSON), listed on the Reports page and
    // re-rendered from the stored JSON; plan, verdict and times beside it so the list reads no JSON.
    "CREATE TABLE acceptance_results("
    "  id INTEGER PRIMARY KEY,"
    "  plan TEXT NOT NULL,"
    "  system TEXT NOT NULL,"
    "  started_ms INTEGER NOT NULL,"
    "  finished_ms INTEGER NOT NULL,"
    "  verdict TEXT NOT NULL,"   // "pass" or "fail"
    "  failed INTEGER NOT NULL," // required criteria that failed
    "  result_json TEXT NOT NULL);"
    "CREATE INDEX acceptance_results_by_start ON acceptance_results(started_ms);",
};
static_assert(std::size(steps) == currentVersion);

// auto_vacuum can only change while the file holds no table; a v0 file is empty, so the one VACUUM
// that switches it to INCREMENTAL is instant. Later retention only runs incremental_vacuum.
bool ensureIncrementalVacuum(sqlite3* db, QString* error)
{
    if (queryInt(db, "PRAGMA auto_vacuum") == 2)
        return true;
    if (queryInt(db, "SELECT count(*) FROM sqlite_schema") != 0) {
        qCWarning(lcStore)
            << "auto_vacuum is not INCREMENTAL and the file has tables; space is reused, not returned";
        return true;
    }
    return exec(db, "PRAGMA auto_vacuum=INCREMENTAL", error) && exec(db, "VACUUM", error);
}

} // namespace

int version(sqlite3* db)
{
    return int(queryInt(db, "PRAGMA user_version", -1));
}

bool migrate(sqlite3* db, QString* error, int target)
{
    int current = version(db);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version: %1").arg(lastError(db));
        return false;
    }
    if (current > currentVersion) {
        *error = QStringLiteral("the file has schema version %1, newer than this perfdash understands (%2); "
                                "it is left untouched")
                     .arg(current)
                     .arg(currentVersion);
        return false;
    }
    if (current == 0 && target > 0 && !ensureIncrementalVacuum(db, error))
        return false;
    while (current < target) {
        error->clear();
        Transaction transaction(db);
        const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(current + 1);
        if (!transaction.isActive() || !exec(db, steps[current], error) ||
            !exec(db, setVersion.constData(), error) || !transaction.commit(error)) {
            if (error->isEmpty())
                *error = lastError(db);
            *error =
                QStringLiteral("migrating the schema to version %1 failed: %2").arg(current + 1).arg(*error);
            return false;
        }
        ++current;
        qCInfo(lcStore) << "schema migrated to version" << current;
    }
    return true;
}

} // namespace store::schema
