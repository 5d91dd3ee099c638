#!/usr/bin/env bash
# Prometheus text parser benchmark: our parseMetrics (full families, best of 20) against
# `promtool check metrics` and Python's prometheus_client parser on the same generated
# ~10 MB payload. Prints one JSON object per line; bounded to about a minute.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

payload=$work/payload.prom
python3 "$here/gen_prometheus_payload.py" "$payload"
bytes=$(stat -c %s "$payload")

bench=$build/tests/bench/prometheus_parse_bench
if [ ! -x "$bench" ]; then
  # tests/bench not part of this build tree: compile the bench directly, optimised as release.
  echo "prometheus_parse: $bench not built, compiling it with g++ -O2" >&2
  bench=$work/prometheus_parse_bench
  g++ -std=c++20 -O2 -g -I"$root/collectors/prometheus" "$here/prometheus_parse_bench.cpp" \
    "$root"/collectors/prometheus/*.cpp -o "$bench"
fi
ours_line=$("$bench" "$payload" 20)
echo "$ours_line"
ours=$(echo "$ours_line" | head -1 | sed 's/.*"value": \([0-9.]*\).*/\1/')

# Best wall time in seconds of running "$@" N times (stdin from the payload).
best_of() {
  local n=$1; shift
  local best=""
  for _ in $(seq "$n"); do
    local start end t
    start=$(date +%s.%N)
    "$@" < "$payload" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

emit_peer() { # metric peer seconds
  local mbps ratio
  mbps=$(echo "$bytes / 1000000 / $3" | bc -l)
  ratio=$(echo "$ours / $mbps" | bc -l)
  printf '{"bench": "prometheus_parse", "metric": "%s_throughput", "value": %.1f, "unit": "MB/s", "peer": "%s"}\n' "$1" "$mbps" "$2"
  printf '{"bench": "prometheus_parse", "metric": "%s_ratio", "value": %.1f, "unit": "x faster", "peer": "%s"}\n' "$1" "$ratio" "$2"
}

if command -v promtool > /dev/null; then
  # promtool exits 3 on lint findings; parsing is what is timed.
  emit_peer promtool "promtool check metrics" "$(best_of 3 promtool check metrics)"
else
  echo "prometheus_parse: promtool not found (Debian package prometheus), peer skipped" >&2
fi

python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import prometheus_client' 2> /dev/null; then python=$candidate; break; fi
done
if [ -n "$python" ]; then
  seconds=$("$python" - "$payload" <<'PY'
import sys, time
from prometheus_client.parser import text_string_to_metric_families
text = open(sys.argv[1]).read()
start = time.perf_counter()
families = list(text_string_to_metric_families(text))
print(time.perf_counter() - start)
PY
)
  emit_peer python_prometheus_client "prometheus_client.parser.text_string_to_metric_families" "$seconds"
else
  echo "prometheus_parse: python prometheus_client not found (python3-prometheus-client), peer skipped" >&2
fi
