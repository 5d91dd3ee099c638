#!/usr/bin/env bash
# SQLite time-series store benchmark (core/store): ingest rate against a plain row-per-sample
# SQLite table, bytes per sample after compaction against Prometheus' own TSDB blocks built by
# promtool from the very same samples, 7-day and 24-hour range queries.
# Prints one JSON object per line; about a minute on two cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/release}
bench=$build/tests/bench/store_bench
if [ ! -x "$bench" ]; then
  echo "store: $bench not built (cmake --build $build --target store_bench)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PERFDASH_BENCH_EXPORT_DIR=$work "$bench"

# Peer: Prometheus TSDB (promtool from Debian's prometheus package) on the exported samples;
# bytes of the finished blocks (chunks, index, meta) per sample.
command -v promtool >/dev/null || { echo "store: promtool not found (apt-get install prometheus)" >&2; exit 1; }
peer="promtool $(promtool --version 2>&1 | awk 'NR==1 {print $3}') tsdb create-blocks-from openmetrics, same samples (chunks + index)"
for kind in gauges counters; do
  samples=$(grep -vc '^#' "$work/$kind.om")
  promtool tsdb create-blocks-from openmetrics -q "$work/$kind.om" "$work/tsdb-$kind" >&2
  bytes=$(du -sb "$work/tsdb-$kind" | awk '{print $1}')
  chunk_bytes=$(cat "$work/tsdb-$kind"/*/chunks/* | wc -c)
  metric=$([ "$kind" = gauges ] && echo gauge || echo counter)
  for figure in "bytes_per_sample_${metric}_1s_prometheus $bytes" "chunk_bytes_per_sample_${metric}_1s_prometheus $chunk_bytes"; do
    set -- $figure
    awk -v name="$1" -v b="$2" -v n="$samples" -v p="$peer" \
      'BEGIN { printf "{\"bench\": \"store\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"bytes\", \"peer\": \"%s\"}\n", name, b / n, p }'
  done
done
