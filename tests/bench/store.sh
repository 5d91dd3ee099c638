#!/usr/bin/env bash
# SQLite time-series store benchmark (core/store): ingest rate against a plain row-per-sample
# SQLite table, bytes per sample after compaction, 7-day and 24-hour range queries.
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
"$bench"
