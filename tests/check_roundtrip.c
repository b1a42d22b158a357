/* check_roundtrip.c - reads lib/catalogue.txt on its own, with a parser
 * written for the test, and compares every field of every record with
 * what the library returns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#ifndef CATALOGUE_PATH
#error "define CATALOGUE_PATH"
#endif

#define MAXREC 128
#define MAXFIELD 512

struct rec {
  char kind[32];
  char id[80];
  int n;
  char *key[MAXFIELD];
  char *val[MAXFIELD];
};

static struct rec recs[MAXREC];
static int nrecs;
static char *text;

static char *strip(char *s) {
  char *e;
  while (*s == ' ')
    s++;
  e = s + strlen(s);
  while (e > s && e[-1] == ' ')
    *--e = '\0';
  return s;
}

static void load(void) {
  FILE *f = fopen(CATALOGUE_PATH, "rb");
  long len;
  char *line, *save = NULL;
  struct rec *r = NULL;

  ck_assert_ptr_nonnull(f);
  fseek(f, 0, SEEK_END);
  len = ftell(f);
  rewind(f);
  text = malloc((size_t)len + 1);
  ck_assert_ptr_nonnull(text);
  ck_assert_uint_eq(fread(text, 1, (size_t)len, f), (size_t)len);
  text[len] = '\0';
  fclose(f);
  nrecs = 0;
  for (line = strtok_r(text, "\n", &save); line != NULL;
       line = strtok_r(NULL, "\n", &save)) {
    char *s = strip(line), *eq;
    if (*s == '\0' || *s == '#')
      continue;
    if (*s == '[') {
      ck_assert_int_lt(nrecs, MAXREC);
      r = &recs[nrecs++];
      memset(r, 0, sizeof *r);
      ck_assert(sscanf(s, "[%31[a-z-] %79[^]]]", r->kind, r->id) >= 1);
      if (strchr(r->kind, ']'))
        *strchr(r->kind, ']') = '\0';
      continue;
    }
    eq = strchr(s, '=');
    ck_assert_ptr_nonnull(eq);
    ck_assert_ptr_nonnull(r);
    *eq = '\0';
    ck_assert_int_lt(r->n, MAXFIELD);
    r->key[r->n] = strip(s);
    r->val[r->n++] = strip(eq + 1);
  }
}

static const char *get(const struct rec *r, const char *key) {
  int i;
  for (i = 0; i < r->n; i++)
    if (strcmp(r->key[i], key) == 0)
      return r->val[i];
  return NULL;
}

/* "a b c" as a mask through a name parser; "none" is empty. */
static unsigned mask_of(const char *list, int (*parse)(const char *)) {
  char buf[1024], *w, *save = NULL;
  unsigned m = 0;
  if (list == NULL || strcmp(list, "none") == 0)
    return 0;
  snprintf(buf, sizeof buf, "%s", list);
  for (w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    int v = parse(w);
    ck_assert_msg(v > 0, "unknown name '%s'", w);
    m |= 1u << v;
  }
  return m;
}

static int lang_of(const char *s) {
  return strcmp(s, "ja") == 0   ? MSSECREF_LANG_JA
         : strcmp(s, "en") == 0 ? MSSECREF_LANG_EN
                                : -1;
}

/* The results names through the library's own names. */
static int results_parse(const char *s) {
  int v;
  for (v = 1; v <= MSSECREF_RESULTS_MAX; v++)
    if (strcmp(mssecref_results_name(v), s) == 0)
      return v;
  return -1;
}

static int incident_of(const char *s) {
  return mssecref_incident_parse(s, NULL, NULL);
}

static void check_serves(const mssecref_contact *c, const char *serves) {
  char buf[1024], *w, *save = NULL;
  unsigned mask = 0;
  snprintf(buf, sizeof buf, "%s", serves);
  for (w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    char *colon = strchr(w, ':');
    int inc;
    ck_assert_ptr_nonnull(colon);
    *colon = '\0';
    inc = incident_of(w);
    ck_assert_int_gt(inc, 0);
    ck_assert_int_eq(mssecref_contact_priority(c, inc), atoi(colon + 1));
    mask |= 1u << inc;
  }
  ck_assert_uint_eq(mssecref_contact_incidents(c), mask);
}

static void check_related(const mssecref_contact *c, const char *related) {
  char buf[1024], *w, *save = NULL;
  size_t k = 0;
  if (related != NULL) {
    snprintf(buf, sizeof buf, "%s", related);
    for (w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
      ck_assert_str_eq(mssecref_contact_id(mssecref_contact_related(c, k++)),
                       w);
  }
  ck_assert_uint_eq(mssecref_contact_related_count(c), k);
}

static void check_urls(const struct rec *r, const mssecref_contact *c) {
  const char *pub = get(r, "url-2020"), *cur = get(r, "url");
  const char *ja = get(r, "url-ja"), *en = get(r, "url-en");
  const char *ev = get(r, "url-evidence");
  if (cur == NULL)
    cur = pub;
  ck_assert_str_eq(mssecref_contact_url_published(c), pub);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_ANY), cur);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_JA), ja ? ja : cur);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_EN), en ? en : cur);
  ck_assert_str_eq(mssecref_contact_url_evidence(c), ev ? ev : "");
}

/* Successors follow the url/url-ja/url-en rule: a language without its
 * own gets the plain one; "" where there is none. */
static void check_successors(const struct rec *r, const mssecref_contact *c) {
  const char *any = get(r, "successor"), *ja = get(r, "successor-ja");
  const char *en = get(r, "successor-en"), *ev = get(r, "successor-evidence");
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_ANY),
                   any ? any : "");
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_JA),
                   ja    ? ja
                   : any ? any
                         : "");
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_EN),
                   en    ? en
                   : any ? any
                         : "");
  ck_assert_str_eq(mssecref_contact_successor_evidence(c), ev ? ev : "");
  ck_assert_ptr_null(mssecref_contact_successor_url(c, MSSECREF_LANG_MAX + 1));
}

/* review-by, and the answer's age on the days around it. */
static void check_review(const struct rec *r, const mssecref_contact *c) {
  const char *by = get(r, "review-by");
  char day[16];
  ck_assert_ptr_nonnull(by);
  ck_assert_str_eq(mssecref_contact_review_by(c), by);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, by), 0);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, get(r, "confirmed")), 0);
  snprintf(day, sizeof day, "%04d%s", atoi(by) + 1, by + 4);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, day), 1);
}

static void check_contact(const struct rec *r, size_t index) {
  const mssecref_contact *c = NULL;
  int k;
  ck_assert_int_eq(mssecref_contact_by_id(r->id, &c), MSSECREF_OK);
  ck_assert_int_eq(mssecref_contact_index(c), (int)index);
  ck_assert_int_eq(mssecref_contact_section(c),
                   mssecref_section_parse(get(r, "section")));
  check_serves(c, get(r, "serves"));
  ck_assert_uint_eq(mssecref_contact_customers(c),
                    mask_of(get(r, "customers"), mssecref_customer_parse));
  ck_assert_str_eq(mssecref_contact_title(c, MSSECREF_LANG_JA),
                   get(r, "title-ja"));
  ck_assert_str_eq(mssecref_contact_title(c, MSSECREF_LANG_EN),
                   get(r, "title-en"));
  ck_assert_str_eq(mssecref_contact_summary(c, MSSECREF_LANG_JA),
                   get(r, "summary-ja"));
  ck_assert_str_eq(mssecref_contact_summary(c, MSSECREF_LANG_EN),
                   get(r, "summary-en"));
  check_urls(r, c);
  ck_assert_uint_eq(mssecref_contact_page_langs(c),
                    mask_of(get(r, "page-langs"), lang_of));
  ck_assert_uint_eq(mssecref_contact_report_langs(c),
                    mask_of(get(r, "report-langs"), lang_of));
  for (k = 1; k <= MSSECREF_CUSTOMER_MAX; k++) {
    char key[64];
    snprintf(key, sizeof key, "sign-in-%s", mssecref_customer_name(k));
    ck_assert_uint_eq(mssecref_contact_sign_in(c, k),
                      mask_of(get(r, key), mssecref_sign_in_parse));
  }
  ck_assert_uint_eq(mssecref_contact_results(c),
                    mask_of(get(r, "results"), results_parse));
  ck_assert_int_eq(mssecref_contact_results_returned(c),
                   (mssecref_contact_results(c) >> MSSECREF_RESULTS_SIGNED_IN) &
                       1);
  check_successors(r, c);
  check_review(r, c);
  check_related(c, get(r, "related"));
  ck_assert_str_eq(mssecref_contact_source(c), get(r, "source"));
  ck_assert_str_eq(mssecref_contact_confirmed(c), get(r, "confirmed"));
}

START_TEST(test_contacts_round_trip) {
  int i;
  size_t n = 0;
  load();
  for (i = 0; i < nrecs; i++)
    if (strcmp(recs[i].kind, "contact") == 0)
      check_contact(&recs[i], n++);
  ck_assert_uint_eq(n, mssecref_contact_count());
  free(text);
}
END_TEST

/* The vocabularies whose [vocabulary] records list `name` (folded): an
 * alias line need not repeat them. */
static unsigned listed_in(const char *name) {
  unsigned mask = 0;
  int i, k;
  for (i = 0; i < nrecs; i++)
    if (strcmp(recs[i].kind, "vocabulary") == 0)
      for (k = 0; k < recs[i].n; k++)
        if (strcmp(recs[i].key[k], "source") != 0 &&
            mssecref_incident_parse_in(name,
                                       mssecref_vocabulary_parse(recs[i].id),
                                       NULL, NULL) != MSSECREF_ENOTFOUND)
          mask |= 1u << mssecref_vocabulary_parse(recs[i].id);
  return mask;
}

/* Every alias line: its first incident, the others, its vocabularies. */
static void check_alias(const char *name, const char *value) {
  char buf[1024], *bar, *w, *save = NULL;
  unsigned incidents = 0, vocab, got_vocab = 0, alt = 0;
  int first = 0;
  snprintf(buf, sizeof buf, "%s", value);
  bar = strchr(buf, '|');
  ck_assert_ptr_nonnull(bar);
  *bar = '\0';
  for (w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    int inc = incident_of(w);
    if (first == 0)
      first = inc;
    incidents |= 1u << inc;
  }
  vocab = mask_of(bar + 1, mssecref_vocabulary_parse) | listed_in(name);
  ck_assert_int_eq(mssecref_incident_parse(name, &got_vocab, &alt), first);
  ck_assert_uint_eq(alt, incidents & ~(1u << first));
  ck_assert_uint_eq(got_vocab, vocab);
}

START_TEST(test_aliases_round_trip) {
  int i, k, naliases = 0, nincidents = 0;
  load();
  for (i = 0; i < nrecs; i++) {
    const struct rec *r = &recs[i];
    if (strcmp(r->kind, "aliases") == 0) {
      for (k = 0; k < r->n; k++)
        check_alias(r->key[k], r->val[k]);
      naliases += r->n;
    } else if (strcmp(r->kind, "incident") == 0) {
      int inc = incident_of(r->id);
      const char *v = get(r, "vocabularies");
      unsigned vocab = 0;
      ck_assert_str_eq(mssecref_incident_name(inc), r->id);
      ck_assert_str_eq(mssecref_incident_title(inc, MSSECREF_LANG_JA),
                       get(r, "title-ja"));
      ck_assert_str_eq(mssecref_incident_title(inc, MSSECREF_LANG_EN),
                       get(r, "title-en"));
      ck_assert_int_eq(mssecref_incident_parse(r->id, &vocab, NULL), inc);
      ck_assert_uint_eq(vocab, (1u << MSSECREF_VOCABULARY_MSSECREF) |
                                   mask_of(v, mssecref_vocabulary_parse) |
                                   listed_in(r->id));
      nincidents++;
    }
  }
  ck_assert_int_eq(nincidents, MSSECREF_INCIDENT_MAX);
  /* and the vocabularies' values that no line names (tests/check_vocab.c
   * counts those exactly) */
  ck_assert_uint_ge(mssecref_alias_count(), (size_t)(naliases + nincidents));
  free(text);
}
END_TEST

START_TEST(test_meta_round_trip) {
  int i;
  load();
  for (i = 0; i < nrecs; i++)
    if (strcmp(recs[i].kind, "catalogue") == 0) {
      ck_assert_str_eq(mssecref_catalogue_source(), get(&recs[i], "source"));
      ck_assert_str_eq(mssecref_catalogue_series(), get(&recs[i], "series"));
      ck_assert_str_eq(mssecref_catalogue_date(), get(&recs[i], "confirmed"));
      ck_assert_str_eq(mssecref_catalogue_version(),
                       get(&recs[i], "data-version"));
      ck_assert_str_eq(mssecref_catalogue_review_by(),
                       get(&recs[i], "review-by"));
      ck_assert_int_eq(
          mssecref_catalogue_review_overdue(get(&recs[i], "review-by")), 0);
    }
  free(text);
}
END_TEST

/* The age API with the date given: no test depends on today's date. */
START_TEST(test_review_dates) {
  const mssecref_contact *c = NULL;
  static const char *const bad[] = {
      "", "2027-5-29", "2027-05-29 ", "2027-05-290", "2027/05/29", "2027-00-10",
      "2027-13-10", "2027-02-30", "2027-04-31", "2027-05-00", "27-05-29",
      "２０２７-05-29", "2027-05-29\n", "yesterday",
      /* February 29 of common years, centuries not divisible by 400 */
      "2027-02-29", "2100-02-29", "1900-02-29", "2026-06-31", "2026-09-31",
      "2026-11-31"};
  size_t i;
  ck_assert_int_eq(mssecref_contact_by_id("file-submission", &c), 0);
  ck_assert_str_eq(mssecref_contact_review_by(c), "2027-05-29");
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2027-05-28"), 0);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2027-05-29"), 0);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2027-05-30"), 1);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2028-01-01"), 1);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "1999-12-31"), 0);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2028-02-29"), 1);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2000-02-29"), 0);
  ck_assert_int_eq(mssecref_contact_review_overdue(c, "2400-02-29"), 1);
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ck_assert_msg(mssecref_contact_review_overdue(c, bad[i]) ==
                      MSSECREF_ESYNTAX,
                  "'%s' accepted as a date", bad[i]);
    ck_assert_int_eq(mssecref_catalogue_review_overdue(bad[i]),
                     MSSECREF_ESYNTAX);
  }
  ck_assert_int_eq(mssecref_contact_review_overdue(c, NULL), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_contact_review_overdue(NULL, "2027-01-01"),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_catalogue_review_overdue(NULL), MSSECREF_ENULL);
  ck_assert_ptr_null(mssecref_contact_review_by(NULL));
  /* the catalogue is due no later than any of its records */
  for (i = 0; i < mssecref_contact_count(); i++)
    ck_assert_str_le(mssecref_catalogue_review_by(),
                     mssecref_contact_review_by(mssecref_contact_at(i)));
  ck_assert_int_eq(mssecref_catalogue_review_overdue("2027-05-29"), 0);
  ck_assert_int_eq(mssecref_catalogue_review_overdue("2027-05-30"), 1);
}
END_TEST

/* Successors, results and the new sign-in option, by what the second
 * check says. */
START_TEST(test_second_check) {
  const mssecref_contact *c = NULL;
  /* TechNet: the 2020 closure evidence is about the English forums only,
   * and the evidence and summaries open by saying so. */
  ck_assert_int_eq(mssecref_contact_by_id("technet-forums", &c), 0);
  ck_assert_msg(strncmp(mssecref_contact_url_evidence(c),
                        "English TechNet forums retired", 30) == 0,
                "%s", mssecref_contact_url_evidence(c));
  ck_assert_ptr_nonnull(strstr(mssecref_contact_summary(c, MSSECREF_LANG_EN),
                               "The English TechNet forums were replaced"));
  ck_assert_ptr_nonnull(strstr(mssecref_contact_summary(c, MSSECREF_LANG_JA),
                               "英語の TechNet フォーラム"));
  ck_assert_int_eq(mssecref_contact_by_id("enterprise-support-services", &c),
                   0);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_EN),
                   "https://www.microsoft.com/ja-jp/services/support.aspx");
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_JA),
                   "https://www.microsoft.com/ja-jp/microsoft-unified");
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_EN),
                   "https://www.microsoft.com/en-us/microsoft-unified");
  ck_assert_ptr_nonnull(
      strstr(mssecref_contact_successor_evidence(c), "cssjpn"));
  ck_assert_int_eq(mssecref_contact_by_id("threat-encyclopedia", &c), 0);
  ck_assert_str_eq(mssecref_contact_successor_url(c, MSSECREF_LANG_EN), "");
  ck_assert_str_eq(mssecref_contact_successor_evidence(c), "");
  ck_assert_uint_eq(mssecref_contact_results(c), 0);
  ck_assert_int_eq(mssecref_contact_by_id("report-abuse", &c), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, MSSECREF_CUSTOMER_HOME),
                    1u << MSSECREF_SIGN_IN_CONTACT_DETAILS);
  ck_assert_int_eq(mssecref_contact_by_id("submission-guide", &c), 0);
  ck_assert_str_eq(mssecref_contact_url(c, MSSECREF_LANG_EN),
                   "https://learn.microsoft.com/en-us/unified-secops/"
                   "submission-guide");
  ck_assert_str_eq(mssecref_results_name(MSSECREF_RESULTS_EMAIL), "email");
  ck_assert_str_eq(mssecref_results_name(MSSECREF_RESULTS_SIGNED_IN),
                   "signed-in");
  ck_assert_ptr_null(mssecref_results_name(0));
  ck_assert_ptr_null(mssecref_results_name(MSSECREF_RESULTS_MAX + 1));
  ck_assert_ptr_null(mssecref_results_name(-1));
  ck_assert_str_eq(mssecref_sign_in_name(MSSECREF_SIGN_IN_CONTACT_DETAILS),
                   "contact-details");
  ck_assert_uint_eq(mssecref_contact_results(NULL), 0);
  ck_assert_ptr_null(mssecref_contact_successor_evidence(NULL));
  ck_assert_ptr_null(mssecref_contact_successor_url(NULL, 0));
  ck_assert_ptr_null(mssecref_contact_successor_url(c, -1));
  ck_assert_ptr_null(mssecref_contact_successor_url(c, MSSECREF_LANG_MAX + 1));
}
END_TEST

static const struct rec *source_rec(const char *id, size_t n) {
  int i;
  for (i = 0; i < nrecs; i++)
    if (strcmp(recs[i].kind, "suffix-source") == 0 && strlen(recs[i].id) == n &&
        memcmp(recs[i].id, id, n) == 0)
      return &recs[i];
  return NULL;
}

/* "KIND SOURCE-ID [| detail]": kind, source type and source text. */
static void check_suffix(size_t index, const char *name, const char *value) {
  char kind[64], want[4096];
  const char *id = value + strcspn(value, " "), *bar = strchr(value, '|');
  const char *suffix = NULL;
  const struct rec *src;
  size_t n;
  snprintf(kind, sizeof kind, "%.*s", (int)strcspn(value, " "), value);
  id += strspn(id, " ");
  n = strcspn(id, " |");
  src = source_rec(id, n);
  ck_assert_msg(src != NULL, "no source record for '%s'", name);
  ck_assert_int_eq(mssecref_suffix_at(index, &suffix),
                   mssecref_suffix_at(index, NULL));
  ck_assert_str_eq(suffix, name);
  ck_assert_str_eq(mssecref_source_name(mssecref_suffix_at(index, NULL)),
                   get(src, "type"));
  ck_assert_str_eq(mssecref_hosting_name(mssecref_suffix_hosting(index)), kind);
  if (bar != NULL)
    snprintf(want, sizeof want, "%s; %s", get(src, "text"),
             bar + 1 + strspn(bar + 1, " "));
  else
    snprintf(want, sizeof want, "%s", get(src, "text"));
  ck_assert_str_eq(mssecref_suffix_source_text(index), want);
}

START_TEST(test_suffixes_round_trip) {
  int i, k;
  size_t n = 0;
  load();
  for (i = 0; i < nrecs; i++) {
    if (strcmp(recs[i].kind, "suffixes") == 0)
      for (k = 0; k < recs[i].n; k++)
        check_suffix(n++, recs[i].key[k], recs[i].val[k]);
    if (strcmp(recs[i].kind, "psl") == 0)
      ck_assert_str_eq(mssecref_catalogue_psl_version(),
                       get(&recs[i], "version"));
  }
  ck_assert_uint_gt(n, 0);
  ck_assert_uint_eq(n, mssecref_suffix_count());
  free(text);
}
END_TEST

Suite *roundtrip_suite(void) {
  Suite *s = suite_create("roundtrip");
  TCase *tc = tcase_create("catalogue");
  tcase_add_test(tc, test_contacts_round_trip);
  tcase_add_test(tc, test_aliases_round_trip);
  tcase_add_test(tc, test_meta_round_trip);
  tcase_add_test(tc, test_suffixes_round_trip);
  suite_add_tcase(s, tc);
  tc = tcase_create("age");
  tcase_add_test(tc, test_review_dates);
  tcase_add_test(tc, test_second_check);
  suite_add_tcase(s, tc);
  return s;
}
