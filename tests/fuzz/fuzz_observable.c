/* fuzz_observable.c - the URL, host name and e-mail parsers.  The first
 * byte picks the kind; for a host name, a "managed" verdict must name a
 * suffix the host really ends with, at a label boundary. */
#include <mssecref.h>

#include "fuzz.h"

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }

/* host (one trailing dot allowed) ends with key at a label boundary */
static int ends_with_label(const char *host, const char *key) {
  size_t n = strlen(host), k = strlen(key), i;
  if (n > 0 && host[n - 1] == '.')
    n--;
  if (k > n || (k < n && host[n - k - 1] != '.'))
    return 0;
  for (i = 0; i < k; i++)
    if (lower((unsigned char)host[n - k + i]) != key[i])
      return 0;
  return 1;
}

/* The kind of hosting agrees with the 1.1 verdict: Microsoft-managed is
 * any kind but a subsidiary; the suffix index is in range. */
static void check_hosting(const char *s, int kind) {
  size_t index = (size_t)-1;
  int hosting = mssecref_observable_hosting(s, kind, &index);
  int managed = mssecref_observable_managed(s, kind, NULL, NULL);
  if (hosting <= 0) {
    FUZZ_ASSERT(managed == hosting && index == (size_t)-1);
    return;
  }
  FUZZ_ASSERT(hosting <= MSSECREF_HOSTING_MAX);
  FUZZ_ASSERT(managed == (hosting != MSSECREF_HOSTING_SUBSIDIARY));
  FUZZ_ASSERT(index < mssecref_suffix_count() &&
              mssecref_suffix_hosting(index) == hosting);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const mssecref_contact *c = NULL;
  const char *suffix = NULL;
  int kind, source = 0, rc;
  char *s;

  if (size == 0)
    return 0;
  kind = data[0] % 4;
  s = fuzz_string(data + 1, size - 1);
  rc = mssecref_observable_managed(s, kind, &suffix, &source);
  FUZZ_ASSERT(rc == 0 || rc == 1 || (rc < 0 && rc >= MSSECREF_EIDN));
  if (rc == 1) {
    FUZZ_ASSERT(suffix != NULL && mssecref_source_name(source) != NULL);
    if (kind == MSSECREF_OBSERVABLE_HOST)
      FUZZ_ASSERT(ends_with_label(s, suffix[0] == '*' ? suffix + 2 : suffix));
  }
  if (kind == MSSECREF_OBSERVABLE_HOST)
    FUZZ_ASSERT(mssecref_host_managed(s, NULL, NULL) == rc);
  rc = mssecref_route_observable(MSSECREF_INCIDENT_UNSAFE_WEBSITE, s, kind,
                                 MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &c);
  if (rc >= 0)
    FUZZ_ASSERT(c != NULL);
  check_hosting(s, kind);
  free(s);
  return 0;
}
