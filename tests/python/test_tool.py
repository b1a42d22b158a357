"""The mssecref tool: every command, every format, parsed back with
Python's csv and json; enrich loses and changes no row; exit codes."""
import csv
import io
import json
import os
import subprocess
import unittest

import common


def run(*args, stdin=None, env=None):
    e = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG="")
    e.update(env or {})
    return subprocess.run([common.TOOL] + list(args), input=stdin,
                          capture_output=True, env=e)


class TestRoute(unittest.TestCase):
    def test_every_incident_language_customer(self):
        for incident, expected in common.POST_ANSWERS.items():
            for lang in ("ja", "en"):
                for customer in ("home", "enterprise"):
                    r = run("route", incident, "--lang", lang, "--customer",
                            customer, "--format", "json")
                    self.assertEqual(r.returncode, 0, r.stderr)
                    obj = json.loads(r.stdout)
                    self.assertEqual(obj["id"], expected)
                    self.assertEqual(obj["lang"], lang)
                    for key in ("id", "incident", "title", "summary", "url",
                                "url_as_published", "sign_in",
                                "results_returned", "lang", "lang_fallback"):
                        self.assertIn(key, obj)
                    self.assertIsInstance(obj["sign_in"], list)
                    self.assertIsInstance(obj["results_returned"], bool)

    def test_text_is_aligned_for_japanese(self):
        r = run("lookup", "product-support", "--lang", "ja")
        self.assertEqual(r.returncode, 0)
        lines = r.stdout.decode().splitlines()
        # the url column starts at the same terminal column on every row
        starts = []
        for line in lines[1:]:
            col = line.index("https://")
            width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line[:col])
            starts.append(width)
        self.assertEqual(len(set(starts)), 1, lines)

    def test_language_from_environment(self):
        r = run("route", "phishing", "--format", "json",
                env={"LANG": "ja_JP.UTF-8"})
        self.assertEqual(json.loads(r.stdout)["lang"], "ja")
        r = run("route", "phishing", "--format", "json",
                env={"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"})
        self.assertEqual(json.loads(r.stdout)["lang"], "en")
        r = run("route", "phishing", "--format", "json", "--lang", "ja",
                env={"LC_ALL": "en_US.UTF-8"})
        self.assertEqual(json.loads(r.stdout)["lang"], "ja")

    def test_jsonl_is_ecs_shaped(self):
        r = run("route", "c2-server", "--format", "jsonl")
        obj = json.loads(r.stdout)
        self.assertEqual(obj["event"]["kind"], "enrichment")
        self.assertEqual(obj["event"]["reference"],
                         "https://msrc.microsoft.com/report/abuse")
        self.assertEqual(obj["mssecref"]["id"], "report-abuse")

    def test_csv_route(self):
        r = run("route", "vulnerability", "--format", "csv", "--lang", "ja")
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["id"], "msrc-vulnerability-report")


class TestCommands(unittest.TestCase):
    def test_list_and_show(self):
        r = run("list", "--format", "json")
        ids = [c["id"] for c in json.loads(r.stdout)]
        self.assertEqual(len(ids), 13)
        for cid in ids:
            r = run("show", cid, "--format", "json", "--lang", "ja")
            self.assertEqual(r.returncode, 0)
            self.assertEqual(json.loads(r.stdout)["id"], cid)

    def test_lookup_priority(self):
        r = run("lookup", "product-support", "--customer", "enterprise",
                "--format", "json")
        self.assertEqual([c["id"] for c in json.loads(r.stdout)],
                         ["microsoft-support", "technet-forums",
                          "enterprise-support-services"])

    def test_incidents_lists_every_alias_with_vocabulary(self):
        r = run("incidents", "--format", "json")
        rows = json.loads(r.stdout)
        by = {x["name"]: x for x in rows}
        self.assertEqual(by["phishing"]["alternatives"], ["cloud-abuse"])
        self.assertIn("msrc-abuse", by["PORT_SCAN"]["vocabularies"])
        for inc in common.INCIDENTS:
            self.assertIn(inc, by)
        for x in rows:
            self.assertTrue(x["vocabularies"])

    def test_version_and_help(self):
        r = run("--version")
        self.assertIn(b"libmssecref 1.2.0", r.stdout)
        self.assertEqual(run("--help").returncode, 0)
        for cmd in ("route", "lookup", "list", "show", "incidents", "export",
                    "enrich", "hosted", "suffixes"):
            r = run(cmd, "--help")
            self.assertEqual(r.returncode, 0)
            self.assertIn(b"usage: mssecref " + cmd.encode(), r.stdout)


class TestExport(unittest.TestCase):
    def check_rows(self, rows):
        self.assertGreater(len(rows), 8 * 2 * 2)
        keys = {r["key"] for r in rows}
        for inc in common.INCIDENTS:
            for cust in ("home", "enterprise"):
                for lang in ("ja", "en"):
                    self.assertIn("%s|%s|%s" % (inc, cust, lang), keys)
        for r in rows:
            if r["name"] in common.POST_ANSWERS:
                self.assertEqual(r["id"], common.POST_ANSWERS[r["name"]])

    def test_csv(self):
        r = run("export", "--format", "csv")
        self.check_rows(list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                                        newline=""))))

    def test_json_dictionary(self):
        r = run("export", "--format", "json")
        d = json.loads(r.stdout)
        self.check_rows(list(d.values()))
        self.assertEqual(d["phishing|home|ja"]["id"], "report-unsafe-site")

    def test_jsonl(self):
        r = run("export", "--format", "jsonl")
        rows = [json.loads(line)["mssecref"]
                for line in r.stdout.decode().splitlines()]
        self.check_rows(rows)

    def test_columns_for_translate(self):
        r = run("export", "--format", "csv", "--columns", "key,url",
                "--no-header")
        rows = list(csv.reader(io.StringIO(r.stdout.decode(), newline="")))
        self.assertTrue(all(len(x) == 2 for x in rows))
        self.assertIn(["c2-server|enterprise|en",
                       "https://msrc.microsoft.com/report/abuse"], rows)
        self.assertEqual(run("export", "--format", "csv", "--columns",
                             "key,nope").returncode, 2)

    def shell(self, pipeline):
        r = subprocess.run(["sh", "-c", pipeline.replace("mssecref ",
                                                          common.TOOL + " ")],
                           capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout.decode()

    def test_readme_elasticsearch_bulk_snippet(self):
        out = self.shell("mssecref export --format jsonl | "
                         "sed 's/^/{\"index\":{}}\\n/'")
        lines = out.splitlines()
        self.assertEqual(len(lines) % 2, 0)
        for action, doc in zip(lines[0::2], lines[1::2]):
            self.assertEqual(json.loads(action), {"index": {}})
            self.assertIn("|", json.loads(doc)["mssecref"]["key"])

    def test_readme_syslog_ng_snippet(self):
        out = self.shell("mssecref export --format csv --columns key,url "
                         "--no-header | sed 's/,/,mssecref.url,/'")
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertGreater(len(rows), 200)
        for key, name, url in rows:
            self.assertEqual(name, "mssecref.url")
            self.assertEqual(key.count("|"), 2)
            self.assertTrue(url.startswith("https://"))

    def test_export_needs_a_machine_format(self):
        self.assertEqual(run("export").returncode, 2)
        self.assertEqual(run("export", "--format", "text").returncode, 2)


HOSTILE_CSV = (
    'id,category,note,lang,customer\r\n'
    '1,phishing,"a, ""quoted""\nmulti-line",ja,home\r\n'
    '2,nonsense,x,en,\r\n'
    '3,C2_SERVER,,de-DE,enterprise\r\n'
    '4\r\n'
    '5,vulnerability,"%s%n\x1b[31m",ja JP,\r\n'
    '6,malware,"",en,robot\r\n'
    '7,PORT_SCAN,"=cmd|\' /C calc\'!A0",,home\r\n'
    '8,' + 'x' * 100000 + ',,,\r\n'
)


class TestEnrich(unittest.TestCase):
    def enrich(self, data, *args):
        return run("enrich", "--field", "category", *args,
                   stdin=data.encode())

    def test_every_row_kept_in_order_fields_unchanged(self):
        r = self.enrich(HOSTILE_CSV, "--lang-field", "lang",
                        "--customer-field", "customer")
        self.assertEqual(r.returncode, 0, r.stderr)
        inp = list(csv.reader(io.StringIO(HOSTILE_CSV, newline="")))
        out = list(csv.reader(io.StringIO(r.stdout.decode(), newline="")))
        self.assertEqual(len(out), len(inp))
        width = len(inp[0])
        for a, b in zip(inp, out):
            self.assertEqual(b[:len(a)], a)  # same fields, same meaning
            self.assertEqual(b[len(a):width], [""] * (width - len(a)))
            self.assertEqual(len(b), width + 10)  # 8, and 2 review columns
        header = out[0]
        rows = [dict(zip(header, row)) for row in out[1:]]
        self.assertEqual(rows[0]["mssecref_id"], "report-unsafe-site")
        self.assertEqual(rows[0]["mssecref_error"], "")
        self.assertIn("nonsense", rows[1]["mssecref_error"])
        self.assertEqual(rows[1]["mssecref_id"], "")
        self.assertEqual(rows[2]["mssecref_id"], "report-abuse")
        self.assertIn("shorter", rows[3]["mssecref_error"])
        self.assertIn("language", rows[4]["mssecref_error"])
        self.assertIn("customer", rows[5]["mssecref_error"])
        self.assertEqual(rows[6]["mssecref_id"], "report-abuse")
        self.assertIn("incident", rows[7]["mssecref_error"])

    def test_splunk_external_lookup_fills_columns_in_place(self):
        r = self.enrich("category,mssecref_url,mssecref_id\n"
                        "phishing,,\nnope,,\n")
        out = list(csv.reader(io.StringIO(r.stdout.decode(), newline="")))
        self.assertEqual(out[0][:3], ["category", "mssecref_url",
                                      "mssecref_id"])
        self.assertEqual(out[0].count("mssecref_url"), 1)
        self.assertEqual(len(out[0]), len(out[1]))
        self.assertTrue(out[1][1].startswith("https://"))
        self.assertEqual(out[1][2], "report-unsafe-site")
        self.assertEqual(out[2][1:3], ["", ""])

    def test_lf_input_keeps_lf(self):
        r = self.enrich("category\nphishing\nspam\n")
        self.assertEqual(r.stdout.count(b"\r"), 0)
        self.assertEqual(len(r.stdout.splitlines()), 3)

    def test_missing_column_suggests(self):
        r = self.enrich("categroy\nphishing\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"did you mean: categroy", r.stderr)

    def test_unterminated_quote_is_an_input_error_row_kept(self):
        r = self.enrich('category,note\nphishing,"open\n')
        self.assertEqual(r.returncode, 3)
        rows = list(csv.reader(io.StringIO(r.stdout.decode(), newline="")))
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[1][:2], ["phishing", "open\n"])
        self.assertIn(b"quoted field", r.stderr)

    def test_empty_input(self):
        self.assertEqual(self.enrich("").returncode, 3)


class TestObservables(unittest.TestCase):
    def test_route_by_url_host_email(self):
        cases = [
            (["--url", "https://tenant.blob.core.windows.net/x/login.html"],
             "report-abuse", True),
            (["--url", "https://anything-else.example/"],
             "report-unsafe-site", False),
            (["--url", "https://www.microsoft.com@evil.example/"],
             "report-unsafe-site", False),
            (["--host", "phish.azurewebsites.net"], "report-abuse", True),
            (["--host", "evilazurewebsites.net"], "report-unsafe-site", False),
            (["--email", "ceo@contoso.onmicrosoft.com"], "report-abuse", True),
        ]
        for args, expected, hosted in cases:
            r = run("route", "phishing", "--format", "json", *args)
            self.assertEqual(r.returncode, 0, r.stderr)
            obj = json.loads(r.stdout)
            self.assertEqual(obj["id"], expected, args)
            self.assertIs(obj["hosted_at_microsoft"], hosted)

    def test_route_observable_errors(self):
        self.assertEqual(run("route", "phishing", "--url", "https://a..b/")
                         .returncode, 2)
        self.assertEqual(run("route", "phishing", "--url", "x", "--host", "y")
                         .returncode, 2)
        self.assertEqual(run("lookup", "phishing", "--url", "x").returncode, 2)

    def test_hosted_kinds(self):
        r = run("hosted", "https://octocat.github.io/", "--format", "json")
        self.assertEqual(r.returncode, 1)  # a subsidiary: not Microsoft's
        obj = json.loads(r.stdout)
        self.assertIs(obj["hosted_at_microsoft"], False)
        self.assertEqual((obj["suffix"], obj["hosting"], obj["source"]),
                         ("github.io", "subsidiary", "psl"))
        r = run("hosted", "x@hotmail.co.uk", "--format", "csv")
        self.assertEqual(r.returncode, 0)
        row = next(csv.DictReader(io.StringIO(r.stdout.decode())))
        self.assertEqual((row["hosting"], row["source"]), ("mail", "list"))
        self.assertIn("lots-project", row["source_text"])
        r = run("hosted", "attachments.office.net")
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"customer-content", r.stdout)
        self.assertIn(b"endpoint IDs 50 and 78", r.stdout)

    def test_route_hosting_fields(self):
        r = run("route", "phishing", "--format", "json", "--url",
                "https://www.linkedin.com/x")
        obj = json.loads(r.stdout)
        self.assertEqual((obj["id"], obj["hosting"], obj["hosted_suffix"]),
                         ("report-unsafe-site", "subsidiary", "linkedin.com"))
        self.assertIs(obj["hosted_at_microsoft"], False)
        r = run("route", "phishing", "--format", "json", "--url",
                "https://app.happyhill-1234.eastus.azurecontainerapps.io/")
        obj = json.loads(r.stdout)
        self.assertEqual((obj["id"], obj["hosting"]),
                         ("report-abuse", "customer-content"))
        self.assertIn("container-apps", obj["hosted_source_text"])

    def test_route_subsidiary_cloud_abuse(self):
        # never Microsoft's abuse report for GitHub or LinkedIn
        for args in (("--host", "x.github.io"),
                     ("--url", "https://www.linkedin.com/in/x")):
            r = run("route", "cloud-abuse", *args)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, b"")
            self.assertIn(b"runs its own abuse process", r.stderr)
            self.assertIn(b"report it to that company", r.stderr)
        data = ("category,url\n"
                "c2-server,https://raw.githubusercontent.com/a/b\n"
                "c2-server,https://x.blob.core.windows.net/\n"
                "phishing,https://x.github.io/\n")
        r = run("enrich", "--field", "category", "--url-field", "url",
                stdin=data.encode())
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                               newline="")))
        self.assertEqual([x["mssecref_id"] for x in rows],
                         ["", "report-abuse", "report-unsafe-site"])
        self.assertEqual([x["mssecref_hosting"] for x in rows],
                         ["subsidiary", "customer-content", "subsidiary"])
        self.assertIn("own abuse process", rows[0]["mssecref_error"])

    def test_suffixes_command(self):
        r = run("suffixes", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = json.loads(r.stdout)
        by = {x["suffix"]: x for x in rows}
        self.assertEqual(by["github.io"]["hosting"], "subsidiary")
        self.assertEqual(by["sharepoint.com"]["source"], "service")
        self.assertIn("endpoint ID 31", by["sharepoint.com"]["source_text"])
        r = run("suffixes", "--format", "csv")
        self.assertEqual(len(list(csv.DictReader(io.StringIO(
            r.stdout.decode())))),
                         len(rows))
        r = run("suffixes")
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"*.azurecontainer.io", r.stdout)
        self.assertNotIn(b"source_text", r.stdout)

    def test_hosted(self):
        r = run("hosted", "x.blob.core.windows.net", "--format", "json")
        self.assertEqual(r.returncode, 0)
        obj = json.loads(r.stdout)
        self.assertEqual((obj["suffix"], obj["source"]),
                         ("blob.core.windows.net", "psl"))
        self.assertEqual(run("hosted", "evilazurewebsites.net").returncode, 1)
        self.assertEqual(run("hosted", "1.2.3.4").returncode, 1)
        self.assertEqual(run("hosted", "a..b").returncode, 2)
        self.assertEqual(run("hosted", "mіcrosoft.com").returncode, 2)
        self.assertEqual(run("hosted").returncode, 2)

    def test_enrich_url_field(self):
        data = ("category,url\n"
                "phishing,https://x.azurewebsites.net/login\n"
                "phishing,https://evil.example/\n"
                "phishing,\n"
                "phishing,https://a..b/\n"
                "phishing,https://octocat.github.io/\n"
                "phishing,someone@hotmail.co.uk\n")
        r = run("enrich", "--field", "category", "--url-field", "url",
                stdin=data.encode())
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                               newline="")))
        self.assertEqual(len(rows), 6)
        self.assertEqual([x["mssecref_id"] for x in rows],
                         ["report-abuse", "report-unsafe-site",
                          "report-unsafe-site", "", "report-unsafe-site",
                          "report-abuse"])
        self.assertEqual([x["mssecref_hosted"] for x in rows],
                         ["true", "false", "false", "", "false", "true"])
        self.assertEqual([x["mssecref_hosting"] for x in rows],
                         ["customer-content", "", "", "", "subsidiary",
                          "mail"])
        r = run("enrich", "--field", "category", stdin=data.encode())
        self.assertNotIn(b"mssecref_hosting", r.stdout)
        self.assertIn("malformed", rows[3]["mssecref_error"])
        self.assertEqual(rows[0]["url"], "https://x.azurewebsites.net/login")


class TestExitCodes(unittest.TestCase):
    def test_codes(self):
        self.assertEqual(run("route", "phishing").returncode, 0)
        r = run("route", "phising")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"did you mean: phishing", r.stderr)
        self.assertEqual(run("show", "nope").returncode, 1)
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("route").returncode, 2)
        self.assertEqual(run("bogus").returncode, 2)
        self.assertEqual(run("route", "phishing", "--format", "xml")
                         .returncode, 2)
        self.assertEqual(run("route", "phishing", "--lang", "ja JP")
                         .returncode, 2)
        self.assertEqual(run("route", "phishing", "--customer", "robot")
                         .returncode, 2)
        self.assertEqual(run("route", "cloud-abuse", "--customer",
                             "developer").returncode, 1)

    def test_full_disk_is_an_error(self):
        for args in (["route", "phishing"], ["export", "--format", "csv"],
                     ["list"]):
            with open("/dev/full", "wb") as full:
                r = subprocess.run([common.TOOL] + args, stdout=full,
                                   stderr=subprocess.PIPE)
            self.assertEqual(r.returncode, 3, args)
            self.assertIn(b"write error", r.stderr)

    def test_hostile_arguments(self):
        for bad in ("", "%s%n", "\x1b[31m", "a" * 70000, "phishing,spam",
                    'x"y', "ja\nJP", "\xff"):
            r = run("route", bad)
            self.assertIn(r.returncode, (1, 2))
            self.assertNotIn(b"\x1b", r.stderr)
            r = run("route", "phishing", "--lang", bad)
            self.assertIn(r.returncode, (0, 2))
            r = run("show", bad)
            self.assertIn(r.returncode, (1, 2))


if __name__ == "__main__":
    unittest.main()
