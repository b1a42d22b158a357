"""Vocabularies through the tool and the binding: qualified names, the
"known, no Microsoft contact" answer and its exit status and exception,
every value of a vocabulary in every format, sets in any order."""
import csv
import io
import itertools
import json
import os
import subprocess
import unittest

import common
import mssecref

VOCABULARIES = ["rsit", "intelmq", "ecs", "ms-graph", "ms-defender",
                "msrc-abuse"]


def run(*args):
    e = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG="")
    return subprocess.run([common.TOOL] + list(args), capture_output=True,
                          env=e)


def reference_pairs():
    path = os.path.join(common.ROOT, "tests", "data", "vocab-values.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                voc, _field, value, _rewrite = line.rstrip("\n").split("\t")
                yield voc, value


class TestToolVocabulary(unittest.TestCase):
    def test_graph_unknown_is_known_without_contact(self):
        r = run("route", "ms-graph:unknown", "--format", "json")
        self.assertEqual(r.returncode, 4, r.stderr)
        obj = json.loads(r.stdout)
        self.assertEqual(obj["answer"], "known, no Microsoft contact")
        self.assertIn("triage", obj["reason"])
        r = run("route", "unknown", "--vocabulary", "ms-graph", "--lang",
                "ja", "--format", "json")
        self.assertEqual(r.returncode, 4)
        self.assertIn("判定", json.loads(r.stdout)["reason"])
        # unqualified, today's meaning stays
        r = run("route", "unknown", "--format", "json")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout)["id"], "microsoft-support")

    def test_msrc_abuse_malware_is_the_abuse_report(self):
        for args in (["msrc-abuse:MALWARE"],
                     ["MALWARE", "--vocabulary", "msrc-abuse"],
                     ['rsit:malicious-code="c2-server"']):
            r = run("route", *args, "--format", "json")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(json.loads(r.stdout)["id"], "report-abuse")

    def test_typo_and_bad_qualifier_differ_from_no_contact(self):
        r = run("route", "falsePositve")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"did you mean", r.stderr)
        r = run("route", "nope:phishing")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"unknown vocabulary qualifier", r.stderr)
        r = run("route", "phishing", "--vocabulary", "nope")
        self.assertEqual(r.returncode, 2)
        r = run("list", "--vocabulary", "rsit")
        self.assertEqual(r.returncode, 2)

    def test_lookup_in_a_vocabulary(self):
        r = run("lookup", "Phishing", "--vocabulary", "msrc-abuse",
                "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)[0]["id"], "report-abuse")
        r = run("lookup", "test", "--vocabulary", "rsit")
        self.assertEqual(r.returncode, 4)

    def test_incidents_lists_every_reference_value(self):
        pairs = list(reference_pairs())
        for voc in VOCABULARIES:
            r = run("incidents", "--vocabulary", voc, "--format", "json")
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = json.loads(r.stdout)
            names = {row["name"] for row in rows}
            for v, value in pairs:
                if v == voc:
                    self.assertIn(value, names, (voc, value))
            for row in rows:
                self.assertEqual(row["vocabulary"], voc)
                self.assertIn(row["basis"], ("source", "judgement"))
                if row["answer"] == "incident":
                    self.assertIn(row["incident"], common.INCIDENTS)
                    self.assertTrue(row["url"].startswith("https://"))
                    self.assertEqual(row["reason"], "")
                else:
                    self.assertEqual(row["answer"], "no-contact")
                    self.assertEqual(row["incident"], "")
                    self.assertTrue(row["reason"])
                if voc == "msrc-abuse":
                    self.assertEqual(row["contact"], "report-abuse")

    def test_incidents_formats_agree(self):
        j = json.loads(run("incidents", "--vocabulary", "intelmq",
                           "--format", "json").stdout)
        lines = run("incidents", "--vocabulary", "intelmq", "--format",
                    "jsonl").stdout.decode().splitlines()
        rows = list(csv.DictReader(io.StringIO(run(
            "incidents", "--vocabulary", "intelmq", "--format",
            "csv").stdout.decode())))
        text = run("incidents", "--vocabulary", "intelmq").stdout.decode()
        self.assertEqual(len(j), len(lines))
        self.assertEqual(len(j), len(rows))
        self.assertEqual([r["name"] for r in rows], [r["name"] for r in j])
        self.assertEqual(len(text.splitlines()), len(j) + 1)
        self.assertGreaterEqual(len(j), 76)


class TestBindingVocabulary(unittest.TestCase):
    def test_out_of_scope_is_its_own_exception(self):
        with self.assertRaises(mssecref.OutOfScopeError) as cm:
            mssecref.route("ms-graph:falsePositive")
        self.assertIsInstance(cm.exception, mssecref.MssecrefError)
        self.assertEqual(cm.exception.status, -10)
        self.assertTrue(cm.exception.reason_en)
        self.assertTrue(cm.exception.reason_ja)
        with self.assertRaises(mssecref.MssecrefError) as cm:
            mssecref.route("falsePositve")
        self.assertNotIsInstance(cm.exception, mssecref.OutOfScopeError)
        with self.assertRaises(mssecref.MssecrefError) as cm:
            mssecref.route("nope:phishing")
        self.assertEqual(cm.exception.status, -11)

    def test_vocabulary_argument(self):
        self.assertEqual(mssecref.route("MALWARE",
                                        vocabulary="msrc-abuse").id,
                         "report-abuse")
        self.assertEqual(mssecref.route("MALWARE").id, "file-submission")
        with self.assertRaises(mssecref.OutOfScopeError):
            mssecref.route("unknown", vocabulary="ms-graph")
        with self.assertRaises(ValueError):
            mssecref.route("phishing", vocabulary="nope")

    def test_every_reference_pair_has_a_deliberate_answer(self):
        by_voc = {v: {x.name: x for x in mssecref.values(v)}
                  for v in VOCABULARIES}
        n = 0
        for voc, value in reference_pairs():
            x = by_voc[voc][value]
            try:
                c = mssecref.route(value, vocabulary=voc)
                self.assertEqual(x.incident, c.incident)
            except mssecref.OutOfScopeError as e:
                self.assertIsNone(x.incident)
                self.assertEqual(e.reason_en, x.reason_en)
                self.assertEqual(mssecref.reason(value, voc), x.reason_en)
            n += 1
        self.assertGreaterEqual(n, 280)

    def test_set_in_any_order(self):
        ecs = ["intrusion_detection", "malware", "web"]
        answers = set()
        for p in itertools.permutations(ecs):
            c = mssecref.route(list(p), vocabulary="ecs", lang="ja")
            self.assertEqual(p[c.decided], "web")
            self.assertTrue(c.disagree)
            answers.add((c.id, c.url, c.lang))
        self.assertEqual(len(answers), 1)
        c = mssecref.route(("malware", None, "", "nope"))
        self.assertEqual(c.id, "file-submission")
        self.assertEqual(c.decided, 0)
        with self.assertRaises(mssecref.OutOfScopeError):
            mssecref.route(["test", "ms-graph:notMalicious"])
        with self.assertRaises(mssecref.MssecrefError):
            mssecref.route(["malware"] * 65)
        with self.assertRaises(TypeError):
            mssecref.route(["malware", 3])
