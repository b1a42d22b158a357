/* review.c - how old an answer is: each record's review-by date and
 * whether a given day is past it.  The library reads no clock: the caller
 * says what day it is, so answers stay reproducible and testable. */
#include "internal.h" /* first: it asks for strnlen() */

#include "date.h"
#include "internal.h"

/* ISO 8601 calendar dates of equal length order as text. */
static int past(const char *review_by, const char *today) {
  int i;
  if (today == NULL)
    return MSSECREF_ENULL;
  if (!msr_date_valid(today))
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
