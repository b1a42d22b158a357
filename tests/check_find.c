/* check_find.c - incident names and contact ids (lib/find.c) are never
 * read past their NUL: every alias and id, their prefixes, extensions,
 * one-byte changes and folded forms, each placed (a) so that its NUL is
 * the last readable byte before an unmapped page, with no slack at all,
 * (b) with the first byte at each of 16 alignments and the NUL followed by
 * the rest of a longer name, which must not change the answer, and (c) in
 * a heap block of exactly its size, which ASan and memcheck (both in make
 * check) watch byte by byte.  The answer must be what a plain comparison
 * with the catalogue says, and no placement may fault. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <mssecref.h>

#include "suites.h"

#define ALIGNS 16
#define MAXLEN 80

/* msr_fold, written again: the reference must not share the library's. */
static char fold(char c) {
  if (c >= 'A' && c <= 'Z')
    return (char)(c + 32);
  return c == '_' || c == ' ' ? '-' : c;
}

static int folded_equal(const char *a, const char *b) {
  for (; *a != '\0' && fold(*a) == fold(*b); a++, b++)
    ;
  return *a == '\0' && *b == '\0';
}

/* What mssecref_incident_parse() must answer, from the alias list. */
static int expected_incident(const char *s) {
  size_t i;
  int v;
  for (i = 0; i < mssecref_alias_count(); i++) {
    const char *name;
    int first = mssecref_alias_at(i, &name, NULL, NULL);
    if (folded_equal(s, name))
      return first;
  }
  /* a vocabulary's value that is no alias has no Microsoft contact */
  for (v = 1; v <= MSSECREF_VOCABULARY_MAX; v++)
    for (i = 0; i < mssecref_value_count(v); i++) {
      const char *name;
      mssecref_value_at(v, i, &name, NULL, NULL);
      if (folded_equal(s, name))
        return MSSECREF_EOUTOFSCOPE;
    }
  return MSSECREF_ENOTFOUND;
}

/* What mssecref_contact_by_id() must answer: ids match exactly. */
static int expected_id(const char *s) {
  size_t i;
  for (i = 0; i < mssecref_contact_count(); i++)
    if (strcmp(s, mssecref_contact_id(mssecref_contact_at(i))) == 0)
      return (int)i;
  return MSSECREF_ENOTFOUND;
}

static int got_incident(const char *s) {
  return mssecref_incident_parse(s, NULL, NULL);
}

static int got_id(const char *s) {
  const mssecref_contact *c = NULL;
  int rc = mssecref_contact_by_id(s, &c);
  return rc < 0 ? rc : mssecref_contact_index(c);
}

struct kind {
  const char *what;
  int (*got)(const char *);
  int (*expected)(const char *);
};
static const struct kind kinds[] = {
    {"incident", got_incident, expected_incident},
    {"id", got_id, expected_id},
};

/* Two pages, the second unreadable; *end is where the first one ends. */
static char *guarded_page(char **end) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  char *base = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne(base, MAP_FAILED);
  ck_assert_int_eq(mprotect(base + page, page, PROT_NONE), 0);
  *end = base + page;
  return base;
}

/* `len` bytes of `name` at every alignment, both placements. */
static void try_at_alignments(const struct kind *k, const char *name,
                              size_t len, char *page_end) {
  size_t full = strlen(name), a;
  char want_s[MAXLEN + 1];
  int want;
  memcpy(want_s, name, len);
  want_s[len] = '\0';
  want = k->expected(want_s);
  /* (a) the NUL is the last byte before the guard page */
  memcpy(page_end - (len + 1), want_s, len + 1);
  ck_assert_msg(k->got(page_end - (len + 1)) == want,
                "%s '%s' right before an unmapped page", k->what, want_s);
  for (a = 0; a < ALIGNS; a++) {
    /* (b) the NUL, then the rest of the name, then (at a == 0) the guard;
     * (c) a heap block of exactly len + 1 bytes at offset a */
    char *s = page_end - (full + 1) - a, *heap = malloc(len + 1 + a);
    memcpy(s, name, full);
    s[full] = '\0';
    s[len] = '\0';
    ck_assert_msg(k->got(s) == want, "%s '%s' (of '%s') at %zu: %d, not %d",
                  k->what, s, name, a, k->got(s), want);
    ck_assert_ptr_nonnull(heap);
    memcpy(heap + a, want_s, len + 1);
    ck_assert_msg(k->got(heap + a) == want, "%s '%s' in the heap at +%zu",
                  k->what, want_s, a);
    free(heap);
  }
}

/* Every prefix of `name`, the whole of it, and longer names that start
 * with it (the extension is read past the prefix's NUL if anything is). */
static void try_name(const struct kind *k, const char *name, char *page_end) {
  char longer[MAXLEN + 1];
  size_t len = strlen(name), i;
  ck_assert_uint_lt(len + 2, MAXLEN);
  for (i = 1; i <= len; i++)
    try_at_alignments(k, name, i, page_end);
  memcpy(longer, name, len);
  memcpy(longer + len, "-x", 3);
  try_at_alignments(k, longer, len + 1, page_end);
  try_at_alignments(k, longer, len + 2, page_end);
}

/* A name as tools write it: upper case, '_' or ' ' for '-', or with one
 * byte changed at `pos` (len: unchanged). */
static void variant(const char *name, int form, size_t pos, char *out) {
  size_t i;
  for (i = 0; name[i] != '\0'; i++) {
    char c = name[i];
    if (form == 1 && c >= 'a' && c <= 'z')
      c = (char)(c - 32);
    if ((form == 2 || form == 3) && c == '-')
      c = form == 2 ? '_' : ' ';
    if (form == 4 && i == pos)
      c = c == 'q' ? 'z' : 'q';
    out[i] = c;
  }
  out[i] = '\0';
}

static void try_forms(const struct kind *k, const char *name, char *end) {
  char v[MAXLEN + 1];
  size_t pos;
  int form;
  for (form = 0; form <= 3; form++) {
    variant(name, form, 0, v);
    try_name(k, v, end);
  }
  for (pos = 0; name[pos] != '\0'; pos++) {
    variant(name, 4, pos, v);
    try_at_alignments(k, v, strlen(v), end);
  }
}

START_TEST(test_aliases_at_every_alignment) {
  char *end, *map = guarded_page(&end);
  const char *name;
  ck_assert_int_ge(mssecref_alias_at((size_t)_i, &name, NULL, NULL), 1);
  try_forms(&kinds[0], name, end);
  munmap(map, (size_t)(end - map) * 2);
}
END_TEST

START_TEST(test_ids_at_every_alignment) {
  char *end, *map = guarded_page(&end);
  try_forms(&kinds[1], mssecref_contact_id(mssecref_contact_at((size_t)_i)),
            end);
  munmap(map, (size_t)(end - map) * 2);
}
END_TEST

/* Every byte value 1-255 in every position of `name`: the folding rule
 * is applied a word at a time, so a byte next to 'A'-'Z', '_' or ' ', or
 * one from 0x80 up, must not fold like them in any lane. */
static void try_every_byte(const struct kind *k, const char *name) {
  char v[MAXLEN + 1];
  size_t len = strlen(name), pos;
  int c;
  memcpy(v, name, len + 1);
  for (pos = 0; pos < len; pos++) {
    for (c = 1; c < 256; c++) {
      /* ':' makes an alias a qualified name (vocabulary:value), which
       * check_vocab.c tests against the vocabularies, not this key set */
      if (c == ':' && k == &kinds[0])
        continue;
      v[pos] = (char)c;
      ck_assert_msg(k->got(v) == k->expected(v), "%s '%s' with byte %d at %zu",
                    k->what, name, c, pos);
    }
    v[pos] = name[pos];
  }
}

START_TEST(test_aliases_every_byte) {
  const char *name;
  mssecref_alias_at((size_t)_i, &name, NULL, NULL);
  try_every_byte(&kinds[0], name);
}
END_TEST

START_TEST(test_ids_every_byte) {
  try_every_byte(&kinds[1],
                 mssecref_contact_id(mssecref_contact_at((size_t)_i)));
}
END_TEST

/* The reference itself must be able to say yes and no, or the tests above
 * prove nothing. */
START_TEST(test_reference_answers) {
  ck_assert_int_eq(expected_incident("C2_Server"),
                   mssecref_incident_parse("c2-server", NULL, NULL));
  ck_assert_int_ge(expected_incident("PHISHING"), 1);
  ck_assert_int_eq(expected_incident("phishin"), MSSECREF_ENOTFOUND);
  ck_assert_int_ge(expected_id("report-abuse"), 0);
  ck_assert_str_eq(mssecref_contact_id(mssecref_contact_at(
                       (size_t)expected_id("report-abuse"))),
                   "report-abuse");
  ck_assert_int_eq(expected_id("Report-Abuse"), MSSECREF_ENOTFOUND);
}
END_TEST

Suite *find_suite(void) {
  Suite *s = suite_create("find");
  TCase *tc = tcase_create("alignment");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_reference_answers);
  tcase_add_loop_test(tc, test_aliases_at_every_alignment, 0,
                      (int)mssecref_alias_count());
  tcase_add_loop_test(tc, test_ids_at_every_alignment, 0,
                      (int)mssecref_contact_count());
  tcase_add_loop_test(tc, test_aliases_every_byte, 0,
                      (int)mssecref_alias_count());
  tcase_add_loop_test(tc, test_ids_every_byte, 0,
                      (int)mssecref_contact_count());
  suite_add_tcase(s, tc);
  return s;
}
