"""examples/python/enrich.py: every event out, in order, enriched or
flagged."""
import json
import os
import subprocess
import sys
import unittest

import common

SCRIPT = os.path.join(common.PYDIR, "enrich.py")


def run(lines, *args):
    data = "".join(lines).encode()
    return subprocess.run([sys.executable, SCRIPT] + list(args), input=data,
                          capture_output=True)


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


if __name__ == "__main__":
    unittest.main()
