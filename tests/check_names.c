/* check_names.c - enum names both ways, incident aliases, language tags,
 * versions and status messages. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

typedef const char *(*name_fn)(int);
typedef int (*parse_fn)(const char *);

static int parse_incident(const char *s) {
  return mssecref_incident_parse(s, NULL, NULL);
}

static const struct {
  const char *what;
  name_fn name;
  parse_fn parse;
  int first, last;
} enums[] = {
    {"incident", mssecref_incident_name, parse_incident, 1,
     MSSECREF_INCIDENT_MAX},
    {"customer", mssecref_customer_name, mssecref_customer_parse, 1,
     MSSECREF_CUSTOMER_MAX},
    {"section", mssecref_section_name, mssecref_section_parse, 1,
     MSSECREF_SECTION_MAX},
    {"sign-in", mssecref_sign_in_name, mssecref_sign_in_parse, 1,
     MSSECREF_SIGN_IN_MAX},
    {"vocabulary", mssecref_vocabulary_name, mssecref_vocabulary_parse, 1,
     MSSECREF_VOCABULARY_MAX},
    {"results", mssecref_results_name, mssecref_results_parse, 1,
     MSSECREF_RESULTS_MAX},
};
#define NENUMS (sizeof enums / sizeof enums[0])

/* Upper case and '_' for '-': the forms SIEM tools send. */
static void shout(const char *in, char *out) {
  for (; *in; in++, out++)
    *out = *in == '-' ? '_' : (*in >= 'a' && *in <= 'z') ? *in - 32 : *in;
  *out = '\0';
}

START_TEST(test_enum_round_trip) {
  int v;
  char buf[128];
  for (v = enums[_i].first; v <= enums[_i].last; v++) {
    const char *name = enums[_i].name(v);
    ck_assert_msg(name != NULL, "%s %d has no name", enums[_i].what, v);
    ck_assert_int_eq(enums[_i].parse(name), v);
    shout(name, buf);
    ck_assert_int_eq(enums[_i].parse(buf), v);
  }
}
END_TEST

START_TEST(test_enum_out_of_range) {
  const int bad[] = {-1, 0, enums[_i].last + 1, INT_MAX, INT_MIN};
  size_t k;
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    ck_assert_ptr_null(enums[_i].name(bad[k]));
}
END_TEST

START_TEST(test_enum_parse_errors) {
  char *big = test_repeat('a', MSSECREF_NAME_MAX + 1);
  char *huge = test_repeat('a', 1u << 20);
  char *max = test_repeat('a', MSSECREF_NAME_MAX);
  ck_assert_int_eq(enums[_i].parse(NULL), MSSECREF_ENULL);
  ck_assert_int_eq(enums[_i].parse(""), MSSECREF_EEMPTY);
  ck_assert_int_eq(enums[_i].parse(big), MSSECREF_ETOOLONG);
  ck_assert_int_eq(enums[_i].parse(huge), MSSECREF_ETOOLONG);
  ck_assert_int_eq(enums[_i].parse(max), MSSECREF_ENOTFOUND);
  ck_assert_int_eq(enums[_i].parse("%s%n"), MSSECREF_ENOTFOUND);
  ck_assert_int_eq(enums[_i].parse("\xc0\xaf"), MSSECREF_ENOTFOUND);
  free(big);
  free(huge);
  free(max);
}
END_TEST

START_TEST(test_lang_names) {
  ck_assert_str_eq(mssecref_lang_name(MSSECREF_LANG_JA), "ja");
  ck_assert_str_eq(mssecref_lang_name(MSSECREF_LANG_EN), "en");
  ck_assert_ptr_null(mssecref_lang_name(MSSECREF_LANG_ANY));
  ck_assert_ptr_null(mssecref_lang_name(3));
  ck_assert_ptr_null(mssecref_lang_name(-1));
}
END_TEST

/* ---- incident aliases ---- */

#define BIT(x) (1u << (x))
enum {
  MAL = MSSECREF_INCIDENT_MALWARE_SAMPLE,
  WEB = MSSECREF_INCIDENT_UNSAFE_WEBSITE,
  SCAM = MSSECREF_INCIDENT_TECH_SUPPORT_SCAM,
  ABUSE = MSSECREF_INCIDENT_CLOUD_ABUSE,
  VULN = MSSECREF_INCIDENT_VULNERABILITY,
  DEF = MSSECREF_INCIDENT_DEFINITION_UPDATE,
  INFO = MSSECREF_INCIDENT_THREAT_INFORMATION,
  SUP = MSSECREF_INCIDENT_PRODUCT_SUPPORT
};

/* What the tools of shared/reference/taxonomies.md send, as they send it. */
static const struct {
  const char *name;
  int incident;
  unsigned alternatives;
  int vocabulary; /* one vocabulary the answer must include */
} aliases[] = {
    {"phishing", WEB, BIT(ABUSE), MSSECREF_VOCABULARY_RSIT},
    {"PHISHING", WEB, BIT(ABUSE), MSSECREF_VOCABULARY_MSRC_ABUSE},
    {"malware-distribution", WEB, BIT(ABUSE), MSSECREF_VOCABULARY_INTELMQ},
    {"infected-system", MAL, 0, MSSECREF_VOCABULARY_RSIT},
    {"Malware", MAL, BIT(WEB) | BIT(INFO), MSSECREF_VOCABULARY_MS_DEFENDER},
    {"unwantedSoftware", MAL, 0, MSSECREF_VOCABULARY_MS_GRAPH},
    {"botnet drone", MAL, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"botnet_drone", MAL, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"ransomware", MAL, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"masquerade", SCAM, 0, MSSECREF_VOCABULARY_RSIT},
    {"c&c", ABUSE, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"c2-server", ABUSE, 0, MSSECREF_VOCABULARY_RSIT},
    {"CNC", ABUSE, 0, MSSECREF_VOCABULARY_MSRC_ABUSE},
    {"INTRUSION_ATTEMPT", ABUSE, 0, MSSECREF_VOCABULARY_MSRC_ABUSE},
    {"PORT_SCAN", ABUSE, 0, MSSECREF_VOCABULARY_MSRC_ABUSE},
    {"CommandAndControl", ABUSE, 0, MSSECREF_VOCABULARY_MS_DEFENDER},
    {"intrusion_detection", ABUSE, 0, MSSECREF_VOCABULARY_ECS},
    {"unauthorised-use-of-resources", ABUSE, 0, MSSECREF_VOCABULARY_RSIT},
    {"unauthorized-use-of-resources", ABUSE, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"ddos", ABUSE, 0, MSSECREF_VOCABULARY_RSIT},
    {"vulnerable-system", VULN, BIT(DEF), MSSECREF_VOCABULARY_RSIT},
    {"exploit", VULN, BIT(ABUSE), MSSECREF_VOCABULARY_INTELMQ},
    {"vulnerability", VULN, 0, MSSECREF_VOCABULARY_MSSECREF},
    {"Vulnerability", VULN, 0, MSSECREF_VOCABULARY_ECS},
    {"threat", INFO, 0, MSSECREF_VOCABULARY_ECS},
    {"undetermined", SUP, 0, MSSECREF_VOCABULARY_RSIT},
    {"unknown", SUP, 0, MSSECREF_VOCABULARY_INTELMQ},
    {"other", SUP, 0, MSSECREF_VOCABULARY_MS_GRAPH},
    {"tech support scam", SCAM, 0, MSSECREF_VOCABULARY_MSSECREF},
    {"Definition_Update", DEF, 0, MSSECREF_VOCABULARY_MSSECREF},
};

START_TEST(test_alias_known) {
  unsigned vocab = 0, alt = 99;
  int got = mssecref_incident_parse(aliases[_i].name, &vocab, &alt);
  ck_assert_msg(got == aliases[_i].incident, "%s -> %d", aliases[_i].name, got);
  ck_assert_uint_eq(alt, aliases[_i].alternatives);
  ck_assert_msg(vocab & BIT(aliases[_i].vocabulary), "%s: vocabularies %x",
                aliases[_i].name, vocab);
  /* NULL out-pointers are allowed and change nothing */
  ck_assert_int_eq(mssecref_incident_parse(aliases[_i].name, NULL, NULL), got);
}
END_TEST

/* Every alias the library lists parses back, in every spelling. */
START_TEST(test_alias_table) {
  size_t i, n = mssecref_alias_count();
  ck_assert_uint_ge(n, 60);
  for (i = 0; i < n; i++) {
    const char *name = NULL;
    unsigned vocab = 0, incidents = 0, v2 = 0, alt = 0;
    char buf[128];
    int first = mssecref_alias_at(i, &name, &vocab, &incidents);
    ck_assert_int_ge(first, 1);
    ck_assert_ptr_nonnull(name);
    ck_assert_uint_ne(vocab, 0);
    ck_assert(incidents & BIT(first));
    ck_assert_int_eq(mssecref_incident_parse(name, &v2, &alt), first);
    ck_assert_uint_eq(v2, vocab);
    ck_assert_uint_eq(alt, incidents & ~BIT(first));
    shout(name, buf);
    ck_assert_int_eq(mssecref_incident_parse(buf, NULL, NULL), first);
  }
  ck_assert_int_eq(mssecref_alias_at(n, NULL, NULL, NULL), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_alias_at((size_t)-1, NULL, NULL, NULL),
                   MSSECREF_EINVAL);
}
END_TEST

START_TEST(test_alias_unknown) {
  unsigned vocab = 12345, alt = 6789;
  static const char *const unknown[] = {
      "phish", "phishingx", "xphishing",   "phishing ",      " phishing",
      "c & c", "c2",        "phishing\n",  "évil",           "\x1b[31mspam",
      "%s%n",  "-",         "rsit:fraud=", "malware--sample"};
  size_t k;
  for (k = 0; k < sizeof unknown / sizeof unknown[0]; k++) {
    ck_assert_msg(mssecref_incident_parse(unknown[k], &vocab, &alt) ==
                      MSSECREF_ENOTFOUND,
                  "'%s' parsed", unknown[k]);
    ck_assert_uint_eq(vocab, 12345); /* untouched on failure */
    ck_assert_uint_eq(alt, 6789);
  }
}
END_TEST

START_TEST(test_incident_titles) {
  int i;
  for (i = 1; i <= MSSECREF_INCIDENT_MAX; i++) {
    const char *ja = mssecref_incident_title(i, MSSECREF_LANG_JA);
    const char *en = mssecref_incident_title(i, MSSECREF_LANG_EN);
    ck_assert_ptr_nonnull(ja);
    ck_assert_ptr_nonnull(en);
    ck_assert((unsigned char)ja[0] >= 0x80 || strchr(ja, '\xe3') != NULL);
    ck_assert_int_gt((int)strlen(en), 3);
  }
  ck_assert_ptr_null(mssecref_incident_title(0, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_incident_title(9, MSSECREF_LANG_EN));
  ck_assert_ptr_null(mssecref_incident_title(1, 0));
  ck_assert_ptr_null(mssecref_incident_title(1, 3));
  ck_assert_ptr_null(mssecref_incident_title(-1, -1));
}
END_TEST

/* ---- language tags ---- */

static const struct {
  const char *tag;
  int lang;
  int fallback;
} tags[] = {
    {"ja", MSSECREF_LANG_JA, 0},
    {"ja-JP", MSSECREF_LANG_JA, 0},
    {"JA_jp", MSSECREF_LANG_JA, 0},
    {"ja_JP.UTF-8", MSSECREF_LANG_JA, 0},
    {"ja_JP.eucJP", MSSECREF_LANG_JA, 0},
    {"ja-Jpan-JP", MSSECREF_LANG_JA, 0},
    {"en", MSSECREF_LANG_EN, 0},
    {"en-US", MSSECREF_LANG_EN, 0},
    {"en_GB.UTF-8", MSSECREF_LANG_EN, 0},
    {"C", MSSECREF_LANG_EN, 0},
    {"C.UTF-8", MSSECREF_LANG_EN, 0},
    {"POSIX", MSSECREF_LANG_EN, 0},
    {"", MSSECREF_LANG_EN, 0},
    {"de-DE", MSSECREF_LANG_EN, 1},
    {"fr_FR.UTF-8@euro", MSSECREF_LANG_EN, 1},
    {"zh-Hant-TW", MSSECREF_LANG_EN, 1},
    {"jav", MSSECREF_LANG_EN, 1},
    {"j", MSSECREF_LANG_EN, 1},
    /* Windows locale names, as Windows and Python on Windows report them */
    {"Japanese_Japan.932", MSSECREF_LANG_JA, 0},
    {"Japanese", MSSECREF_LANG_JA, 0},
    {"English_United States.1252", MSSECREF_LANG_EN, 0},
    {"english_united kingdom.1252", MSSECREF_LANG_EN, 0},
    {"German_Germany.1252", MSSECREF_LANG_EN, 1},
    {"Chinese (Simplified)_People's Republic of China.936", MSSECREF_LANG_EN,
     1},
    /* ISO 639-2 */
    {"jpn", MSSECREF_LANG_JA, 0},
    {"JPN_JP", MSSECREF_LANG_JA, 0},
    {"eng", MSSECREF_LANG_EN, 0},
    {"deu", MSSECREF_LANG_EN, 1},
    /* setlocale(LC_ALL, NULL) when the categories differ: LC_MESSAGES */
    {"LC_CTYPE=en_US.UTF-8;LC_NUMERIC=C;LC_TIME=en_US.UTF-8;LC_COLLATE=C;"
     "LC_MONETARY=en_US.UTF-8;LC_MESSAGES=ja_JP.UTF-8;LC_PAPER=en_US.UTF-8",
     MSSECREF_LANG_JA, 0},
    {"LC_MESSAGES=en_US.UTF-8;LC_CTYPE=ja_JP.UTF-8", MSSECREF_LANG_EN, 0},
    {"LC_CTYPE=ja_JP.UTF-8;LC_MESSAGES=C", MSSECREF_LANG_EN, 0},
    {"LC_CTYPE=ja_JP.UTF-8;LC_MESSAGES=de_DE", MSSECREF_LANG_EN, 1},
    {"LC_CTYPE=en_US;LC_MESSAGES=Japanese_Japan.932", MSSECREF_LANG_JA, 0},
};

START_TEST(test_lang_tags) {
  int fallback = 42;
  ck_assert_int_eq(mssecref_lang_parse(tags[_i].tag, &fallback), tags[_i].lang);
  ck_assert_msg(fallback == tags[_i].fallback, "%s: fallback %d", tags[_i].tag,
                fallback);
  ck_assert_int_eq(mssecref_lang_parse(tags[_i].tag, NULL), tags[_i].lang);
}
END_TEST

START_TEST(test_lang_errors) {
  static const char *const bad[] = {"ja JP",
                                    "\x1b[31m",
                                    "%s%n",
                                    "日本語",
                                    "ja\n",
                                    "-ja",
                                    "1ja",
                                    "ja,en",
                                    "ja\"",
                                    "ja;q=0.9",
                                    "jpn JP",
                                    "Japanese_Japan\n",
                                    "English,US",
                                    "LC_CTYPE=ja_JP.UTF-8",
                                    "LC_CTYPE=C;LC_MESSAGES=ja JP",
                                    "LC_CTYPE=\x1b;LC_MESSAGES=ja JP"};
  char *big = test_repeat('j', MSSECREF_NAME_MAX + 1);
  int fallback = 7;
  size_t k;
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    ck_assert_msg(mssecref_lang_parse(bad[k], &fallback) == MSSECREF_ESYNTAX,
                  "'%s' accepted", bad[k]);
  ck_assert_int_eq(fallback, 7);
  ck_assert_int_eq(mssecref_lang_parse(NULL, &fallback), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_lang_parse(big, &fallback), MSSECREF_ETOOLONG);
  ck_assert_int_eq(fallback, 7);
  free(big);
}
END_TEST

/* ---- versions and status ---- */

START_TEST(test_version) {
  ck_assert_str_eq(mssecref_version(), MSSECREF_VERSION_STRING);
  ck_assert_uint_eq(mssecref_version_number(), MSSECREF_VERSION_NUMBER);
  ck_assert_int_eq(mssecref_version_check(MSSECREF_VERSION_NUMBER), 1);
  ck_assert_int_eq(mssecref_version_check(0x010000), 1);
  ck_assert_int_eq(mssecref_version_check(MSSECREF_VERSION_NUMBER + 1), 0);
  ck_assert_int_eq(mssecref_version_check(0x020000), 0);
  ck_assert_int_eq(mssecref_version_check(0x000900), 0);
}
END_TEST

START_TEST(test_strerror) {
  int s, t;
  for (s = MSSECREF_EVOCABULARY; s <= MSSECREF_OK; s++) {
    ck_assert_ptr_nonnull(mssecref_strerror(s));
    ck_assert_str_ne(mssecref_strerror(s), "unknown status");
    for (t = s + 1; t <= MSSECREF_OK; t++)
      ck_assert_str_ne(mssecref_strerror(s), mssecref_strerror(t));
  }
  ck_assert_str_eq(mssecref_strerror(1), "unknown status");
  ck_assert_str_eq(mssecref_strerror(INT_MIN), "unknown status");
  ck_assert_str_eq(mssecref_strerror(MSSECREF_EVOCABULARY - 1),
                   "unknown status");
}
END_TEST

Suite *names_suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("enums");
  tcase_add_loop_test(tc, test_enum_round_trip, 0, NENUMS);
  tcase_add_loop_test(tc, test_enum_out_of_range, 0, NENUMS);
  tcase_add_loop_test(tc, test_enum_parse_errors, 0, NENUMS);
  tcase_add_test(tc, test_lang_names);
  suite_add_tcase(s, tc);
  tc = tcase_create("aliases");
  tcase_add_loop_test(tc, test_alias_known, 0,
                      sizeof aliases / sizeof aliases[0]);
  tcase_add_test(tc, test_alias_table);
  tcase_add_test(tc, test_alias_unknown);
  tcase_add_test(tc, test_incident_titles);
  suite_add_tcase(s, tc);
  tc = tcase_create("languages");
  tcase_add_loop_test(tc, test_lang_tags, 0, sizeof tags / sizeof tags[0]);
  tcase_add_test(tc, test_lang_errors);
  suite_add_tcase(s, tc);
  tc = tcase_create("version");
  tcase_add_test(tc, test_version);
  tcase_add_test(tc, test_strerror);
  suite_add_tcase(s, tc);
  return s;
}
