/* inputs.c - every alias and id as tools write them (as catalogued, lower,
 * upper, '_' for '-'), every locale form, every enum combination; shuffled
 * with a fixed seed so runs compare. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "baseline.h"
#include "inputs.h"

const char **in_names, **in_tags, **in_ids, **in_hosts, **in_urls;
struct query *in_queries;
struct route_query *in_routes;
struct set_query *in_sets;
size_t n_sets;
size_t n_names, n_tags, n_ids, n_queries, n_routes, n_hosts, n_urls;

/* Hosts as alerts carry them: Microsoft-managed tenants, look-alikes and
 * the rest of the Internet, in mixed case. */
static const char *const host_forms[] = {"tenant.blob.core.windows.net",
                                         "phish.azurewebsites.net",
                                         "Contoso.SharePoint.com",
                                         "login.microsoftonline.com",
                                         "x.westus.azurecontainer.io",
                                         "forms.office.com",
                                         "1drv.ms",
                                         "news.bing",
                                         "evilazurewebsites.net",
                                         "microsoft.com.evil.example",
                                         "www.example.com",
                                         "login-microsoftonline.com",
                                         "cdn.jsdelivr.net",
                                         "a.b.c.d.e.example.org",
                                         "phish.example.co.jp",
                                         "EVIL.EXAMPLE."};

static const char *const tag_forms[] = {"ja",         "ja-JP",
                                        "JA_jp",      "ja_JP.UTF-8",
                                        "en-US",      "en",
                                        "C",          "POSIX",
                                        "",           "en_GB.UTF-8",
                                        "de-DE",      "C.UTF-8",
                                        "ja_JP",      "fr_FR.UTF-8@euro",
                                        "zh-Hant-TW", "EN_us"};
static const char *const customer_forms[] = {"home", "enterprise", "Home",
                                             "ENTERPRISE", "developer"};

static void load_sets(void);

static unsigned long rng = 88172645463325252ul;
static size_t next_random(size_t n) {
  rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
  return (size_t)(rng % n);
}

static void shuffle(void *base, size_t n, size_t size) {
  char tmp[64], *a = base;
  size_t i;
  for (i = n; i > 1; i--) {
    size_t j = next_random(i);
    memcpy(tmp, a + (i - 1) * size, size);
    memcpy(a + (i - 1) * size, a + j * size, size);
    memcpy(a + j * size, tmp, size);
  }
}

static char *variant(const char *s, int form) {
  char *v = malloc(strlen(s) + 1);
  size_t i;
  if (v == NULL)
    exit(1);
  for (i = 0; s[i] != '\0'; i++) {
    char c = s[i];
    if (form == 1 && c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (form >= 2 && c >= 'a' && c <= 'z')
      c = (char)(c - 32);
    if (form == 3 && c == '-')
      c = '_';
    v[i] = c;
  }
  v[i] = '\0';
  return v;
}

void inputs_load(void) {
  size_t i, na = mssecref_alias_count(), nc = mssecref_contact_count();
  int inc, lang, cust, form;

  in_names = malloc(4 * na * sizeof *in_names);
  for (i = 0; i < na; i++) {
    const char *name;
    mssecref_alias_at(i, &name, NULL, NULL);
    for (form = 0; form < 4; form++)
      in_names[n_names++] = variant(name, form);
  }
  shuffle(in_names, n_names, sizeof *in_names);

  in_tags = malloc(sizeof tag_forms);
  for (i = 0; i < sizeof tag_forms / sizeof tag_forms[0]; i++)
    in_tags[n_tags++] = tag_forms[i];
  shuffle(in_tags, n_tags, sizeof *in_tags);

  in_ids = malloc(nc * sizeof *in_ids);
  for (i = 0; i < nc; i++)
    in_ids[n_ids++] = mssecref_contact_id(mssecref_contact_at(i));
  shuffle(in_ids, n_ids, sizeof *in_ids);

  n_hosts = sizeof host_forms / sizeof host_forms[0];
  in_hosts = malloc(n_hosts * sizeof *in_hosts);
  in_urls = malloc(n_hosts * sizeof *in_urls);
  for (i = 0; i < n_hosts; i++) {
    char *u = malloc(strlen(host_forms[i]) + 64);
    sprintf(u, "https://%s%s/login/index.html?u=1", i % 3 ? "" : "user@",
            host_forms[i]);
    in_hosts[i] = host_forms[i];
    in_urls[n_urls++] = u;
  }
  shuffle(in_hosts, n_hosts, sizeof *in_hosts);
  shuffle(in_urls, n_urls, sizeof *in_urls);

  in_queries = malloc(9 * 3 * 4 * sizeof *in_queries);
  for (inc = 0; inc <= MSSECREF_INCIDENT_MAX; inc++)
    for (lang = 0; lang <= MSSECREF_LANG_MAX; lang++)
      for (cust = 0; cust <= MSSECREF_CUSTOMER_MAX; cust++) {
        struct query q = {inc, lang, cust};
        in_queries[n_queries++] = q;
      }
  shuffle(in_queries, n_queries, sizeof *in_queries);

  /* what a plugin sees per event: an alias, a locale, a customer type */
  in_routes = malloc(n_names * sizeof *in_routes);
  for (i = 0; i < n_names; i++) {
    struct route_query r;
    r.incident = in_names[i];
    r.locale = tag_forms[next_random(n_tags)];
    r.customer = customer_forms[next_random(4)]; /* home and enterprise */
    in_routes[n_routes++] = r;
  }
  load_sets();
}

/* Sets of three event.category values (the first 20 ECS values), of which
 * at least one routes: an ECS event as a SIEM holds it. */
static void load_sets(void) {
  const char *cat[20];
  size_t i;
  for (i = 0; i < 20; i++)
    mssecref_value_at(MSSECREF_VOCABULARY_ECS, i, &cat[i], NULL, NULL);
  in_sets = malloc(256 * sizeof *in_sets);
  while (n_sets < 256) {
    struct set_query q;
    int k, routes = 0;
    for (k = 0; k < 3; k++) {
      q.names[k] = cat[next_random(20)];
      routes |= mssecref_incident_parse_in(q.names[k], MSSECREF_VOCABULARY_ECS,
                                           NULL, NULL) > 0;
    }
    q.locale = tag_forms[next_random(n_tags)];
    q.customer = customer_forms[next_random(4)];
    if (routes)
      in_sets[n_sets++] = q;
  }
}

/* The same answer by hand: the single-name route of the element whose
 * incident has the lowest precedence. */
const char *base_route_set(const struct set_query *q) {
  const mssecref_contact *c;
  int k, best = -1, best_inc = 0, lang;
  for (k = 0; k < 3; k++) {
    int inc = mssecref_incident_parse_in(q->names[k], MSSECREF_VOCABULARY_ECS,
                                         NULL, NULL);
    if (inc > 0 && (best < 0 || mssecref_incident_precedence(inc) <
                                    mssecref_incident_precedence(best_inc)))
      best = k, best_inc = inc;
  }
  if (best < 0 ||
      mssecref_route_names_in(q->names[best], MSSECREF_VOCABULARY_ECS,
                              q->locale, q->customer, &c, &lang) < 0)
    return NULL;
  return mssecref_contact_url(c, lang);
}

const char *const in_idn_urls[] = {
    "https://contoso\xe3\x80\x82"
    "blob\xe3\x80\x82"
    "core\xe3\x80\x82"
    "windows\xe3\x80\x82"
    "net/x",
    "https://m\xd1\x96"
    "crosoft.com/login",
    "hxxps://tenant[.]blob[.]core[.]windows[.]net/x",
    "https://\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x8e\xef\xbd\x94\xef\xbd\x8f"
    "\xef\xbd\x93\xef\xbd\x8f.sharepoint.com/",
    "https://m\xc3\xbc"
    "nchen.example/phish",
    " https://contoso\t.blob.core.windows.net/x",
    "https://contoso%2Eblob%2Ecore%2Ewindows%2Enet/",
    "https://\xe3\x83\x9e\xe3\x82\xa4\xe3\x82\xaf\xe3\x83\xad\xe3\x82\xbd"
    "\xe3\x83\x95\xe3\x83\x88.com/",
    "hxxp://evil[.]example/login"};
const char *const in_idn_ascii[] = {"https://contoso.blob.core.windows.net/x",
                                    "https://xn--mcrosoft-thh.com/login",
                                    "https://tenant.blob.core.windows.net/x",
                                    "https://contoso.sharepoint.com/",
                                    "https://xn--mnchen-3ya.example/phish",
                                    "https://contoso.blob.core.windows.net/x",
                                    "https://contoso.blob.core.windows.net/",
                                    "https://xn--eckwa6b3bwd6b6f.com/",
                                    "http://evil.example/login"};
const size_t n_idn_urls = sizeof in_idn_urls / sizeof in_idn_urls[0];

int inputs_check(void) {
  size_t i;
  int bad = 0;
  for (i = 0; i < n_sets; i++) {
    const mssecref_contact *c;
    int lang;
    const char *want = base_route_set(&in_sets[i]);
    if (mssecref_route_set(in_sets[i].names, 3, MSSECREF_VOCABULARY_ECS,
                           in_sets[i].locale, in_sets[i].customer, &c, &lang,
                           NULL) < 0 ||
        want == NULL || strcmp(mssecref_contact_url(c, lang), want) != 0)
      fprintf(stderr, "bench: set %zu differs\n", i), bad = 1;
  }
  for (i = 0; i < n_names; i++)
    if (mssecref_incident_parse(in_names[i], NULL, NULL) !=
        base_incident(in_names[i]))
      fprintf(stderr, "bench: incident '%s' differs\n", in_names[i]), bad = 1;
  for (i = 0; i < n_tags; i++)
    if (mssecref_lang_parse(in_tags[i], NULL) != base_lang(in_tags[i]))
      fprintf(stderr, "bench: tag '%s' differs\n", in_tags[i]), bad = 1;
  for (i = 0; i < n_ids; i++) {
    const mssecref_contact *c;
    if (mssecref_contact_by_id(in_ids[i], &c) != 0 ||
        mssecref_contact_index(c) != base_by_id(in_ids[i]))
      fprintf(stderr, "bench: id '%s' differs\n", in_ids[i]), bad = 1;
  }
  for (i = 0; i < n_queries; i++) {
    const mssecref_contact *out[MAX_OUT];
    int bout[MAX_OUT], k;
    struct query q = in_queries[i];
    int n = mssecref_lookup(q.incident, q.lang, q.customer, out, MAX_OUT);
    if (n != base_lookup(q.incident, q.lang, q.customer, bout, MAX_OUT))
      fprintf(stderr, "bench: lookup %d/%d/%d differs\n", q.incident, q.lang,
              q.customer),
          bad = 1;
    for (k = 0; k < n && k < MAX_OUT; k++)
      if (mssecref_contact_index(out[k]) != bout[k])
        bad = 1;
  }
  for (i = 0; i < n_hosts; i++)
    if (mssecref_host_managed(in_hosts[i], NULL, NULL) !=
        base_host_managed(in_hosts[i]))
      fprintf(stderr, "bench: host '%s' differs\n", in_hosts[i]), bad = 1;
  for (i = 0; i < n_urls; i++) {
    const mssecref_contact *c;
    const char *want = base_route_url("phishing", in_urls[i]);
    if (mssecref_route_observable(MSSECREF_INCIDENT_UNSAFE_WEBSITE, in_urls[i],
                                  MSSECREF_OBSERVABLE_URL, MSSECREF_LANG_EN,
                                  MSSECREF_CUSTOMER_HOME, &c) < 0 ||
        want == NULL ||
        strcmp(mssecref_contact_url(c, MSSECREF_LANG_EN), want) != 0)
      fprintf(stderr, "bench: url '%s' differs\n", in_urls[i]), bad = 1;
  }
  for (i = 0; i < n_idn_urls; i++) { /* both forms: the same host */
    char a[256], b[256];
    if (mssecref_observable_host(in_idn_urls[i], 1, a, sizeof a, NULL) < 0 ||
        mssecref_observable_host(in_idn_ascii[i], 1, b, sizeof b, NULL) < 0 ||
        strcmp(a, b) != 0)
      fprintf(stderr, "bench: idn url '%s' differs\n", in_idn_urls[i]), bad = 1;
  }
  for (i = 0; i < n_routes; i++) {
    const mssecref_contact *c;
    int inc = mssecref_incident_parse(in_routes[i].incident, NULL, NULL);
    int lang = mssecref_lang_parse(in_routes[i].locale, NULL);
    int cust = mssecref_customer_parse(in_routes[i].customer);
    const char *url = NULL;
    if (mssecref_route(inc, lang, cust, &c) >= 0)
      url = mssecref_contact_url(c, lang);
    if (url == NULL ||
        strcmp(url,
               base_route_strings(in_routes[i].incident, in_routes[i].locale,
                                  in_routes[i].customer)) != 0)
      fprintf(stderr, "bench: route '%s' differs\n", in_routes[i].incident),
          bad = 1;
  }
  return bad;
}
