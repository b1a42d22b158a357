/* baseline.c - the hand-written integration libmssecref is measured
 * against: the catalogue's records with their fields as strings, aliases
 * and ids in arrays, every match a linear scan with strcasecmp.  Its
 * records are copied from the library's own catalogue at start-up, so both
 * sides answer from the same data (bench checks they agree on every input
 * before timing). */
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include <strings.h>

#include <mssecref.h>

#include "baseline.h"

#define MAXN 256

struct base_alias {
  const char *name;
  int incident;
};

/* A record as a hand-written integration keeps it: the catalogue's fields
 * as the catalogue writes them, names as strings. */
struct base_contact {
  const char *id;
  const char *serves[MSSECREF_INCIDENT_MAX];
  int priority[MSSECREF_INCIDENT_MAX];
  int nserves;
  const char *customers[MSSECREF_CUSTOMER_MAX];
  int ncustomers;
  const char *langs[MSSECREF_LANG_MAX];
  int nlangs;
  const char *url[MSSECREF_LANG_MAX + 1];
};

static const char *suffixes[MAXN];
static size_t nsuffixes;
static int abuse_contact = -1; /* the contact hosted content goes to */

static struct base_alias aliases[MAXN];
static size_t naliases;
static struct base_contact contacts[MAXN];
static size_t ncontacts;

static const struct {
  const char *name;
  int value;
} customers[] = {{"home", MSSECREF_CUSTOMER_HOME},
                 {"enterprise", MSSECREF_CUSTOMER_ENTERPRISE},
                 {"developer", MSSECREF_CUSTOMER_DEVELOPER}};

static const struct {
  const char *name;
  int value;
} languages[] = {{"ja", MSSECREF_LANG_JA},
                 {"en", MSSECREF_LANG_EN},
                 {"c", MSSECREF_LANG_EN},
                 {"posix", MSSECREF_LANG_EN}};

static void load_contact(struct base_contact *b, const mssecref_contact *c) {
  unsigned langs =
      mssecref_contact_page_langs(c) | mssecref_contact_report_langs(c);
  int k;
  b->id = mssecref_contact_id(c);
  for (k = 1; k <= MSSECREF_INCIDENT_MAX; k++)
    if (mssecref_contact_priority(c, k) > 0) {
      b->serves[b->nserves] = mssecref_incident_name(k);
      b->priority[b->nserves++] = mssecref_contact_priority(c, k);
    }
  for (k = 1; k <= MSSECREF_CUSTOMER_MAX; k++)
    if (mssecref_contact_customers(c) & (1u << k))
      b->customers[b->ncustomers++] = mssecref_customer_name(k);
  for (k = 1; k <= MSSECREF_LANG_MAX; k++)
    if (langs & (1u << k))
      b->langs[b->nlangs++] = mssecref_lang_name(k);
  for (k = 0; k <= MSSECREF_LANG_MAX; k++)
    b->url[k] = mssecref_contact_url(c, k);
}

void base_load(void) {
  size_t i;
  naliases = mssecref_alias_count();
  for (i = 0; i < naliases && i < MAXN; i++)
    aliases[i].incident = mssecref_alias_at(i, &aliases[i].name, NULL, NULL);
  ncontacts = mssecref_contact_count();
  for (i = 0; i < ncontacts && i < MAXN; i++)
    load_contact(&contacts[i], mssecref_contact_at(i));
  /* subsidiaries (GitHub, LinkedIn) are not Microsoft-managed */
  nsuffixes = 0;
  for (i = 0; i < mssecref_suffix_count() && nsuffixes < MAXN; i++)
    if (mssecref_suffix_hosting(i) != MSSECREF_HOSTING_SUBSIDIARY)
      mssecref_suffix_at(i, &suffixes[nsuffixes++]);
  for (i = 0; i < ncontacts; i++)
    if (strcmp(contacts[i].id, "report-abuse") == 0)
      abuse_contact = (int)i;
}

/* The way a hand-written integration checks a host: every suffix, and a
 * strcasecmp of the host's tail at a label boundary. */
int base_host_managed(const char *host) {
  size_t n = strlen(host), i;
  if (n > 0 && host[n - 1] == '.')
    n--;
  for (i = 0; i < nsuffixes; i++) {
    const char *s = suffixes[i];
    int wild = s[0] == '*';
    size_t k = strlen(s + (wild ? 2 : 0));
    char tail[256];
    if (k > n || n - k >= sizeof tail || (k < n && host[n - k - 1] != '.') ||
        (wild && k == n))
      continue;
    memcpy(tail, host + n - k, k);
    tail[k] = '\0';
    if (strcasecmp(tail, s + (wild ? 2 : 0)) == 0)
      return 1;
  }
  return 0;
}

const char *base_route_url(const char *incident, const char *url) {
  char host[256];
  const char *a = strstr(url, "://"), *at;
  size_t n;
  int inc = base_incident(incident);
  if (a == NULL || inc < 0)
    return NULL;
  a += 3;
  n = strcspn(a, "/?#\\");
  at = memchr(a, '@', n);
  while (at != NULL && memchr(at + 1, '@', n - (size_t)(at + 1 - a)))
    at = memchr(at + 1, '@', n - (size_t)(at + 1 - a));
  if (at != NULL) {
    n -= (size_t)(at + 1 - a);
    a = at + 1;
  }
  if (n >= sizeof host)
    return NULL;
  memcpy(host, a, n);
  host[n] = '\0';
  if (strchr(host, ':'))
    *strchr(host, ':') = '\0';
  if (abuse_contact >= 0 && base_host_managed(host) &&
      (inc == MSSECREF_INCIDENT_UNSAFE_WEBSITE ||
       inc == MSSECREF_INCIDENT_MALWARE_SAMPLE ||
       inc == MSSECREF_INCIDENT_CLOUD_ABUSE))
    return contacts[abuse_contact].url[MSSECREF_LANG_EN];
  return base_route_strings(incident, "en", "home");
}

/* '-', '_' and ' ' alike, as the tools send them; strcasecmp does case. */
static void dashes(const char *in, char *out, size_t cap) {
  size_t i;
  for (i = 0; in[i] != '\0' && i + 1 < cap; i++)
    out[i] = (in[i] == '_' || in[i] == ' ') ? '-' : in[i];
  out[i] = '\0';
}

int base_incident(const char *name) {
  char a[256], b[256];
  size_t i;
  dashes(name, a, sizeof a);
  for (i = 0; i < naliases; i++) {
    dashes(aliases[i].name, b, sizeof b);
    if (strcasecmp(a, b) == 0)
      return aliases[i].incident;
  }
  return -1;
}

int base_lang(const char *tag) {
  char primary[16];
  size_t i, n = strcspn(tag, "-_.@");
  if (n >= sizeof primary)
    return MSSECREF_LANG_EN;
  memcpy(primary, tag, n);
  primary[n] = '\0';
  for (i = 0; i < sizeof languages / sizeof languages[0]; i++)
    if (strcasecmp(primary, languages[i].name) == 0)
      return languages[i].value;
  return MSSECREF_LANG_EN;
}

int base_customer(const char *name) {
  size_t i;
  for (i = 0; i < sizeof customers / sizeof customers[0]; i++)
    if (strcasecmp(name, customers[i].name) == 0)
      return customers[i].value;
  return -1;
}

static int in_list(const char *const *list, int n, const char *name) {
  int i;
  for (i = 0; i < n; i++)
    if (strcasecmp(list[i], name) == 0)
      return i;
  return -1;
}

/* The record's priority for the query, 0 when it does not match. */
static int matches(const struct base_contact *c, int inc, int lang, int cust) {
  int prio = 1, i;
  if (inc != 0) {
    i = in_list(c->serves, c->nserves, mssecref_incident_name(inc));
    if (i < 0)
      return 0;
    prio = c->priority[i];
  }
  if (lang != 0 && in_list(c->langs, c->nlangs, mssecref_lang_name(lang)) < 0)
    return 0;
  if (cust != 0 &&
      in_list(c->customers, c->ncustomers, mssecref_customer_name(cust)) < 0)
    return 0;
  return prio;
}

int base_lookup(int inc, int lang, int cust, int *out, size_t cap) {
  int prio[MAXN];
  size_t i, n = 0;
  for (i = 0; i < ncontacts; i++) {
    size_t j;
    int p = matches(&contacts[i], inc, lang, cust);
    if (p == 0 || n == cap)
      continue;
    for (j = n; j > 0 && prio[j - 1] > p; j--) {
      out[j] = out[j - 1];
      prio[j] = prio[j - 1];
    }
    out[j] = (int)i;
    prio[j] = p;
    n++;
  }
  return (int)n;
}

const char *base_route_strings(const char *incident, const char *locale,
                               const char *customer) {
  int inc = base_incident(incident), lang = base_lang(locale);
  int cust = base_customer(customer), best = -1, best_prio = 0;
  size_t i;
  if (inc < 0 || cust < 0)
    return NULL;
  for (i = 0; i < ncontacts; i++) {
    int p = matches(&contacts[i], inc, 0, cust);
    if (p != 0 && (best < 0 || p < best_prio))
      best = (int)i, best_prio = p;
  }
  return best < 0 ? NULL : contacts[best].url[lang];
}

int base_by_id(const char *id) {
  size_t i;
  for (i = 0; i < ncontacts; i++)
    if (strcasecmp(id, contacts[i].id) == 0)
      return (int)i;
  return -1;
}
