#!/usr/bin/env python3
"""Helpers of tests/bench/gui.sh (standard library only).

  gui_bench.py add-sources WORKSPACE_JSON PG_PORT REDIS_PORT
      adds a PostgreSQL and a Redis source (loopback test servers) to a demo workspace.json
  gui_bench.py demo-url WORKSPACE_JSON OLD_URL TIMEOUT_S
      waits until perfdash rewrote the demo target's URL (it does at each demo start) and
      prints it; fails unless the PostgreSQL and Redis sources survived the rewrite
  gui_bench.py load SECONDS RATE REDIS_PORT BASE_URL...
      bounded load: RATE HTTP requests/s spread over the demo targets (keep-alive), a mix of
      cached and uncached customer reads, material pages and health checks; and a few Redis
      commands per second (hits, misses, a list that grows and drains) so every card moves
  gui_bench.py sample SECONDS LABEL=PID...
      samples /proc/PID/stat (utime + stime) and /proc/PID/status (VmRSS) once a second for
      SECONDS; prints per process: label cpu_percent cpu_peak_1s rss_avg_mib rss_peak_mib hwm_mib
"""
import http.client
import json
import os
import random
import socket
import sys
import time
import urllib.parse


def add_sources(path, pg_port, redis_port):
    with open(path) as f:
        config = json.load(f)
    if not config.get("demo"):
        sys.exit(f"gui_bench: {path} is not a demo workspace")
    config["postgres"] = [{
        "name": "bench-pg",
        "conninfo": f"host=127.0.0.1 port={pg_port} user=postgres dbname=postgres",
        "intervalMs": 5000, "connectTimeoutMs": 3000, "statementTimeoutMs": 3000, "topN": 10}]
    config["redis"] = [{
        "name": "bench-redis", "host": "127.0.0.1", "port": int(redis_port), "db": 0,
        "intervalMs": 5000, "connectTimeoutMs": 2000, "commandTimeoutMs": 2000,
        "queueKeys": ["celery"]}]
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(config, f, indent=2)
    os.replace(tmp, path)


def demo_url(path, old_url, timeout):
    deadline = time.monotonic() + float(timeout)
    while time.monotonic() < deadline:
        try:
            with open(path) as f:
                config = json.load(f)
            url = config["targets"][0]["url"]
        except (OSError, ValueError, KeyError, IndexError):
            url = None
        if url and url != old_url:
            if not config.get("postgres") or not config.get("redis"):
                sys.exit(f"gui_bench: the demo start dropped the PostgreSQL/Redis sources of {path}")
            parts = urllib.parse.urlsplit(url)
            print(f"{parts.scheme}://{parts.netloc}")
            return
        time.sleep(0.2)
    sys.exit(f"gui_bench: perfdash did not start its demo target within {timeout} s ({path})")


def redis_command(sock, *args):
    out = f"*{len(args)}\r\n".encode()
    for arg in args:
        data = str(arg).encode()
        out += b"$%d\r\n%s\r\n" % (len(data), data)
    sock.sendall(out)
    sock.recv(4096)  # one short reply each; nothing here needs its content


def load(seconds, rate, redis_port, bases):
    random.seed(6)
    conns = {}

    def get(base, path):
        conn = conns.get(base)
        if conn is None:
            parts = urllib.parse.urlsplit(base)
            conn = conns[base] = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        try:
            conn.request("GET", path)
            conn.getresponse().read()
        except (OSError, http.client.HTTPException):
            conn.close()
            conns.pop(base, None)

    redis = socket.create_connection(("127.0.0.1", int(redis_port)), timeout=2)
    redis_command(redis, "SET", "bench:hot", "1")
    interval = 1.0 / float(rate)
    start = time.monotonic()
    end = start + float(seconds)
    n = 0
    while True:
        due = start + n * interval
        now = time.monotonic()
        if due >= end:
            break
        if due > now:
            time.sleep(due - now)
        roll = random.random()
        if roll < 0.45:
            path = f"/api/v1/crm/customers/{random.randint(1, 400)}"  # hits after the first read
        elif roll < 0.85:
            path = f"/api/v1/erp/mm/materials?page={random.randint(1, 20)}&pageSize=20"
        elif roll < 0.95:
            path = "/health"
        else:
            path = "/api/v1/crm/customers?page=1&pageSize=500"  # over the limit: 400
        for base in bases:  # the same request to every target: equal load for measured and peer
            get(base, path)
        if n % max(1, int(float(rate) / 5)) == 0:  # about 5 Redis commands a second
            redis_command(redis, "GET", "bench:hot" if random.random() < 0.7 else "bench:cold")
            redis_command(redis, "LPUSH" if (n // 50) % 3 else "RPOP", "celery", *(["job"] if (n // 50) % 3 else []))
        n += 1
    redis.close()


def read_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def read_status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0  # kB -> MiB
    return 0.0


def sample(seconds, pairs):
    hz = os.sysconf("SC_CLK_TCK")
    procs = [pair.split("=", 1) for pair in pairs]
    first = {label: read_ticks(pid) for label, pid in procs}
    last = dict(first)
    peak = {label: 0.0 for label, _ in procs}
    rss = {label: [] for label, _ in procs}
    t0 = previous = time.monotonic()
    for i in range(1, int(seconds) + 1):
        time.sleep(max(0.0, t0 + i - time.monotonic()))
        now = time.monotonic()
        for label, pid in procs:
            ticks = read_ticks(pid)
            peak[label] = max(peak[label], (ticks - last[label]) / hz / (now - previous) * 100)
            last[label] = ticks
            rss[label].append(read_status(pid, "VmRSS"))
        previous = now
    wall = previous - t0
    for label, pid in procs:
        cpu = (last[label] - first[label]) / hz / wall * 100
        values = rss[label]
        print(label, f"{cpu:.2f}", f"{peak[label]:.1f}", f"{sum(values) / len(values):.1f}",
              f"{max(values):.1f}", f"{read_status(pid, 'VmHWM'):.1f}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "add-sources":
        add_sources(*args)
    elif command == "demo-url":
        demo_url(*args)
    elif command == "load":
        load(args[0], args[1], args[2], args[3:])
    elif command == "sample":
        sample(args[0], args[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
