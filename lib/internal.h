/* internal.h - helpers shared by the library's source files. */
#ifndef MSSECREF_INTERNAL_H
#define MSSECREF_INTERNAL_H

/* strnlen() is POSIX.1-2008; every source file includes this header
 * before any other, whatever flags it is compiled with. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <string.h>

#include "tables.h"

/* Length of s, but never reads more than max + 1 bytes (returning max + 1
 * for a longer string): a hostile 1 MiB string costs what a short one does.
 * The C library's strnlen() is vectorised, and the sanitizers check the
 * bytes it reads. */
static inline size_t msr_strnlen(const char *s, size_t max) {
  return strnlen(s, max + 1);
}

static inline size_t msr_name_len(const char *s) {
  return msr_strnlen(s, MSSECREF_NAME_MAX);
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

/* After a failed match: MSSECREF_ETOOLONG or MSSECREF_ENOTFOUND, so the
 * length is measured only on the slow path. */
static inline int msr_not_found(const char *s) {
  return msr_name_len(s) > MSSECREF_NAME_MAX ? MSSECREF_ETOOLONG
                                             : MSSECREF_ENOTFOUND;
}

/* Internal forms that return everything in the int, so callers take no
 * addresses of locals (which would cost a stack-protector check). */
#define MSR_LANG_OTHER 0x100
int msr_lang(const char *tag);        /* lang | MSR_LANG_OTHER, or < 0 */
int msr_alias_find(const char *name); /* index in msr_aliases, or < 0 */
int msr_id_find(const char *id);      /* index in msr_contacts, or < 0 */
int msr_customer(const char *name);   /* mssecref_customer_parse() */
int msr_route(int incident, int lang, int customer,
              const mssecref_contact **out); /* mssecref_route() */

static inline const char *msr_str(uint32_t off) { return msr_pool + off; }

#endif
