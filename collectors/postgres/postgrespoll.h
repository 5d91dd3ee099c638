#pragma once

#include "postgresconnection.h"
#include "postgrespollresult.h"
#include "postgressource.h"

// One poll of an open session: fills `result` (samples, lock waits, statements) or returns
// false with result->error set. Runs on the source's poll thread.
//
// Samples (counters end in _total and are cumulative since the server's statistics reset):
//   pg_up                                      1 (0 in a failed poll's result)
//   pg_max_connections                         max_connections
//   pg_connections{state}                      client backends by pg_stat_activity.state
//   pg_connection_usage_ratio                  client backends / max_connections
//   pg_idle_in_transaction_sessions            "idle in transaction" plus "(aborted)"
//   pg_lock_waiting_sessions                   sessions with wait_event_type 'Lock'
//   pg_oldest_query_age_seconds                oldest active statement (perfdash's own excluded)
//   pg_oldest_transaction_age_seconds          oldest open transaction (perfdash's own excluded)
//   pg_xact_commit_total{datname}, pg_xact_rollback_total{datname}
//   pg_blks_hit_total{datname}, pg_blks_read_total{datname}
//   pg_cache_hit_ratio{datname}                blks_hit / (blks_hit + blks_read); absent before any read
//   pg_deadlocks_total{datname}, pg_temp_bytes_total{datname}
//   pg_tup_returned_total{datname}, pg_tup_fetched_total{datname}
//   pg_stat_statements_dealloc_total           entries evicted from pg_stat_statements (extension 1.9+)
namespace PostgresPoll {
inline constexpr int kQueryChars = 1000; // query texts are truncated to this many characters

bool run(PostgresConnection& connection, const PostgresSource& source, PostgresPollResult* result);
} // namespace PostgresPoll
