/* check_hostile.c - hostile values, named, through every function that
 * takes a string or an enum: each gets its documented error, and the
 * caller's output variables are left exactly as they were. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <mssecref.h>

#include "suites.h"

static const struct {
  const char *what;
  const char *s; /* the 1 MiB string (big) is built at run time */
  int big;
  int name; /* result of every name parser and of by-id */
  int lang; /* result of mssecref_lang_parse */
} hostile[] = {
    {"NULL", NULL, 0, MSSECREF_ENULL, MSSECREF_ENULL},
    {"empty", "", 0, MSSECREF_EEMPTY, MSSECREF_LANG_EN},
    {"1 MiB", NULL, 1, MSSECREF_ETOOLONG, MSSECREF_ETOOLONG},
    {"invalid UTF-8", "\xff\xfe", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"overlong '/'", "\xc0\xaf", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"overlong NUL", "ja\xc0\x80", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"3-byte overlong", "\xe0\x80\xaf", 0, MSSECREF_ENOTFOUND,
     MSSECREF_ESYNTAX},
    {"surrogate", "\xed\xa0\x80", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"control", "\x01", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"DEL", "home\x7f", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"terminal escape", "\x1b[2J\x1b]0;pwned\x07", 0, MSSECREF_ENOTFOUND,
     MSSECREF_ESYNTAX},
    {"escape after a name", "phishing\x1b[0m", 0, MSSECREF_ENOTFOUND,
     MSSECREF_ESYNTAX},
    {"format specifiers", "%s%n%x%p", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"comma", "phishing,spam", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"quotes", "\"phishing\"", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"newline", "phishing\nspam", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"CRLF", "ja\r\n", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"Japanese", "フィッシング", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
    {"fullwidth", "ｊａ", 0, MSSECREF_ENOTFOUND, MSSECREF_ESYNTAX},
};
#define NHOSTILE (sizeof hostile / sizeof hostile[0])

typedef int (*parse_fn)(const char *);

static int p_incident(const char *s) {
  unsigned v = 0xAAAA, a = 0xBBBB;
  int rc = mssecref_incident_parse(s, &v, &a);
  if (rc < 0)
    ck_assert(v == 0xAAAA && a == 0xBBBB);
  return rc;
}
static int p_by_id(const char *s) {
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  int rc = mssecref_contact_by_id(s, &c);
  if (rc < 0)
    ck_assert_ptr_eq(c, sentinel);
  return rc;
}

/* 1.2.0: the same names read in one vocabulary, and for their reason. */
static int p_incident_in(const char *s) {
  unsigned v = 0xAAAA, a = 0xBBBB;
  int rc = mssecref_incident_parse_in(s, MSSECREF_VOCABULARY_RSIT, &v, &a);
  if (rc < 0)
    ck_assert(v == 0xAAAA && a == 0xBBBB);
  return rc;
}
static int p_reason(const char *s) {
  const char *r = (const char *)&r, *const sentinel = r;
  int rc = mssecref_incident_reason(s, MSSECREF_VOCABULARY_MS_GRAPH,
                                    MSSECREF_LANG_JA, &r);
  if (rc < 0)
    ck_assert_ptr_eq(r, sentinel);
  return rc;
}

static const struct {
  const char *name;
  parse_fn fn;
} parsers[] = {
    {"incident_parse_in", p_incident_in},
    {"incident_reason", p_reason},
    {"incident_parse", p_incident},
    {"customer_parse", mssecref_customer_parse},
    {"section_parse", mssecref_section_parse},
    {"sign_in_parse", mssecref_sign_in_parse},
    {"vocabulary_parse", mssecref_vocabulary_parse},
    {"results_parse", mssecref_results_parse},
    {"contact_by_id", p_by_id},
};
#define NPARSERS (sizeof parsers / sizeof parsers[0])

static char *big_string(void) { return test_repeat('a', 1u << 20); }

START_TEST(test_hostile_names) {
  size_t h = (size_t)_i / NPARSERS, p = (size_t)_i % NPARSERS;
  char *big = hostile[h].big ? big_string() : NULL;
  const char *s = hostile[h].big ? big : hostile[h].s;
  int rc = parsers[p].fn(s);
  ck_assert_msg(rc == hostile[h].name, "%s(%s) = %d, expected %d",
                parsers[p].name, hostile[h].what, rc, hostile[h].name);
  free(big);
}
END_TEST

START_TEST(test_hostile_lang) {
  char *big = hostile[_i].big ? big_string() : NULL;
  const char *s = hostile[_i].big ? big : hostile[_i].s;
  int fallback = 77;
  int rc = mssecref_lang_parse(s, &fallback);
  ck_assert_msg(rc == hostile[_i].lang, "lang_parse(%s) = %d", hostile[_i].what,
                rc);
  if (rc < 0)
    ck_assert_int_eq(fallback, 77);
  free(big);
}
END_TEST

/* Each position of the one-call route: the parser's error, or for a NULL
 * tag or customer the documented "no preference". */
START_TEST(test_hostile_route_names) {
  char *big = hostile[_i].big ? big_string() : NULL;
  const char *s = hostile[_i].big ? big : hostile[_i].s;
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  int lang = 55, rc;

  rc = mssecref_route_names(s, "ja", "home", &c, &lang);
  ck_assert_int_eq(rc, hostile[_i].name);
  ck_assert_ptr_eq(c, sentinel);
  ck_assert_int_eq(lang, 55);

  rc = mssecref_route_names("phishing", s, "home", &c, &lang);
  if (s == NULL || hostile[_i].lang >= 0) {
    ck_assert_int_ge(rc, 0);
    c = sentinel, lang = 55;
  } else {
    ck_assert_int_eq(rc, hostile[_i].lang);
    ck_assert_ptr_eq(c, sentinel);
    ck_assert_int_eq(lang, 55);
  }

  rc = mssecref_route_names("phishing", "ja", s, &c, &lang);
  if (s == NULL) {
    ck_assert_int_ge(rc, 0);
  } else {
    ck_assert_int_eq(rc, hostile[_i].name);
    ck_assert_ptr_eq(c, sentinel);
    ck_assert_int_eq(lang, 55);
  }
  free(big);
}
END_TEST

/* The hostile strings through mssecref_observable_host() with every
 * kind: NULL, empty and 1 MiB get their status; the rest a host or
 * MSSECREF_EURL / MSSECREF_EIDN, with nothing written on error. */
START_TEST(test_hostile_observable_host) {
  char *big = hostile[_i].big ? big_string() : NULL;
  const char *s = hostile[_i].big ? big : hostile[_i].s;
  int kind;
  for (kind = 0; kind <= MSSECREF_OBSERVABLE_EMAIL; kind++) {
    char host[32] = "untouched";
    unsigned flags = 12345;
    int rc = mssecref_observable_host(s, kind, host, sizeof host, &flags);
    if (s == NULL)
      ck_assert_int_eq(rc, MSSECREF_ENULL);
    else if (*s == '\0')
      ck_assert_int_eq(rc, MSSECREF_EEMPTY);
    else if (hostile[_i].big)
      ck_assert_int_eq(rc, MSSECREF_ETOOLONG);
    else
      ck_assert_msg(rc >= 0 || rc == MSSECREF_EURL || rc == MSSECREF_EIDN ||
                        rc == MSSECREF_EEMPTY,
                    "%s, kind %d: %d", hostile[_i].what, kind, rc);
    if (rc < 0) {
      ck_assert_str_eq(host, "untouched");
      ck_assert_uint_eq(flags, 12345);
    } else {
      ck_assert_uint_eq(strlen(host), rc < 31 ? (size_t)rc : 31);
    }
  }
  free(big);
}
END_TEST

/* ---- enums ---- */

static const int bad_enums[] = {-1, INT_MIN, INT_MAX, 1000};

START_TEST(test_hostile_enums) {
  const int v = bad_enums[_i];
  const mssecref_contact *buf[3], *c = mssecref_contact_at(0);
  const mssecref_contact *const guard = (const mssecref_contact *)&guard;
  const mssecref_contact *r = guard;

  ck_assert_ptr_null(mssecref_incident_name(v));
  ck_assert_ptr_null(mssecref_lang_name(v));
  ck_assert_ptr_null(mssecref_customer_name(v));
  ck_assert_ptr_null(mssecref_section_name(v));
  ck_assert_ptr_null(mssecref_sign_in_name(v));
  ck_assert_ptr_null(mssecref_vocabulary_name(v));
  ck_assert_ptr_null(mssecref_incident_title(v, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_incident_title(1, v));
  if (v > 0 || v < MSSECREF_EIDN) /* -1 is MSSECREF_ENULL */
    ck_assert_str_eq(mssecref_strerror(v), "unknown status");
  ck_assert_ptr_null(mssecref_contact_title(c, v));
  ck_assert_ptr_null(mssecref_contact_summary(c, v));
  ck_assert_ptr_null(mssecref_contact_url(c, v));
  ck_assert_int_eq(mssecref_contact_priority(c, v), 0);
  ck_assert_uint_eq(mssecref_contact_sign_in(c, v), 0);
  ck_assert_ptr_null(mssecref_contact_related(c, (size_t)v));
  ck_assert_ptr_null(mssecref_contact_at((size_t)v));
  ck_assert_int_eq(mssecref_alias_at((size_t)v, NULL, NULL, NULL),
                   MSSECREF_EINVAL);

  buf[0] = buf[1] = buf[2] = guard;
  ck_assert_int_eq(mssecref_lookup(v, 0, 0, buf + 1, 1), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_lookup(0, v, 0, buf + 1, 1), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_lookup(0, 0, v, buf + 1, 1), MSSECREF_EINVAL);
  ck_assert(buf[0] == guard && buf[1] == guard && buf[2] == guard);
  ck_assert_int_eq(mssecref_route(v, 1, 1, &r), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route(1, v, 1, &r), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route(1, 1, v, &r), MSSECREF_EINVAL);
  ck_assert_ptr_eq(r, guard);
}
END_TEST

/* One past the last value of each enum. */
START_TEST(test_one_past_last) {
  const mssecref_contact *buf[1], *r = NULL;
  ck_assert_ptr_null(mssecref_incident_name(MSSECREF_INCIDENT_MAX + 1));
  ck_assert_ptr_null(mssecref_lang_name(MSSECREF_LANG_MAX + 1));
  ck_assert_ptr_null(mssecref_customer_name(MSSECREF_CUSTOMER_MAX + 1));
  ck_assert_ptr_null(mssecref_section_name(MSSECREF_SECTION_MAX + 1));
  ck_assert_ptr_null(mssecref_sign_in_name(MSSECREF_SIGN_IN_MAX + 1));
  ck_assert_ptr_null(mssecref_vocabulary_name(MSSECREF_VOCABULARY_MAX + 1));
  ck_assert_int_eq(mssecref_lookup(MSSECREF_INCIDENT_MAX + 1, 0, 0, buf, 1),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_lookup(0, MSSECREF_LANG_MAX + 1, 0, buf, 1),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_lookup(0, 0, MSSECREF_CUSTOMER_MAX + 1, buf, 1),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route(MSSECREF_INCIDENT_MAX + 1, 1, 1, &r),
                   MSSECREF_EINVAL);
  ck_assert_ptr_null(mssecref_contact_at(mssecref_contact_count()));
  ck_assert_int_eq(mssecref_alias_at(mssecref_alias_count(), NULL, NULL, NULL),
                   MSSECREF_EINVAL);
}
END_TEST

/* NULL and zero-capacity output arrays. */
START_TEST(test_output_arrays) {
  const mssecref_contact *one[1];
  int total = mssecref_lookup(0, 0, 0, NULL, 0);
  ck_assert_int_eq(total, (int)mssecref_contact_count());
  ck_assert_int_eq(mssecref_lookup(0, 0, 0, one, 0), total);
  ck_assert_int_eq(mssecref_lookup(0, 0, 0, NULL, 1), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_lookup(0, 0, 0, NULL, (size_t)-1), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route(1, 1, 1, NULL), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", "home", NULL, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_contact_by_id("report-abuse", NULL),
                   MSSECREF_ENULL);
}
END_TEST

/* An unterminated string of n bytes that ends where an unreadable page
 * begins: a function reading one byte too far faults. */
static char *unterminated(size_t n, char fill, void **map, size_t *len) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t pages = (n + page - 1) / page + 1;
  char *base = mmap(NULL, pages * page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne(base, MAP_FAILED);
  ck_assert_int_eq(mprotect(base + (pages - 1) * page, page, PROT_NONE), 0);
  memset(base, fill, (pages - 1) * page);
  *map = base;
  *len = pages * page;
  return base + (pages - 1) * page - n;
}

/* "Never read past byte MSSECREF_NAME_MAX + 1": 300 bytes with no NUL,
 * right before an unmapped page, get ETOOLONG and no fault. */
START_TEST(test_names_not_read_past_limit) {
  void *map;
  size_t len, p;
  const char *s = unterminated(MSSECREF_NAME_MAX + 45, 'a', &map, &len);
  const mssecref_contact *c;
  for (p = 0; p < NPARSERS; p++)
    ck_assert_int_eq(parsers[p].fn(s), MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_lang_parse(s, NULL), MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_names(s, "ja", "home", &c, NULL),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_names("phishing", s, "home", &c, NULL),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_names("phishing", "ja", s, &c, NULL),
                   MSSECREF_ETOOLONG);
  munmap(map, len);
}
END_TEST

/* A set with a hostile element beside a good one: the element is skipped
 * and says so; alone, the set has no answer and writes nothing. */
START_TEST(test_hostile_route_set) {
  char *big = hostile[_i].big ? big_string() : NULL;
  const char *s = hostile[_i].big ? big : hostile[_i].s;
  const char *set[2];
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  size_t decided = 99;
  int lang = 55, rc;

  set[0] = s, set[1] = "ecs:malware";
  rc = mssecref_route_set(set, 2, 0, "ja", "home", &c, &lang, &decided);
  ck_assert_int_ge(rc, 0);
  ck_assert(rc & MSSECREF_ROUTE_SKIPPED);
  ck_assert_uint_eq(decided, 1);
  c = sentinel, lang = 55, decided = 99;
  rc = mssecref_route_set(set, 1, MSSECREF_VOCABULARY_ECS, "ja", "home", &c,
                          &lang, &decided);
  ck_assert_int_eq(rc, MSSECREF_ENOTFOUND);
  ck_assert_ptr_eq(c, sentinel);
  ck_assert_int_eq(lang, 55);
  ck_assert_uint_eq(decided, 99);
  /* as a qualified value and as a MISP tag's value */
  if (s != NULL && !hostile[_i].big) {
    char q[300];
    snprintf(q, sizeof q, "rsit:%s", s);
    /* rsit:"phishing" is a quoted value, as in MISP's tags */
    if (strcmp(hostile[_i].what, "quotes") != 0)
      ck_assert_int_lt(mssecref_incident_parse(q, NULL, NULL), 0);
    snprintf(q, sizeof q, "rsit:fraud=\"%s\"", s);
    ck_assert_int_lt(mssecref_incident_parse(q, NULL, NULL), 0);
  }
  free(big);
}
END_TEST

/* Qualified names are read no further than the limit either. */
START_TEST(test_qualified_not_read_past_limit) {
  void *map;
  size_t len;
  char *s = unterminated(MSSECREF_NAME_MAX + 45, 'a', &map, &len);
  const mssecref_contact *c;
  const char *set[1];
  memcpy(s, "rsit:fraud=\"", 12);
  ck_assert_int_eq(mssecref_incident_parse(s, NULL, NULL), MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_incident_parse_in(s, 0, NULL, NULL),
                   MSSECREF_ETOOLONG);
  set[0] = s;
  ck_assert_int_eq(mssecref_route_set(set, 1, 0, NULL, NULL, &c, NULL, NULL),
                   MSSECREF_ENOTFOUND);
  munmap(map, len);
}
END_TEST

/* The same for observables, whose limit is MSSECREF_OBSERVABLE_MAX. */
START_TEST(test_observables_not_read_past_limit) {
  void *map;
  size_t len;
  char *s = unterminated(MSSECREF_OBSERVABLE_MAX + 77, 'a', &map, &len);
  const mssecref_contact *c;
  ck_assert_int_eq(mssecref_host_managed(s, NULL, NULL), MSSECREF_ETOOLONG);
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_EMAIL, NULL, NULL),
      MSSECREF_ETOOLONG);
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_ANY, NULL, NULL),
      MSSECREF_ETOOLONG);
  memcpy(s, "https://", 8); /* an authority with no end */
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_URL, NULL, NULL),
      MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_route_observable(2, s, 0, 1, 1, &c),
                   MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_observable_host(s, 0, NULL, 0, NULL),
                   MSSECREF_ETOOLONG);
  munmap(map, len);
}
END_TEST

/* Every function that takes an observable, with every kind: the status,
 * or 0/1 for a verdict, or the host's length. */
static int call_observable(int fn, const char *s) {
  char host[64];
  unsigned flags = 0;
  const mssecref_contact *c = NULL;
  int kind = fn % 4;
  switch (fn / 4) {
  case 0:
    return kind == 0 ? mssecref_host_managed(s, NULL, NULL)
                     : mssecref_observable_managed(s, kind, NULL, NULL);
  case 1:
    return mssecref_observable_managed(s, kind == 0 ? 0 : kind, NULL, NULL);
  case 2:
    return mssecref_observable_host(s, kind, host, sizeof host, &flags);
  default:
    return mssecref_route_observable(MSSECREF_INCIDENT_UNSAFE_WEBSITE, s, kind,
                                     1, 1, &c);
  }
}
#define NOBS_FNS 16

/* Prefixes that send the reader down each of its paths: a bare host, a
 * URL, an e-mail address, a defanged URL (the normalising pass), leading
 * space (ditto), a display-name address. */
static const char *const fills[] = {"",    "https://", "a@", "hxxps://x[.]",
                                    " \t", "Name <a@"};
#define NFILLS (sizeof fills / sizeof fills[0])

/* The issue's over-read, generalised: each function's input placed right
 * before a PROT_NONE page at every length from MSSECREF_OBSERVABLE_MAX - 40
 * to MSSECREF_OBSERVABLE_MAX + 40, NUL-terminated (the NUL the last
 * readable byte) and, past the limit, unterminated.  Nothing faults, and
 * every string whose host or address does not end within the limit is
 * MSSECREF_ETOOLONG. */
START_TEST(test_observables_every_length) {
  const size_t lo = MSSECREF_OBSERVABLE_MAX - 40;
  const size_t hi = MSSECREF_OBSERVABLE_MAX + 40;
  size_t len, f = (size_t)_i;
  for (len = lo; len <= hi; len++) {
    int term;
    for (term = 0; term < 2; term++) {
      void *map;
      size_t maplen, k;
      size_t n = term ? len + 1 : len; /* bytes before the page */
      char *s;
      int fn;
      if (!term && len <= MSSECREF_OBSERVABLE_MAX)
        continue; /* not a C string, and within the limit: may be read */
      s = unterminated(n, 'a', &map, &maplen);
      memcpy(s, fills[f], strlen(fills[f]));
      if (term)
        s[len] = '\0';
      for (fn = 0; fn < NOBS_FNS; fn++) {
        int rc = call_observable(fn, s);
        if (len > MSSECREF_OBSERVABLE_MAX)
          ck_assert_msg(rc == MSSECREF_ETOOLONG,
                        "fill '%s', %zu bytes%s, function %d: %d", fills[f],
                        len, term ? "" : " unterminated", fn, rc);
        else
          ck_assert_int_ne(rc, MSSECREF_ETOOLONG);
      }
      (void)k;
      munmap(map, maplen);
    }
  }
}
END_TEST

/* The issue's example exactly: "https://" and 1,017 'a's ending at the
 * page edge, unterminated, and the same 1,025-byte URL terminated. */
START_TEST(test_issue_overread) {
  void *map;
  size_t len;
  char *s = unterminated(1025, 'a', &map, &len);
  memcpy(s, "https://", 8);
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_URL, NULL, NULL),
      MSSECREF_ETOOLONG);
  munmap(map, len);
  s = unterminated(1026, 'a', &map, &len);
  memcpy(s, "https://", 8);
  s[1025] = '\0';
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_URL, NULL, NULL),
      MSSECREF_ETOOLONG);
  s[1024] = '\0'; /* 1,024 bytes: within the limit */
  ck_assert_int_eq(
      mssecref_observable_managed(s, MSSECREF_OBSERVABLE_URL, NULL, NULL), 0);
  munmap(map, len);
}
END_TEST

/* A host whose UTS #46 mapping grows past the limit (U+FDFA maps to 18
 * code points), and a long path after a short authority. */
START_TEST(test_observable_expansion) {
  char url[1100];
  size_t i, n = 0;
  n += (size_t)sprintf(url, "https://");
  for (i = 0; i < 300; i++)
    memcpy(url + n, "\xef\xb7\xba", 3), n += 3;
  url[n] = '\0';
  ck_assert_int_eq(
      mssecref_observable_host(url, MSSECREF_OBSERVABLE_URL, NULL, 0, NULL),
      MSSECREF_ETOOLONG);
}
END_TEST

Suite *hostile_suite(void) {
  Suite *s = suite_create("hostile");
  TCase *tc = tcase_create("strings");
  tcase_add_loop_test(tc, test_hostile_names, 0, (int)(NHOSTILE * NPARSERS));
  tcase_add_loop_test(tc, test_hostile_lang, 0, (int)NHOSTILE);
  tcase_add_loop_test(tc, test_hostile_route_names, 0, (int)NHOSTILE);
  tcase_add_loop_test(tc, test_hostile_observable_host, 0, (int)NHOSTILE);
  tcase_add_test(tc, test_names_not_read_past_limit);
  tcase_add_loop_test(tc, test_hostile_route_set, 0, (int)NHOSTILE);
  tcase_add_test(tc, test_qualified_not_read_past_limit);
  tcase_add_test(tc, test_observables_not_read_past_limit);
  tcase_add_loop_test(tc, test_observables_every_length, 0, (int)NFILLS);
  tcase_add_test(tc, test_issue_overread);
  tcase_add_test(tc, test_observable_expansion);
  suite_add_tcase(s, tc);
  tc = tcase_create("enums");
  tcase_add_loop_test(tc, test_hostile_enums, 0,
                      sizeof bad_enums / sizeof bad_enums[0]);
  tcase_add_test(tc, test_one_past_last);
  tcase_add_test(tc, test_output_arrays);
  suite_add_tcase(s, tc);
  return s;
}
