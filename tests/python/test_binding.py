"""The ctypes binding: answers, attributes, errors, caching."""
import ctypes
import os
import subprocess
import sys
import unittest

import common
import mssecref


class TestRoute(unittest.TestCase):
    def test_post_answers_both_languages_both_customers(self):
        for incident, expected in common.POST_ANSWERS.items():
            for lang in ("ja", "en"):
                for customer in ("home", "enterprise"):
                    c = mssecref.route(incident, lang=lang, customer=customer)
                    self.assertEqual(c.id, expected)
                    self.assertEqual(c.lang, lang)
                    self.assertEqual(c.incident, incident)
                    self.assertTrue(c.url.startswith("https://"))
                    self.assertTrue(c.title)

    def test_phishing_home_japanese(self):
        c = mssecref.route("phishing", lang="ja_JP.UTF-8", customer="home")
        self.assertEqual(c.id, "report-unsafe-site")
        self.assertEqual(c.title, "安全ではないウェブサイトの報告")
        self.assertEqual(c.sign_in, ("anonymous", "microsoft-account"))
        self.assertIs(c.results_returned, True)
        self.assertIs(c.lang_fallback, True)  # the form is English only
        self.assertEqual(c.alternatives, ("cloud-abuse",))
        self.assertEqual(c.url_as_published,
                         "https://www.microsoft.com/en-us/wdsi/support/"
                         "report-unsafe-site")

    def test_moved_url_keeps_published_one(self):
        c = mssecref.route("c2-server", lang="en")
        self.assertEqual(c.url, "https://msrc.microsoft.com/report/abuse")
        self.assertEqual(c.url_as_published,
                         "https://portal.msrc.microsoft.com/en-us/engage/cars")
        self.assertIn("2021", c.url_evidence)

    def test_language_forms(self):
        self.assertEqual(mssecref.route("vulnerability", "JA_jp").lang, "ja")
        de = mssecref.route("vulnerability", "de-DE")
        self.assertEqual(de.lang, "en")
        # as mssecref_route_names(): another language, not a fallback (the
        # vulnerability report is in English)
        self.assertTrue(de.other_lang)
        self.assertFalse(de.lang_fallback)
        self.assertFalse(mssecref.route("vulnerability", "en").other_lang)
        self.assertEqual(mssecref.route("vulnerability").lang, "en")
        self.assertFalse(mssecref.route("vulnerability", "C").lang_fallback)

    def test_sign_in_per_customer(self):
        home = mssecref.route("malware-sample", "en", "home")
        ent = mssecref.route("malware-sample", "en", "enterprise")
        self.assertEqual(home.sign_in, ("anonymous", "microsoft-account"))
        self.assertEqual(ent.sign_in, ("work-account",))

    def test_repeated_route_is_cached(self):
        a = mssecref.route("INTRUSION_ATTEMPT", "en", "enterprise")
        b = mssecref.route("INTRUSION_ATTEMPT", "en", "enterprise")
        self.assertIs(a, b)
        self.assertEqual(a.id, "report-abuse")


class TestErrors(unittest.TestCase):
    def assertUnknown(self, *args):
        with self.assertRaises(mssecref.MssecrefError) as cm:
            mssecref.route(*args)
        self.assertIsInstance(cm.exception, LookupError)
        self.assertLess(cm.exception.status, 0)
        self.assertTrue(str(cm.exception))

    def test_unknown_names(self):
        self.assertUnknown("phish")
        self.assertUnknown("")
        self.assertUnknown("phishing\0junk")
        self.assertUnknown("\udcff")
        self.assertUnknown("x" * (1 << 20))
        self.assertUnknown("phishing", "ja JP")
        self.assertUnknown("phishing", "ja", "robot")
        self.assertUnknown("cloud-abuse", "en", "developer")

    def test_message_is_the_librarys(self):
        with self.assertRaises(LookupError) as cm:
            mssecref.route("phish")
        self.assertEqual(str(cm.exception), "unknown name")

    def test_types(self):
        with self.assertRaises(TypeError):
            mssecref.route(b"phishing")
        with self.assertRaises(TypeError):
            mssecref.route(None)
        with self.assertRaises(TypeError):
            mssecref.route("phishing", 1)

    def test_errors_are_not_cached(self):
        for _ in range(3):
            self.assertUnknown("nope")
        self.assertNotIn(("nope", None, None), mssecref._route_cache)


class TestCatalogue(unittest.TestCase):
    def test_lookup_priority_order(self):
        got = mssecref.lookup("product-support", None, "enterprise")
        self.assertEqual([c.id for c in got],
                         ["microsoft-support", "technet-forums",
                          "enterprise-support-services"])
        self.assertEqual([c.priority for c in got], [1, 2, 3])

    def test_lookup_same_as_c(self):
        """lookup() with a language filters as mssecref_lookup() does."""
        lib = mssecref._lib
        out = (ctypes.c_void_p * 64)()
        for inc in [None] + common.INCIDENTS:
            for lang, lang_id in ((None, 0), ("ja", 1), ("en", 2),
                                  ("de-DE", 2)):
                for cust, cust_id in ((None, 0), ("home", 1),
                                      ("enterprise", 2), ("developer", 3)):
                    inc_id = lib.mssecref_incident_parse(
                        inc.encode(), None, None) if inc else 0
                    n = lib.mssecref_lookup(inc_id, lang_id, cust_id, out, 64)
                    want = [lib.mssecref_contact_id(out[k]).decode()
                            for k in range(n)]
                    got = [c.id for c in mssecref.lookup(inc, lang, cust)]
                    self.assertEqual(got, want, (inc, lang, cust))

    def test_route_flags_same_as_c(self):
        lib = mssecref._lib
        for inc in common.INCIDENTS:
            for tag in ("ja", "en", "de-DE", "ja_JP.UTF-8", "C"):
                h, lang = ctypes.c_void_p(), ctypes.c_int()
                rc = lib.mssecref_route_names(inc.encode(), tag.encode(),
                                              None, ctypes.byref(h),
                                              ctypes.byref(lang))
                c = mssecref.route(inc, tag)
                self.assertEqual(c.lang_fallback, bool(rc & 1), (inc, tag))
                self.assertEqual(c.other_lang, bool(rc & 2), (inc, tag))

    def test_cache_bounded_in_bytes(self):
        for i in range(20000):
            mssecref.route("phishing", "x-%d" % i)
        self.assertLessEqual(mssecref._cache_used[0], mssecref.CACHE_BYTES)
        used = sum(sys.getsizeof(k) + sum(sys.getsizeof(x) for x in k)
                   for k in mssecref._route_cache)
        self.assertLessEqual(used, mssecref.CACHE_BYTES)
        # a contact is shared by every key that routes to it
        self.assertLess(len(mssecref._answers), 100)
        # and the cache still works afterwards
        a = mssecref.route("phishing", "ja")
        self.assertIs(mssecref.route("phishing", "ja"), a)

    def test_contacts_both_languages(self):
        ja = mssecref.contacts("ja")
        en = mssecref.contacts("en")
        self.assertEqual(len(ja), 13)
        self.assertEqual([c.id for c in ja], [c.id for c in en])
        for a, b in zip(ja, en):
            self.assertNotEqual(a.title, b.title)

    def test_contact_by_id(self):
        c = mssecref.contact("msrc-vulnerability-report", "ja")
        self.assertEqual(c.report_langs, ("ja", "en"))
        self.assertEqual(c.related, ("msrc-japanese-guide",))
        with self.assertRaises(LookupError):
            mssecref.contact("nope")

    def test_incidents(self):
        names = {i.name: i for i in mssecref.incidents()}
        self.assertEqual(names["phishing"].incident, "unsafe-website")
        self.assertEqual(names["phishing"].alternatives, ("cloud-abuse",))
        self.assertIn("rsit", names["phishing"].vocabularies)
        for inc in common.INCIDENTS:
            self.assertIn(inc, names)
            self.assertTrue(names[inc].title_ja and names[inc].title_en)

    def test_versions(self):
        self.assertEqual(mssecref.version(), common.VERSION)
        self.assertTrue(mssecref.catalogue_version())


class TestLoading(unittest.TestCase):
    def run_python(self, env, pydir=common.PYDIR):
        code = ("import sys; sys.path.insert(0, %r); import mssecref; "
                "print(mssecref.library_path)" % pydir)
        # -B: the bare environment has no PYTHONDONTWRITEBYTECODE, and the
        # tree must stay clean
        return subprocess.run([sys.executable, "-B", "-c", code], env=env,
                              capture_output=True, text=True)

    def test_environment_names_the_library(self):
        env = {"MSSECREF_LIBRARY": common.os.environ["MSSECREF_LIBRARY"]}
        r = self.run_python(env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), env["MSSECREF_LIBRARY"])

    def test_missing_library_is_an_import_error(self):
        r = self.run_python({"MSSECREF_LIBRARY": "/nonexistent/libx.so"})
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("OSError", r.stderr)

    def test_source_without_the_build_says_so(self):
        """examples/python/ alone lacks the header's constants."""
        r = self.run_python({"MSSECREF_LIBRARY":
                             common.os.environ["MSSECREF_LIBRARY"]},
                            os.path.join(common.ROOT, "examples", "python"))
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("ImportError: _mssecref_h", r.stderr)
        self.assertIn("build/python/", r.stderr)


class TestPackaging(unittest.TestCase):
    def test_pip_install_offline(self):
        """pip install --no-build-isolation build/python, no network."""
        import shutil
        import tempfile
        py = shutil.which("python3", path="/usr/bin") or sys.executable
        probe = subprocess.run([py, "-c", "import setuptools, wheel, pip"],
                               capture_output=True)
        if probe.returncode != 0:
            self.skipTest("%s lacks setuptools, wheel or pip" % py)
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "src")
            shutil.copytree(common.PYDIR, src,
                            ignore=shutil.ignore_patterns("__pycache__"))
            r = subprocess.run([py, "-m", "pip", "install", "-q",
                                "--no-build-isolation", "--no-index",
                                "--target", os.path.join(d, "t"), src],
                               capture_output=True)
            self.assertEqual(r.returncode, 0, r.stderr[-500:])
            r = subprocess.run([py, "-c", "import mssecref; "
                                "print(mssecref.route('c2-server').url)"],
                               capture_output=True,
                               env=dict(os.environ,
                                        PYTHONPATH=os.path.join(d, "t")))
            self.assertEqual(r.stdout.strip(),
                             b"https://msrc.microsoft.com/report/abuse",
                             r.stderr)
            self.assertTrue(os.path.exists(os.path.join(d, "t", "bin",
                                                        "enrich.py")))


if __name__ == "__main__":
    unittest.main()


class TestObservables(unittest.TestCase):
    def test_hosted(self):
        self.assertEqual(mssecref.hosted("x.blob.core.windows.net"),
                         ("blob.core.windows.net", "psl"))
        self.assertEqual(mssecref.hosted("a@contoso.onmicrosoft.com"),
                         ("onmicrosoft.com", "service"))
        self.assertEqual(mssecref.hosted("https://www.bing/"), ("bing", "tld"))
        self.assertIsNone(mssecref.hosted("evilazurewebsites.net"))
        self.assertIsNone(mssecref.hosted("https://microsoft.com@evil.example/"))
        self.assertIsNone(mssecref.hosted("13.107.246.10"))
        with self.assertRaises(LookupError):
            mssecref.hosted("a..b")
        # a homograph is converted as a browser converts it: not Microsoft's
        self.assertIsNone(mssecref.hosted("mіcrosoft.com"))
        with self.assertRaises(ValueError):
            mssecref.hosted("x.com", kind="ftp")

    def test_observable_host(self):
        h = mssecref.observable_host(
            "hxxps://tenant[.]blob[.]core[.]windows[.]net/x")
        self.assertEqual(h.host, "tenant.blob.core.windows.net")
        self.assertTrue(h.managed and h.refanged)
        self.assertEqual(h.kind, "url")
        h = mssecref.observable_host(
            "login-portal.example/?email=victim@contoso.onmicrosoft.com")
        self.assertEqual((h.host, h.managed, h.no_scheme),
                         ("login-portal.example", False, True))
        h = mssecref.observable_host("https://mіcrosoft.com/")
        self.assertEqual((h.host, h.idn), ("xn--mcrosoft-thh.com", True))
        h = mssecref.observable_host("http://0x7f.1/", kind="url")
        self.assertEqual((h.host, h.ip), ("127.0.0.1", True))
        self.assertEqual(mssecref.observable_host("Name <a@outlook.com>").kind,
                         "email")
        with self.assertRaises(LookupError):
            mssecref.observable_host("https://[::1/")
        c = mssecref.route_observable("phishing", "https://m\u0456crosoft.com/")
        self.assertEqual((c.id, c.host),
                         ("report-unsafe-site", "xn--mcrosoft-thh.com"))

    def test_route_observable(self):
        c = mssecref.route_observable(
            "phishing", "https://tenant.blob.core.windows.net/x", "ja", "home")
        self.assertEqual(c.id, "report-abuse")
        self.assertTrue(c.hosted)
        c = mssecref.route_observable("phishing", "https://evil.example/")
        self.assertEqual(c.id, "report-unsafe-site")
        self.assertFalse(c.hosted)
        c = mssecref.route_observable("vulnerability", "portal.azure.com",
                                      kind="host")
        self.assertEqual(c.id, "msrc-vulnerability-report")
        self.assertTrue(c.hosted)

    def test_hosting(self):
        h = mssecref.hosting("https://octocat.github.io/login")
        self.assertEqual((h.suffix, h.hosting, h.source),
                         ("github.io", "subsidiary", "psl"))
        self.assertIn('"GitHub, Inc."', h.source_text)
        self.assertIsNone(mssecref.hosted("https://octocat.github.io/login"))
        h = mssecref.hosting("attacker@hotmail.co.uk")
        self.assertEqual((h.suffix, h.hosting), ("hotmail.co.uk", "mail"))
        h = mssecref.hosting("contoso-my.sharepoint.com", kind="host")
        self.assertEqual(h.hosting, "customer-content")
        self.assertIn("endpoint ID 31", h.source_text)
        self.assertEqual(mssecref.hosting("www.bing.com").hosting,
                         "first-party")
        self.assertIsNone(mssecref.hosting("evilsharepoint.com"))
        with self.assertRaises(LookupError):
            mssecref.hosting("a..b")

    def test_route_by_hosting(self):
        c = mssecref.route_observable("phishing",
                                      "https://www.linkedin.com/x")
        self.assertEqual((c.id, c.hosted, c.hosting),
                         ("report-unsafe-site", False, "subsidiary"))
        c = mssecref.route_observable("phishing", "attacker@outlook.com")
        self.assertEqual((c.id, c.hosted, c.hosting),
                         ("report-abuse", True, "mail"))
        c = mssecref.route_observable("phishing", "https://evil.example/")
        self.assertIsNone(c.hosting)

    def test_subsidiary_never_abuse_report(self):
        # every incident, at a GitHub and a LinkedIn host: never the abuse
        # report; cloud abuse (only the abuse report takes it) raises
        for obs in ("x.github.io", "https://raw.githubusercontent.com/a/b",
                    "https://www.linkedin.com/in/x", "dev@github.com"):
            for inc in [i.name for i in mssecref.incidents()]:
                try:
                    c = mssecref.route_observable(inc, obs)
                except mssecref.SubsidiaryError as e:
                    # only where the usual contact is the abuse report
                    self.assertEqual(mssecref.route(inc).id, "report-abuse")
                    self.assertEqual(e.hosting.hosting, "subsidiary")
                    self.assertIn("report it to that company", str(e))
                    continue
                self.assertNotEqual(c.id, "report-abuse", (inc, obs))
                self.assertEqual(c.hosting, "subsidiary")
        with self.assertRaises(mssecref.SubsidiaryError) as cm:
            mssecref.route_observable("c2-server", "raw.githubusercontent.com",
                                      kind="host")
        self.assertEqual(cm.exception.hosting.suffix, "githubusercontent.com")
        self.assertIsInstance(cm.exception, mssecref.MssecrefError)
        c = mssecref.route_observable("cloud-abuse", "x.azurewebsites.net")
        self.assertEqual(c.id, "report-abuse")

    def test_suffix_details(self):
        rows = mssecref.suffix_details()
        self.assertEqual(len(rows), len(mssecref.suffixes()))
        self.assertEqual({r.hosting for r in rows},
                         {"customer-content", "first-party", "mail",
                          "subsidiary"})
        self.assertTrue(all(r.source_text for r in rows))
        self.assertRegex(mssecref.psl_version(), r"^\d{4}-\d{2}-\d{2}$")

    def test_suffixes(self):
        got = dict(mssecref.suffixes())
        self.assertEqual(got["*.azurecontainer.io"], "psl")
        self.assertEqual(got["xbox"], "tld")
        self.assertEqual(got["sharepoint.com"], "service")
