#pragma once

#include <QString>

struct sqlite3;

namespace store::schema {

// PRAGMA user_version of the newest schema this build knows.
//   0  the workspace foundation's file: application_id and WAL only
//   1  series registry and raw sample blocks
//   2  compressed chunks and per-minute / per-hour rollups
//   3  load runs, alert events and report records
//   4  alert events' severity and summary
//   5  load runs' target and end state, their figures per second and endpoint
//   6  acceptance results
constexpr int currentVersion = 6;

int version(sqlite3* db);
// Migrates step by step, each step in its own transaction, up to `target` (currentVersion by
// default). A file newer than this build is refused, never downgraded.
bool migrate(sqlite3* db, QString* error, int target = currentVersion);

} // namespace store::schema
