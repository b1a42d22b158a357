"""The mssecref tool: every command, every format, parsed back with
Python's csv and json; enrich loses and changes no row; exit codes."""
import csv
import io
import json
import os
import select
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
        self.assertIn(b"libmssecref " + common.VERSION.encode(), r.stdout)
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
            key = json.loads(doc)["mssecref"]["key"]
            self.assertTrue("|" in key or key == "no-contact", key)

    def test_readme_syslog_ng_snippet(self):
        out = self.shell("mssecref export --format syslog-ng")
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertGreater(len(rows), 600)
        names = set()
        for key, name, value in rows:
            names.add(name)
            self.assertTrue(key == "no-contact" or key.count("|") == 2, key)
            if name == "mssecref.url" and key != "no-contact":
                self.assertTrue(value.startswith("https://"))
        self.assertEqual(names, {"mssecref.id", "mssecref.title",
                                 "mssecref.url"})
        self.assertIn(["no-contact", "mssecref.id", "none"], rows)
        # syslog-ng refuses a line without its third column
        self.assertNotIn("\n", "".join(x for x in out.splitlines()
                                        if x.endswith(",")))

    def test_keys_are_folded_and_unique(self):
        r = run("export", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                               newline="")))
        keys = [x["key"] for x in rows]
        self.assertEqual(len(keys), len(set(keys)))
        for k in keys:
            self.assertEqual(k, k.lower())
            self.assertNotIn("_", k)
            self.assertNotIn(" ", k)
        for k in ("intrusion-attempt|enterprise|en", "botnet-drone|home|ja",
                  "unwantedsoftware|enterprise|en",
                  "intrusion-detection|home|en", "no-contact"):
            self.assertIn(k, keys)
        last = rows[-1]
        self.assertEqual((last["key"], last["id"], last["url"]),
                         ("no-contact", "none", ""))
        # every key answers what the library answers for its name
        for x in rows[:-1]:
            name, cust, lang = x["key"].split("|")
            r = run("route", name, "--customer", cust, "--lang", lang,
                    "--format", "json") if x is rows[0] else None
            if r is not None:
                self.assertEqual(json.loads(r.stdout)["id"], x["id"])

    def test_vocabulary_qualified_keys(self):
        for voc in ("ecs", "rsit", "ms-graph"):
            r = run("export", "--format", "csv", "--vocabulary", voc)
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                                   newline="")))
            keys = [x["key"] for x in rows]
            self.assertEqual(len(keys), len(set(keys)))
            self.assertEqual(keys[-1], "no-contact")
            seen = set()
            for x in rows[:-1]:
                name, cust, lang = x["key"].split("|")
                self.assertTrue(name.startswith(voc + ":"), name)
                if (name, cust) in seen or lang != "en":
                    continue
                seen.add((name, cust))
                # the qualified key is a name the library reads as it is
                q = run("route", name, "--customer", cust, "--lang", lang,
                        "--format", "json")
                self.assertEqual(json.loads(q.stdout)["id"], x["id"], name)

    def test_rsyslog_lookup_table(self):
        r = run("export", "--format", "rsyslog")
        self.assertEqual(r.returncode, 0, r.stderr)
        t = json.loads(r.stdout)
        self.assertEqual((t["version"], t["type"]), (1, "string"))
        self.assertEqual(json.loads(t["nomatch"])["id"], "none")
        index = {x["index"]: json.loads(x["value"]) for x in t["table"]}
        self.assertEqual(len(index), len(t["table"]))
        self.assertEqual(index["phishing|enterprise|ja"]["id"],
                         "report-unsafe-site")
        self.assertEqual(set(index["c2-server|home|en"]),
                         {"id", "title", "url"})
        r = run("export", "--format", "rsyslog", "--columns", "url")
        t = json.loads(r.stdout)
        self.assertTrue(all(x["value"].startswith("https://")
                            for x in t["table"]))
        self.assertEqual(t["nomatch"], "")

    def test_export_needs_a_machine_format(self):
        self.assertEqual(run("export").returncode, 2)
        self.assertEqual(run("export", "--format", "text").returncode, 2)
        self.assertEqual(run("export", "--format", "mmexternal").returncode,
                         2)
        self.assertEqual(run("route", "phishing", "--format", "rsyslog")
                         .returncode, 2)
        self.assertEqual(run("enrich", "--field", "x", "--format", "json")
                         .returncode, 2)


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

    def test_byte_order_mark_is_dropped(self):
        r = run("enrich", "--field", "category",
                stdin="\ufeffcategory,url\r\nphishing,x\r\n".encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse(r.stdout.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                               newline="")))
        self.assertEqual(rows[0]["mssecref_id"], "report-unsafe-site")

    def test_header_names_are_trimmed(self):
        r = run("enrich", "--field", "category", "--url-field", "url",
                stdin=b"id, category , url\n1, phishing,"
                b"https://x.azurewebsites.net/\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = list(csv.reader(io.StringIO(r.stdout.decode(), newline="")))
        self.assertEqual(rows[0][:3], ["id", " category ", " url"])
        # the value keeps its bytes: " phishing" is not a name
        self.assertIn("incident", rows[1][-1])

    def test_blank_lines_pass_through(self):
        data = "\ncategory\nphishing\n\nspam\n\r\n"
        r = self.enrich(data)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.decode().split("\n")
        self.assertEqual(lines[0], "")
        self.assertEqual(lines[3], "")
        self.assertTrue(lines[2].startswith("phishing,report-unsafe-site"))
        self.assertTrue(lines[4].startswith("spam,report-abuse"))
        self.assertEqual(lines[5], "\r")
        self.assertNotIn("mssecref_error", lines[3])


class TestEnrichMultivalue(unittest.TestCase):
    def test_splunk_multivalue_cell_is_a_set(self):
        data = ('category,n\n"malware\nintrusion_detection",1\n'
                '"intrusion_detection\r\nmalware",2\nmalware,3\n'
                '"\n\n",4\n')
        r = run("enrich", "--field", "category", "--vocabulary", "ecs",
                stdin=data.encode())
        rows = list(csv.DictReader(io.StringIO(r.stdout.decode(),
                                               newline="")))
        self.assertEqual([x["mssecref_id"] for x in rows],
                         ["file-submission"] * 3 + [""])
        self.assertIn("empty set", rows[3]["mssecref_error"])


class TestStreaming(unittest.TestCase):
    """Each answer comes before the next line is written: Splunk's external
    lookups, omprog and mmexternal wait for it."""

    def converse(self, args, first, lines):
        p = subprocess.Popen([common.TOOL] + args, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
        answers = []
        try:
            for line in ([first] if first else []) + lines:
                p.stdin.write(line)
                p.stdin.flush()
                ready, _, _ = select.select([p.stdout], [], [], 10)
                self.assertTrue(ready, "no answer to %r" % line)
                answers.append(p.stdout.readline())
        finally:
            p.stdin.close()
            p.wait(10)
            p.stdout.close()
        return answers

    def test_csv(self):
        out = self.converse(["enrich", "--field", "category"],
                            b"category\n", [b"phishing\n", b"spam\n"])
        self.assertTrue(out[1].startswith(b"phishing,report-unsafe-site"))

    def test_jsonl_and_mmexternal(self):
        ev = [b'{"classification.type":"phishing"}\n', b"junk\n", b"\n"]
        out = self.converse(["enrich", "--format", "jsonl", "--field",
                             "classification.type"], None, ev)
        self.assertEqual(json.loads(out[0])["mssecref"]["id"],
                         "report-unsafe-site")
        self.assertEqual(out[1:], [b"junk\n", b"\n"])
        out = self.converse(["enrich", "--format", "mmexternal", "--field",
                             "classification.type"], None, ev)
        self.assertEqual(json.loads(out[0]), {"$!": {"mssecref": json.loads(
            self.converse(["enrich", "--format", "jsonl", "--field",
                           "classification.type"], None, ev[:1])[0])
            ["mssecref"]}})
        self.assertIn("error", json.loads(out[1])["$!"]["mssecref"])
        self.assertEqual(json.loads(out[2]), {})


class TestEnrichJsonl(unittest.TestCase):
    def enrich(self, data, *args):
        return run("enrich", "--format", "jsonl", *args, stdin=data)

    def test_intelmq_flat_and_ecs_nested(self):
        data = (b'{"classification.type": "PHISHING", "raw": "x"}\n'
                b'{"event": {"category": ["host", "malware"], "kind": "alert"}}\n'
                b'{"event": {"category": ["malware", "host"]}}\n'
                b'{"classification": {"type": "c2-server"}}\n')
        r = self.enrich(data, "--field", "classification.type")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.splitlines()
        self.assertEqual(len(out), 4)
        first = json.loads(out[0])
        self.assertEqual(first["mssecref"]["id"], "report-unsafe-site")
        # the event's own bytes, then the one added member
        self.assertTrue(out[0].startswith(
            b'{"classification.type": "PHISHING", "raw": "x"'))
        self.assertEqual(json.loads(out[3])["mssecref"]["id"], "report-abuse")
        r = self.enrich(data, "--field", "event.category")
        out = [json.loads(x) for x in r.stdout.splitlines()]
        self.assertEqual(out[1]["mssecref"], out[2]["mssecref"])  # a set
        self.assertEqual(out[1]["mssecref"]["incident"], "malware-sample")
        self.assertEqual(out[1]["event"]["reference"],
                         out[1]["mssecref"]["url"])
        self.assertEqual(out[1]["event"]["kind"], "alert")
        self.assertIn("error", out[0]["mssecref"])

    def test_bad_lines_pass_through_unchanged(self):
        bad = [b"not json", b"[1,2]", b'{"a":1', b'{"t":"\xff"}',
               b'{"t":"x"}\x00', b"[" * 10000 + b"]" * 10000,
               b'{"t":NaN}']
        good = b'{"t":"spam"}'
        data = b"\n".join(x for b in bad for x in (b, good)) + b"\n"
        r = self.enrich(data, "--field", "t")
        self.assertEqual(r.returncode, 3)
        out = r.stdout.split(b"\n")
        self.assertEqual(len(out), 2 * len(bad) + 1)
        for i, b in enumerate(bad):
            self.assertEqual(out[2 * i], b)
            self.assertEqual(json.loads(out[2 * i + 1])["mssecref"]["id"],
                             "report-abuse")
        self.assertIn(b"line 1", r.stderr)

    def test_hostile_values(self):
        data = (b'{"t":"phishing","t":"c2-server"}\n'
                b'{"t":1e999999999999}\n'
                b'{"t":"\\u0070hishing"}\n'
                b'{"t":"ph\\u0000ishing"}\n'
                b'{"t":["x", 1, null, {"a":1}, "c2_SERVER"]}\n'
                b'{"t":[]}\n'
                b'{"mssecref":"old","t":"spam","mssecref":{"x":1}}\n'
                b'{}\n')
        r = self.enrich(data, "--field", "t")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual(out[0]["id"], "report-abuse")  # the last key
        self.assertIn("not a string", out[1]["error"])
        self.assertEqual(out[2]["id"], "report-unsafe-site")
        self.assertIn("NUL", out[3]["error"])
        self.assertEqual(out[4]["id"], "report-abuse")
        self.assertIn("empty", out[5]["error"])
        self.assertEqual(out[6]["id"], "report-abuse")
        self.assertEqual(r.stdout.splitlines()[6].count(b'"mssecref"'), 1)
        self.assertIn("no 't' field", out[7]["error"])
        r = self.enrich(b'\xef\xbb\xbf{"t":"spam"}\n', "--field", "t")
        self.assertEqual(r.returncode, 0)  # a leading BOM is dropped
        self.assertTrue(r.stdout.startswith(b'{"t":"spam",'))

    def test_ten_megabyte_line(self):
        big = json.dumps({"t": "phishing", "raw": "x" * (10 << 20)}).encode()
        r = self.enrich(big + b"\n" + b'{"t":"spam"}\n', "--field", "t")
        out = r.stdout.splitlines()
        self.assertEqual(len(out), 2)
        self.assertTrue(out[0].startswith(big[:-1]))
        self.assertEqual(json.loads(out[1])["mssecref"]["id"], "report-abuse")

    def test_sets_and_vocabulary(self):
        data = (b'{"t":["host","malware"]}\n{"t":["malware","host"]}\n'
                b'{"t":["x","y"]}\n{"t":' + json.dumps(["x"] * 65).encode()
                + b'}\n{"t":"phishing"}\n')
        r = self.enrich(data, "--field", "t")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual(out[0], out[1])  # a set: order does not count
        self.assertIn("none of the names", out[2]["error"])
        self.assertIn("set", out[3]["error"])
        self.assertEqual(out[4]["id"], "report-unsafe-site")
        # read as ECS values, "phishing" is not one
        r = self.enrich(b'{"t":"phishing"}\n{"t":"malware"}\n', "--field",
                        "t", "--vocabulary", "ecs")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertIn("error", out[0])
        self.assertEqual(out[1]["id"], "file-submission")

    def test_url_lang_customer_fields(self):
        data = (b'{"t":"phishing","u":{"full":"https://x.blob.core.windows.net/a"},'
                b'"l":"Japanese_Japan.932","c":"home"}\n'
                b'{"t":"phishing","u":{"full":"https://evil.example/"},"l":"eng"}\n'
                b'{"t":"phishing","l":5}\n')
        r = self.enrich(data, "--field", "t", "--url-field", "u.full",
                        "--lang-field", "l", "--customer-field", "c")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual((out[0]["id"], out[0]["hosted"], out[0]["lang"]),
                         ("report-abuse", True, "ja"))
        self.assertEqual((out[1]["id"], out[1]["hosted"], out[1]["lang"]),
                         ("report-unsafe-site", False, "en"))
        self.assertIn("not a string", out[2]["error"])

    def test_long_url_field(self):
        # only the scheme and authority count, as in CSV and the library
        long_query = "https://x.sharepoint.com/?q=" + "p" * 5000
        data = (json.dumps({"t": "phishing", "u": long_query}) + "\n" +
                json.dumps({"t": "phishing",
                            "u": "https://evil.example/" + "\u00e9" * 3000})
                + "\n").encode()
        r = self.enrich(data, "--field", "t", "--url-field", "u")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual([(o.get("id"), o.get("host")) for o in out],
                         [("report-abuse", "x.sharepoint.com"),
                          ("report-unsafe-site", "evil.example")])

    def test_host_judged_per_event(self):
        # the host differs per event although the answer is the same
        data = (b'{"t":"phishing","u":"hxxps://Tenant[.]blob[.]core[.]windows[.]net/x"}\n'
                b'{"t":"phishing","u":"https://other.blob.core.windows.net/"}\n'
                b'{"t":"phishing","u":"https:\\\\evil.example\\\\@x.sharepoint.com"}\n'
                b'{"t":"phishing","u":""}\n')
        r = self.enrich(data, "--field", "t", "--url-field", "u")
        out = [json.loads(x)["mssecref"] for x in r.stdout.splitlines()]
        self.assertEqual([(o["hosted"], o.get("host")) for o in out],
                         [(True, "tenant.blob.core.windows.net"),
                          (True, "other.blob.core.windows.net"),
                          (False, "evil.example"),
                          (False, None)])


class TestLocale(unittest.TestCase):
    def test_windows_and_iso639_2_names(self):
        for tag in ("Japanese_Japan.932", "jpn", "LC_CTYPE=en_US.UTF-8;"
                    "LC_MESSAGES=ja_JP.UTF-8;LC_TIME=C"):
            r = run("route", "phishing", "--format", "json",
                    env={"LC_ALL": tag})
            self.assertEqual(json.loads(r.stdout)["lang"], "ja", tag)
        r = run("route", "phishing", "--format", "json",
                env={"LANG": "English_United States.1252"})
        self.assertEqual(json.loads(r.stdout)["lang"], "en")

    def test_text_in_the_locale_codeset(self):
        r = run("route", "phishing", env={"LANG": "ja_JP.eucJP"})
        self.assertEqual(r.returncode, 0, r.stderr)
        text = r.stdout.decode("euc-jp")
        self.assertIn("安全ではないウェブサイトの報告", text)
        r = run("route", "phishing", env={"LC_ALL": "Japanese_Japan.932"})
        self.assertIn("安全ではないウェブサイトの報告", r.stdout.decode("cp932"))
        # JSON and CSV stay UTF-8
        r = run("route", "phishing", "--format", "json",
                env={"LANG": "ja_JP.eucJP"})
        self.assertEqual(json.loads(r.stdout.decode("utf-8"))["title"],
                         "安全ではないウェブサイトの報告")
        # no Japanese in the codeset: English
        r = run("route", "phishing", "--lang", "ja",
                env={"LANG": "en_US.ISO-8859-1"})
        self.assertIn(b"Report an unsafe website", r.stdout)
        r.stdout.decode("ascii")


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
            self.assertTrue(obj["host"])
        r = run("route", "phishing", "--format", "json", "--url",
                "https:\\\\evil.example\\@x.sharepoint.com")
        obj = json.loads(r.stdout)
        self.assertEqual((obj["host"], obj["id"]),
                         ("evil.example", "report-unsafe-site"))

    def test_route_observable_errors(self):
        # a URL browsers refuse ("https://a..b/" they open since 1.2)
        self.assertEqual(run("route", "phishing", "--url", "https://[::1/")
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
        self.assertEqual(run("hosted", "mіcrosoft.com").returncode, 1)
        self.assertEqual(run("hosted", "https://xn--a.com/").returncode, 2)
        r = run("hosted", "hxxps://x[.]sharepoint[.]com/a", "--format", "json")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout)["host"], "x.sharepoint.com")
        self.assertEqual(run("hosted").returncode, 2)

    def test_enrich_url_field(self):
        data = ("category,url\n"
                "phishing,https://x.azurewebsites.net/login\n"
                "phishing,https://evil.example/\n"
                "phishing,\n"
                "phishing,https://a b/\n"
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
        self.assertEqual([x["mssecref_host"] for x in rows],
                         ["x.azurewebsites.net", "evil.example", "", "",
                          "octocat.github.io", "hotmail.co.uk"])
        self.assertIn("malformed", rows[3]["mssecref_error"])
        self.assertEqual(rows[0]["url"], "https://x.azurewebsites.net/login")


class TestExitCodes(unittest.TestCase):
    def test_no_control_character_reaches_stderr(self):
        # An escape sequence in a malformed URL or an unknown word would
        # reach the analyst's terminal; every echo replaces controls.
        esc = "\x1b]0;owned\x07\x1b[2J"
        for args in (("route", "phishing", "--url", "https://" + esc + " a/"),
                     ("route", "phishing", "--host", esc),
                     ("route", esc), (esc,), ("route", "phishing", esc),
                     ("route", "phishing", "--format", esc),
                     ("route", "phishing", "--lang", esc),
                     ("route", "phishing", "--customer", esc)):
            r = run(*args)
            self.assertNotEqual(r.returncode, 0, args)
            self.assertTrue(r.stderr, args)
            self.assertFalse(any(c < 0x20 and c != 0x0A for c in r.stderr),
                             (args, r.stderr))

    def test_no_c1_or_bidi_control_reaches_the_terminal(self):
        # U+009B is CSI to many terminals, a lone byte 0x9B to 8-bit ones,
        # and U+202E reverses the rest of the line: all shown as '?'.
        url = b"https://example.com/\xe2\x80\xae\xc2\x9b\x9bx"
        r = subprocess.run([common.TOOL, "hosted", url], capture_output=True)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(b"https://example.com/???x", r.stdout)
        r = subprocess.run([common.TOOL, "route", "phishing", "--url",
                            b"https://\xc2\x9b \xe2\x80\xae/"],
                           capture_output=True)
        self.assertNotEqual(r.returncode, 0)
        for bad in (b"\xc2\x9b", b"\xe2\x80\xae"):
            self.assertNotIn(bad, r.stderr)

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
