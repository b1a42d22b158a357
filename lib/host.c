/* host.c - is a host, URL or e-mail address Microsoft-managed, and where to
 * report what is hosted there.  Parsing (URL Standard, UTS #46, refanging,
 * e-mail forms) is in lib/observable.c and lib/url.c; matching a host
 * against the suffixes is lib/suffix.c.  A host that could be misread is
 * an error, never a match. */
#include "internal.h"
#include "observable.h"

#define NOT_MANAGED 0

/* The verdict for a parsed host: the index + 1 of the suffix it is under,
 * or 0 (NOT_MANAGED: IP literals and the empty host of "file:///"
 * included); one trailing dot is ignored. */
static int host_verdict(const char *p, size_t n, unsigned flags,
                        const struct msr_dots *dots) {
  if ((flags & MSSECREF_HOST_IP) || n == 0)
    return NOT_MANAGED;
  if (p[n - 1] == '.')
    n--;
  if (n == 0)
    return NOT_MANAGED;
  return msr_suffix_match(p, n, dots ? dots->at : NULL, dots ? dots->n : 0);
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
  return 1;
}

/* Exported functions call these, never each other (no PLT relocations).
 * The full parser keeps a host buffer on its stack: out of line, so the
 * plain-host fast path does not pay for it. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
parsed_verdict(const char *obs, int kind) {
  struct msr_host h;
  int rc;
  if ((rc = msr_observable(obs, kind, &h)) < 0)
    return rc;
  return host_verdict(h.p, h.n, h.flags, NULL);
}

/* The verdict for an observable: suffix index + 1, 0 or a status. */
static int observable(const char *obs, int kind) {
  struct msr_dots dots;
  long n;
  if (obs == NULL)
    return MSSECREF_ENULL;
  if (obs[0] == '\0')
    return MSSECREF_EEMPTY;
  /* a plain host name is its own host: no copy, no conversion */
  if (kind == MSSECREF_OBSERVABLE_HOST &&
      (n = msr_hostname(obs, MSSECREF_OBSERVABLE_MAX + 1, MSR_HOSTNAME_PLAIN,
                        &dots, NULL)) > 0)
    return host_verdict(obs, (size_t)n, 0, &dots);
  return parsed_verdict(obs, kind);
}

int mssecref_host_managed(const char *host, const char **suffix, int *source) {
  return managed(observable(host, MSSECREF_OBSERVABLE_HOST), suffix, source);
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

int mssecref_observable_host(const char *obs, int kind, char *host, size_t cap,
                             unsigned *flags) {
  struct msr_host h;
  size_t i, m;
  int rc;
  if (obs == NULL || (host == NULL && cap > 0))
    return MSSECREF_ENULL;
  if (obs[0] == '\0')
    return MSSECREF_EEMPTY;
  if ((rc = msr_observable(obs, kind, &h)) < 0)
    return rc;
  if (managed(host_verdict(h.p, h.n, h.flags, NULL), NULL, NULL) == 1)
    h.flags |= MSSECREF_HOST_MANAGED;
  if (cap > 0) {
    m = h.n < cap - 1 ? h.n : cap - 1;
    for (i = 0; i < m; i++)
      host[i] = (char)msr_lower_table[(unsigned char)h.p[i]];
    host[m] = '\0';
  }
  if (flags != NULL)
    *flags = h.flags;
  return (int)h.n;
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
int mssecref_route_observable(int incident, const char *obs, int kind, int lang,
                              int customer, const mssecref_contact **out) {
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
