/* host.c - is a host, URL or e-mail address Microsoft-managed, and where to
 * report what is hosted there.  The parsers read no further than they must
 * (a URL's scheme and authority, never its path) and refuse rather than
 * guess: a host that could be misread is an error, never a match. */
#include "internal.h"
#include "names.h"
#include "observable.h"

static const char source_names[MSSECREF_SOURCE_MAX + 1][MSR_NAME_W] = {
    MSR_SOURCE_NAMES(MSR_NAME_ENTRY)};

const char *mssecref_source_name(int source) {
  return (unsigned)source <= MSSECREF_SOURCE_MAX && source_names[source][0]
             ? source_names[source]
             : NULL;
}

size_t mssecref_suffix_count(void) { return msr_suffix_count; }

int mssecref_suffix_at(size_t index, const char **suffix) {
  if (index >= msr_suffix_count)
    return MSSECREF_EINVAL;
  if (suffix != NULL)
    *suffix = msr_str(msr_suffixes[index].name);
  return msr_suffixes[index].source;
}

/* ---- host names ---- */

#define NOT_MANAGED 0
#define MANAGED 1
#define CLASS(c) msr_class_table[(unsigned char)(c)]

/* The child of `node` whose label is h[0..n), ASCII case-insensitively. */
static const struct msr_node *child(const struct msr_node *node,
                                    const char *h, size_t n) {
  const struct msr_node *c = &msr_nodes[node->first_child];
  const struct msr_node *end = c + node->nchildren;
  for (; c < end; c++) {
    const char *label = msr_str(c->label);
    size_t k;
    if (c->label_len != n)
      continue;
    for (k = 0; k < n && msr_lower_table[(unsigned char)h[k]] ==
                             (unsigned char)label[k];
         k++)
      ;
    if (k == n)
      return c;
  }
  return NULL;
}

/* Label by label from the right, down the tree of suffixes; the deepest
 * node that is a suffix wins ("*.x" needs one more label to its left). */
static const struct msr_suffix *longest_suffix(const char *h, size_t n) {
  const struct msr_suffix *best = NULL;
  const struct msr_node *node = &msr_nodes[0];
  size_t end = n;
  for (;;) {
    size_t start = end;
    while (start > 0 && h[start - 1] != '.')
      start--;
    if ((node = child(node, h + start, end - start)) == NULL)
      break;
    if (node->suffix != 0) {
      const struct msr_suffix *x = &msr_suffixes[node->suffix - 1];
      if (!x->wildcard || start > 0)
        best = x;
    }
    if (start == 0)
      break;
    end = start - 1;
  }
  return best;
}

/* The verdict on a parsed host: MANAGED or NOT_MANAGED (IP literals and
 * the empty host of "file:///" included); one trailing dot is ignored. */
static int host_verdict(const struct msr_host *h, const char **suffix,
                        int *source) {
  const struct msr_suffix *x;
  size_t n = h->n;
  if ((h->flags & MSSECREF_HOST_IP) || n == 0)
    return NOT_MANAGED;
  if (h->p[n - 1] == '.')
    n--;
  if ((x = longest_suffix(h->p, n)) == NULL)
    return NOT_MANAGED;
  if (suffix != NULL)
    *suffix = msr_str(x->name);
  if (source != NULL)
    *source = x->source;
  return MANAGED;
}

/* Exported functions call these, never each other (no PLT relocations).
 * Parsing (URL Standard, UTS #46, refanging, e-mail forms) is in
 * lib/observable.c and lib/url.c. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int parsed_verdict(const char *obs, int kind, const char **suffix,
                          int *source) {
  struct msr_host h;
  int rc;
  if ((rc = msr_observable(obs, kind, &h)) < 0)
    return rc;
  return host_verdict(&h, suffix, source);
}

static int observable(const char *obs, int kind, const char **suffix,
                      int *source) {
  long n;
  if (obs == NULL)
    return MSSECREF_ENULL;
  if (obs[0] == '\0')
    return MSSECREF_EEMPTY;
  if (kind == MSSECREF_OBSERVABLE_HOST && (n = msr_plain_host(obs)) > 0) {
    /* a plain host name, the common case: no copy, no conversion */
    const struct msr_suffix *x;
    if (obs[n - 1] == '.')
      n--;
    if ((x = longest_suffix(obs, (size_t)n)) == NULL)
      return NOT_MANAGED;
    if (suffix != NULL)
      *suffix = msr_str(x->name);
    if (source != NULL)
      *source = x->source;
    return MANAGED;
  }
  return parsed_verdict(obs, kind, suffix, source);
}

int mssecref_host_managed(const char *host, const char **suffix,
                          int *source) {
  return observable(host, MSSECREF_OBSERVABLE_HOST, suffix, source);
}

int mssecref_observable_managed(const char *obs, int kind, const char **suffix,
                                int *source) {
  return observable(obs, kind, suffix, source);
}

int mssecref_observable_host(const char *obs, int kind, char *host,
                             size_t cap, unsigned *flags) {
  struct msr_host h;
  size_t i, m;
  int rc;
  if (obs == NULL || (host == NULL && cap > 0))
    return MSSECREF_ENULL;
  if (obs[0] == '\0')
    return MSSECREF_EEMPTY;
  if ((rc = msr_observable(obs, kind, &h)) < 0)
    return rc;
  if (host_verdict(&h, NULL, NULL) == MANAGED)
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

/* Hosted at Microsoft and taken by the abuse report: that contact;
 * otherwise the usual route, flagged when the host is Microsoft's. */
int mssecref_route_observable(int incident, const char *obs, int kind,
                              int lang, int customer,
                              const mssecref_contact **out) {
  const struct msr_route *hosted;
  int managed, rc;

  if (out == NULL)
    return MSSECREF_ENULL;
  if (incident < 1 || incident > MSSECREF_INCIDENT_MAX ||
      (unsigned)lang > MSSECREF_LANG_MAX ||
      (unsigned)customer > MSSECREF_CUSTOMER_MAX)
    return MSSECREF_EINVAL;
  if ((managed = observable(obs, kind, NULL, NULL)) < 0)
    return managed;
  hosted = &msr_hosted[incident][lang][customer];
  if (managed == MANAGED && hosted->contact != 0) {
    *out = &msr_contacts[hosted->contact - 1];
    return hosted->fallback | MSSECREF_ROUTE_HOSTED;
  }
  rc = msr_route(incident, lang, customer, out);
  if (rc < 0)
    return rc;
  return rc | (managed == MANAGED ? MSSECREF_ROUTE_HOSTED : 0);
}
