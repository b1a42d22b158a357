/* fuzz_review.c - the day a caller gives for review dates (hand-written
 * calendar check in lib/date.h, used by lib/review.c). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <mssecref.h>

#include "fuzz.h"

/* The reference: the same shape, and a day that exists by the C library's
 * own calendar (timegm() normalises 2027-02-29 to March 1). */
static int reference_date(const char *s) {
  unsigned y, m, d;
  char tail;
  size_t i;
  struct tm tm;
  time_t t;
  if (strlen(s) != 10)
    return 0;
  for (i = 0; i < 10; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
      return 0;
  if (sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return 0;
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return 0;
  memset(&tm, 0, sizeof tm);
  tm.tm_year = (int)y - 1900;
  tm.tm_mon = (int)m - 1;
  tm.tm_mday = (int)d;
  tm.tm_hour = 12;
  t = timegm(&tm);
  if (t == (time_t)-1 || gmtime_r(&t, &tm) == NULL)
    return 0;
  return tm.tm_mon == (int)m - 1 && tm.tm_mday == (int)d;
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
