/* fuzz_review.c - the day a caller gives for review dates (hand-written
 * date check in lib/review.c). */
#include <stdio.h>

#include <mssecref.h>

#include "fuzz.h"

/* The reference: the same shape and ranges, checked another way. */
static int reference_date(const char *s) {
  static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  unsigned y, m, d;
  char tail;
  size_t i;
  if (strlen(s) != 10)
    return 0;
  for (i = 0; i < 10; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
      return 0;
  if (sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return 0;
  return m >= 1 && m <= 12 && d >= 1 && (int)d <= days[m - 1];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fuzz_string(data, size);
  int valid = reference_date(s);
  int cat = mssecref_catalogue_review_overdue(s);
  size_t i;
  FUZZ_ASSERT(valid ? (cat == (strcmp(s, mssecref_catalogue_review_by()) > 0))
                    : cat == MSSECREF_ESYNTAX);
  for (i = 0; i < mssecref_contact_count(); i++) {
    const mssecref_contact *c = mssecref_contact_at(i);
    int rc = mssecref_contact_review_overdue(c, s);
    FUZZ_ASSERT(valid ? rc == (strcmp(s, mssecref_contact_review_by(c)) > 0)
                      : rc == MSSECREF_ESYNTAX);
  }
  free(s);
  return 0;
}
