#!/usr/bin/env python3
"""Runs a command and reports what it cost: CPU seconds (user + system, children included),
wall time, and resident memory shortly after start and just before the end.

usage: measure_process.py REPORT.json STDOUT_FILE -- command [args...]
"""
import json
import resource
import subprocess
import sys
import time


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def main():
    report_path, stdout_path, separator, *command = sys.argv[1:]
    if separator != "--" or not command:
        sys.exit(__doc__)
    started = time.monotonic()
    with open(stdout_path, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        rss_start = None
        rss_end = None
        while process.poll() is None:
            rss = rss_kib(process.pid)
            if rss is not None:
                if rss_start is None and time.monotonic() - started >= 1.0:
                    rss_start = rss
                rss_end = rss
            time.sleep(0.1)
    wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = {
        "exit": process.returncode,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "wall_s": wall,
        "rss_start_kib": rss_start,
        "rss_end_kib": rss_end,
        "max_rss_kib": usage.ru_maxrss,
    }
    with open(report_path, "w") as f:
        json.dump(report, f)


if __name__ == "__main__":
    main()
