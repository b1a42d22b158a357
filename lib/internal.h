/* internal.h - helpers shared by the library's source files. */
#ifndef MSSECREF_INTERNAL_H
#define MSSECREF_INTERNAL_H

#include "tables.h"

/* Length of s, but never reads more than MSSECREF_NAME_MAX + 1 bytes: a
 * hostile 1 MiB string costs the same as a 256-byte one. */
static inline size_t msr_name_len(const char *s) {
  size_t n = 0;
  while (n <= MSSECREF_NAME_MAX && s[n] != '\0')
    n++;
  return n;
}

/* Common checks for a name argument: MSSECREF_OK or a negative status. */
static inline int msr_check_name(const char *s, size_t *len) {
  if (s == NULL)
    return MSSECREF_ENULL;
  *len = msr_name_len(s);
  if (*len == 0)
    return MSSECREF_EEMPTY;
  if (*len > MSSECREF_NAME_MAX)
    return MSSECREF_ETOOLONG;
  return MSSECREF_OK;
}

static inline const char *msr_str(uint32_t off) { return msr_pool + off; }

#endif
