#!/usr/bin/env bash
# Builds perfdash with the dev preset (warnings are errors), starts real PostgreSQL and Redis
# on loopback, and runs every test through ctest. Stops the servers on exit, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${PERFDASH_PRESET:-dev}
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"

source tests/support/servers.sh
trap stop_test_servers EXIT
start_test_servers

ctest --preset "$preset" --parallel "$(nproc)"
