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

/* A function inlined into every caller whatever the optimiser's
 * heuristics, so that arguments constant at the call fold away. */
#if defined(__GNUC__)
#define MSR_INLINE inline __attribute__((always_inline))
#else
#define MSR_INLINE inline
#endif

/* A function kept out of its callers, so that its large stack frame is
 * set up only when it runs. */
#if defined(__GNUC__)
#define MSR_NOINLINE __attribute__((noinline))
#else
#define MSR_NOINLINE
#endif

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

/* ---- vocabularies (lib/vocab.c) ---- */

/* An entry code: an index in msr_aliases, or MSR_VALUE | an index in
 * msr_values (a vocabulary's own value). */
#define MSR_VALUE 0x10000
static inline const struct msr_alias *msr_entry(int code) {
  return code & MSR_VALUE ? &msr_values[code & 0xFFFF] : &msr_aliases[code];
}
int msr_vocab_find(const char *value, int vocabulary); /* msr_values index */
int msr_vocabulary_n(const char *s, size_t n); /* vocabulary named s[0..n) */
/* A qualified name read in `vocabulary` (0: any), after the name as it is
 * was not found: an entry code, or < 0. */
int msr_qualified(const char *name, int vocabulary);

/* Any name in `vocabulary` (0: any; the caller checked the range): one
 * look-up of the name as it is, and only when that fails is it read as a
 * qualified name. */
static inline int msr_name(const char *name, int vocabulary) {
  int i =
      vocabulary == 0 ? msr_alias_find(name) : msr_vocab_find(name, vocabulary);
  if (i >= 0)
    return vocabulary == 0 ? i : (i | MSR_VALUE);
  if (i != MSSECREF_ENOTFOUND)
    return i;
  return msr_qualified(name, vocabulary);
}

/* mssecref_incident_parse()'s answer for an entry. */
static inline int msr_answer(const struct msr_alias *a, unsigned *vocabularies,
                             unsigned *alternatives) {
  if (a->first == 0)
    return MSSECREF_EOUTOFSCOPE;
  if (vocabularies != NULL)
    *vocabularies = a->vocabularies;
  if (alternatives != NULL)
    *alternatives = a->incidents & ~(1u << a->first);
  return a->first;
}

/* mssecref_route_names() once the incident name is found. */
static inline int msr_route_entry(const struct msr_alias *a, const char *tag,
                                  const char *customer,
                                  const mssecref_contact **out, int *lang) {
  int l = MSSECREF_LANG_ANY, cust = MSSECREF_CUSTOMER_ANY, rc;
  if (a->first == 0)
    return MSSECREF_EOUTOFSCOPE;
  if (tag != NULL && (l = msr_lang(tag)) < 0)
    return l;
  if (customer != NULL && (cust = msr_customer(customer)) < 0)
    return cust;
  rc = msr_route(a->first, l & ~MSR_LANG_OTHER, cust, out);
  if (rc < 0)
    return rc;
  if (lang != NULL)
    *lang = l & ~MSR_LANG_OTHER;
  return rc | (l & MSR_LANG_OTHER ? MSSECREF_ROUTE_OTHER_LANG : 0) |
         (a->incidents != (1u << a->first) ? MSSECREF_ROUTE_AMBIGUOUS : 0);
}
/* suffix.c: the deepest suffix the checked host h[0..n) (no trailing dot)
 * is under: its index in msr_suffixes + 1, or 0.  dots[0..ndots), when
 * not NULL, are the offsets of its dots in increasing order (one at n, a
 * trailing dot, is allowed); otherwise they are looked for. */
int msr_suffix_match(const char *h, size_t n, const uint16_t *dots,
                     size_t ndots);

#endif
