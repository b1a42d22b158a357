#!/usr/bin/env python3
"""make check-pipelines: README's syslog-ng, rsyslog and Splunk recipes,
extracted and run as printed against real daemons on this machine.

    pipelines.py README BUILD RSYSLOGD

Each daemon gets a directory of its own under a fresh directory in /tmp
(short paths: a Unix socket's path is limited to 107 bytes), listens on a
Unix socket there and is stopped by its PID.  The directory is removed
when every check passed, kept (and named) otherwise.  README's paths
/etc/syslog-ng/, /etc/rsyslog.d/, /var/log/ and /usr/local/bin/ are
pointed into that directory; nothing else in a recipe is changed.
"""
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

README, BUILD, RSYSLOGD = sys.argv[1:4]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TOOL = os.path.abspath(os.path.join(BUILD, "mssecref"))
LIB = os.path.abspath(os.path.join(BUILD, "libmssecref.so.1"))
WORK = tempfile.mkdtemp(prefix="mssecref-pipelines-")
BIN = os.path.join(WORK, "bin")
failures = []

# IntelMQ events (flat keys), in spellings the library folds.
INTELMQ = ["phishing", "PHISHING", "Malware", "INTRUSION_ATTEMPT",
           "botnet drone", "c2-server", "unwantedSoftware", "nope"]
# ECS events: event.category is an array, a set of names.
ECS = [["host", "malware"], ["malware", "host"], ["web"],
       ["intrusion_detection", "network"], ["nothing-known"]]


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)


def recipe(name):
    """The fenced block after <!-- pipeline: name -->, paths redirected."""
    text = open(README, encoding="utf-8").read()
    m = re.search(r"<!-- pipeline: %s -->\n```[a-z]*\n(.*?)```" %
                  re.escape(name), text, re.S)
    if m is None:
        raise SystemExit("pipelines.py: README has no recipe '%s'" % name)
    block = m.group(1)
    for path in ("/etc/syslog-ng/", "/etc/rsyslog.d/", "/var/log/",
                 "/usr/local/bin/"):
        block = block.replace(path, (BIN if "bin" in path else WORK) + "/")
    return block


def expected_id(name, customer="enterprise", lang="en"):
    args = [TOOL, "route", name, "--lang", lang, "--format", "json"]
    if customer:
        args += ["--customer", customer]
    r = subprocess.run(args, capture_output=True)
    return json.loads(r.stdout)["id"] if r.returncode == 0 else "none"


def set_id(names, customer=None):
    """What `enrich` answers for a set: run it on one event."""
    ev = json.dumps({"f": names}).encode() + b"\n"
    args = [TOOL, "enrich", "--format", "jsonl", "--field", "f"]
    if customer:
        args += ["--customer", customer]
    out = subprocess.run(args, input=ev, capture_output=True).stdout
    return json.loads(out)["mssecref"].get("id")


def prepare():
    os.makedirs(BIN)
    os.symlink(TOOL, os.path.join(BIN, "mssecref"))
    wrapper = os.path.join(BIN, "mssecref-enrich")
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\nMSSECREF_LIBRARY=%s exec %s %s \"$@\"\n" % (
            LIB, sys.executable,
            os.path.abspath(os.path.join(BUILD, "python", "enrich.py"))))
    os.chmod(wrapper, 0o755)
    os.environ["PATH"] = BIN + os.pathsep + os.environ["PATH"]


def shell(name):
    r = subprocess.run(["sh", "-ec", recipe(name)], capture_output=True)
    check(r.returncode == 0, "%s runs (%s)" % (name, r.stderr[-200:]))


def wait_lines(path, n, timeout=15.0):
    """The file's lines once it has n of them (or what it has)."""
    end = time.time() + timeout
    while True:
        try:
            with open(path, "rb") as f:
                lines = f.read().splitlines()
        except FileNotFoundError:
            lines = []
        if len(lines) >= n or time.time() > end:
            return lines
        time.sleep(0.1)


def start(args, env=None, ready=None):
    log = open(os.path.join(WORK, os.path.basename(args[0]) + ".log"), "wb")
    p = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env)
    end = time.time() + 15
    while ready and not os.path.exists(ready) and time.time() < end:
        if p.poll() is not None:
            break
        time.sleep(0.1)
    if ready and not os.path.exists(ready):
        p.kill()
        p.wait()
        log.close()
        sys.stdout.write(open(log.name, errors="replace").read())
        raise SystemExit("pipelines.py: %s did not start" % args[0])
    return p


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


# ---- syslog-ng ----

def syslog_ng():
    d = os.path.join(WORK, "syslog-ng")
    os.makedirs(d)
    sock = os.path.join(d, "in.sock")
    conf = os.path.join(d, "syslog-ng.conf")
    shell("syslog-ng-export")
    with open(conf, "w") as f:
        f.write("@version: 3.38\n"
                "options { stats-freq(0); };\n"
                'source s_in { unix-stream("%s" flags(no-parse)); };\n'
                "parser p_json { json-parser(); };\n" % sock)
        f.write(recipe("syslog-ng-parser"))
        f.write(recipe("syslog-ng-program"))
        f.write('destination d_out { file("%s/out.tsv" template('
                '"${classification.type}\\t${mssecref.id}\\t${mssecref.url}\\n"'
                ')); };\n' % d)
        f.write("log { source(s_in); log { parser(p_json); "
                "parser(p_mssecref); destination(d_out); }; "
                "log { destination(d_mssecref); }; };\n")
    p = start(["syslog-ng", "-F", "-f", conf, "-R", d + "/persist",
               "-p", d + "/pid", "-c", d + "/ctl", "--no-caps"], ready=sock)
    try:
        s = socket.socket(socket.AF_UNIX)
        s.connect(sock)
        for t in INTELMQ:
            s.sendall(json.dumps({"classification.type": t}).encode() + b"\n")
        for c in ECS:
            s.sendall(json.dumps({"event": {"category": c, "kind": "alert"}})
                      .encode() + b"\n")
        s.close()
        lines = wait_lines(os.path.join(d, "out.tsv"), len(INTELMQ) + len(ECS))
        rows = [x.decode().split("\t") for x in lines]
        check(len(rows) == len(INTELMQ) + len(ECS),
              "syslog-ng: one output line per event (%d)" % len(rows))
        for t, row in zip(INTELMQ, rows):
            check(row[1] == expected_id(t),
                  "syslog-ng contextual data: %r -> %s" % (t, row[1]))
        for row in rows[len(INTELMQ):]:
            check(row[1] == "none",
                  "syslog-ng contextual data: no classification.type -> none")
        # program(): enriched while syslog-ng still runs
        out = wait_lines(os.path.join(WORK, "mssecref.jsonl"),
                         len(INTELMQ) + len(ECS))
        check(len(out) == len(INTELMQ) + len(ECS),
              "syslog-ng program(): every event enriched before syslog-ng "
              "stops (%d lines)" % len(out))
        ecs_out = [json.loads(x) for x in out[len(INTELMQ):]]
        for c, ev in zip(ECS, ecs_out):
            check(ev["event"]["category"] == c and
                  ev["mssecref"].get("id") == set_id(c),
                  "syslog-ng program(): ECS %s -> %s" % (
                      c, ev["mssecref"].get("id", ev["mssecref"])))
    finally:
        stop(p)
    os.remove(os.path.join(WORK, "mssecref.jsonl"))  # rsyslog's turn


# ---- rsyslog ----

def rsyslog():
    d = os.path.join(WORK, "rsyslog")
    os.makedirs(os.path.join(d, "work"))
    sock = os.path.join(d, "in.sock")
    conf = os.path.join(d, "rsyslog.conf")
    moddir = os.path.join(os.path.dirname(os.path.dirname(RSYSLOGD)), "lib",
                          "x86_64-linux-gnu", "rsyslog")
    libdir = os.path.dirname(moddir)
    shell("rsyslog-export")
    props = os.path.join(d, "%s.jsonl")
    with open(conf, "w") as f:
        f.write('global(workDirectory="%s/work")\n'
                'module(load="imuxsock" SysSock.Use="off")\n'
                'input(type="imuxsock" Socket="%s")\n'
                'template(name="props" type="string" string="%%$!%%\\n")\n'
                % (d, sock))
        f.write(recipe("rsyslog-lookup"))
        f.write('action(type="omfile" file="%s" template="props")\n'
                % (props % "lookup"))
        f.write("unset $!mssecref;\n")
        f.write(recipe("rsyslog-mmexternal"))
        f.write('action(type="omfile" file="%s" template="props")\n'
                % (props % "mmexternal"))
        f.write("unset $!mssecref;\n")
        f.write(recipe("rsyslog-mmexternal-py"))
        f.write('action(type="omfile" file="%s" template="props")\n'
                % (props % "mmexternal-py"))
        f.write(recipe("rsyslog-omprog"))
    env = dict(os.environ, LD_LIBRARY_PATH=libdir)
    p = start([RSYSLOGD, "-n", "-f", conf, "-M", moddir, "-i", d + "/pid"],
              env=env, ready=sock)
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        s.connect(sock)
        events = ([{"classification.type": t} for t in INTELMQ] +
                  [{"event": {"category": c}} for c in ECS])
        for ev in events:
            s.send(b"<13>test: " + json.dumps(ev).encode())
            time.sleep(0.01)
        s.close()
        n = len(events)
        got = {k: [json.loads(x) for x in wait_lines(props % k, n)]
               for k in ("lookup", "mmexternal", "mmexternal-py")}
        for k, rows in got.items():
            check(len(rows) == n, "rsyslog %s: %d of %d events" % (
                k, len(rows), n))
        for t, row in zip(INTELMQ, got["lookup"]):
            check(row["mssecref"]["id"] == expected_id(t),
                  "rsyslog lookup table: %r -> %s" % (t, row["mssecref"]))
        for row in got["lookup"][len(INTELMQ):]:
            check(row["mssecref"]["id"] == "none",
                  "rsyslog lookup table: nomatch -> none")
        for c, row in zip(ECS, got["mmexternal"][len(INTELMQ):]):
            check(row["mssecref"].get("id") == set_id(c) and
                  row["event"]["category"] == c,
                  "rsyslog mmexternal (tool): ECS %s -> %s" % (
                      c, row["mssecref"]))
        for t, row in zip(INTELMQ, got["mmexternal-py"]):
            want = expected_id(t)
            check(row.get("mssecref", {}).get("id", "none") == want,
                  "rsyslog mmexternal (enrich.py): %r -> %s" % (
                      t, row["mssecref"]))
        out = wait_lines(os.path.join(WORK, "mssecref.jsonl"), n)
        check(len(out) == n, "rsyslog omprog: every event enriched while "
              "rsyslog runs (%d of %d)" % (len(out), n))
        for t, line in zip(INTELMQ, out):
            ev = json.loads(line)
            check(ev["classification.type"] == t and
                  ev["mssecref"].get("id", "none") == expected_id(t),
                  "rsyslog omprog: %r -> %s" % (t, ev["mssecref"]))
    finally:
        stop(p)
    os.remove(os.path.join(WORK, "mssecref.jsonl"))


# ---- Splunk's external lookup: the command, as Splunk runs it ----

def read_line(p, timeout=10.0):
    r, _, _ = select.select([p.stdout], [], [], timeout)
    return p.stdout.readline() if r else b""


def splunk_external():
    conf = recipe("splunk-external")
    cmd = re.search(r"^external_cmd = (.*)$", conf, re.M).group(1)
    p = subprocess.Popen(["sh", "-c", cmd], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    try:
        p.stdin.write(b"category,mssecref_id,mssecref_url,mssecref_title\n")
        p.stdin.flush()
        header = read_line(p)
        check(header.startswith(b"category,mssecref_id"),
              "Splunk external_cmd: header answered at once")
        for t in INTELMQ:
            p.stdin.write(t.encode() + b",,,\n")
            p.stdin.flush()
            row = read_line(p).decode().rstrip("\r\n").split(",")
            want = expected_id(t, customer=None, lang="ja")
            check(row[:2] == [t, "" if want == "none" else want],
                  "Splunk external_cmd: %r answered before the next row "
                  "(%s)" % (t, row[:2]))
    finally:
        p.stdin.close()
        p.wait(10)


def main():
    prepare()
    syslog_ng()
    rsyslog()
    splunk_external()
    if failures:
        print("check-pipelines: %d failed; logs and outputs kept in %s"
              % (len(failures), WORK))
        return 1
    shutil.rmtree(WORK, ignore_errors=True)
    print("check-pipelines: every README recipe for syslog-ng, rsyslog and "
          "Splunk's external_cmd ran and answered as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
