#!/usr/bin/env bash
# Alert engine benchmark (core/alerts): one evaluation cycle of 1,000 rules of every kind over ~200
# series holding an hour of 1 s samples; median, p95 and max ms per cycle. No peer: nothing else
# evaluates these rules against this store. Prints one JSON object per line; about a minute.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/release}
bench=$build/tests/bench/alerts_bench
if [ ! -x "$bench" ]; then
  echo "alerts: $bench not built (cmake --build $build --target alerts_bench)" >&2
  exit 1
fi
"$bench"
