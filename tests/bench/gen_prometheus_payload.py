#!/usr/bin/env python3
"""Writes a realistic ~10 MB Prometheus text exposition for the parser benchmark.

5,000 histograms (12 buckets incl. +Inf, plus _sum and _count), 5,000 counters and 5,000
gauges, labelled method/path/status/tenant, spread over a few families as a web service's
/metrics would be. Deterministic (fixed seed), so runs compare.
Usage: gen_prometheus_payload.py OUTPUT [SERIES_PER_KIND]
"""
import random
import sys

BUCKETS = ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]
STATUSES = ["200", "201", "204", "400", "401", "404", "409", "500", "502", "503"]
RESOURCES = ["orders", "receipts", "inventory", "customers", "invoices", "suppliers", "reports", "imports"]


def label_sets(rng, count):
    for i in range(count):
        path = "/api/v1/%s/%s" % (rng.choice(RESOURCES), rng.choice(["list", "detail", "batch", "search", "export"]))
        yield 'method="%s",path="%s",status="%s",tenant="tenant-%03d"' % (
            rng.choice(METHODS), path, rng.choice(STATUSES), i % 200)


def main():
    out = sys.argv[1]
    per_kind = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    rng = random.Random(3)
    families = 10
    lines = []
    for f in range(families):
        name = "svc%d_http_request_duration_seconds" % f
        lines.append("# HELP %s Latency of HTTP requests in seconds.\n# TYPE %s histogram\n" % (name, name))
        for labels in label_sets(rng, per_kind // families):
            count = 0
            for le in BUCKETS:
                count += rng.randint(0, 5000)
                lines.append('%s_bucket{%s,le="%s"} %d\n' % (name, labels, le, count))
            lines.append("%s_sum{%s} %.6f\n" % (name, labels, count * rng.random()))
            lines.append("%s_count{%s} %d\n" % (name, labels, count))
    for f in range(families):
        name = "svc%d_http_requests_total" % f
        lines.append("# HELP %s Total HTTP requests.\n# TYPE %s counter\n" % (name, name))
        for labels in label_sets(rng, per_kind // families):
            lines.append("%s{%s} %d\n" % (name, labels, rng.randint(0, 10**9)))
    for f in range(families):
        name = "svc%d_db_pool_in_use" % f
        lines.append("# HELP %s Connections in use.\n# TYPE %s gauge\n" % (name, name))
        for labels in label_sets(rng, per_kind // families):
            lines.append("%s{%s} %.3f\n" % (name, labels, rng.random() * 100))
    with open(out, "w") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    main()
