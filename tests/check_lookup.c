/* check_lookup.c - contacts, lookups and routes: every combination against
 * an answer computed here from the accessors, the post's answers by name,
 * and every error path with guard bytes around the caller's array. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#define BIT(x) (1u << (x))
#define NCONTACTS 13

/* ---- contacts ---- */

START_TEST(test_contact_index) {
  size_t i, n = mssecref_contact_count();
  ck_assert_uint_eq(n, NCONTACTS);
  for (i = 0; i < n; i++) {
    const mssecref_contact *c = mssecref_contact_at(i), *d = NULL;
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(mssecref_contact_index(c), (int)i);
    ck_assert_int_eq(mssecref_contact_by_id(mssecref_contact_id(c), &d),
                     MSSECREF_OK);
    ck_assert_ptr_eq(c, d);
  }
  ck_assert_ptr_null(mssecref_contact_at(n));
  ck_assert_ptr_null(mssecref_contact_at((size_t)-1));
}
END_TEST

START_TEST(test_contact_by_id_errors) {
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  char *big = test_repeat('a', MSSECREF_NAME_MAX + 1);
  char *huge = test_repeat('a', 1u << 20);
  ck_assert_int_eq(mssecref_contact_by_id(NULL, &c), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_contact_by_id("report-abuse", NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_contact_by_id("", &c), MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_contact_by_id(big, &c), MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_contact_by_id(huge, &c), MSSECREF_ETOOLONG);
  /* ids are exact: no case folding, no prefixes */
  ck_assert_int_eq(mssecref_contact_by_id("Report-Abuse", &c),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_contact_by_id("report-abus", &c),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_contact_by_id("report-abusee", &c),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_contact_by_id("report_abuse", &c),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_contact_by_id("%s%n", &c), MSSECREF_ENOTFOUND);
  ck_assert_ptr_eq(c, sentinel); /* nothing written on failure */
  free(big);
  free(huge);
}
END_TEST

START_TEST(test_contact_null_and_range) {
  const mssecref_contact *c = mssecref_contact_at(0);
  ck_assert_ptr_null(mssecref_contact_id(NULL));
  ck_assert_int_eq(mssecref_contact_index(NULL), -1);
  ck_assert_int_eq(mssecref_contact_section(NULL), 0);
  ck_assert_ptr_null(mssecref_contact_title(NULL, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_contact_summary(NULL, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_contact_url(NULL, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_contact_url_published(NULL));
  ck_assert_ptr_null(mssecref_contact_url_evidence(NULL));
  ck_assert_uint_eq(mssecref_contact_page_langs(NULL), 0);
  ck_assert_uint_eq(mssecref_contact_report_langs(NULL), 0);
  ck_assert_uint_eq(mssecref_contact_customers(NULL), 0);
  ck_assert_uint_eq(mssecref_contact_incidents(NULL), 0);
  ck_assert_int_eq(mssecref_contact_priority(NULL, 1), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(NULL, 1), 0);
  ck_assert_int_eq(mssecref_contact_results_returned(NULL), 0);
  ck_assert_uint_eq(mssecref_contact_related_count(NULL), 0);
  ck_assert_ptr_null(mssecref_contact_related(NULL, 0));
  ck_assert_ptr_null(mssecref_contact_source(NULL));
  ck_assert_ptr_null(mssecref_contact_confirmed(NULL));
  /* enum arguments out of range */
  ck_assert_ptr_null(mssecref_contact_title(c, 0));
  ck_assert_ptr_null(mssecref_contact_title(c, 3));
  ck_assert_ptr_null(mssecref_contact_summary(c, -1));
  ck_assert_ptr_null(mssecref_contact_summary(c, INT_MAX));
  ck_assert_ptr_null(mssecref_contact_url(c, -1));
  ck_assert_ptr_null(mssecref_contact_url(c, 3));
  ck_assert_ptr_nonnull(mssecref_contact_url(c, MSSECREF_LANG_ANY));
  ck_assert_int_eq(mssecref_contact_priority(c, 0), 0);
  ck_assert_int_eq(mssecref_contact_priority(c, 9), 0);
  ck_assert_int_eq(mssecref_contact_priority(c, INT_MIN), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, 0), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, 4), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, -1), 0);
  ck_assert_ptr_null(
      mssecref_contact_related(c, mssecref_contact_related_count(c)));
}
END_TEST

/* Every contact in both languages, with a URL, a section, customers. */
START_TEST(test_contact_complete) {
  const mssecref_contact *c = mssecref_contact_at((size_t)_i);
  const char *ja = mssecref_contact_title(c, MSSECREF_LANG_JA);
  const char *en = mssecref_contact_title(c, MSSECREF_LANG_EN);
  size_t k;
  ck_assert_ptr_nonnull(ja);
  ck_assert_ptr_nonnull(en);
  ck_assert_str_ne(ja, en);
  ck_assert_ptr_nonnull(strstr(mssecref_contact_summary(c, MSSECREF_LANG_JA),
                               "\xe3")); /* hiragana/katakana lead byte */
  ck_assert_int_gt((int)strlen(mssecref_contact_summary(c, MSSECREF_LANG_EN)),
                   20);
  ck_assert_int_eq(
      strncmp(mssecref_contact_url(c, MSSECREF_LANG_ANY), "https://", 8), 0);
  ck_assert_int_eq(strncmp(mssecref_contact_url_published(c), "https://", 8),
                   0);
  ck_assert_int_ge(mssecref_contact_section(c), 1);
  ck_assert_int_le(mssecref_contact_section(c), MSSECREF_SECTION_MAX);
  ck_assert_uint_ne(mssecref_contact_customers(c), 0);
  ck_assert_uint_ne(mssecref_contact_page_langs(c), 0);
  ck_assert_uint_eq(strlen(mssecref_contact_confirmed(c)), 10);
  ck_assert_int_gt((int)strlen(mssecref_contact_source(c)), 10);
  /* a moved URL always carries its evidence */
  if (strcmp(mssecref_contact_url(c, MSSECREF_LANG_ANY),
             mssecref_contact_url_published(c)) != 0)
    ck_assert_str_ne(mssecref_contact_url_evidence(c), "");
  else
    ck_assert_str_eq(mssecref_contact_url_evidence(c), "");
  for (k = 0; k < mssecref_contact_related_count(c); k++)
    ck_assert_ptr_ne(mssecref_contact_related(c, k), c);
}
END_TEST

/* ---- lookups against an answer computed from the accessors ---- */

static int serves(const mssecref_contact *c, int inc, int lang, int cust) {
  return (inc == 0 || mssecref_contact_priority(c, inc) > 0) &&
         (lang == 0 ||
          ((mssecref_contact_page_langs(c) | mssecref_contact_report_langs(c)) &
           BIT(lang))) &&
         (cust == 0 || (mssecref_contact_customers(c) & BIT(cust)));
}

START_TEST(test_lookup_every_combination) {
  int inc = _i / 12, lang = (_i / 4) % 3, cust = _i % 4;
  const mssecref_contact *out[NCONTACTS];
  size_t i, expected = 0;
  int n = mssecref_lookup(inc, lang, cust, out, NCONTACTS);

  for (i = 0; i < mssecref_contact_count(); i++)
    expected += serves(mssecref_contact_at(i), inc, lang, cust) ? 1 : 0;
  ck_assert_int_eq(n, (int)expected);
  ck_assert_int_eq(mssecref_lookup(inc, lang, cust, NULL, 0), n);
  for (i = 0; i < (size_t)n; i++) {
    ck_assert(serves(out[i], inc, lang, cust));
    if (i > 0 && inc != 0)
      ck_assert_int_lt(mssecref_contact_priority(out[i - 1], inc),
                       mssecref_contact_priority(out[i], inc));
    if (i > 0 && inc == 0)
      ck_assert_int_lt(mssecref_contact_index(out[i - 1]),
                       mssecref_contact_index(out[i]));
  }
}
END_TEST

/* Incidents × home/enterprise always have an answer. */
START_TEST(test_lookup_coverage) {
  int inc, cust;
  for (inc = 1; inc <= MSSECREF_INCIDENT_MAX; inc++)
    for (cust = MSSECREF_CUSTOMER_HOME; cust <= MSSECREF_CUSTOMER_ENTERPRISE;
         cust++)
      ck_assert_int_ge(mssecref_lookup(inc, 0, cust, NULL, 0), 1);
  ck_assert_int_eq(mssecref_lookup(0, 0, 0, NULL, 0), NCONTACTS);
}
END_TEST

START_TEST(test_lookup_guard_bytes) {
  const mssecref_contact *buf[NCONTACTS + 2];
  const mssecref_contact *const guard = (const mssecref_contact *)&guard;
  size_t cap, k;
  int total = mssecref_lookup(0, 0, 0, NULL, 0);
  for (cap = 0; cap <= NCONTACTS; cap++) {
    for (k = 0; k < NCONTACTS + 2; k++)
      buf[k] = guard;
    ck_assert_int_eq(mssecref_lookup(0, 0, 0, buf + 1, cap), total);
    ck_assert_ptr_eq(buf[0], guard);
    for (k = 1; k <= cap; k++)
      ck_assert_ptr_eq(buf[k], mssecref_contact_at(k - 1));
    for (k = cap + 1; k < NCONTACTS + 2; k++)
      ck_assert_ptr_eq(buf[k], guard);
  }
}
END_TEST

START_TEST(test_lookup_errors) {
  const mssecref_contact *buf[1];
  static const int bad[] = {-1, 9, INT_MAX, INT_MIN};
  size_t k;
  ck_assert_int_eq(mssecref_lookup(1, 0, 0, NULL, 1), MSSECREF_ENULL);
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    ck_assert_int_eq(mssecref_lookup(bad[k], 0, 0, buf, 1), MSSECREF_EINVAL);
    ck_assert_int_eq(mssecref_lookup(1, bad[k], 0, buf, 1), MSSECREF_EINVAL);
    ck_assert_int_eq(mssecref_lookup(1, 0, bad[k], buf, 1), MSSECREF_EINVAL);
  }
  ck_assert_int_eq(mssecref_lookup(1, 3, 0, buf, 1), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_lookup(1, 0, 4, buf, 1), MSSECREF_EINVAL);
}
END_TEST

/* ---- routes: the post's answers ---- */

static const struct {
  int incident;
  int customer;
  const char *id;
  const char *url_ja;
  const char *url_en;
  unsigned sign_in;
} routes[] = {
    {MSSECREF_INCIDENT_MALWARE_SAMPLE, MSSECREF_CUSTOMER_HOME,
     "file-submission", "https://www.microsoft.com/en-us/wdsi/filesubmission",
     "https://www.microsoft.com/en-us/wdsi/filesubmission",
     BIT(MSSECREF_SIGN_IN_ANONYMOUS) | BIT(MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT)},
    {MSSECREF_INCIDENT_MALWARE_SAMPLE, MSSECREF_CUSTOMER_ENTERPRISE,
     "file-submission", "https://www.microsoft.com/en-us/wdsi/filesubmission",
     "https://www.microsoft.com/en-us/wdsi/filesubmission",
     BIT(MSSECREF_SIGN_IN_WORK_ACCOUNT)},
    {MSSECREF_INCIDENT_UNSAFE_WEBSITE, MSSECREF_CUSTOMER_HOME,
     "report-unsafe-site",
     "https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site",
     "https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site",
     BIT(MSSECREF_SIGN_IN_ANONYMOUS) | BIT(MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT)},
    /* second check: English readers get the locale-less form Microsoft
     * links (confirmed); the ja-jp page stays the Japanese one */
    {MSSECREF_INCIDENT_TECH_SUPPORT_SCAM, MSSECREF_CUSTOMER_HOME,
     "tech-support-scam", "https://www.microsoft.com/ja-jp/concern/scam?rtc=1",
     "https://www.microsoft.com/concern/scam", BIT(MSSECREF_SIGN_IN_ANONYMOUS)},
    /* second check: the abuse report needs a name and an e-mail address */
    {MSSECREF_INCIDENT_CLOUD_ABUSE, MSSECREF_CUSTOMER_ENTERPRISE,
     "report-abuse", "https://msrc.microsoft.com/report/abuse",
     "https://msrc.microsoft.com/report/abuse",
     BIT(MSSECREF_SIGN_IN_CONTACT_DETAILS)},
    {MSSECREF_INCIDENT_VULNERABILITY, MSSECREF_CUSTOMER_HOME,
     "msrc-vulnerability-report",
     "https://msrc.microsoft.com/report/vulnerability/new",
     "https://msrc.microsoft.com/report/vulnerability/new",
     BIT(MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT) |
         BIT(MSSECREF_SIGN_IN_WORK_ACCOUNT)},
    {MSSECREF_INCIDENT_DEFINITION_UPDATE, MSSECREF_CUSTOMER_ENTERPRISE,
     "security-intelligence-updates",
     "https://www.microsoft.com/en-us/wdsi/defenderupdates",
     "https://www.microsoft.com/en-us/wdsi/defenderupdates",
     BIT(MSSECREF_SIGN_IN_ANONYMOUS)},
    {MSSECREF_INCIDENT_THREAT_INFORMATION, MSSECREF_CUSTOMER_HOME,
     "threat-encyclopedia", "https://www.microsoft.com/en-us/wdsi/threats",
     "https://www.microsoft.com/en-us/wdsi/threats",
     BIT(MSSECREF_SIGN_IN_ANONYMOUS)},
    {MSSECREF_INCIDENT_PRODUCT_SUPPORT, MSSECREF_CUSTOMER_HOME,
     "microsoft-support", "https://support.microsoft.com/ja-jp",
     "https://support.microsoft.com/en-us",
     BIT(MSSECREF_SIGN_IN_ANONYMOUS) | BIT(MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT)},
};

START_TEST(test_route_post_answers) {
  const mssecref_contact *c = NULL;
  int rc = mssecref_route(routes[_i].incident, MSSECREF_LANG_JA,
                          routes[_i].customer, &c);
  ck_assert_int_ge(rc, 0);
  ck_assert_str_eq(mssecref_contact_id(c), routes[_i].id);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_JA),
                   routes[_i].url_ja);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_EN),
                   routes[_i].url_en);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, routes[_i].customer),
                    routes[_i].sign_in);
  /* the fallback flag says whether Japanese is served */
  ck_assert_int_eq(
      rc, ((mssecref_contact_page_langs(c) | mssecref_contact_report_langs(c)) &
           BIT(MSSECREF_LANG_JA))
              ? 0
              : 1);
}
END_TEST

START_TEST(test_route_is_first_lookup) {
  int inc = 1 + _i / 12, lang = (_i / 4) % 3, cust = _i % 4;
  const mssecref_contact *all[NCONTACTS], *c = NULL;
  int n = mssecref_lookup(inc, 0, cust, all, NCONTACTS);
  int rc = mssecref_route(inc, lang, cust, &c);
  if (n == 0) {
    ck_assert_int_eq(rc, MSSECREF_ENOCONTACT);
    return;
  }
  ck_assert_ptr_eq(c, all[0]);
  ck_assert_int_eq(rc, serves(c, inc, lang, cust) ? 0 : 1);
}
END_TEST

START_TEST(test_route_specifics) {
  const mssecref_contact *c = NULL, *d = NULL;
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_VULNERABILITY,
                                  MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &c),
                   0); /* MSRC takes reports in Japanese */
  ck_assert_uint_eq(mssecref_contact_related_count(c), 1);
  ck_assert_str_eq(mssecref_contact_id(mssecref_contact_related(c, 0)),
                   "msrc-japanese-guide");
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_UNSAFE_WEBSITE,
                                  MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &c),
                   1); /* the form is English only */
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_TECH_SUPPORT_SCAM,
                                  MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c),
                   0); /* the locale-less form serves English readers */
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_EN),
                   "https://www.microsoft.com/concern/scam");
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_JA),
                   mssecref_contact_url_published(c));
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_MALWARE_SAMPLE,
                                  MSSECREF_LANG_EN, MSSECREF_CUSTOMER_DEVELOPER,
                                  &c),
                   0);
  ck_assert_str_eq(mssecref_contact_id(c), "file-submission");
  ck_assert_int_eq(mssecref_contact_results_returned(c), 1);
  /* results to a signed-in reporter or to an e-mail address */
  ck_assert_uint_eq(mssecref_contact_results(c),
                    BIT(MSSECREF_RESULTS_SIGNED_IN) |
                        BIT(MSSECREF_RESULTS_EMAIL));
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_CLOUD_ABUSE,
                                  MSSECREF_LANG_EN, MSSECREF_CUSTOMER_DEVELOPER,
                                  &d),
                   MSSECREF_ENOCONTACT);
  ck_assert_ptr_null(d);
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_PRODUCT_SUPPORT,
                                  MSSECREF_LANG_JA,
                                  MSSECREF_CUSTOMER_ENTERPRISE, &c),
                   0);
  ck_assert_str_eq(mssecref_contact_id(c), "microsoft-support");
  ck_assert_int_eq(mssecref_lookup(MSSECREF_INCIDENT_PRODUCT_SUPPORT, 0,
                                   MSSECREF_CUSTOMER_ENTERPRISE, NULL, 0),
                   3);
}
END_TEST

START_TEST(test_route_errors) {
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  static const int bad[] = {-1, 9, INT_MAX, INT_MIN};
  size_t k;
  ck_assert_int_eq(mssecref_route(1, 1, 1, NULL), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route(0, 1, 1, &c), MSSECREF_EINVAL);
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    ck_assert_int_eq(mssecref_route(bad[k], 1, 1, &c), MSSECREF_EINVAL);
    ck_assert_int_eq(mssecref_route(1, bad[k], 1, &c), MSSECREF_EINVAL);
    ck_assert_int_eq(mssecref_route(1, 1, bad[k], &c), MSSECREF_EINVAL);
  }
  ck_assert_ptr_eq(c, sentinel);
}
END_TEST

/* The plugin path: strings in, the same answer as the enum path. */
START_TEST(test_route_names) {
  const mssecref_contact *c = NULL, *d = NULL;
  int lang = -1;
  ck_assert_int_eq(
      mssecref_route_names("phishing", "ja_JP.UTF-8", "home", &c, &lang),
      MSSECREF_ROUTE_FALLBACK | MSSECREF_ROUTE_AMBIGUOUS);
  ck_assert_int_eq(lang, MSSECREF_LANG_JA);
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_UNSAFE_WEBSITE,
                                  MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &d),
                   MSSECREF_ROUTE_FALLBACK);
  ck_assert_ptr_eq(c, d);
  ck_assert_int_eq(
      mssecref_route_names("C2_SERVER", "de-DE", "Enterprise", &c, &lang),
      MSSECREF_ROUTE_OTHER_LANG);
  ck_assert_int_eq(lang, MSSECREF_LANG_EN);
  ck_assert_str_eq(mssecref_contact_id(c), "report-abuse");
  ck_assert_int_eq(mssecref_route_names("vulnerability", "ja", NULL, &c, NULL),
                   0);
  ck_assert_str_eq(mssecref_contact_id(c), "msrc-vulnerability-report");
  ck_assert_int_eq(
      mssecref_route_names("product-support", NULL, NULL, &c, &lang), 0);
  ck_assert_int_eq(lang, MSSECREF_LANG_ANY);
}
END_TEST

START_TEST(test_route_names_errors) {
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  char *big = test_repeat('x', 1u << 20);
  int lang = 99;
  ck_assert_int_eq(mssecref_route_names(NULL, "ja", "home", &c, &lang),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", "home", NULL, &lang),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_names("", "ja", "home", &c, &lang),
                   MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_route_names(big, "ja", "home", &c, &lang),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_names("phish", "ja", "home", &c, &lang),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja JP", "home", &c, &lang),
                   MSSECREF_ESYNTAX);
  ck_assert_int_eq(mssecref_route_names("phishing", big, "home", &c, &lang),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", "robot", &c, &lang),
                   MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", "", &c, &lang),
                   MSSECREF_EEMPTY);
  ck_assert_int_eq(
      mssecref_route_names("phishing", "ja", "homeowner", &c, &lang),
      MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", big, &c, &lang),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(
      mssecref_route_names("cloud-abuse", "en", "developer", &c, &lang),
      MSSECREF_ENOCONTACT);
  ck_assert_ptr_eq(c, sentinel);
  ck_assert_int_eq(lang, 99);
  free(big);
}
END_TEST

START_TEST(test_catalogue_meta) {
  ck_assert_str_eq(
      mssecref_catalogue_source(),
      "https://msrc-blog.microsoft.com/2020/03/02/secmonth2020-5/");
  ck_assert_str_eq(mssecref_catalogue_series(), "https://aka.ms/secmonth2020");
  ck_assert_uint_eq(strlen(mssecref_catalogue_date()), 10);
  ck_assert_str_ne(mssecref_catalogue_version(), "");
}
END_TEST

Suite *lookup_suite(void) {
  Suite *s = suite_create("lookup");
  TCase *tc = tcase_create("contacts");
  tcase_add_test(tc, test_contact_index);
  tcase_add_test(tc, test_contact_by_id_errors);
  tcase_add_test(tc, test_contact_null_and_range);
  tcase_add_loop_test(tc, test_contact_complete, 0, NCONTACTS);
  tcase_add_test(tc, test_catalogue_meta);
  suite_add_tcase(s, tc);
  tc = tcase_create("lookup");
  tcase_add_loop_test(tc, test_lookup_every_combination, 0, 9 * 3 * 4);
  tcase_add_test(tc, test_lookup_coverage);
  tcase_add_test(tc, test_lookup_guard_bytes);
  tcase_add_test(tc, test_lookup_errors);
  suite_add_tcase(s, tc);
  tc = tcase_create("route");
  tcase_add_loop_test(tc, test_route_post_answers, 0,
                      sizeof routes / sizeof routes[0]);
  tcase_add_loop_test(tc, test_route_is_first_lookup, 0, 8 * 3 * 4);
  tcase_add_test(tc, test_route_specifics);
  tcase_add_test(tc, test_route_errors);
  tcase_add_test(tc, test_route_names);
  tcase_add_test(tc, test_route_names_errors);
  suite_add_tcase(s, tc);
  return s;
}
