"""examples/python/enrich.py: every event out, in order, enriched or
flagged."""
import json
import os
import select
import subprocess
import sys
import unittest

import common

SCRIPT = os.path.join(common.PYDIR, "enrich.py")


def run(lines, *args, env=None):
    data = lines if isinstance(lines, bytes) else "".join(lines).encode()
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, SCRIPT] + list(args), input=data,
                          capture_output=True, env=e)


class TestEnrichPy(unittest.TestCase):
    def test_intelmq_ecs_graph(self):
        events = [
            json.dumps({"classification.type": "phishing"}) + "\n",
            json.dumps({"classification": {"type": "c2-server"}}) + "\n",
            json.dumps({"classification": {"type": "nope"}, "id": 7}) + "\n",
        ]
        r = run(events, "--lang", "ja", "--customer", "enterprise")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(x) for x in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), 3)
        self.assertEqual(out[0]["mssecref"]["id"], "report-unsafe-site")
        self.assertEqual(out[1]["mssecref"]["id"], "report-abuse")
        self.assertIn("error", out[2]["mssecref"])
        self.assertEqual(out[2]["id"], 7)  # the rest unchanged

        # an array is a set: the order does not count
        for cats in (["host", "malware"], ["malware", "host"]):
            ecs = [json.dumps({"event": {"category": cats}}) + "\n"]
            r = run(ecs, "--field", "event.category")
            self.assertEqual(json.loads(r.stdout)["mssecref"]["incident"],
                             "malware-sample")

        graph = [json.dumps({"determination": "unwantedSoftware"}) + "\n"]
        r = run(graph, "--field", "determination")
        self.assertEqual(json.loads(r.stdout)["mssecref"]["id"],
                         "file-submission")

    def test_per_event_language(self):
        ev = [json.dumps({"t": "vulnerability", "l": "ja_JP"}) + "\n",
              json.dumps({"t": "vulnerability", "l": "en"}) + "\n"]
        r = run(ev, "--field", "t", "--lang-field", "l")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual([o["lang"] for o in out], ["ja", "en"])

    def test_non_json_passes_through(self):
        r = run(["not json\n", json.dumps({"classification.type": "spam"})
                 + "\n", "[1,2]\n"])
        self.assertEqual(r.returncode, 3)
        lines = r.stdout.decode().splitlines()
        self.assertEqual(lines[0], "not json")
        self.assertEqual(lines[2], "[1,2]")
        self.assertEqual(json.loads(lines[1])["mssecref"]["id"],
                         "report-abuse")


    def test_bytes_whatever_the_locale(self):
        data = (b'{"t":"phishing","note":"\xe6\x97\xa5\xe6\x9c\xac"}\n'
                b'{"t":"spam","bad":"\xff\xfe"}\n'
                b'{"t":"c2-server"}\n')
        for loc in ("C.UTF-8", "ja_JP.eucJP", "C"):
            r = run(data, "--field", "t", env={"LC_ALL": loc, "LANG": loc,
                                              "PYTHONIOENCODING": ""})
            self.assertEqual(r.returncode, 3, (loc, r.stderr))
            out = r.stdout.split(b"\n")
            self.assertEqual(len(out), 4, loc)
            self.assertTrue(out[0].startswith(data.split(b"\n")[0][:-1]))
            self.assertEqual(json.loads(out[0])["mssecref"]["id"],
                             "report-unsafe-site")
            self.assertEqual(out[1], data.split(b"\n")[1])  # unchanged
            self.assertEqual(json.loads(out[2])["mssecref"]["id"],
                             "report-abuse")
            self.assertIn(b"line 2", r.stderr)

    def test_bom_blank_lines_url_field(self):
        data = (b'\xef\xbb\xbf{"t":"phishing","u":"https://a.blob.core.windows.net/"}\n'
                b'\n{"t":"phishing","u":"https://evil.example/"}\n')
        r = run(data, "--field", "t", "--url-field", "u")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.split(b"\n")
        self.assertEqual(out[1], b"")
        a, b = json.loads(out[0])["mssecref"], json.loads(out[2])["mssecref"]
        self.assertEqual((a["id"], a["hosted"]), ("report-abuse", True))
        self.assertEqual((b["id"], b["hosted"]), ("report-unsafe-site", False))

    def test_same_answer_as_the_tool(self):
        events = b"".join(json.dumps(e).encode() + b"\n" for e in [
            {"c": {"t": "PHISHING"}}, {"c.t": ["host", "malware"]},
            {"c": {"t": ["malware", "web", "x"]}}, {"c.t": "nope"},
            {"c": {"t": "vulnerability"}, "l": "de-DE"}])
        py = run(events, "--field", "c.t", "--lang-field", "l",
                 "--customer", "enterprise")
        tool = subprocess.run([common.TOOL, "enrich", "--format", "jsonl",
                               "--field", "c.t", "--lang-field", "l",
                               "--lang", "en", "--customer", "enterprise"],
                              input=events, capture_output=True)
        a = [json.loads(x)["mssecref"] for x in py.stdout.splitlines()]
        b = [json.loads(x)["mssecref"] for x in tool.stdout.splitlines()]
        self.assertEqual(len(a), 5)
        for x, y in zip(a, b):
            self.assertEqual(x.get("id"), y.get("id"))
            if "id" in x:
                self.assertEqual(x, y)

    def test_mmexternal_answers_each_line_at_once(self):
        p = subprocess.Popen([sys.executable, SCRIPT, "--mmexternal",
                              "--field", "t"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
        try:
            for line, want in ((b' {"t":"phishing"}\n', "report-unsafe-site"),
                               (b"junk\n", None), (b"\n", None)):
                p.stdin.write(line)
                p.stdin.flush()
                ready, _, _ = select.select([p.stdout], [], [], 10)
                self.assertTrue(ready, "no answer to %r" % line)
                reply = json.loads(p.stdout.readline())
                if want:
                    self.assertEqual(list(reply), ["$!"])
                    self.assertEqual(reply["$!"]["mssecref"]["id"], want)
                elif line.strip():
                    self.assertIn("error", reply["$!"]["mssecref"])
                else:
                    self.assertEqual(reply, {})
        finally:
            p.stdin.close()
            p.wait(10)
            p.stdout.close()


if __name__ == "__main__":
    unittest.main()
