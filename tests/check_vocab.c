/* check_vocab.c - every (vocabulary, value) pair: read from the catalogue's
 * own source with a parser written for the test and compared with what the
 * library answers; every pair of the reference (tests/data/
 * vocab-values.tsv) must be one of them; and the properties of issue 10:
 * legacy spellings answer as their rewrite, the abuse vocabularies go to
 * the abuse report, a set answers alike in every order, a qualified name
 * never takes another vocabulary's meaning, an unknown qualifier is a
 * defined error. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <mssecref.h>

#include "suites.h"

#ifndef CATALOGUE_PATH
#error "define CATALOGUE_PATH"
#endif
#ifndef VOCAB_DATA_PATH
#error "define VOCAB_DATA_PATH"
#endif

#define NV (MSSECREF_VOCABULARY_MAX + 1)
#define MAXVAL 1024
#define MAXREASON 64
#define BIT(x) (1u << (x))

/* One value line, resolved: what the library must answer. */
struct value {
  int vocabulary;
  char name[80];
  char key[80]; /* folded */
  int first;    /* 0: no contact */
  unsigned incidents;
  int judgement;
  char reason[40];
  char same_as[80]; /* the legacy spelling's target, as written */
};

static struct value values[MAXVAL];
static int nvalues;
static char reasons[MAXREASON][3][400]; /* id, ja, en */
static int nreasons;
static char sources[NV][600];
static int precedence[MSSECREF_INCIDENT_MAX + 1];
static char aliases[512][80]; /* folded [aliases] keys and incident ids */
static int alias_first[512];
static int naliases;

static void fold(const char *s, char *out, size_t cap) {
  size_t i;
  for (i = 0; s[i] != '\0' && i + 1 < cap; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c == '_' || c == ' ')
      c = '-';
    out[i] = c;
  }
  out[i] = '\0';
}

static char *strip(char *s) {
  char *e;
  while (*s == ' ')
    s++;
  e = s + strlen(s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\n'))
    *--e = '\0';
  return s;
}

static int incident_named(const char *w) {
  int i;
  for (i = 1; i <= MSSECREF_INCIDENT_MAX; i++)
    if (strcmp(mssecref_incident_name(i), w) == 0)
      return i;
  return -1;
}

static void parse_outcome(struct value *v, char *text) {
  char *bar = strrchr(text, '|'), *w, *save = NULL;
  ck_assert_ptr_nonnull(bar);
  *bar = '\0';
  v->judgement = strcmp(strip(bar + 1), "judgement") == 0;
  text = strip(text);
  if (strncmp(text, "none ", 5) == 0) {
    snprintf(v->reason, sizeof v->reason, "%s", strip(text + 5));
    return;
  }
  if (strncmp(text, "same-as ", 8) == 0) {
    snprintf(v->same_as, sizeof v->same_as, "%s", strip(text + 8));
    return;
  }
  for (w = strtok_r(text, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    int inc = incident_named(w);
    ck_assert_msg(inc > 0, "%s: unknown incident %s", v->name, w);
    if (v->first == 0)
      v->first = inc;
    v->incidents |= BIT(inc);
  }
}

static struct value *find_value(int voc, const char *name) {
  char key[80];
  int i;
  for (i = 0; i < nvalues; i++)
    if (values[i].vocabulary == voc && strcmp(values[i].name, name) == 0)
      return &values[i];
  fold(name, key, sizeof key);
  for (i = 0; i < nvalues; i++)
    if (values[i].vocabulary == voc && strcmp(values[i].key, key) == 0)
      return &values[i];
  return NULL;
}

static void add_alias(const char *name, int first) {
  ck_assert_int_lt(naliases, 512);
  fold(name, aliases[naliases], sizeof aliases[0]);
  alias_first[naliases++] = first;
}

/* The catalogue, as a reviewer reads it. */
static void load(void) {
  FILE *f = fopen(CATALOGUE_PATH, "r");
  char line[2048], kind[32] = "", id[80] = "";
  int i;
  ck_assert_ptr_nonnull(f);
  nvalues = nreasons = naliases = 0;
  while (fgets(line, sizeof line, f)) {
    char *s = strip(line), *eq, *key, *val;
    if (*s == '\0' || *s == '#')
      continue;
    if (*s == '[') {
      id[0] = '\0';
      ck_assert(sscanf(s, "[%31[a-z] %79[^]]]", kind, id) >= 1);
      if (strchr(kind, ']'))
        *strchr(kind, ']') = '\0';
      if (strcmp(kind, "reason") == 0) {
        snprintf(reasons[nreasons][0], sizeof reasons[0][0], "%s", id);
        nreasons++;
      }
      continue;
    }
    eq = strchr(s, '=');
    ck_assert_ptr_nonnull(eq);
    *eq = '\0';
    key = strip(s);
    val = strip(eq + 1);
    if (strcmp(kind, "reason") == 0) {
      int lang = strcmp(key, "text-ja") == 0 ? 1 : 2;
      snprintf(reasons[nreasons - 1][lang], sizeof reasons[0][0], "%s", val);
    } else if (strcmp(kind, "incident") == 0) {
      if (strcmp(key, "precedence") == 0)
        precedence[incident_named(id)] = atoi(val);
      if (strcmp(key, "title-en") == 0)
        add_alias(id, incident_named(id));
    } else if (strcmp(kind, "aliases") == 0) {
      char first[64];
      ck_assert(sscanf(val, "%63s", first) == 1);
      add_alias(key, incident_named(first));
    } else if (strcmp(kind, "vocabulary") == 0) {
      int voc = mssecref_vocabulary_parse(id);
      struct value *v;
      ck_assert_int_gt(voc, 0);
      if (strcmp(key, "source") == 0) {
        snprintf(sources[voc], sizeof sources[0], "%s", val);
        continue;
      }
      ck_assert_int_lt(nvalues, MAXVAL);
      v = &values[nvalues++];
      memset(v, 0, sizeof *v);
      v->vocabulary = voc;
      snprintf(v->name, sizeof v->name, "%s", key);
      fold(key, v->key, sizeof v->key);
      parse_outcome(v, val);
    }
  }
  fclose(f);
  /* a legacy spelling answers as its target (one step) */
  for (i = 0; i < nvalues; i++)
    if (values[i].same_as[0] != '\0') {
      const struct value *t =
          find_value(values[i].vocabulary, values[i].same_as);
      ck_assert_msg(t != NULL && t->same_as[0] == '\0', "same-as %s",
                    values[i].same_as);
      values[i].first = t->first;
      values[i].incidents = t->incidents;
      values[i].judgement = t->judgement;
      memcpy(values[i].reason, t->reason, sizeof t->reason);
    }
  ck_assert_int_gt(nvalues, 250);
}

static const char *reason_text(const char *id, int lang) {
  int i;
  for (i = 0; i < nreasons; i++)
    if (strcmp(reasons[i][0], id) == 0)
      return reasons[i][lang];
  ck_abort_msg("no [reason %s]", id);
  return NULL;
}

/* The library's answer for `name` in vocabulary v agrees with line x. */
static void check_answer(const struct value *x, const char *name, int v) {
  unsigned voc = 0, alt = 0;
  const char *ja = NULL, *en = NULL;
  char q[200];
  int rc = mssecref_incident_parse_in(name, v, &voc, &alt);
  if (x->first == 0) {
    ck_assert_msg(rc == MSSECREF_EOUTOFSCOPE, "%s:%s = %d",
                  mssecref_vocabulary_name(v), name, rc);
    ck_assert_int_eq(mssecref_incident_reason(name, v, MSSECREF_LANG_JA, &ja),
                     0);
    ck_assert_int_eq(mssecref_incident_reason(name, v, MSSECREF_LANG_EN, &en),
                     0);
    ck_assert_str_eq(ja, reason_text(x->reason, 1));
    ck_assert_str_eq(en, reason_text(x->reason, 2));
  } else {
    ck_assert_msg(rc == x->first, "%s:%s = %d, not %d",
                  mssecref_vocabulary_name(v), name, rc, x->first);
    ck_assert_uint_eq(voc, BIT(v));
    ck_assert_uint_eq(alt, x->incidents & ~BIT(x->first));
    ck_assert_int_eq(mssecref_incident_reason(name, v, 0, &en), x->first);
    ck_assert_str_eq(en, "");
  }
  /* the qualified string answers alike, with no vocabulary argument */
  snprintf(q, sizeof q, "%s:%s", mssecref_vocabulary_name(v), name);
  ck_assert_int_eq(mssecref_incident_parse(q, NULL, NULL), rc);
  ck_assert_int_eq(mssecref_incident_parse_in(q, v, NULL, NULL), rc);
}

START_TEST(test_values_round_trip) {
  int v, i, k;
  load();
  for (v = 1; v < NV; v++) {
    size_t n = 0;
    if (sources[v][0] == '\0')
      continue; /* built from [incident] and [aliases]: see below */
    ck_assert_str_eq(mssecref_vocabulary_source(v), sources[v]);
    for (i = 0; i < nvalues; i++) {
      const struct value *x = &values[i];
      const char *name = NULL;
      unsigned incidents = 99;
      int judgement = 99;
      if (x->vocabulary != v)
        continue;
      k = mssecref_value_at(v, n++, &name, &incidents, &judgement);
      ck_assert_int_eq(k, x->first);
      ck_assert_str_eq(name, x->name);
      ck_assert_uint_eq(incidents, x->incidents);
      ck_assert_int_eq(judgement, x->judgement);
      check_answer(x, x->name, v);
    }
    ck_assert_uint_eq(mssecref_value_count(v), n);
    ck_assert_int_eq(mssecref_value_at(v, n, NULL, NULL, NULL),
                     MSSECREF_EINVAL);
  }
  /* the canonical names and everyday words are vocabularies too */
  ck_assert_uint_eq(mssecref_value_count(MSSECREF_VOCABULARY_MSSECREF),
                    MSSECREF_INCIDENT_MAX);
  for (i = 1; i <= MSSECREF_INCIDENT_MAX; i++) {
    char q[64];
    snprintf(q, sizeof q, "mssecref:%s", mssecref_incident_name(i));
    ck_assert_int_eq(mssecref_incident_parse(q, NULL, NULL), i);
  }
  ck_assert_int_eq(mssecref_incident_parse("common:scam", NULL, NULL),
                   MSSECREF_INCIDENT_TECH_SUPPORT_SCAM);
  ck_assert_int_eq(mssecref_incident_parse("mssecref:phishing", NULL, NULL),
                   MSSECREF_ENOTFOUND);
  ck_assert_ptr_null(mssecref_vocabulary_source(0));
  ck_assert_ptr_null(mssecref_vocabulary_source(NV));
  ck_assert_uint_eq(mssecref_value_count(-1), 0);
  ck_assert_uint_eq(mssecref_value_count(NV), 0);
  ck_assert_int_eq(mssecref_value_at(NV, 0, NULL, NULL, NULL), MSSECREF_EINVAL);
}
END_TEST

/* Every pair of the reference is a catalogue line, answered as written;
 * a legacy spelling answers exactly as the value the tool rewrites it to. */
START_TEST(test_reference_pairs) {
  FILE *f = fopen(VOCAB_DATA_PATH, "r");
  char line[512];
  int total = 0, covered = 0;
  load();
  ck_assert_ptr_nonnull(f);
  while (fgets(line, sizeof line, f)) {
    char *voc, *field, *value, *rewrite, *save = NULL;
    const struct value *x;
    int v;
    if (line[0] == '#')
      continue;
    line[strcspn(line, "\n")] = '\0';
    voc = strtok_r(line, "\t", &save);
    field = strtok_r(NULL, "\t", &save);
    value = strtok_r(NULL, "\t", &save);
    rewrite = strtok_r(NULL, "\t", &save);
    ck_assert_ptr_nonnull(value);
    (void)field;
    total++;
    v = mssecref_vocabulary_parse(voc);
    ck_assert_int_gt(v, 0);
    x = find_value(v, value);
    ck_assert_msg(x != NULL, "%s:%s is not in the catalogue", voc, value);
    ck_assert_msg(mssecref_incident_parse_in(value, v, NULL, NULL) !=
                      MSSECREF_ENOTFOUND,
                  "%s:%s unknown", voc, value);
    check_answer(x, value, v);
    if (rewrite != NULL && *rewrite != '\0') {
      unsigned a1 = 0, a2 = 0;
      const char *r1 = NULL, *r2 = NULL;
      ck_assert_int_eq(mssecref_incident_parse_in(value, v, NULL, &a1),
                       mssecref_incident_parse_in(rewrite, v, NULL, &a2));
      ck_assert_uint_eq(a1, a2);
      ck_assert_int_eq(mssecref_incident_reason(value, v, 1, &r1),
                       mssecref_incident_reason(rewrite, v, 1, &r2));
      ck_assert_str_eq(r1, r2);
    }
    covered++;
  }
  fclose(f);
  ck_assert_int_ge(total, 280);
  ck_assert_int_eq(covered, total);
}
END_TEST

/* Every value of Microsoft's abuse-report vocabularies names something at
 * Microsoft: the abuse report, for every customer type. */
START_TEST(test_abuse_vocabulary) {
  static const char *const customers[] = {NULL, "home", "enterprise"};
  size_t i, n = mssecref_value_count(MSSECREF_VOCABULARY_MSRC_ABUSE);
  int k;
  ck_assert_uint_ge(n, 20);
  for (i = 0; i < n; i++) {
    const char *name;
    mssecref_value_at(MSSECREF_VOCABULARY_MSRC_ABUSE, i, &name, NULL, NULL);
    for (k = 0; k < 3; k++) {
      const mssecref_contact *c = NULL;
      char q[200];
      ck_assert_int_ge(mssecref_route_names_in(name,
                                               MSSECREF_VOCABULARY_MSRC_ABUSE,
                                               "ja", customers[k], &c, NULL),
                       0);
      ck_assert_str_eq(mssecref_contact_id(c), "report-abuse");
      snprintf(q, sizeof q, "msrc-abuse:%s", name);
      c = NULL;
      ck_assert_int_ge(mssecref_route_names(q, "en", customers[k], &c, NULL),
                       0);
      ck_assert_str_eq(mssecref_contact_id(c), "report-abuse");
    }
  }
}
END_TEST

/* A qualified name never takes another vocabulary's meaning: asked in
 * vocabulary w, the value answers as w's own line or is unknown there. */
START_TEST(test_qualified_own_meaning) {
  int i, w;
  load();
  for (i = 0; i < nvalues; i++)
    for (w = 1; w < NV; w++) {
      const struct value *x = &values[i], *own;
      char q[200];
      if (sources[w][0] == '\0')
        continue;
      snprintf(q, sizeof q, "%s:%s", mssecref_vocabulary_name(x->vocabulary),
               x->name);
      if (w != x->vocabulary)
        ck_assert_int_eq(mssecref_incident_parse_in(q, w, NULL, NULL),
                         MSSECREF_EVOCABULARY);
      own = find_value(w, x->name);
      if (own == NULL)
        ck_assert_msg(mssecref_incident_parse_in(x->name, w, NULL, NULL) ==
                          MSSECREF_ENOTFOUND,
                      "%s found in %s", x->name, mssecref_vocabulary_name(w));
      else
        check_answer(own, x->name, w);
    }
}
END_TEST

START_TEST(test_qualifiers) {
  static const struct {
    const char *name;
    int want;
  } cases[] = {
      {"ms-graph:unknown", MSSECREF_EOUTOFSCOPE},
      {"MS_GRAPH:Unknown", MSSECREF_EOUTOFSCOPE},
      {"unknown", MSSECREF_INCIDENT_PRODUCT_SUPPORT}, /* as in 1.0 */
      {"intelmq:unknown", MSSECREF_INCIDENT_PRODUCT_SUPPORT},
      {"msrc-abuse:MALWARE", MSSECREF_INCIDENT_CLOUD_ABUSE},
      {"MALWARE", MSSECREF_INCIDENT_MALWARE_SAMPLE}, /* as in 1.0 */
      {"rsit:fraud=\"phishing\"", MSSECREF_INCIDENT_UNSAFE_WEBSITE},
      {"rsit:fraud=phishing", MSSECREF_INCIDENT_UNSAFE_WEBSITE},
      {"RSIT:Fraud=\"Phishing\"", MSSECREF_INCIDENT_UNSAFE_WEBSITE},
      {"rsit:test=\"test\"", MSSECREF_EOUTOFSCOPE},
      {"rsit:\"spam\"", MSSECREF_INCIDENT_CLOUD_ABUSE},
      {"rsit:nope=\"phishing\"", MSSECREF_ENOTFOUND},
      {"rsit:=\"phishing\"", MSSECREF_ENOTFOUND},
      {"rsit:fraud=\"\"", MSSECREF_ENOTFOUND},
      {"rsit:fraud=\"phishing", MSSECREF_ENOTFOUND},
      {"rsit:", MSSECREF_ENOTFOUND},
      {"rsit:nope", MSSECREF_ENOTFOUND},
      {"rsit:rsit:spam", MSSECREF_ENOTFOUND},
      {"nope:phishing", MSSECREF_EVOCABULARY},
      {":phishing", MSSECREF_EVOCABULARY},
      {"rsit2:phishing", MSSECREF_EVOCABULARY},
      {"misp:rsit:fraud=\"phishing\"", MSSECREF_EVOCABULARY},
      {"ecs:installation", MSSECREF_EOUTOFSCOPE},
      {"ms-defender:Installation", MSSECREF_INCIDENT_MALWARE_SAMPLE},
      {"test", MSSECREF_EOUTOFSCOPE},
      {"falsePositive", MSSECREF_EOUTOFSCOPE},
      {"ms-graph:compromisedUser", MSSECREF_INCIDENT_PRODUCT_SUPPORT},
      {"Command and control", MSSECREF_INCIDENT_CLOUD_ABUSE},
  };
  size_t i;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    unsigned v = 7, a = 7;
    int rc = mssecref_incident_parse(cases[i].name, &v, &a);
    ck_assert_msg(rc == cases[i].want, "%s = %d, not %d", cases[i].name, rc,
                  cases[i].want);
    if (rc < 0)
      ck_assert(v == 7 && a == 7);
  }
  ck_assert_int_eq(mssecref_incident_parse_in("ms-graph:unknown",
                                              MSSECREF_VOCABULARY_INTELMQ, NULL,
                                              NULL),
                   MSSECREF_EVOCABULARY);
  ck_assert_int_eq(mssecref_incident_parse_in("unknown", NV, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_incident_parse_in("unknown", -1, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_incident_reason("test", 0, 3, &(const char *){0}),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_incident_reason("test", 0, 1, NULL),
                   MSSECREF_ENULL);
  ck_assert_str_eq(mssecref_strerror(MSSECREF_EOUTOFSCOPE),
                   "known, no Microsoft contact");
  ck_assert_str_eq(mssecref_strerror(MSSECREF_EVOCABULARY),
                   "unknown vocabulary qualifier");
}
END_TEST

/* Every unqualified name: its [aliases] line or [incident] record, else
 * the answer its vocabularies agree on; alias_at() lists the ones with an
 * incident, exactly. */
START_TEST(test_unqualified_names) {
  static char seen[MAXVAL + 512][80];
  int nseen = 0, routable = 0, i, k;
  load();
  for (i = 0; i < naliases; i++) {
    ck_assert_int_eq(mssecref_incident_parse(aliases[i], NULL, NULL),
                     alias_first[i]);
    memcpy(seen[nseen++], aliases[i], 80);
    routable++;
  }
  for (i = 0; i < nvalues; i++) {
    const struct value *x = &values[i];
    int rc = mssecref_incident_parse(x->name, NULL, NULL), dup = 0;
    for (k = 0; k < nseen && !dup; k++)
      dup = strcmp(seen[k], x->key) == 0;
    if (dup)
      continue;
    memcpy(seen[nseen++], x->key, 80);
    ck_assert_int_eq(rc, x->first ? x->first : MSSECREF_EOUTOFSCOPE);
    routable += x->first != 0;
  }
  ck_assert_uint_eq(mssecref_alias_count(), (size_t)routable);
}
END_TEST

START_TEST(test_precedence) {
  int i, k;
  load();
  for (i = 1; i <= MSSECREF_INCIDENT_MAX; i++) {
    ck_assert_int_eq(mssecref_incident_precedence(i), precedence[i]);
    for (k = 1; k < i; k++)
      ck_assert_int_ne(mssecref_incident_precedence(i),
                       mssecref_incident_precedence(k));
  }
  ck_assert_int_eq(mssecref_incident_precedence(0), 0);
  ck_assert_int_eq(mssecref_incident_precedence(MSSECREF_INCIDENT_MAX + 1), 0);
}
END_TEST

/* ---- sets ---- */

struct answer {
  int rc;
  const mssecref_contact *c;
  int lang;
  size_t decided;
};

static struct answer route_set(const char *const *set, size_t n, int v) {
  struct answer a;
  a.c = NULL, a.lang = -1, a.decided = 999;
  a.rc = mssecref_route_set(set, n, v, "ja", "home", &a.c, &a.lang, &a.decided);
  return a;
}

/* The incident of lowest precedence among the elements' meanings. */
static int expected_best(const char *const *set, size_t n, int v) {
  int best = 0;
  size_t k;
  for (k = 0; k < n; k++) {
    int inc = mssecref_incident_parse_in(set[k], v, NULL, NULL);
    if (inc > 0 && (best == 0 || mssecref_incident_precedence(inc) <
                                     mssecref_incident_precedence(best)))
      best = inc;
  }
  return best;
}

static void check_permutations(const char *a, const char *b, const char *c,
                               int v) {
  const char *p[6][3] = {{a, b, c}, {a, c, b}, {b, a, c},
                         {b, c, a}, {c, a, b}, {c, b, a}};
  struct answer first = route_set(p[0], 3, v);
  int best = expected_best(p[0], 3, v), k;
  for (k = 0; k < 6; k++) {
    struct answer x = route_set(p[k], 3, v);
    ck_assert_int_eq(x.rc, first.rc);
    ck_assert_ptr_eq(x.c, first.c);
    ck_assert_int_eq(x.lang, first.lang);
    if (x.rc >= 0) {
      const mssecref_contact *want;
      ck_assert_int_gt(best, 0);
      ck_assert_int_ge(
          mssecref_route(best, MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &want),
          0);
      ck_assert_ptr_eq(x.c, want);
      ck_assert_int_eq(
          mssecref_incident_parse_in(p[k][x.decided], v, NULL, NULL), best);
    }
  }
}

/* Every 3-set of ECS categories, in all six orders. */
START_TEST(test_set_every_order) {
  size_t n = mssecref_value_count(MSSECREF_VOCABULARY_ECS), i, j, k;
  const char *names[64];
  ck_assert_uint_le(n, 64);
  for (i = 0; i < n; i++)
    mssecref_value_at(MSSECREF_VOCABULARY_ECS, i, &names[i], NULL, NULL);
  n = 20; /* event.category comes first */
  for (i = 0; i < n; i++)
    for (j = i + 1; j < n; j++)
      for (k = j + 1; k < n; k++) {
        check_permutations(names[i], names[j], names[k],
                           MSSECREF_VOCABULARY_ECS);
        check_permutations(names[i], names[j], names[k], 0);
      }
  /* qualified elements from several vocabularies at once */
  check_permutations("ecs:malware", "ms-graph:falsePositive", "rsit:test", 0);
  check_permutations("msrc-abuse:Phishing", "ms-graph:phishing", "web", 0);
  check_permutations("nope:x", "intelmq:c2server", "", 0);
}
END_TEST

START_TEST(test_set_flags) {
  const char *issue[2] = {"intrusion_detection", "malware"};
  const char *reversed[2] = {"malware", "intrusion_detection"};
  const char *agree[2] = {"malware", "file"};
  const char *ambiguous[2] = {"phishing", "email"};
  const char *skipped[3] = {NULL, "", "ecs:web"};
  const char *none[3] = {"test", "ms-graph:falsePositive", "nope"};
  const char *unknown[3] = {"nope", NULL, "nope:x"};
  struct answer a = route_set(issue, 2, MSSECREF_VOCABULARY_ECS);
  struct answer b = route_set(reversed, 2, MSSECREF_VOCABULARY_ECS);
  ck_assert_int_ge(a.rc, 0);
  ck_assert_ptr_eq(a.c, b.c);
  ck_assert_int_eq(a.rc, b.rc);
  ck_assert_str_eq(mssecref_contact_id(a.c), "file-submission");
  ck_assert(a.rc & MSSECREF_ROUTE_DISAGREE);
  ck_assert_uint_eq(a.decided, 1);
  ck_assert_uint_eq(b.decided, 0);
  a = route_set(agree, 2, MSSECREF_VOCABULARY_ECS);
  ck_assert_int_ge(a.rc, 0);
  ck_assert(!(a.rc & MSSECREF_ROUTE_DISAGREE)); /* malware-sample both */
  a = route_set(ambiguous, 2, 0);
  ck_assert(a.rc & MSSECREF_ROUTE_AMBIGUOUS);
  ck_assert(!(a.rc & MSSECREF_ROUTE_DISAGREE));
  a = route_set(skipped, 3, 0);
  ck_assert_int_ge(a.rc, 0);
  ck_assert(a.rc & MSSECREF_ROUTE_SKIPPED);
  ck_assert_uint_eq(a.decided, 2);
  a = route_set(none, 3, 0);
  ck_assert_int_eq(a.rc, MSSECREF_EOUTOFSCOPE);
  ck_assert_ptr_null(a.c);
  ck_assert_int_eq(a.lang, -1);
  ck_assert_uint_eq(a.decided, 999);
  a = route_set(unknown, 3, 0);
  ck_assert_int_eq(a.rc, MSSECREF_ENOTFOUND);
}
END_TEST

START_TEST(test_set_errors) {
  const char *many[MSSECREF_SET_MAX + 1];
  const char *one[1] = {"phishing"};
  const mssecref_contact *c = NULL;
  size_t k;
  for (k = 0; k <= MSSECREF_SET_MAX; k++)
    many[k] = "malware";
  ck_assert_int_eq(mssecref_route_set(NULL, 1, 0, NULL, NULL, &c, NULL, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_set(one, 1, 0, NULL, NULL, NULL, NULL, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_set(NULL, 0, 0, NULL, NULL, &c, NULL, NULL),
                   MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_route_set(one, 1, NV, NULL, NULL, &c, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_set(one, 1, -1, NULL, NULL, &c, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_set(many, MSSECREF_SET_MAX + 1, 0, NULL, NULL,
                                      &c, NULL, NULL),
                   MSSECREF_ETOOLONG);
  ck_assert_int_ge(
      mssecref_route_set(many, MSSECREF_SET_MAX, 0, NULL, NULL, &c, NULL, NULL),
      0);
  ck_assert_int_eq(mssecref_route_set(one, 1, 0, "ja JP", NULL, &c, NULL, NULL),
                   MSSECREF_ESYNTAX);
  ck_assert_int_eq(
      mssecref_route_set(one, 1, 0, NULL, "nobody", &c, NULL, NULL),
      MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_route_set(one, 1, 0, "de", NULL, &c, NULL, NULL) &
                       MSSECREF_ROUTE_OTHER_LANG,
                   MSSECREF_ROUTE_OTHER_LANG);
}
END_TEST

/* The one-name forms agree with the set of one. */
START_TEST(test_route_names_in) {
  const mssecref_contact *c1 = NULL, *c2 = NULL;
  const char *set[1] = {"MALWARE"};
  int l1 = -1, l2 = -1;
  int r1 = mssecref_route_names_in("MALWARE", MSSECREF_VOCABULARY_MSRC_ABUSE,
                                   "ja", "home", &c1, &l1);
  int r2 = mssecref_route_set(set, 1, MSSECREF_VOCABULARY_MSRC_ABUSE, "ja",
                              "home", &c2, &l2, NULL);
  ck_assert_int_ge(r1, 0);
  ck_assert_int_eq(r1, r2);
  ck_assert_ptr_eq(c1, c2);
  ck_assert_int_eq(l1, l2);
  ck_assert_int_eq(mssecref_route_names_in("unknown",
                                           MSSECREF_VOCABULARY_MS_GRAPH, NULL,
                                           NULL, &c1, NULL),
                   MSSECREF_EOUTOFSCOPE);
  ck_assert_int_eq(
      mssecref_route_names("ms-graph:unknown", NULL, NULL, &c1, NULL),
      MSSECREF_EOUTOFSCOPE);
  ck_assert_int_eq(mssecref_route_names_in("x", NV, NULL, NULL, &c1, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_names_in(NULL, 0, NULL, NULL, &c1, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_names_in("x", 0, NULL, NULL, NULL, NULL),
                   MSSECREF_ENULL);
}
END_TEST

/* Every value, plain and qualified, ending right before an unreadable
 * page at 16 alignments: found alike, and nothing past its NUL read. */
START_TEST(test_values_at_page_end) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE), i, a;
  char *base = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  int v;
  ck_assert_ptr_ne(base, MAP_FAILED);
  ck_assert_int_eq(mprotect(base + page, page, PROT_NONE), 0);
  for (v = 1; v < NV; v++)
    for (i = 0; i < mssecref_value_count(v); i++) {
      const char *name;
      char q[200];
      int want, form;
      mssecref_value_at(v, i, &name, NULL, NULL);
      want = mssecref_incident_parse_in(name, v, NULL, NULL);
      for (form = 0; form < 3; form++) {
        const char *t = name;
        int (*parse)(const char *, int, unsigned *, unsigned *) =
            mssecref_incident_parse_in;
        if (form == 1)
          snprintf(q, sizeof q, "%s:%s", mssecref_vocabulary_name(v), name),
              t = q;
        if (form == 2)
          snprintf(q, sizeof q, "%s:x=\"%s\"", mssecref_vocabulary_name(v),
                   name),
              t = q;
        for (a = 0; a < 16; a++) {
          char *s = base + page - (strlen(t) + 1) - a;
          memcpy(s, t, strlen(t) + 1);
          if (form < 2)
            ck_assert_int_eq(parse(s, form == 0 ? v : 0, NULL, NULL), want);
          else /* the predicate x is no value: never found */
            ck_assert_int_lt(parse(s, 0, NULL, NULL), 0);
        }
      }
    }
  munmap(base, 2 * page);
}
END_TEST

Suite *vocab_suite(void) {
  Suite *s = suite_create("vocabularies");
  TCase *tc = tcase_create("values");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_values_round_trip);
  tcase_add_test(tc, test_reference_pairs);
  tcase_add_test(tc, test_abuse_vocabulary);
  tcase_add_test(tc, test_qualified_own_meaning);
  tcase_add_test(tc, test_qualifiers);
  tcase_add_test(tc, test_unqualified_names);
  tcase_add_test(tc, test_precedence);
  tcase_add_test(tc, test_values_at_page_end);
  suite_add_tcase(s, tc);
  tc = tcase_create("sets");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_set_every_order);
  tcase_add_test(tc, test_set_flags);
  tcase_add_test(tc, test_set_errors);
  tcase_add_test(tc, test_route_names_in);
  suite_add_tcase(s, tc);
  return s;
}
