/* fuzz_vocab.c - vocabulary-qualified names, MISP tags and sets.  The
 * first byte picks a vocabulary (or an out-of-range one); the rest, split
 * at newlines, is a set of elements (a missing part is NULL, an empty line
 * an empty element), possibly more than MSSECREF_SET_MAX. */
#include <mssecref.h>

#include "fuzz.h"

#define MAXPARTS (MSSECREF_SET_MAX + 8)

/* A set's answer: reading it backwards must not change it. */
static int answer(const char *const *set, size_t n, int v,
                  const mssecref_contact **c, int *lang, size_t *decided) {
  return mssecref_route_set(set, n, v, "ja", NULL, c, lang, decided);
}

static void one(const char *s, int v) {
  unsigned vocab = 0, alt = 0;
  const char *reason = NULL;
  const mssecref_contact *c = NULL;
  int inc = mssecref_incident_parse_in(s, v, &vocab, &alt), r, lang = -1;
  if (inc > 0) {
    FUZZ_ASSERT(inc <= MSSECREF_INCIDENT_MAX && (alt & (1u << inc)) == 0);
    /* read in one vocabulary, the answer is that vocabulary's */
    FUZZ_ASSERT(v == 0 || vocab == (1u << v));
  } else {
    FUZZ_ASSERT(inc >= MSSECREF_EVOCABULARY && inc != 0);
  }
  r = mssecref_incident_reason(s, v, MSSECREF_LANG_EN, &reason);
  FUZZ_ASSERT(r == (inc == MSSECREF_EOUTOFSCOPE ? 0 : inc));
  if (r >= 0)
    FUZZ_ASSERT(reason != NULL && (r == 0) == (reason[0] != '\0'));
  r = mssecref_route_names_in(s, v, NULL, "home", &c, &lang);
  FUZZ_ASSERT(inc > 0 ? (r >= 0 && c != NULL) : (r == inc && c == NULL));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s, *p, *part[MAXPARTS];
  const char *rev[MAXPARTS];
  const mssecref_contact *c1 = NULL, *c2 = NULL;
  size_t n = 0, k, d1 = 0, d2 = 0;
  int v, r1, r2, l1 = -1, l2 = -1;
  if (size == 0)
    return 0;
  v = (int)(data[0] % (MSSECREF_VOCABULARY_MAX + 3)) - 1; /* -1 .. MAX+1 */
  s = fuzz_string(data + 1, size - 1);
  for (p = s; p != NULL && n < MAXPARTS; n++) {
    part[n] = p;
    p = strchr(p, '\n');
    if (p != NULL)
      *p++ = '\0';
  }
  if (n > 1 && part[n - 1][0] == '\0')
    part[n - 1] = NULL; /* a trailing newline: a NULL element */
  for (k = 0; k < n; k++) {
    rev[n - 1 - k] = part[k];
    if ((unsigned)v <= MSSECREF_VOCABULARY_MAX)
      one(part[k] != NULL ? part[k] : "", v);
  }
  r1 = answer((const char *const *)part, n, v, &c1, &l1, &d1);
  r2 = answer(rev, n, v, &c2, &l2, &d2);
  FUZZ_ASSERT(r1 == r2 && c1 == c2 && l1 == l2);
  if (r1 >= 0) {
    FUZZ_ASSERT(c1 != NULL && d1 < n && d2 < n && r1 < 64);
    FUZZ_ASSERT(mssecref_incident_parse_in(part[d1], v, NULL, NULL) ==
                mssecref_incident_parse_in(rev[d2], v, NULL, NULL));
  } else {
    FUZZ_ASSERT(c1 == NULL && l1 == -1 && r1 >= MSSECREF_EVOCABULARY);
  }
  free(s);
  return 0;
}
