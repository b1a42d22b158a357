"""How current an answer is: review dates in the tool and the binding,
with the day always given (MSSECREF_TODAY or --today): no test here
depends on today's date."""
import csv
import io
import json
import os
import subprocess
import unittest
import warnings

import common
import mssecref

BEFORE, DUE, AFTER = "2027-05-28", "2027-05-29", "2027-05-30"  # file-submission


def run(*args, env=None):
    e = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG="")
    e.pop("MSSECREF_TODAY", None)
    e.update(env or {})
    return subprocess.run([common.TOOL] + list(args), capture_output=True,
                          env=e)


class TestToolWarning(unittest.TestCase):
    def test_warning_past_review_by_env(self):
        r = run("route", "malware-sample", "--format", "json",
                env={"MSSECREF_TODAY": AFTER})
        self.assertEqual(r.returncode, 0)  # a warning, never a failure
        obj = json.loads(r.stdout)
        self.assertEqual(obj["review_by"], DUE)
        self.assertIs(obj["review_overdue"], True)
        self.assertIn(b"warning: contact 'file-submission' was due for "
                      b"review by 2027-05-29 (today is 2027-05-30", r.stderr)

    def test_no_warning_on_or_before_review_by(self):
        for day in (BEFORE, DUE):
            r = run("route", "malware-sample", "--format", "json",
                    "--today", day)
            self.assertEqual(r.returncode, 0)
            self.assertIs(json.loads(r.stdout)["review_overdue"], False)
            self.assertNotIn(b"warning", r.stderr)

    def test_option_wins_over_environment(self):
        r = run("show", "file-submission", "--today", BEFORE, "--format",
                "json", env={"MSSECREF_TODAY": AFTER})
        self.assertIs(json.loads(r.stdout)["review_overdue"], False)

    def test_csv_field_and_one_line_per_record(self):
        r = run("lookup", "--format", "csv", "--today", AFTER)
        self.assertEqual(r.returncode, 0)
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
        overdue = {row["id"] for row in rows if row["review_overdue"] == "true"}
        self.assertEqual(overdue, {"file-submission", "report-unsafe-site",
                                   "enterprise-support-services"})
        for row in rows:
            self.assertEqual(row["review_overdue"] == "true",
                             row["review_by"] < AFTER)
        self.assertEqual(r.stderr.count(b"warning: contact"), len(overdue))

    def test_export_field_and_one_warning_per_contact(self):
        r = run("export", "--format", "csv", "--today", AFTER)
        self.assertEqual(r.returncode, 0)
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
        self.assertTrue(rows)
        for row in rows:
            if row["key"] == "no-contact":  # the default row: no contact
                self.assertEqual(row["review_by"], "")
                continue
            self.assertEqual(row["review_overdue"] == "true",
                             row["review_by"] < AFTER, row["key"])
        self.assertEqual(r.stderr.count(b"warning: contact"), 2)
        r = run("export", "--format", "json", "--today", BEFORE)
        self.assertFalse(any(v["review_overdue"]
                             for v in json.loads(r.stdout).values()))
        self.assertEqual(r.stderr, b"")

    def test_enrich_warns_once_per_contact(self):
        e = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG="",
                 MSSECREF_TODAY=AFTER)
        r = subprocess.run([common.TOOL, "enrich", "--field", "c"],
                           input=b"c\nmalware\nmalware\nvulnerability\n",
                           capture_output=True, env=e)
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stdout.count(b"file-submission"), 2)
        self.assertEqual(r.stderr.count(b"warning: contact"), 1)
        self.assertIn(b"'file-submission'", r.stderr)

    def test_enrich_review_columns(self):
        # The field the issue asks for in CSV: per row, with the day given.
        events = b"c,note\nmalware,a\nvulnerability,b\nnonsense,c\n"
        for day, due in ((AFTER, ["true", "false", ""]),
                         (BEFORE, ["false", "false", ""])):
            r = subprocess.run([common.TOOL, "enrich", "--field", "c",
                                "--today", day], input=events,
                               capture_output=True,
                               env=dict(os.environ, LC_ALL="", LANG=""))
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
            self.assertEqual([x["mssecref_review_overdue"] for x in rows],
                             due, day)
            self.assertEqual([x["mssecref_review_by"] for x in rows],
                             [DUE, "2027-11-29", ""])
            self.assertEqual([x["note"] for x in rows], ["a", "b", "c"])
            self.assertIn("unknown name", rows[2]["mssecref_error"])
        # a column the input already has is filled in place
        r = subprocess.run([common.TOOL, "enrich", "--field", "c", "--today",
                            AFTER],
                           input=b"mssecref_review_overdue,c\n,malware\n",
                           capture_output=True, env=dict(os.environ))
        header, row = r.stdout.decode().splitlines()[:2]
        self.assertTrue(header.startswith("mssecref_review_overdue,c,"))
        self.assertTrue(row.startswith("true,malware,"))

    def test_export_successor_columns(self):
        r = run("export", "--format", "csv", "--columns",
                "key,successor_url,successor_evidence", "--today", BEFORE)
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = {x["key"]: x for x in
                csv.DictReader(io.StringIO(r.stdout.decode()))}
        for key in ("malware-sample|home|ja", "malware-sample|enterprise|en"):
            self.assertEqual(rows[key]["successor_url"],
                             "https://www.microsoft.com/wdsi/filesubmission")
            self.assertIn("not a move", rows[key]["successor_evidence"])
        self.assertEqual(rows["phishing|home|en"]["successor_url"],
                         "https://www.microsoft.com/wdsi/support/"
                         "report-unsafe-site")
        self.assertEqual(rows["vulnerability|home|en"]["successor_url"], "")
        r = run("export", "--format", "json", "--today", BEFORE)
        obj = json.loads(r.stdout)
        self.assertEqual(obj["malware-sample|home|en"]["successor_url"],
                         "https://www.microsoft.com/wdsi/filesubmission")

    def test_text_show_prints_dates(self):
        r = run("show", "enterprise-support-services", "--lang", "en",
                "--today", BEFORE)
        out = r.stdout.decode()
        self.assertRegex(out, r"(?m)^confirmed +2026-11-29$")
        self.assertRegex(out, r"(?m)^review_by +2027-05-29$")
        self.assertRegex(out, r"(?m)^successor_url +https://www\.microsoft"
                              r"\.com/en-us/microsoft-unified$")

    def test_version_prints_review_date_and_warns(self):
        r = run("--version", "--today", BEFORE)
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"(confirmed 2026-11-29, review by 2027-05-29)",
                      r.stdout)
        self.assertEqual(r.stderr, b"")
        r = run("--version", env={"MSSECREF_TODAY": "2030-01-01"})
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"warning: the catalogue was due for review by "
                      b"2027-05-29", r.stderr)

    def test_bad_option_date_is_a_usage_error(self):
        for day in ("2027-02-30", "tomorrow", "2027-02-29", "2100-02-29",
                    "2026-11-31"):
            r = run("route", "phishing", "--today", day)
            self.assertEqual(r.returncode, 2, day)
            self.assertIn(b"--today: not a date", r.stderr)
        r = run("--version", "--today", "x")
        self.assertEqual(r.returncode, 2)
        r = run("--today", "2027-02-29", "--version")
        self.assertEqual(r.returncode, 2)
        r = run("route", "phishing", "--today", "2028-02-29")  # a leap day
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_bad_env_date_warns_and_answers(self):
        # The environment is set once for many commands: a bad or empty
        # value warns, the clock decides, and every command still answers.
        for day in ("2027-5-1", "", "2027-02-29", "tomorrow"):
            env = {"MSSECREF_TODAY": day}
            r = run("route", "malware-sample", "--format", "json", env=env)
            self.assertEqual(r.returncode, 0, (day, r.stderr))
            self.assertIn(("warning: MSSECREF_TODAY is not a date "
                           "(YYYY-MM-DD): '%s'" % day).encode(), r.stderr)
            self.assertIsInstance(json.loads(r.stdout)["review_overdue"],
                                  bool)
            r = run("export", "--format", "csv", env=env)
            self.assertEqual(r.returncode, 0, (day, r.stderr))
            self.assertGreater(len(r.stdout.splitlines()), 100)
            self.assertEqual(r.stderr.count(b"MSSECREF_TODAY"), 1)
            r = run("--version", env=env)
            self.assertEqual(r.returncode, 0, (day, r.stderr))
            self.assertIn(b"review by 2027-05-29", r.stdout)
        # --today still wins over a bad environment, without a warning
        r = run("route", "malware-sample", "--format", "json", "--today",
                AFTER, env={"MSSECREF_TODAY": "bogus"})
        self.assertEqual(r.returncode, 0)
        self.assertIs(json.loads(r.stdout)["review_overdue"], True)
        self.assertNotIn(b"MSSECREF_TODAY", r.stderr)

    def test_today_before_version(self):
        for args in (["--today", AFTER, "--version"],
                     ["--today=" + AFTER, "--version"]):
            r = run(*args)
            self.assertEqual(r.returncode, 0, (args, r.stderr))
            self.assertIn(b"review by 2027-05-29", r.stdout)
            self.assertIn(b"warning: the catalogue was due for review by "
                          b"2027-05-29 (today is 2027-05-30)", r.stderr)
        r = run("--today", "--version")
        self.assertEqual(r.returncode, 2)


class TestEnrichPy(unittest.TestCase):
    def test_fields_and_one_warning_per_contact(self):
        e = dict(os.environ, MSSECREF_TODAY=AFTER)
        events = b'{"t": "malware"}\n{"t": "malware"}\n{"t": "cve"}\n'
        r = subprocess.run(["python3", os.path.join(common.PYDIR,
                                                    "enrich.py"),
                            "--field", "t"], input=events,
                           capture_output=True, env=e)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual([o["review_overdue"] for o in out],
                         [True, True, False])
        self.assertEqual(out[0]["review_by"], DUE)
        self.assertEqual(r.stderr.count(b"warning: contact"), 1)


class TestBinding(unittest.TestCase):
    def setUp(self):
        self.saved = os.environ.get("MSSECREF_TODAY")

    def tearDown(self):
        if self.saved is None:
            os.environ.pop("MSSECREF_TODAY", None)
        else:
            os.environ["MSSECREF_TODAY"] = self.saved

    def test_flag_follows_the_day(self):
        c = mssecref.contact("file-submission")
        self.assertEqual(c.review_by, DUE)
        self.assertFalse(c.review_overdue_on(DUE))
        self.assertTrue(c.review_overdue_on(AFTER))
        os.environ["MSSECREF_TODAY"] = AFTER
        self.assertTrue(c.review_overdue)
        self.assertTrue(c.as_dict()["review_overdue"])
        os.environ["MSSECREF_TODAY"] = BEFORE
        self.assertFalse(c.review_overdue)  # read when asked, not cached

    def test_cached_route_tells_its_age(self):
        os.environ["MSSECREF_TODAY"] = BEFORE
        c = mssecref.route("malware-sample", "en", "home")
        self.assertFalse(c.review_overdue)
        os.environ["MSSECREF_TODAY"] = AFTER
        self.assertTrue(mssecref.route("malware-sample", "en",
                                       "home").review_overdue)

    def test_bad_env_day_warns_and_falls_back(self):
        c = mssecref.contact("file-submission")
        for day in ("", "2027-5-1", "2027-02-29", "tomorrow", "二〇二七"):
            os.environ["MSSECREF_TODAY"] = day
            with warnings.catch_warnings(record=True) as seen:
                warnings.simplefilter("always")
                overdue = c.review_overdue
                d = c.as_dict()
                fallback = mssecref.today()
            self.assertIsInstance(overdue, bool)
            self.assertIsInstance(d["review_overdue"], bool)
            self.assertEqual(len(fallback), 10)
            self.assertNotEqual(fallback, day)
            self.assertTrue(seen)
            self.assertTrue(all(issubclass(w.category, RuntimeWarning)
                                and "MSSECREF_TODAY" in str(w.message)
                                for w in seen))
        os.environ["MSSECREF_TODAY"] = "2028-02-29"  # a leap day: no warning
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            self.assertEqual(mssecref.today(), "2028-02-29")
            self.assertTrue(c.review_overdue)

    def test_bad_day(self):
        c = mssecref.contact("file-submission")
        for day in ("2027-13-01", "", "2027-05-30\0", "二〇二七",
                    "2027-02-29", "2100-02-29", "2027-04-31"):
            with self.assertRaises(ValueError):
                c.review_overdue_on(day)
        with self.assertRaises(TypeError):
            c.review_overdue_on(20270530)

    def test_catalogue_dates(self):
        self.assertEqual(mssecref.catalogue_dates(BEFORE),
                         ("2026-11-29", DUE, False))
        self.assertEqual(mssecref.catalogue_dates(AFTER)[2], True)

    def test_second_check_fields(self):
        c = mssecref.contact("file-submission")
        self.assertEqual(c.results, ("signed-in", "email"))
        self.assertEqual(c.successor_url,
                         "https://www.microsoft.com/wdsi/filesubmission")
        self.assertIn("not a move", c.successor_evidence)
        ja = mssecref.contact("enterprise-support-services", lang="ja")
        en = mssecref.contact("enterprise-support-services", lang="en")
        self.assertEqual(ja.successor_url,
                         "https://www.microsoft.com/ja-jp/microsoft-unified")
        self.assertEqual(en.successor_url,
                         "https://www.microsoft.com/en-us/microsoft-unified")
        self.assertEqual(mssecref.route("abuse", "en", "home").sign_in,
                         ("contact-details",))
        scam_en = mssecref.route("tech-support-scam", "en", "home")
        scam_ja = mssecref.route("tech-support-scam", "ja", "home")
        self.assertEqual(scam_en.url, "https://www.microsoft.com/concern/scam")
        self.assertEqual(scam_ja.url,
                         "https://www.microsoft.com/ja-jp/concern/scam?rtc=1")
        self.assertFalse(scam_en.lang_fallback)


if __name__ == "__main__":
    unittest.main()
