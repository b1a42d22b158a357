/* host.c - is a host, URL or e-mail address Microsoft-managed, and where to
 * report what is hosted there.  The parsers read no further than they must
 * (a URL's scheme and authority, never its path) and refuse rather than
 * guess: a host that could be misread is an error, never a match. */
#include "internal.h"

/* ---- host names ---- */

#define NOT_MANAGED 0
#define MANAGED 1
#define CLASS(c) msr_class_table[(unsigned char)(c)]

/* Checks a host's bytes and labels in one pass: `limit` bytes, or up to
 * its NUL when `limit` is 0 (then no further than MSSECREF_OBSERVABLE_MAX).
 * Returns its length without one trailing dot, or a negative status. */
static long scan_host(const char *h, size_t limit) {
  size_t i = 0, start;
  unsigned char k = 0;
  if (limit == 0 || limit > MSSECREF_OBSERVABLE_MAX)
    limit = MSSECREF_OBSERVABLE_MAX + 1;
  for (;;) {
    start = i;
    while (i < limit && ((k = CLASS(h[i])) & MSR_HC_NAME))
      i++; /* one label */
    if (i == limit || !(k & MSR_HC_DOT))
      break;
    if (i == start || i - start > 63)
      return MSSECREF_EURL; /* an empty or over-long label */
    i++;
  }
  if (i > MSSECREF_OBSERVABLE_MAX)
    return MSSECREF_ETOOLONG;
  if (i < limit && h[i] != '\0')
    return k & MSR_HC_HIGH ? MSSECREF_EIDN : MSSECREF_EURL;
  if (i == 0)
    return MSSECREF_EEMPTY;
  if (i == start) /* one trailing dot (two made an empty label above) */
    i--;
  else if (i - start > 63)
    return MSSECREF_EURL;
  return i > 253 ? MSSECREF_EURL : (long)i;
}

/* No top-level domain is all digits: such a host is an IPv4 literal. */
static int numeric_tld(const char *h, size_t n) {
  while (n > 0 && h[n - 1] != '.')
    if (!(CLASS(h[--n]) & MSR_HC_DIGIT))
      return 0;
  return 1;
}

/* The verdict for a host: the index + 1 of the suffix it is under, 0
 * (NOT_MANAGED) or a status. */
static int host_verdict(const char *h, size_t limit) {
  long n = scan_host(h, limit);
  if (n < 0)
    return (int)n;
  if (numeric_tld(h, (size_t)n))
    return NOT_MANAGED;
  return msr_suffix_match(h, (size_t)n);
}

/* A verdict as mssecref_*_managed() answer it: subsidiaries run their own
 * abuse processes, so they are not Microsoft-managed for the post. */
static int managed(int verdict, const char **suffix, int *source) {
  const struct msr_suffix *x;
  if (verdict <= 0)
    return verdict;
  x = &msr_suffixes[verdict - 1];
  if (x->hosting == MSSECREF_HOSTING_SUBSIDIARY)
    return NOT_MANAGED;
  if (suffix != NULL)
    *suffix = msr_str(x->name);
  if (source != NULL)
    *source = x->source;
  return MANAGED;
}

/* Exported functions call these, never each other (no PLT relocations). */
static int host_match(const char *host) {
  if (host == NULL)
    return MSSECREF_ENULL;
  return host_verdict(host, 0);
}

int mssecref_host_managed(const char *host, const char **suffix,
                          int *source) {
  return managed(host_match(host), suffix, source);
}

/* ---- URLs and e-mail addresses ---- */

/* "scheme://" at the start: the length of the scheme, or 0. */
static size_t scheme_len(const char *s) {
  size_t n = 0;
  if (!((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
    return 0;
  while (n < 32 && (((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z') ||
                    (s[n] >= '0' && s[n] <= '9') || s[n] == '+' ||
                    s[n] == '-' || s[n] == '.'))
    n++;
  return s[n] == ':' && s[n + 1] == '/' && s[n + 2] == '/' ? n : 0;
}

/* An IPv6 literal "[...]" with an optional port: never managed. */
static int ip_literal(const char *h, size_t n) {
  size_t i = 1;
  while (i < n && h[i] != ']')
    i++;
  if (i == n || (i + 1 < n && h[i + 1] != ':'))
    return MSSECREF_EURL;
  return NOT_MANAGED;
}

/* The host of a URL's authority: after the last '@' (userinfo), before
 * the port.  '\\' ends the authority as it does in browsers, so
 * "https://evil.example\\@microsoft.com/" is hosted at evil.example. */
static int url_verdict(const char *url) {
  size_t s = scheme_len(url), n, start = 0, colon = 0, i;
  const char *a;
  unsigned char k = 0;
  if (s == 0)
    return MSSECREF_EURL;
  a = url + s + 3;
  for (n = 0; !((k = CLASS(a[n])) & MSR_HC_END); n++) {
    if (n == MSSECREF_OBSERVABLE_MAX)
      return MSSECREF_ETOOLONG;
    if (k & MSR_HC_AT)
      start = n + 1, colon = 0;
    else if (k & MSR_HC_COLON)
      colon = n;
  }
  if (start < n && a[start] == '[')
    return ip_literal(a + start, n - start);
  if (colon > 0 && colon >= start) {
    for (i = colon + 1; i < n; i++)
      if (!(CLASS(a[i]) & MSR_HC_DIGIT))
        return MSSECREF_EURL; /* a port is digits */
    n = colon;
  }
  if (n == start)
    return MSSECREF_EURL; /* no host */
  return host_verdict(a + start, n - start);
}

static int email_verdict(const char *addr) {
  size_t n = msr_strnlen(addr, MSSECREF_OBSERVABLE_MAX), i, at = n;
  if (n > MSSECREF_OBSERVABLE_MAX)
    return MSSECREF_ETOOLONG;
  for (i = 0; i < n; i++)
    if (addr[i] == '@')
      at = i;
  if (at == n || at == 0 || at + 1 == n)
    return MSSECREF_EURL;
  if (addr[at + 1] == '[') /* a domain literal: an address, never managed */
    return addr[n - 1] == ']' ? NOT_MANAGED : MSSECREF_EURL;
  return host_verdict(addr + at + 1, n - at - 1);
}

/* MSSECREF_OBSERVABLE_ANY: a scheme makes a URL, an '@' an address. */
static int guess_kind(const char *obs) {
  size_t n;
  if (scheme_len(obs) > 0)
    return MSSECREF_OBSERVABLE_URL;
  for (n = 0; n <= MSSECREF_OBSERVABLE_MAX && obs[n] != '\0'; n++)
    if (obs[n] == '@')
      return MSSECREF_OBSERVABLE_EMAIL;
  return MSSECREF_OBSERVABLE_HOST;
}

/* The verdict for an observable: suffix index + 1, 0 or a status. */
static int observable(const char *obs, int kind) {
  if (obs == NULL)
    return MSSECREF_ENULL;
  if (obs[0] == '\0')
    return MSSECREF_EEMPTY;
  if (kind == MSSECREF_OBSERVABLE_ANY)
    kind = guess_kind(obs);
  switch (kind) {
  case MSSECREF_OBSERVABLE_URL:
    return url_verdict(obs);
  case MSSECREF_OBSERVABLE_HOST:
    return host_match(obs);
  case MSSECREF_OBSERVABLE_EMAIL:
    return email_verdict(obs);
  default:
    return MSSECREF_EINVAL;
  }
}

int mssecref_observable_managed(const char *obs, int kind, const char **suffix,
                                int *source) {
  return managed(observable(obs, kind), suffix, source);
}

int mssecref_observable_hosting(const char *obs, int kind, size_t *index) {
  int verdict = observable(obs, kind);
  if (verdict <= 0)
    return verdict;
  if (index != NULL)
    *index = (size_t)(verdict - 1);
  return msr_suffixes[verdict - 1].hosting;
}

/* Is contact index + 1 `contact` the abuse report, the contact the
 * catalogue sends hosted things to (`hosted =`) for some incident? */
static int abuse_report(unsigned contact, int lang, int customer) {
  int i;
  for (i = 1; i <= MSSECREF_INCIDENT_MAX; i++)
    if (msr_hosted[i][lang][customer].contact == contact)
      return 1;
  return 0;
}

/* Under a Microsoft kind of hosting (not a subsidiary) and taken by the
 * abuse report: that contact; otherwise the usual route, flagged with
 * where the thing is hosted.  A subsidiary's host never gets the abuse
 * report: Microsoft does not act on GitHub's or LinkedIn's content, and no
 * other Microsoft contact does either, so when the usual contact is the
 * abuse report (cloud abuse) the answer is "no Microsoft contact". */
int mssecref_route_observable(int incident, const char *obs, int kind,
                              int lang, int customer,
                              const mssecref_contact **out) {
  const struct msr_route *hosted;
  unsigned usual;
  int verdict, flag = 0, rc;

  if (out == NULL)
    return MSSECREF_ENULL;
  if (incident < 1 || incident > MSSECREF_INCIDENT_MAX ||
      (unsigned)lang > MSSECREF_LANG_MAX ||
      (unsigned)customer > MSSECREF_CUSTOMER_MAX)
    return MSSECREF_EINVAL;
  if ((verdict = observable(obs, kind)) < 0)
    return verdict;
  if (verdict > 0)
    flag = msr_suffixes[verdict - 1].hosting == MSSECREF_HOSTING_SUBSIDIARY
               ? MSSECREF_ROUTE_SUBSIDIARY
               : MSSECREF_ROUTE_HOSTED;
  hosted = &msr_hosted[incident][lang][customer];
  if (flag == MSSECREF_ROUTE_HOSTED && hosted->contact != 0) {
    *out = &msr_contacts[hosted->contact - 1];
    return hosted->fallback | MSSECREF_ROUTE_HOSTED;
  }
  /* read from the table, not through a local's address: that would make
   * the stack protector instrument this function */
  usual = msr_spans[incident][lang][customer].route.contact;
  if (flag == MSSECREF_ROUTE_SUBSIDIARY && usual != 0 &&
      abuse_report(usual, lang, customer))
    return MSSECREF_ENOCONTACT;
  rc = msr_route(incident, lang, customer, out);
  if (rc < 0)
    return rc;
  return rc | flag;
}
