/* suggest.c - for an unknown name, the nearest known ones: an analyst who
 * typed "phising" learns it is "phishing". */
#include <stdio.h>
#include <string.h>

#include "../../lib/fold.h" /* the library's own folding rule */
#include "tool.h"

#define MAXLEN 64

/* Levenshtein distance of folded strings, both at most MAXLEN bytes. */
static size_t distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), i, j;
  size_t row[MAXLEN + 1];
  if (la > MAXLEN || lb > MAXLEN)
    return (size_t)-1;
  for (j = 0; j <= lb; j++)
    row[j] = j;
  for (i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (j = 1; j <= lb; j++) {
      size_t up = row[j], best = diag + (msr_fold((unsigned char)a[i - 1]) !=
                                         msr_fold((unsigned char)b[j - 1]));
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      diag = up;
      row[j] = best;
    }
  }
  return row[lb];
}

/* Names from the command line or a CSV file, echoed safely. */
static void print_name(const char *s) { put_untrusted(stderr, s, 80); }

void suggest_from(const char *what, const char *name, const char *const *known,
                  size_t n) {
  size_t best[3] = {(size_t)-1, (size_t)-1, (size_t)-1}, d, i, k, shown = 0;
  const char *pick[3] = {NULL, NULL, NULL};
  size_t limit = strlen(name) / 3 + 2;

  fprintf(stderr, "%s: unknown %s '", progname, what);
  print_name(name);
  fputc('\'', stderr);
  for (i = 0; i < n; i++) {
    d = distance(name, known[i]);
    if (d > limit)
      continue;
    for (k = 0; k < 3; k++)
      if (d < best[k]) {
        memmove(&best[k + 1], &best[k], (2 - k) * sizeof best[0]);
        memmove(&pick[k + 1], &pick[k], (2 - k) * sizeof pick[0]);
        best[k] = d, pick[k] = known[i];
        break;
      }
  }
  for (k = 0; k < 3 && pick[k] != NULL; k++)
    fprintf(stderr, "%s%s", shown++ ? ", " : "; did you mean: ", pick[k]);
  fputc('\n', stderr);
}

static void report(const char *what, const char *name, int status,
                   const char *const *known, size_t n) {
  if (status == MSSECREF_ENOTFOUND) {
    suggest_from(what, name, known, n);
    return;
  }
  fprintf(stderr, "%s: %s '", progname, what);
  print_name(name);
  fprintf(stderr, "': %s\n", mssecref_strerror(status));
}

/* Every alias, then every vocabulary's values (a typo of "falsePositive"
 * is as likely as one of "phishing"), each spelling once. */
void suggest_incident(const char *name, int status) {
  static const char *known[2048];
  size_t n = 0, i, k;
  int v;
  for (i = 0; i < mssecref_alias_count() && n < 2048; i++)
    mssecref_alias_at(i, &known[n++], NULL, NULL);
  for (v = 1; v <= MSSECREF_VOCABULARY_MAX; v++)
    for (i = 0; i < mssecref_value_count(v) && n < 2048; i++) {
      const char *value;
      mssecref_value_at(v, i, &value, NULL, NULL);
      for (k = 0; k < n && distance(value, known[k]) != 0; k++)
        ;
      if (k == n)
        known[n++] = value;
    }
  report("incident", name, status, known, n);
}

void suggest_id(const char *id, int status) {
  const char *known[256];
  size_t n = 0, i;
  for (i = 0; i < mssecref_contact_count() && n < 256; i++)
    known[n++] = mssecref_contact_id(mssecref_contact_at(i));
  report("contact id", id, status, known, n);
}
