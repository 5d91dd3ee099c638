#!/usr/bin/env bash
# The load engine (`perfdash load run`) against wrk, hey and locust (FastHttpUser) on one target:
# nginx (1 worker, unprivileged, its config in a temp dir, a loopback high port) serving a small
# file, 100 keep-alive connections for PERFDASH_BENCH_SECONDS each. Every tool is measured by the
# same wrapper (CPU seconds of the process, RSS after 1 s and at the end). perfdash records its full
# histograms while doing so; one more perfdash run sends plain http through libcurl (--curl), the
# transport https uses. Ratios are to wrk's figures of the same run; each tool runs
# PERFDASH_BENCH_ROUNDS times back to back with wrk; medians are reported.
# Prints one JSON object per line: {"bench","metric","value","unit","peer"}.
# Env: PERFDASH_BUILD_DIR (set by tests/bench/run), PERFDASH_BENCH_SECONDS (default 10),
#      PERFDASH_BENCH_ROUNDS (default 3).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${PERFDASH_BUILD_DIR:-$here/../../build/release}
seconds=${PERFDASH_BENCH_SECONDS:-10}
rounds=${PERFDASH_BENCH_ROUNDS:-3}
connections=100
measure="$here/measure_process.py"

perfdash="$build/bin/perfdash"
[ -x "$perfdash" ] || { echo "load: perfdash not found under $build" >&2; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "load: nginx not found (installer/install-deps.sh installs nginx-light)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "load: wrk not found (installer/install-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

bench=load
source "$here/lib/benchlib.sh"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "null" }'; }
json_field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); v=d
for k in sys.argv[2].split("."): v=v[k]
print(v)' "$1" "$2"; }
# "850.00us" / "2.31ms" / "1.20s" -> ms
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
    else printf "null" }'
}

# nginx as an unprivileged process from a config of its own, on a port the kernel picked.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/www" "$work/logs" "$work/tmp"
head -c 612 /dev/urandom | base64 -w 76 | head -c 612 >"$work/www/index.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 60s;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
  }
}
CONF
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
  # Root would run nginx's worker as nobody anyway; run all of it as nobody from the start.
  chmod -R a+rwX "$work"
  chmod a+rx "$(dirname "$work")" 2>/dev/null || true
  setpriv --reuid=nobody --regid=nogroup --clear-groups "$nginx" -p "$work" -c "$work/nginx.conf" -e "$work/logs/error.log" &
else
  "$nginx" -p "$work" -c "$work/nginx.conf" -e "$work/logs/error.log" &
fi
pids+=($!)
url="http://127.0.0.1:$port/index.html"
for _ in $(seq 1 100); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 0.1; done
curl -fsS -o /dev/null "$url" || { echo "load: nginx did not come up: $(cat "$work/logs/error.log")" >&2; exit 1; }

rounds_file="$work/rounds.txt"
: >"$rounds_file"
record() { # tool rps requests cpu_s p99_ms: one line per tool and round
  local cpu_per_request
  cpu_per_request=$(awk -v c="$4" -v n="$3" 'BEGIN { if (n > 0) printf "%.3f", c * 1e6 / n; else print "null" }')
  echo "$1 $2 $cpu_per_request $5" >>"$rounds_file"
}

run_wrk() {
  python3 "$measure" "$work/wrk.json" "$work/wrk.txt" -- \
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url"
  local rps requests p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")")
  [ -n "$rps" ] || { echo "load: wrk failed: $(cat "$work/wrk.txt")" >&2; exit 1; }
  record wrk "$rps" "$requests" "$(json_field "$work/wrk.json" cpu_s)" "$p99"
}

run_perfdash() { # [tool name, extra option]: perfdash-curl --curl sends plain http through libcurl
  local tool=${1:-perfdash}
  python3 "$measure" "$work/perfdash.json" "$work/perfdash.txt" -- \
    "$perfdash" load run --url "$url" -c "$connections" -d "${seconds}s" --json "$work/perfdash-result.json" ${2:-}
  local requests rps p99
  requests=$(json_field "$work/perfdash-result.json" requests)
  rps=$(json_field "$work/perfdash-result.json" requestsPerSecond)
  p99=$(awk -v us="$(json_field "$work/perfdash-result.json" latencyUs.p99)" 'BEGIN { printf "%.3f", us / 1000 }')
  record "$tool" "$rps" "$requests" "$(json_field "$work/perfdash.json" cpu_s)" "$p99"
  local errors
  errors=$(python3 -c 'import json,sys; print(sum(json.load(open(sys.argv[1]))["errors"].values()))' "$work/perfdash-result.json")
  emit "$tool.errors" "$errors" count
  emit "$tool.rss_start" "$(awk -v k="$(json_field "$work/perfdash.json" rss_start_kib)" 'BEGIN { printf "%.1f", k / 1024 }')" MiB
  emit "$tool.rss_end" "$(awk -v k="$(json_field "$work/perfdash.json" rss_end_kib)" 'BEGIN { printf "%.1f", k / 1024 }')" MiB
}

run_hey() {
  python3 "$measure" "$work/hey.json" "$work/hey.txt" -- hey -c "$connections" -z "${seconds}s" "$url"
  local rps requests p99
  rps=$(awk '/Requests\/sec:/ {print $2}' "$work/hey.txt")
  requests=$(awk '/responses/ {gsub(/[\[\]]/, ""); n += $2} END {print n + 0}' "$work/hey.txt")
  p99=$(awk '/99% in/ {printf "%.3f", $3 * 1000}' "$work/hey.txt")
  record hey "$rps" "$requests" "$(json_field "$work/hey.json" cpu_s)" "${p99:-null}"
}

run_locust() {
  cat >"$work/locustfile.py" <<'PY'
from locust import constant, task
from locust.contrib.fasthttp import FastHttpUser


class Reader(FastHttpUser):
    wait_time = constant(0)

    @task
    def index(self):
        self.client.get("/index.html")
PY
  python3 "$measure" "$work/locust.json" "$work/locust.txt" -- \
    /usr/bin/locust -f "$work/locustfile.py" --headless -u "$connections" -r "$connections" -t "${seconds}s" \
    --host "http://127.0.0.1:$port" --csv "$work/locust" --only-summary --loglevel WARNING
  local line requests rps p99
  line=$(awk -F, '$2 == "\"Aggregated\"" || $2 == "Aggregated" {print}' "$work/locust_stats.csv")
  requests=$(echo "$line" | awk -F, '{print $3}')
  rps=$(echo "$line" | awk -F, '{print $10}')
  p99=$(echo "$line" | awk -F, '{print $(NF-3)}')
  record locust "$rps" "$requests" "$(json_field "$work/locust.json" cpu_s)" "${p99:-null}"
}

for _ in $(seq 1 "$rounds"); do
  run_wrk
  run_perfdash
done
run_perfdash perfdash-curl --curl
if command -v hey >/dev/null; then run_hey; else echo "load: hey not installed; its row is left out" >&2; fi
if [ -x /usr/bin/locust ]; then run_locust; else echo "load: locust not installed; its row is left out" >&2; fi

# Medians over the rounds; the ratios to wrk are medians of each round's pair (run back to back),
# so that drift in what else the machine is doing cancels out.
python3 - "$rounds_file" <<'PY'
import json
import statistics
import sys

rows = {}
for line in open(sys.argv[1]):
    tool, rps, cpu, p99 = line.split()
    rows.setdefault(tool, []).append((float(rps), float(cpu), float(p99) if p99 != "null" else None))


def emit(metric, value, unit, peer):
    print(json.dumps({"bench": "load", "metric": metric, "value": round(value, 3), "unit": unit, "peer": peer}))


for tool in ("wrk", "perfdash", "perfdash-curl", "hey", "locust"):
    if tool not in rows:
        continue
    peer = None if tool.startswith("perfdash") else tool
    runs = rows[tool]
    # perfdash-curl: the same engine with plain http through libcurl, as https always goes.
    prefix = "nginx_small_file_libcurl_transport" if tool == "perfdash-curl" else "nginx_small_file"
    emit(prefix + ".requests_per_sec", statistics.median(r[0] for r in runs), "req/s", peer)
    emit(prefix + ".cpu_per_request", statistics.median(r[1] for r in runs), "us", peer)
    p99s = [r[2] for r in runs if r[2] is not None]
    if p99s:
        emit(prefix + ".latency_p99", statistics.median(p99s), "ms", peer)
pairs = list(zip(rows.get("perfdash", []), rows.get("wrk", [])))
if pairs:
    emit("perfdash_vs_wrk.throughput_ratio", statistics.median(p[0] / w[0] for p, w in pairs), "ratio", "wrk")
    emit("perfdash_vs_wrk.cpu_per_request_ratio", statistics.median(p[1] / w[1] for p, w in pairs), "ratio", "wrk")
    emit("perfdash_vs_wrk.p99_ratio", statistics.median(p[2] / w[2] for p, w in pairs), "ratio", "wrk")
PY
