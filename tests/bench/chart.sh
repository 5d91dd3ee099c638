#!/usr/bin/env bash
# Chart redraw benchmark (widgets/ChartCard): one line of 1,000,000 points over 7 days handed to
# a 900×300 card and drawn, against a plain QLineSeries/QChartView drawing all of them (peer,
# same process); and the store's realistic 11,000 points per series. Offscreen platform (raster).
# Prints one JSON object per line; under a minute on two cores.
# Env: PERFDASH_BUILD_DIR (set by tests/bench/run), PERFDASH_BENCH_REPETITIONS (default 15, min 7).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/release}
bench=$build/tests/bench/chart_redraw_bench
if [ ! -x "$bench" ]; then
  echo "chart: $bench not built (cmake --build $build --target chart_redraw_bench)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Own settings and runtime directories: nothing of the user's desktop leaks in or out.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen PERFDASH_BENCH_REPETITIONS=${PERFDASH_BENCH_REPETITIONS:-15} timeout 170 "$bench"
