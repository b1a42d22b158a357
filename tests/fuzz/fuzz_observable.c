/* fuzz_observable.c - the URL, host name and e-mail parsers, refanging and
 * UTS #46.  The first byte picks the kind; for a host name, a "managed"
 * verdict must name a suffix the host really ends with, at a label
 * boundary.  mssecref_observable_host() must agree with the verdict, give
 * a lower-case ASCII host that reads back as itself inside a URL, and give
 * the same answer with a space and a tab in front (the reader's two
 * passes agree). */
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

/* The host judged: ASCII, lower case, the same when read again padded or
 * as an http URL; MSSECREF_HOST_MANAGED agrees with the verdict. */
static void check_host(const char *s, int kind, int verdict) {
  char host[1100], again[1100], url[1200], padded[1200];
  unsigned flags = 0;
  size_t i;
  int rc = mssecref_observable_host(s, kind, host, sizeof host, &flags), rc2;
  FUZZ_ASSERT(rc == verdict || (rc >= 0 && verdict >= 0));
  if (strlen(s) < 1000) {
    padded[0] = ' ', padded[1] = '\t';
    memcpy(padded + 2, s, strlen(s) + 1);
    rc2 = mssecref_observable_host(padded, kind, again, sizeof again, NULL);
    FUZZ_ASSERT(rc2 == rc);
    FUZZ_ASSERT(rc < 0 || strcmp(host, again) == 0);
  }
  if (rc < 0)
    return;
  FUZZ_ASSERT((size_t)rc == strlen(host) && rc <= 1024);
  FUZZ_ASSERT(!!(flags & MSSECREF_HOST_MANAGED) == verdict);
  FUZZ_ASSERT(MSSECREF_HOST_KIND(flags) != MSSECREF_OBSERVABLE_ANY);
  for (i = 0; host[i] != '\0'; i++)
    FUZZ_ASSERT((unsigned char)host[i] > 0x20 &&
                (unsigned char)host[i] < 0x7F &&
                !(host[i] >= 'A' && host[i] <= 'Z'));
  /* "http://" + a host over 1017 bytes is itself over the limit */
  if (rc == 0 || (size_t)rc + 7 > MSSECREF_OBSERVABLE_MAX)
    return;
  memcpy(url, "http://", 7);
  memcpy(url + 7, host, (size_t)rc + 1);
  rc2 = mssecref_observable_host(url, MSSECREF_OBSERVABLE_URL, again,
                                 sizeof again, NULL);
  FUZZ_ASSERT(rc2 == rc && strcmp(host, again) == 0);
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
    char host[1100];
    /* the host judged (decoded, converted) ends with the suffix */
    FUZZ_ASSERT(mssecref_observable_host(s, kind, host, sizeof host, NULL) > 0);
    FUZZ_ASSERT(ends_with_label(host, suffix[0] == '*' ? suffix + 2 : suffix));
  }
  if (kind == MSSECREF_OBSERVABLE_HOST)
    FUZZ_ASSERT(mssecref_host_managed(s, NULL, NULL) == rc);
  check_host(s, kind, rc);
  rc = mssecref_route_observable(MSSECREF_INCIDENT_UNSAFE_WEBSITE, s, kind,
                                 MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &c);
  if (rc >= 0)
    FUZZ_ASSERT(c != NULL);
  check_hosting(s, kind);
  free(s);
  return 0;
}
