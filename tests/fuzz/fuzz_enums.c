/* fuzz_enums.c - arbitrary integers through every function that takes an
 * enum or an index, with guard slots around the output array. */
#include <mssecref.h>

#include "fuzz.h"

static int take_int(const uint8_t **p, size_t *n) {
  unsigned v = 0;
  size_t k;
  for (k = 0; k < 4 && *n > 0; k++, (*p)++, (*n)--)
    v = (v << 8) | **p;
  return (int)v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const mssecref_contact *buf[20], *c;
  const mssecref_contact *const guard = (const mssecref_contact *)&guard;
  int inc = take_int(&data, &size), lang = take_int(&data, &size);
  int cust = take_int(&data, &size), extra = take_int(&data, &size);
  size_t cap = (size_t)(extra & 0xFF) % 19, k;
  int n;

  for (k = 0; k < 20; k++)
    buf[k] = guard;
  n = mssecref_lookup(inc, lang, cust, buf + 1, cap);
  FUZZ_ASSERT(buf[0] == guard);
  for (k = 1 + (n > 0 ? ((size_t)n < cap ? (size_t)n : cap) : 0); k < 20; k++)
    FUZZ_ASSERT(buf[k] == guard);
  c = guard;
  if (mssecref_route(inc, lang, cust, &c) < 0)
    FUZZ_ASSERT(c == guard);
  c = mssecref_contact_at((size_t)extra % 16);
  (void)mssecref_contact_title(c, lang);
  (void)mssecref_contact_summary(c, lang);
  (void)mssecref_contact_url(c, lang);
  (void)mssecref_contact_priority(c, inc);
  (void)mssecref_contact_sign_in(c, cust);
  (void)mssecref_contact_related(c, (size_t)extra);
  (void)mssecref_contact_at((size_t)extra);
  (void)mssecref_alias_at((size_t)extra, NULL, NULL, NULL);
  (void)mssecref_incident_title(inc, lang);
  FUZZ_ASSERT(mssecref_strerror(extra) != NULL);
  (void)mssecref_incident_name(inc);
  (void)mssecref_lang_name(lang);
  (void)mssecref_customer_name(cust);
  (void)mssecref_section_name(extra);
  (void)mssecref_sign_in_name(extra);
  (void)mssecref_vocabulary_name(extra);
  (void)mssecref_version_check((unsigned long)(unsigned)extra);
  return 0;
}
