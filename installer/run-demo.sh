#!/usr/bin/env bash
# Builds perfdash (release preset) and opens the dashboard on its demo workspace:
# the embedded demo target on loopback plus a local SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
perfdash=build/release/bin/perfdash

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$perfdash" --demo "$@"
fi

shot="$PWD/build/release/perfdash-demo.png"
echo "run-demo: no display here (DISPLAY and WAYLAND_DISPLAY are unset)."
echo "run-demo: rendering the demo dashboard offscreen to $shot instead."
echo "run-demo: on a desktop, run: $perfdash --demo   (or: xvfb-run $perfdash --demo)"
exec "$perfdash" --demo --screenshot "$shot" "$@"
