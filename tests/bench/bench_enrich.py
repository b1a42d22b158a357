#!/usr/bin/env python3
"""make bench-enrich: events per second of `mssecref enrich` on a CSV and a
JSON Lines file of realistic events, and of enrich.py on the JSON Lines,
each beside `cat` of the same file in the same run (the I/O limit).

    bench_enrich.py TOOL ENRICH_PY [EVENTS] [REPS]

The files are generated here (never committed): IntelMQ-shaped events with
flat keys (time, source and destination, feed, raw), a fifth ECS-shaped with
nested `event.category` arrays, incident names in the spellings feeds use
(lower, upper, snake and camel case, unknown ones).  Each figure is the
median of REPS runs, the commands alternating so load on the shared
machine hits all of them.  Output goes to /dev/null.  Two clocks: wall
time, and the CPU time (user + system) the command used, which load from
other processes on a shared machine inflates less.  Nothing is asserted.
"""
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time

TOOL, ENRICH_PY = sys.argv[1:3]
EVENTS = int(sys.argv[3]) if len(sys.argv) > 3 else 1000000
REPS = int(sys.argv[4]) if len(sys.argv) > 4 else 3
DIR = os.path.join(os.path.dirname(os.path.abspath(TOOL)), "bench")

NAMES = ["phishing", "PHISHING", "malware-distribution", "c2-server",
         "C2_SERVER", "infected-system", "scanner", "PORT_SCAN", "spam",
         "brute-force", "ddos", "vulnerable-system", "unwantedSoftware",
         "CommandAndControl", "botnet drone", "ids-alert", "exploit",
         "undetermined", "other", "malware", "no-such-type"]
ECS = [["malware"], ["host", "malware"], ["network", "intrusion_detection"],
       ["web"], ["threat"], ["configuration"], ["authentication"]]
FEEDS = ["Shadowserver Scan", "Spamhaus DROP", "Abuse.ch URLhaus",
         "CERT.PL", "PhishTank"]


def event(rnd, i):
    ip = "%d.%d.%d.%d" % (rnd.randrange(1, 224), rnd.randrange(256),
                          rnd.randrange(256), rnd.randrange(1, 255))
    host = rnd.choice(["login-%d.example.net" % i,
                       "t%d.blob.core.windows.net" % i,
                       "cdn%d.example.org" % i])
    return {
        "time.source": "2026-11-29T%02d:%02d:%02d+00:00" % (
            i // 3600 % 24, i // 60 % 60, i % 60),
        "source.ip": ip, "source.port": rnd.randrange(1024, 65536),
        "source.fqdn": host, "source.url": "https://%s/a/%d" % (host, i),
        "destination.port": rnd.choice([25, 80, 443, 3389]),
        "feed.name": rnd.choice(FEEDS), "feed.accuracy": 100,
        "classification.type": rnd.choice(NAMES),
        "raw": "bG9nIGxpbmUgJWQ=" * rnd.randrange(1, 4),
    }


def generate():
    os.makedirs(DIR, exist_ok=True)
    jsonl = os.path.join(DIR, "events-%d.jsonl" % EVENTS)
    csvf = os.path.join(DIR, "events-%d.csv" % EVENTS)
    if os.path.exists(jsonl) and os.path.exists(csvf):
        return jsonl, csvf
    rnd = random.Random(13)
    with open(jsonl, "w") as j, open(csvf, "w", newline="") as c:
        w = csv.writer(c, lineterminator="\n")
        cols = None
        for i in range(EVENTS):
            e = event(rnd, i)
            if cols is None:
                cols = list(e)
                w.writerow([k.replace(".", "_") for k in cols])
            w.writerow([e[k] for k in cols])
            if i % 5 == 4:  # ECS-shaped, nested, an array
                e = {"@timestamp": e["time.source"],
                     "event": {"kind": "alert",
                               "category": rnd.choice(ECS)},
                     "source": {"ip": e["source.ip"]},
                     "url": {"full": e["source.url"]},
                     "classification.type": e["classification.type"]}
            j.write(json.dumps(e, separators=(",", ":")) + "\n")
    return jsonl, csvf


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, path):
    """(wall seconds, CPU seconds) of one run."""
    with open(path, "rb") as f, open(os.devnull, "wb") as null:
        c, t = cpu(), time.perf_counter()
        rc = subprocess.run(cmd, stdin=f, stdout=null).returncode
        dt, dc = time.perf_counter() - t, cpu() - c
    if rc not in (0, 3):
        raise SystemExit("bench-enrich: %s failed (%d)" % (cmd[0], rc))
    return dt, dc


def main():
    jsonl, csvf = generate()
    env_py = [sys.executable, ENRICH_PY, "--field", "classification.type"]
    cases = [
        ("enrich csv", csvf, [TOOL, "enrich", "--field",
                              "classification_type", "--lang", "ja"]),
        ("enrich jsonl", jsonl, [TOOL, "enrich", "--format", "jsonl",
                                 "--field", "classification.type",
                                 "--lang", "ja"]),
        ("enrich.py jsonl", jsonl, env_py + ["--lang", "ja"]),
    ]
    times = {name: [] for name, _, _ in cases}
    cat = {path: [] for path in (csvf, jsonl)}
    for _ in range(REPS):
        for name, path, cmd in cases:
            cat[path].append(timed(["cat"], path))
            times[name].append(timed(cmd, path))
    size = {p: os.path.getsize(p) for p in cat}
    print("%d events per file (CSV %.0f MB, JSON Lines %.0f MB); medians of "
          "%d runs, output to /dev/null" % (EVENTS, size[csvf] / 1e6,
                                            size[jsonl] / 1e6, REPS))
    print("%-16s %12s %12s %9s   %12s %12s %9s" % (
        "", "wall ev/s", "cat ev/s", "x cat", "CPU ev/s", "cat CPU ev/s",
        "x cat"))
    for name, path, _ in cases:
        w = statistics.median(t[0] for t in times[name])
        c = statistics.median(t[1] for t in times[name])
        cw = statistics.median(t[0] for t in cat[path])
        cc = statistics.median(t[1] for t in cat[path])
        print("%-16s %12.0f %12.0f %8.1fx   %12.0f %12.0f %8.1fx" % (
            name, EVENTS / w, EVENTS / cw, w / cw, EVENTS / c,
            EVENTS / max(cc, 1e-3), c / max(cc, 1e-3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
