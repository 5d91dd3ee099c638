#!/usr/bin/env bash
# Throughput of perfdash-demo-target on loopback with wrk (100 keep-alive connections),
# so that we know it is never the bottleneck of a 100-user load run.
# Prints one JSON object per line: {"bench","metric","value","unit","peer"}.
# Env: PERFDASH_BUILD_DIR (set by tests/bench/run), PERFDASH_BENCH_SECONDS (default 10).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${PERFDASH_BUILD_DIR:-$here/../../build/release}
seconds=${PERFDASH_BENCH_SECONDS:-10}
connections=100
peer_name="python3 -m http.server"

binary=""
for candidate in "$build/bin/perfdash-demo-target" "$build/app/demo-target/perfdash-demo-target"; do
  if [ -x "$candidate" ]; then binary=$candidate; break; fi
done
[ -n "$binary" ] || { echo "demo_target: perfdash-demo-target not found under $build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "demo_target: wrk not found (installer/install-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

bench=demo_target
source "$here/lib/benchlib.sh"

# Waits up to 10 s for a line matching $2 in file $1 and prints the port it names.
wait_for_port() {
  local deadline=$((SECONDS + 10))
  while [ $SECONDS -lt $deadline ]; do
    local port
    port=$(grep -oE "$2" "$1" 2>/dev/null | grep -oE '[0-9]+$' | head -n1 || true)
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    sleep 0.1
  done
  echo "demo_target: server did not report its port; log: $(cat "$1")" >&2
  return 1
}

# wrk latency "850.00us" / "2.31ms" / "1.20s" -> milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
    else printf "null" }'
}

# Runs wrk against $2 and emits its figures under the name $1 (peer $3 if any); prints req/s last.
run_wrk() {
  local name=$1 url=$2 peer=${3:-} out="$work/wrk-$1.txt"
  timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" >"$out" 2>&1 || true
  local rps p50 p99 non2xx socket_errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  socket_errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
  [ -n "$rps" ] || { echo "demo_target: wrk failed for $url: $(cat "$out")" >&2; return 1; }
  emit "$name.requests_per_sec" "$rps" "req/s" "$peer" >&3
  emit "$name.latency_p50" "$(to_ms "$p50")" "ms" "$peer" >&3
  emit "$name.latency_p99" "$(to_ms "$p99")" "ms" "$peer" >&3
  emit "$name.non_2xx" "${non2xx:-0}" "count" "$peer" >&3
  emit "$name.socket_errors" "${socket_errors:-0}" "count" "$peer" >&3
  echo "$rps"
}
exec 3>&1

"$binary" --port 0 >"$work/target.log" 2>"$work/target.err" &
pids+=($!)
port=$(wait_for_port "$work/target.log" 'listening on http://127\.0\.0\.1:[0-9]+')
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null "$base/api/v1/crm/customers/1" # warm the cache: the bench measures hits

materials_rps=$(run_wrk materials "$base/api/v1/erp/mm/materials?page=1&pageSize=20")
run_wrk health "$base/health" >/dev/null
run_wrk customer_cached "$base/api/v1/crm/customers/1" >/dev/null

# Peer reference: a well-known server answering a small static file of similar size.
if command -v python3 >/dev/null; then
  mkdir -p "$work/static"
  curl -fsS -o "$work/static/materials.json" "$base/api/v1/erp/mm/materials?page=1&pageSize=20"
  (cd "$work/static" && exec python3 -u -m http.server 0 --bind 127.0.0.1 >"$work/peer.log" 2>&1) &
  pids+=($!)
  peer_port=$(wait_for_port "$work/peer.log" 'port [0-9]+')
  peer_rps=$(run_wrk peer_static_file "http://127.0.0.1:$peer_port/materials.json" "$peer_name")
  emit "materials_vs_peer.rps_ratio" "$(awk -v a="$materials_rps" -v b="$peer_rps" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')" \
    "ratio" "$peer_name"
fi
