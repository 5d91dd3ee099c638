#!/usr/bin/env bash
# Alert engine benchmark (core/alerts): one evaluation cycle of 1,000 rules of every kind over ~200
# series holding an hour of 1 s samples, the last five minutes arriving live, a cycle every second;
# median, p95 and max ms per cycle, and the median when the same minutes are replayed over the full
# hour. No peer: nothing else evaluates these rules against this store. One JSON object per line;
# under a minute.
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
