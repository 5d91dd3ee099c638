# Starts real PostgreSQL and Redis servers on free loopback ports for the test suite.
# Source it, then: start_test_servers; trap stop_test_servers EXIT
# Exports PERFDASH_TEST_PG and PERFDASH_TEST_REDIS (ports).

pg_bin=/usr/lib/postgresql/15/bin

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Runs a command as the postgres user when we are root (initdb refuses root).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_servers() {
  PERFDASH_SERVERS_DIR=$(mktemp -d /tmp/perfdash-servers.XXXXXX)
  export PERFDASH_SERVERS_DIR
  chmod 755 "$PERFDASH_SERVERS_DIR"
  mkdir -p "$PERFDASH_SERVERS_DIR/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PERFDASH_SERVERS_DIR/pg"

  PERFDASH_TEST_PG=$(free_port)
  as_postgres "$pg_bin/initdb" -D "$PERFDASH_SERVERS_DIR/pg/data" -A trust -U postgres >"$PERFDASH_SERVERS_DIR/pg/initdb.log" 2>&1 \
    || { cat "$PERFDASH_SERVERS_DIR/pg/initdb.log" >&2; echo "servers: initdb failed" >&2; return 1; }
  # One role must log in with a password over TCP (the PostgreSQL collector's wrong-password
  # test): its scram-sha-256 line goes before initdb's trust lines, which match first otherwise.
  local hba="$PERFDASH_SERVERS_DIR/pg/data/pg_hba.conf"
  awk '!done && /^(local|host)/ { print "host all perfdash_pw 127.0.0.1/32 scram-sha-256"; done = 1 } { print }' \
    "$hba" >"$hba.new" && cat "$hba.new" >"$hba" && rm -f "$hba.new" \
    || { echo "servers: could not edit pg_hba.conf" >&2; return 1; }
  as_postgres "$pg_bin/pg_ctl" -D "$PERFDASH_SERVERS_DIR/pg/data" -w -t 60 -l "$PERFDASH_SERVERS_DIR/pg/log" \
    -o "-k $PERFDASH_SERVERS_DIR/pg -p $PERFDASH_TEST_PG -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -c password_encryption=scram-sha-256" \
    start >/dev/null || { cat "$PERFDASH_SERVERS_DIR/pg/log" >&2; echo "servers: PostgreSQL did not start" >&2; return 1; }
  export PERFDASH_TEST_PG

  PERFDASH_TEST_REDIS=$(free_port)
  redis-server --port "$PERFDASH_TEST_REDIS" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$PERFDASH_SERVERS_DIR/redis.pid" --dir "$PERFDASH_SERVERS_DIR" \
    --logfile "$PERFDASH_SERVERS_DIR/redis.log" \
    || { echo "servers: Redis did not start" >&2; return 1; }
  # Daemonized Redis returns before it listens; wait for its answer (bounded).
  local tries=0
  until redis-cli -h 127.0.0.1 -p "$PERFDASH_TEST_REDIS" ping 2>/dev/null | grep -q PONG; do
    tries=$((tries + 1))
    [ $tries -lt 100 ] || { cat "$PERFDASH_SERVERS_DIR/redis.log" >&2; echo "servers: Redis not answering" >&2; return 1; }
    sleep 0.1
  done
  export PERFDASH_TEST_REDIS
  echo "servers: PostgreSQL on 127.0.0.1:$PERFDASH_TEST_PG, Redis on 127.0.0.1:$PERFDASH_TEST_REDIS ($PERFDASH_SERVERS_DIR)"
}

stop_test_servers() {
  [ -n "${PERFDASH_SERVERS_DIR:-}" ] && [ -d "$PERFDASH_SERVERS_DIR" ] || return 0
  if [ -f "$PERFDASH_SERVERS_DIR/pg/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$PERFDASH_SERVERS_DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$PERFDASH_SERVERS_DIR/redis.pid" ]; then
    redis-cli -h 127.0.0.1 -p "$PERFDASH_TEST_REDIS" shutdown nosave >/dev/null 2>&1 \
      || kill "$(cat "$PERFDASH_SERVERS_DIR/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$PERFDASH_SERVERS_DIR"
  echo "servers: stopped"
}
