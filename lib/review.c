/* review.c - how old an answer is: each record's review-by date and
 * whether a given day is past it.  The library reads no clock: the caller
 * says what day it is, so answers stay reproducible and testable. */
#include "internal.h"

/* Days in each month of a leap year: a date is checked for shape and
 * range; February 29 of a common year passes, harmlessly for ordering. */
static const unsigned char month_days[12] = {31, 29, 31, 30, 31, 30,
                                             31, 31, 30, 31, 30, 31};

/* "YYYY-MM-DD" and nothing after it.  Reads at most 11 bytes of s. */
static int valid_date(const char *s) {
  int i, month, day;
  for (i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-')
        return 0;
    } else if (s[i] < '0' || s[i] > '9') {
      return 0;
    }
  }
  if (s[10] != '\0')
    return 0;
  month = (s[5] - '0') * 10 + (s[6] - '0');
  day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= month_days[month - 1];
}

/* ISO 8601 calendar dates of equal length order as text. */
static int past(const char *review_by, const char *today) {
  int i;
  if (today == NULL)
    return MSSECREF_ENULL;
  if (!valid_date(today))
    return MSSECREF_ESYNTAX;
  for (i = 0; i < 10; i++)
    if (today[i] != review_by[i])
      return today[i] > review_by[i];
  return 0;
}

const char *mssecref_contact_review_by(const mssecref_contact *c) {
  return c ? msr_str(c->review_by) : NULL;
}

int mssecref_contact_review_overdue(const mssecref_contact *c,
                                    const char *today) {
  if (c == NULL)
    return MSSECREF_ENULL;
  return past(msr_str(c->review_by), today);
}

const char *mssecref_catalogue_review_by(void) {
  return msr_str(msr_meta_review_by);
}

int mssecref_catalogue_review_overdue(const char *today) {
  return past(msr_str(msr_meta_review_by), today);
}
