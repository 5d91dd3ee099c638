#!/usr/bin/env bash
# Makes the README's screenshots from the real app under Xvfb: every built page in the light
# and the dark theme, on the demo workspace with a real PostgreSQL and Redis added, after a
# minute of load on loopback (wrk on the demo target, Redis lookups and a queue).
#   resources/screenshots/capture.sh [OUTPUT_DIR]     (default: resources/screenshots)
# Needs a built tree (PERFDASH_BUILD_DIR, default build/dev), xvfb-run, wrk, redis-cli.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${PERFDASH_BUILD_DIR:-$root/build/dev}
out=${1:-$here}
perfdash=$build/bin/perfdash
[ -x "$perfdash" ] || { echo "capture: $perfdash not built" >&2; exit 1; }
for tool in xvfb-run wrk redis-cli; do
  command -v "$tool" >/dev/null || { echo "capture: $tool not found (installer/install-deps.sh)" >&2; exit 1; }
done

# shellcheck source=../../tests/support/servers.sh
source "$root/tests/support/servers.sh"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_test_servers >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
start_test_servers >&2
redis() { redis-cli -h 127.0.0.1 -p "$PERFDASH_TEST_REDIS" "$@" >/dev/null; }
redis CONFIG SET maxmemory 64mb

# The settings stay out of the user's own (theme, last page, window size).
export XDG_CONFIG_HOME=$work/config
ws=$work/demo
shot() { # page theme seconds [file]
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1200x24" "$perfdash" --demo --workspace "$ws" --page "$1" --theme "$2" \
    --screenshot "${4:-$out/$1-$2.png}" --screenshot-after "$3" >&2
}

# A first start writes the demo workspace; then the database and cache sources join it.
shot overview light 2 "$work/first.png"
python3 - "$ws/workspace.json" "$PERFDASH_TEST_PG" "$PERFDASH_TEST_REDIS" <<'PY'
import json, sys
path, pg, redis = sys.argv[1], sys.argv[2], int(sys.argv[3])
config = json.load(open(path))
config["postgres"] = [{"name": "erp-db", "conninfo": f"host=127.0.0.1 port={pg} user=postgres dbname=postgres"}]
config["redis"] = [{"name": "cache", "host": "127.0.0.1", "port": redis, "queueKeys": ["celery:import"]}]
json.dump(config, open(path, "w"), indent=2)
PY

# A minute of data: perfdash runs while the load runs, and its Overview is the first picture.
before=$(stat -c %Y "$ws/workspace.json")
shot overview light 75 &
pids+=($!)
for _ in $(seq 100); do # the demo target's new port is in workspace.json once it started
  [ "$(stat -c %Y "$ws/workspace.json")" != "$before" ] && break
  sleep 0.2
done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["targets"][0]["url"].rsplit("/", 1)[0])' "$ws/workspace.json")
cat >"$work/paths.lua" <<'LUA'
local paths = {"/api/v1/crm/customers", "/api/v1/crm/customers/7", "/api/v1/erp/mm/materials", "/health"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[i % #paths + 1])
end
LUA
wrk -t1 -c2 -d65s -s "$work/paths.lua" "$url" >/dev/null &
pids+=($!)
for i in $(seq 60); do # bounded: a minute of cache lookups (2 hits to 1 miss) and a growing queue
  redis SET "product:$i" x
  redis GET "product:$i"
  redis GET "product:$i"
  redis GET "missing:$i"
  redis LPUSH celery:import "job-$i"
  sleep 1
done
wait "${pids[@]}"
pids=()

shot overview dark 8
for page in endpoints database cache alerts load reports settings; do
  for theme in light dark; do shot "$page" "$theme" 8; done
done
# A first run: no workspace in an empty data directory, so the welcome page. (The add-target
# step's pictures come from tests/gui/tst_firstrun, which drives it against the demo target.)
for theme in light dark; do
  XDG_DATA_HOME=$work/first-run QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1200x24" "$perfdash" \
    --theme "$theme" --window-size 1200x800 --screenshot "$out/welcome-$theme.png" >&2
done
echo "capture: screenshots in $out" >&2
