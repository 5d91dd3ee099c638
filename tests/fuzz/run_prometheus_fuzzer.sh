#!/usr/bin/env bash
# Builds the Prometheus parser with clang's libFuzzer + ASan + UBSan (the main build uses g++)
# and fuzzes it for a bounded time over a corpus seeded from the unit-test fixtures.
# Usage: run_prometheus_fuzzer.sh SOURCE_DIR BUILD_DIR [SECONDS]
# Exits non-zero when the fuzzer finds a crash, leak, timeout or sanitizer report.
set -euo pipefail
src=$1
out=$2/prometheus_fuzz
seconds=${3:-20}
clangxx=${CLANGXX:-$(command -v clang++ || command -v clang++-14)}

mkdir -p "$out/corpus"
"$clangxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$src/collectors/prometheus" \
  "$src"/collectors/prometheus/*.cpp "$src/tests/fuzz/prometheus_parser_fuzzer.cpp" \
  -o "$out/prometheus_parser_fuzzer"

cp "$src"/tests/unit/prometheus/fixtures/valid/* "$src"/tests/unit/prometheus/fixtures/invalid/*.prom \
  "$src"/tests/unit/prometheus/fixtures/invalid/*.om "$out/corpus/"

# -timeout: one input taking over 5 s counts as a hang; -rss_limit_mb bounds memory blow-ups.
cd "$out"
exec ./prometheus_parser_fuzzer -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -max_len=4096 -print_final_stats=1 -artifact_prefix="$out/" corpus
