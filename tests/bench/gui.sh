#!/usr/bin/env bash
# GUI process cost (issue 6: "Overview with 12 charts updating at 1 Hz against the demo target:
# < 5 % of one core for the GUI process on average, RSS < 250 MB").
#
# The real app, build/release/bin/perfdash --demo --refresh 1, on the Overview (its first page),
# watching its demo target plus a real PostgreSQL and a real Redis on loopback
# (tests/support/servers.sh), with a bounded load on the demo target and Redis so that the
# charts' data changes. After a warm-up, CPU of that one process (utime + stime from
# /proc/PID/stat over wall time; collector, store and read threads included, the demo target,
# a child process, not) and VmRSS once a second.
# Peer, in the same run, under the same load, with its own workspace and demo target: the same
# app with --refresh 60 (the charts redrawn once a minute; collecting and storing unchanged), so
# the ratio shows what the 1 Hz redraw costs.
# QT_QPA_PLATFORM=offscreen: widgets still paint with the raster engine into a QImage backing
# store, so drawing is counted; what a real X11/Wayland session adds (the transfer to the
# server, compositing) is not. The window is 1500×1700 (--window-size), tall enough for the
# health tiles and all twelve cards to be in view and painted each second.
# Prints one JSON object per line. Env: PERFDASH_BUILD_DIR, PERFDASH_BENCH_WARMUP (20 s),
# PERFDASH_BENCH_SECONDS (60 s), PERFDASH_BENCH_RATE (HTTP requests/s to each target, 40).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/release}
warmup=${PERFDASH_BENCH_WARMUP:-20}
seconds=${PERFDASH_BENCH_SECONDS:-60}
rate=${PERFDASH_BENCH_RATE:-40}
perfdash=$build/bin/perfdash
helper="python3 $here/gui_bench.py"
[ -x "$perfdash" ] || { echo "gui: $perfdash not built" >&2; exit 1; }
[ -x "$build/bin/perfdash-demo-target" ] || { echo "gui: perfdash-demo-target not built" >&2; exit 1; }

work=$(mktemp -d /tmp/perfdash-gui-bench.XXXXXX)
pids=()
# shellcheck source=../support/servers.sh
source "$root/tests/support/servers.sh"
cleanup() {
  # Each perfdash's demo target is its child: stopped by id first, since a killed perfdash
  # does not get to stop it.
  local pid child
  for pid in "${pids[@]}"; do
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do kill "$child" 2>/dev/null || true; done
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_test_servers >&2
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs perfdash as instance $1 (own settings and data directories) with the rest as arguments.
run_perfdash() {
  local name=$1
  shift
  mkdir -p "$work/$name/config" "$work/$name/data" "$work/$name/runtime"
  chmod 700 "$work/$name/runtime"
  XDG_CONFIG_HOME=$work/$name/config XDG_DATA_HOME=$work/$name/data XDG_RUNTIME_DIR=$work/$name/runtime \
    QT_QPA_PLATFORM=offscreen exec "$perfdash" "$@"
}

bench=gui
source "$here/lib/benchlib.sh"

start_test_servers >&2

# The demo workspace as perfdash makes it (one headless start), plus the two database sources;
# perfdash keeps them when it rewrites the demo target's URL at the next start (checked below).
ws_live=$work/live/ws
ws_peer=$work/peer/ws
(run_perfdash live --demo --workspace "$ws_live" --screenshot "$work/first.png") >&2 2>"$work/first.log" \
  || { cat "$work/first.log" >&2; echo "gui: the first perfdash start failed" >&2; exit 1; }
$helper add-sources "$ws_live/workspace.json" "$PERFDASH_TEST_PG" "$PERFDASH_TEST_REDIS"
rm -f "$ws_live"/perfdash.sqlite*
mkdir -p "$ws_peer"
cp "$ws_live/workspace.json" "$ws_peer/workspace.json"
old_url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["targets"][0]["url"])' "$ws_live/workspace.json")

(run_perfdash live --demo --workspace "$ws_live" --refresh 1 --theme light --window-size 1500x1700) >"$work/live.log" 2>&1 &
pids+=($!)
live_pid=$!
(run_perfdash peer --demo --workspace "$ws_peer" --refresh 60 --theme light --window-size 1500x1700) >"$work/peer.log" 2>&1 &
pids+=($!)
peer_pid=$!
live_base=$($helper demo-url "$ws_live/workspace.json" "$old_url" 30)
peer_base=$($helper demo-url "$ws_peer/workspace.json" "$old_url" 30)
for base in "$live_base" "$peer_base"; do # a few 5xx so the error card has a line too
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"errorRate": 0.02}' "$base/admin/faults"
done

$helper load $((warmup + seconds + 2)) "$rate" "$PERFDASH_TEST_REDIS" "$live_base" "$peer_base" &
pids+=($!)
sleep "$warmup"
for pid in "$live_pid" "$peer_pid"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/live.log" "$work/peer.log" >&2; echo "gui: perfdash exited" >&2; exit 1; }
done
$helper sample "$seconds" live="$live_pid" peer="$peer_pid" >"$work/sample.txt"
read -r _ live_cpu live_cpu_peak live_rss live_rss_peak live_hwm < <(grep '^live ' "$work/sample.txt")
read -r _ peer_cpu peer_cpu_peak peer_rss peer_rss_peak peer_hwm < <(grep '^peer ' "$work/sample.txt")
for pid in "$live_pid" "$peer_pid"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/live.log" "$work/peer.log" >&2; echo "gui: perfdash exited" >&2; exit 1; }
done

# The 1 Hz instance really watched all three kinds of source: its store has their series.
for metric in up pg_connection_usage_ratio redis_connected_clients; do
  rows=$(XDG_CONFIG_HOME=$work/check XDG_DATA_HOME=$work/check "$perfdash" export --workspace "$ws_live" \
    --format csv "$metric" 2>>"$work/export.log" | wc -l)
  [ "$rows" -gt 1 ] || { cat "$work/export.log" >&2; echo "gui: no $metric samples stored: a source was not watched" >&2; exit 1; }
done

# The Overview's chart cards, each handed new data every second: the known count (issue 6's
# twelve), not read from the running app; PERFDASH_BENCH_CARDS when the Overview changes.
cards=${PERFDASH_BENCH_CARDS:-12}
peer="perfdash --refresh 60, same build, workspace sources and load, same run"
emit gui_cpu_percent_one_core "$live_cpu" "%"
emit gui_cpu_percent_one_core_peak_1s "$live_cpu_peak" "%"
emit gui_rss_mb_avg "$live_rss" "MiB"
emit gui_rss_mb_peak "$live_rss_peak" "MiB"
emit gui_rss_mb_hwm "$live_hwm" "MiB"
emit charts_drawn "$cards" "cards"
emit gui_cpu_percent_one_core_refresh60 "$peer_cpu" "%" "$peer"
emit gui_rss_mb_avg_refresh60 "$peer_rss" "MiB" "$peer"
emit gui_rss_mb_peak_refresh60 "$peer_rss_peak" "MiB" "$peer"
emit gui_cpu_ratio_vs_refresh60 "$(awk -v a="$live_cpu" -v b="$peer_cpu" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')" "x" "$peer"
emit gui_rss_ratio_vs_refresh60 "$(awk -v a="$live_rss" -v b="$peer_rss" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')" "x" "$peer"
emit measured_seconds "$seconds" "s"
