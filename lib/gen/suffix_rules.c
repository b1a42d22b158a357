/* suffix_rules.c - the suffix rules that need every record: each
 * suffix's [suffix-source] found and used, the Public Suffix List's ICANN
 * section (the snapshot in lib/psl/, compiled into psl_icann.h) refusing a
 * suffix that is public or holds public suffixes, a tld source under one
 * of Microsoft's TLDs, and the [psl] version matching the snapshot. */
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "psl.h"

struct gen_icann_rule {
  const char *rule;
  int microsoft; /* its registry is GEN_MICROSOFT_REGISTRY */
};
#include "psl_icann.h" /* gen_icann[], GEN_PSL_VERSION: from lib/psl/ */

/* The ICANN rule that is exactly `s` (NULL: none). */
static const struct gen_icann_rule *icann(const char *prefix, const char *s,
                                          size_t n) {
  size_t i, k = strlen(prefix);
  for (i = 0; i < sizeof gen_icann / sizeof gen_icann[0]; i++) {
    const char *r = gen_icann[i].rule;
    if (strncmp(r, prefix, k) == 0 && strlen(r + k) == n &&
        memcmp(r + k, s, n) == 0)
      return &gen_icann[i];
  }
  return NULL;
}

/* The PSL algorithm on the ICANN rules: is `key` a public suffix (a rule
 * is exactly it, or a wildcard covers it without an exception, or it has
 * one label: the implicit rule "*")?  *rule gets the prevailing rule, NULL
 * for the implicit one. */
static int public_suffix(const char *key, const struct gen_icann_rule **rule) {
  const char *parent = strchr(key, '.');
  *rule = icann("", key, strlen(key));
  if (*rule != NULL)
    return 1;
  if (parent != NULL && icann("!", key, strlen(key)) == NULL &&
      (*rule = icann("*.", parent + 1, strlen(parent + 1))) != NULL)
    return 1;
  *rule = NULL;
  return parent == NULL;
}

/* The first ICANN rule, other than Microsoft's, that names `key` or a name
 * under it ("*.kawasaki.jp" and "!city.kawasaki.jp" for "kawasaki.jp"):
 * the catalogue cannot own a name whose subdomains the PSL gives to
 * others.  NULL: none. */
static const char *icann_rule_under(const char *key) {
  size_t i, n = strlen(key);
  for (i = 0; i < sizeof gen_icann / sizeof gen_icann[0]; i++) {
    const char *r = gen_icann[i].rule;
    size_t k;
    if (gen_icann[i].microsoft)
      continue;
    r += *r == '!' ? 1 : strncmp(r, "*.", 2) == 0 ? 2 : 0;
    k = strlen(r);
    if ((k == n || (k > n && r[k - n - 1] == '.')) &&
        memcmp(r + k - n, key, n) == 0)
      return gen_icann[i].rule;
  }
  return NULL;
}

/* Refuses `key` (a wildcard's base for "*.X": its tenants are X's
 * subdomains) when the ICANN section makes it, or a name under it, public,
 * unless the prevailing rule is one of Microsoft's own TLDs. */
static int icann_refused(struct gen_catalogue *cat,
                         const struct gen_suffix *x) {
  const struct gen_icann_rule *r;
  const char *under;
  if (public_suffix(x->key, &r) && (r == NULL || !r->microsoft)) {
    gen_error(cat, x->line,
              "suffix '%s' is a public suffix in the Public "
              "Suffix List's ICANN section (PSL %s, rule '%s'): only "
              "Microsoft Corporation's own TLDs may be listed",
              x->name, GEN_PSL_VERSION, r != NULL ? r->rule : "*");
    return 1;
  }
  if ((under = icann_rule_under(x->key)) != NULL) {
    gen_error(cat, x->line,
              "suffix '%s' holds public suffixes of the Public "
              "Suffix List's ICANN section (PSL %s, rule '%s'): its "
              "subdomains are not Microsoft's to list",
              x->name, GEN_PSL_VERSION, under);
    return 1;
  }
  return 0;
}

static int microsoft_tld(const char *key) {
  const char *tld = strrchr(key, '.');
  const struct gen_icann_rule *r;
  tld = tld ? tld + 1 : key;
  r = icann("", tld, strlen(tld));
  return r != NULL && r->microsoft;
}

static void resolve_one(struct gen_catalogue *cat, struct gen_suffix *x) {
  int i;
  for (i = 0; i < cat->nsources && x->src < 0; i++)
    if (strlen(cat->sources[i].id) == x->source_id_len &&
        memcmp(cat->sources[i].id, x->source_id, x->source_id_len) == 0)
      x->src = i;
  if (x->src < 0) {
    gen_error(cat, x->line, "suffix '%s': no [suffix-source %.*s]", x->name,
              (int)x->source_id_len, x->source_id);
    return;
  }
  cat->sources[x->src].used = 1;
  x->source = cat->sources[x->src].type;
  if (icann_refused(cat, x))
    return;
  if (x->source == MSSECREF_SOURCE_TLD && !microsoft_tld(x->key))
    gen_error(cat, x->line,
              "suffix '%s' has a tld source but is not under "
              "a TLD of " GEN_MICROSOFT_REGISTRY,
              x->name);
}

void gen_resolve_suffixes(struct gen_catalogue *cat, int last_line) {
  int i;
  for (i = 0; i < cat->nsuffixes; i++)
    resolve_one(cat, &cat->suffixes[i]);
  for (i = 0; i < cat->nsources; i++)
    if (!cat->sources[i].used)
      gen_error(cat, cat->sources[i].line,
                "[suffix-source %s] is named by "
                "no suffix",
                cat->sources[i].id);
  if (cat->nsuffixes > 0 && cat->psl_line == 0)
    gen_error(cat, last_line,
              "no [psl] record: say which Public Suffix "
              "List version the suffixes match");
  else if (cat->psl_version != NULL &&
           strcmp(cat->psl_version, GEN_PSL_VERSION) != 0)
    gen_error(cat, cat->psl_line,
              "[psl] version %s, but the build's "
              "snapshot is " GEN_PSL_SNAPSHOT ": run `make psl-diff "
              "PSL=...` and record the version it matches",
              cat->psl_version);
}
