/* check_noalloc.c - no API function touches the heap.  This program
 * defines malloc, calloc, realloc and free itself; the dynamic linker binds
 * the library's calls (if it made any) to these, which count while a call
 * into the library is in progress.  tests/tests.mk checks that every
 * function of the version script appears below. */
#include <limits.h>
#include <stddef.h>

#include <mssecref.h>

#include "suites.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static volatile int counting;
static volatile int calls;

void *malloc(size_t n) {
  calls += counting;
  return __libc_malloc(n);
}
void *calloc(size_t n, size_t m) {
  calls += counting;
  return __libc_calloc(n, m);
}
void *realloc(void *p, size_t n) {
  calls += counting;
  return __libc_realloc(p, n);
}
void free(void *p) {
  calls += counting;
  __libc_free(p);
}

static const char *const strings[] = {NULL,
                                      "",
                                      "phishing",
                                      "PHISHING",
                                      "c&c",
                                      "botnet drone",
                                      "ja_JP.UTF-8",
                                      "C",
                                      "de-DE",
                                      "home",
                                      "enterprise",
                                      "report-abuse",
                                      "rsit",
                                      "anonymous",
                                      "support",
                                      "%s%n",
                                      "\xc0\xaf",
                                      "\x1b[31m",
                                      "https://tenant.blob.core.windows.net/x",
                                      "a@outlook.com",
                                      "https://microsoft.com@evil.example/",
                                      "[::1]",
                                      "m\xd1\x96"
                                      "crosoft.com"};
static const int values[] = {INT_MIN, -1, 0, 1, 2, 3, 4, 8, 9, INT_MAX};

#define NSTR (sizeof strings / sizeof strings[0])
#define NVAL (sizeof values / sizeof values[0])

static void strings_api(const char *s) {
  const mssecref_contact *c;
  const char *name;
  unsigned u1, u2;
  int fb;
  mssecref_incident_parse(s, &u1, &u2);
  mssecref_lang_parse(s, &fb);
  mssecref_customer_parse(s);
  mssecref_section_parse(s);
  mssecref_sign_in_parse(s);
  mssecref_vocabulary_parse(s);
  mssecref_contact_by_id(s, &c);
  mssecref_route_names(s, s, s, &c, &fb);
  mssecref_route_names("phishing", s, NULL, &c, &fb);
  mssecref_route_names("c2-server", "ja", s, &c, NULL);
  mssecref_host_managed(s, &name, &fb);
  mssecref_observable_managed(s, 0, &name, &fb);
  mssecref_route_observable(2, s, 0, 1, 1, &c);
}

static void enum_api(int v) {
  const mssecref_contact *out[16], *c = mssecref_contact_at(3);
  mssecref_incident_name(v);
  mssecref_lang_name(v);
  mssecref_customer_name(v);
  mssecref_section_name(v);
  mssecref_sign_in_name(v);
  mssecref_vocabulary_name(v);
  mssecref_incident_title(v, v);
  mssecref_strerror(v);
  mssecref_lookup(v, 0, 0, out, 16);
  mssecref_lookup(1, v, 2, out, 16);
  mssecref_lookup(2, 1, v, NULL, 0);
  mssecref_route(v, 1, 1, &c);
  mssecref_route(1, v, 1, &c);
  mssecref_route(1, 1, v, &c);
  mssecref_contact_title(c, v);
  mssecref_contact_summary(c, v);
  mssecref_contact_url(c, v);
  mssecref_contact_priority(c, v);
  mssecref_contact_sign_in(c, v);
  mssecref_contact_related(c, (size_t)v);
  mssecref_contact_at((size_t)v);
  mssecref_alias_at((size_t)v, NULL, NULL, NULL);
  mssecref_version_check((unsigned long)v);
  mssecref_source_name(v);
  mssecref_suffix_at((size_t)v, NULL);
  mssecref_route_observable(v, "x.azurewebsites.net", 1, 1, 1, &c);
  mssecref_observable_managed("https://x.azurewebsites.net/", v, NULL, NULL);
}

static void contact_api(const mssecref_contact *c) {
  const char *name;
  unsigned u1, u2;
  mssecref_contact_id(c);
  mssecref_contact_index(c);
  mssecref_contact_section(c);
  mssecref_contact_url_published(c);
  mssecref_contact_url_evidence(c);
  mssecref_contact_page_langs(c);
  mssecref_contact_report_langs(c);
  mssecref_contact_customers(c);
  mssecref_contact_incidents(c);
  mssecref_contact_results_returned(c);
  mssecref_contact_related_count(c);
  mssecref_contact_source(c);
  mssecref_contact_confirmed(c);
  mssecref_alias_at(0, &name, &u1, &u2);
}

static void global_api(void) {
  mssecref_version();
  mssecref_version_number();
  mssecref_contact_count();
  mssecref_alias_count();
  mssecref_catalogue_source();
  mssecref_catalogue_series();
  mssecref_catalogue_date();
  mssecref_catalogue_version();
  mssecref_suffix_count();
}

/* Since 1.2.0: results, successors and review dates (issue 14). */
static void age_api(const mssecref_contact *c, int v) {
  mssecref_results_name(v);
  mssecref_results_parse("email");
  mssecref_contact_results(c);
  mssecref_contact_successor_url(c, v);
  mssecref_contact_successor_evidence(c);
  mssecref_contact_review_by(c);
  mssecref_contact_review_overdue(c, "2027-06-01");
  mssecref_contact_review_overdue(c, "not a date");
  mssecref_catalogue_review_by();
  mssecref_catalogue_review_overdue("2027-06-01");
}

/* Kinds of hosting (1.2): every function, on strings and on values. */
static void hosting_api(const char *s, int v) {
  size_t index;
  mssecref_hosting_name(v);
  mssecref_hosting_parse(s);
  mssecref_observable_hosting(s, 0, &index);
  mssecref_observable_hosting("https://octocat.github.io/", v, NULL);
  mssecref_suffix_hosting((size_t)v);
  mssecref_suffix_source_text((size_t)v);
  mssecref_catalogue_psl_version();
}

START_TEST(test_no_heap) {
  size_t i;
  counting = 1;
  for (i = 0; i < NSTR; i++)
    strings_api(strings[i]);
  for (i = 0; i < NVAL; i++)
    enum_api(values[i]);
  for (i = 0; i <= mssecref_contact_count(); i++)
    contact_api(mssecref_contact_at(i));
  for (i = 0; i <= mssecref_contact_count(); i++)
    age_api(mssecref_contact_at(i), (int)i % 4 - 1);
  for (i = 0; i < NSTR && i < NVAL; i++)
    hosting_api(strings[i], values[i]);
  global_api();
  counting = 0;
  ck_assert_int_eq(calls, 0);
}
END_TEST

/* Vocabularies and sets (1.2.0): every string above as a name, a
 * qualified name and a set element, in every vocabulary value. */
static void vocabulary_api(const char *s, int v) {
  const mssecref_contact *c;
  const char *r, *set[3];
  unsigned u1, u2;
  int lang, j;
  size_t d;
  set[0] = s, set[1] = "ecs:malware", set[2] = "rsit:fraud=\"phishing\"";
  mssecref_incident_parse_in(s, v, &u1, &u2);
  mssecref_incident_reason(s, v, MSSECREF_LANG_JA, &r);
  mssecref_route_names_in(s, v, "ja", "home", &c, &lang);
  mssecref_route_set(set, 3, v, "en", NULL, &c, &lang, &d);
  mssecref_route_set(set, 1, v, NULL, "enterprise", &c, NULL, NULL);
  mssecref_incident_precedence(v);
  mssecref_value_count(v);
  mssecref_value_at(v, 0, &r, &u1, &j);
  mssecref_value_at(v, (size_t)v, &r, &u1, &j);
  mssecref_vocabulary_source(v);
}

START_TEST(test_no_heap_vocabularies) {
  static const char *const qualified[] = {"ms-graph:unknown",
                                          "msrc-abuse:MALWARE",
                                          "rsit:fraud=\"phishing\"",
                                          "nope:phishing",
                                          "test",
                                          "rsit:",
                                          "intelmq:c2server"};
  size_t i, k;
  counting = 1;
  for (i = 0; i < NSTR; i++)
    for (k = 0; k < NVAL; k++)
      vocabulary_api(strings[i], values[k]);
  for (i = 0; i < sizeof qualified / sizeof qualified[0]; i++)
    for (k = 0; k < NVAL; k++)
      vocabulary_api(qualified[i], values[k]);
  counting = 0;
  ck_assert_int_eq(calls, 0);
}
END_TEST

/* Observables as browsers parse them (1.2): every path of the reader
 * (IDNA, refanging, IPv4/IPv6, e-mail forms) on the stack only. */
static const char *const observables[] = {
    NULL,
    "",
    "https://m\xd1\x96"
    "crosoft.com/",
    "hxxps://tenant[.]blob[.]core[.]windows[.]net/x",
    " https://contoso\t.blob.core.windows.net ",
    "http://0x7f.1/",
    "http://[::ffff:1.2.3.4]/",
    "Name <a@outlook.com>",
    "mailto:a@outlook.com?subject=x",
    "login-portal.example/?e=a@b.com",
    "https://xn--mcrosoft-3ya.com/",
    "https://a%2Eb.sharepoint.com/"};

START_TEST(test_no_heap_observable_host) {
  size_t i;
  int kind;
  char host[64];
  unsigned flags;
  counting = 1;
  for (i = 0; i < sizeof observables / sizeof observables[0]; i++)
    for (kind = 0; kind <= 3; kind++) {
      mssecref_observable_host(observables[i], kind, host, sizeof host, &flags);
      mssecref_observable_host(observables[i], kind, NULL, 0, NULL);
    }
  counting = 0;
  ck_assert_int_eq(calls, 0);
}
END_TEST

/* The counter works: a test that could not fail would prove nothing. */
START_TEST(test_counter_counts) {
  void *p;
  calls = 0;
  counting = 1;
  p = malloc(16);
  free(p);
  counting = 0;
  ck_assert_int_eq(calls, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("noalloc");
  TCase *tc = tcase_create("heap");
  SRunner *sr;
  int failed;
  tcase_add_test(tc, test_no_heap);
  tcase_add_test(tc, test_no_heap_vocabularies);
  tcase_add_test(tc, test_no_heap_observable_host);
  tcase_add_test(tc, test_counter_counts);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed != 0;
}
