# Shared by the shell benchmarks; it lives apart from tests/bench/*.sh, which tests/bench/run
# takes for benchmarks. Source it after setting `bench` (the benchmark's name).

# One result as a JSON line: emit metric value unit [peer].
emit() {
  local peer=null
  [ -n "${4:-}" ] && peer="\"$4\""
  printf '{"bench": "%s", "metric": "%s", "value": %s, "unit": "%s", "peer": %s}\n' "$bench" "$1" "$2" "$3" "$peer"
}
