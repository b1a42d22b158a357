/* psl_diff.c - `mssecref-psl diff PSL CATALOGUE` (`make psl-diff`): for
 * each [suffix-source] with a psl-section (a private section, by its
 * heading's name) or a psl-registry (the single-label ICANN rules of that
 * registry), the rules the PSL file has and the catalogue lacks (+), those
 * the catalogue has and the file dropped (-), and internationalised rules
 * the catalogue cannot hold (!, not counted).  Exit 0 when every source
 * matches, 1 when not, 2 on an input error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"
#include "psl.h"

#define MAX_RULES 20000

struct want {
  const char *id;    /* the catalogue's source id */
  const char *match; /* its psl-section or psl-registry */
  int registry;      /* 1: psl-registry (single-label ICANN rules) */
  const char *rules[MAX_RULES];
  size_t lens[MAX_RULES];
  int nrules;
  int found; /* the PSL has the section or registry */
  int idn;   /* internationalised rules, reported apart */
};

/* Large (records hold their fields inline); static keeps it off the stack. */
static struct gen_catalogue cat;
static struct want want;

static int same(const char *a, size_t n, const char *b) {
  return strlen(b) == n && memcmp(a, b, n) == 0;
}

/* Is rule r one of w's: in the private section named w->match, or a
 * single-label ICANN rule of registry w->match? */
static int wanted(const struct want *w, const struct gen_psl_rule *r) {
  const char *part;
  size_t part_len;
  if (w->registry) {
    if (r->section != GEN_PSL_ICANN)
      return 0;
    gen_psl_heading_registry(r->heading, r->heading_len, &part, &part_len);
    return same(part, part_len, w->match) &&
           memchr(r->rule, '.', r->rule_len) == NULL;
  }
  if (r->section != GEN_PSL_PRIVATE)
    return 0;
  gen_psl_heading_name(r->heading, r->heading_len, &part, &part_len);
  return same(part, part_len, w->match);
}

static void diff_rule(void *p, const struct gen_psl_rule *r) {
  struct want *w = p;
  if (!wanted(w, r))
    return;
  w->found = 1;
  if (w->nrules < MAX_RULES) {
    w->rules[w->nrules] = r->rule;
    w->lens[w->nrules++] = r->rule_len;
  }
}

static const char *field(const struct gen_record *r, const char *key) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (strcmp(r->fields[i].key, key) == 0)
      return r->fields[i].value;
  return NULL;
}

/* The source id of a [suffixes] line: its second word. */
static int from_source(const char *value, const char *id) {
  size_t n;
  value += strcspn(value, " ");
  value += strspn(value, " ");
  n = strcspn(value, " |");
  return strlen(id) == n && memcmp(value, id, n) == 0;
}

static int in_catalogue(const char *rule, size_t n, const char *id) {
  int i, k;
  for (i = 0; i < cat.nrecords; i++)
    if (strcmp(cat.records[i].kind, "suffixes") == 0)
      for (k = 0; k < cat.records[i].nfields; k++)
        if (same(rule, n, cat.records[i].fields[k].key) &&
            from_source(cat.records[i].fields[k].value, id))
          return 1;
  return 0;
}

static int catalogue_count(const char *id) {
  int i, k, n = 0;
  for (i = 0; i < cat.nrecords; i++)
    if (strcmp(cat.records[i].kind, "suffixes") == 0)
      for (k = 0; k < cat.records[i].nfields; k++)
        n += from_source(cat.records[i].fields[k].value, id);
  return n;
}

/* An internationalised rule (a non-ASCII byte, or a punycode label) the
 * catalogue cannot hold: the generator takes ASCII host labels only, and
 * the library refuses non-ASCII hosts (MSSECREF_EIDN). */
static int internationalised(const char *rule, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if ((unsigned char)rule[i] >= 0x80 ||
        ((i == 0 || rule[i - 1] == '.') && n - i >= 4 &&
         memcmp(rule + i, "xn--", 4) == 0))
      return 1;
  return 0;
}

/* The PSL's rules the catalogue lacks (+) and the internationalised ones
 * (!); returns the number of the first. */
static int print_added(const struct want *w) {
  int i, differ = 0;
  for (i = 0; i < w->nrules; i++)
    if (internationalised(w->rules[i], w->lens[i]))
      printf("  ! %.*s  (internationalised: the catalogue holds ASCII "
             "host names only; not counted as a difference, review it)\n",
             (int)w->lens[i], w->rules[i]);
    else if (!in_catalogue(w->rules[i], w->lens[i], w->id)) {
      printf("  + %.*s  (in the PSL, missing from the catalogue)\n",
             (int)w->lens[i], w->rules[i]);
      differ++;
    }
  return differ;
}

static int in_psl(const struct want *w, const char *key) {
  int j;
  for (j = 0; j < w->nrules; j++)
    if (same(w->rules[j], w->lens[j], key))
      return 1;
  return 0;
}

/* The catalogue's suffixes of w's source the PSL dropped (-); returns
 * their number. */
static int print_dropped(const struct want *w) {
  int i, k, differ = 0;
  for (i = 0; i < cat.nrecords; i++) {
    const struct gen_record *r = &cat.records[i];
    if (strcmp(r->kind, "suffixes") != 0)
      continue;
    for (k = 0; k < r->nfields; k++)
      if (from_source(r->fields[k].value, w->id) &&
          !in_psl(w, r->fields[k].key)) {
        printf("  - %s  (in the catalogue, line %d; dropped by the PSL)\n",
               r->fields[k].key, r->fields[k].line);
        differ++;
      }
  }
  return differ;
}

/* Prints one source's differences; returns their number. */
static int diff_source(struct want *w, const char *psl_text, size_t psl_len) {
  int i, nidn = 0;
  w->nrules = 0;
  w->found = 0;
  gen_psl_read(psl_text, psl_len, diff_rule, w);
  for (i = 0; i < w->nrules; i++)
    nidn += internationalised(w->rules[i], w->lens[i]);
  w->idn = nidn;
  printf("%s \"%s\" (source %s): %d in the PSL, %d in the catalogue%s\n",
         w->registry ? "ICANN TLDs of registry" : "private section", w->match,
         w->id, w->nrules - nidn, catalogue_count(w->id),
         w->found ? "" : " - not in this PSL file");
  return print_added(w) + print_dropped(w);
}

static void no_rule(void *p, const struct gen_psl_rule *r) { (void)p, (void)r; }

/* The PSL file and the catalogue (read into cat); 2 after a message when
 * either cannot be read, or the PSL file is not one. */
static int load(const char *psl, const char *catalogue, char **psl_text,
                size_t *psl_len, char **cat_text) {
  size_t cat_len;
  if ((*psl_text = gen_read_file(psl, psl_len)) == NULL)
    return gen_psl_fail_errno(psl);
  if (gen_psl_read(*psl_text, *psl_len, no_rule, NULL) < 0) {
    fprintf(stderr,
            "mssecref-psl: %s: not a Public Suffix List (no "
            "===BEGIN ICANN DOMAINS=== or PRIVATE DOMAINS marker)\n",
            psl);
    free(*psl_text);
    return 2;
  }
  if ((*cat_text = gen_read_file(catalogue, &cat_len)) == NULL) {
    int rc = gen_psl_fail_errno(catalogue);
    free(*psl_text);
    return rc;
  }
  gen_init(&cat, catalogue);
  gen_read(&cat, *cat_text, cat_len);
  if (cat.errors > 0) {
    free(*psl_text), free(*cat_text);
    return 2;
  }
  return 0;
}

static void print_versions(const char *psl, const char *catalogue) {
  int i;
  printf("PSL file: %s\n", psl);
  for (i = 0; i < cat.nrecords; i++)
    if (strcmp(cat.records[i].kind, "psl") == 0) {
      const char *version = field(&cat.records[i], "version");
      const char *commit = field(&cat.records[i], "commit");
      printf("catalogue %s: matches PSL %s (%s)\n", catalogue,
             version ? version : "?", commit ? commit : "?");
    }
}

/* Every source with a psl-section or psl-registry against the PSL text:
 * the number of sources, their differences and internationalised rules
 * added to *differ and *nidn. */
static int diff_sources(const char *text, size_t len, int *differ, int *nidn) {
  int i, sources = 0;
  for (i = 0; i < cat.nrecords; i++) {
    const struct gen_record *r = &cat.records[i];
    const char *section = field(r, "psl-section");
    const char *registry = field(r, "psl-registry");
    if (strcmp(r->kind, "suffix-source") != 0 ||
        (section == NULL && registry == NULL))
      continue;
    want.id = r->id;
    want.match = section != NULL ? section : registry;
    want.registry = section == NULL;
    *differ += diff_source(&want, text, len);
    *nidn += want.idn;
    sources++;
  }
  return sources;
}

static int summary(const char *catalogue, int differ, int nidn) {
  if (nidn > 0)
    printf("psl-diff: %d internationalised entr%s (marked !) left for a "
           "maintainer: the catalogue cannot list them until it takes IDNs\n",
           nidn, nidn == 1 ? "y" : "ies");
  if (differ > 0) {
    printf("psl-diff: %d difference%s: update [suffixes] and [psl] in %s, "
           "and the snapshot in lib/psl/\n",
           differ, differ == 1 ? "" : "s", catalogue);
    return 1;
  }
  printf("psl-diff: the catalogue matches this PSL file\n");
  return 0;
}

int gen_psl_diff(const char *psl, const char *catalogue) {
  size_t psl_len;
  char *psl_text, *cat_text;
  int differ = 0, nidn = 0, sources, rc;
  if ((rc = load(psl, catalogue, &psl_text, &psl_len, &cat_text)) != 0)
    return rc;
  print_versions(psl, catalogue);
  sources = diff_sources(psl_text, psl_len, &differ, &nidn);
  free(psl_text), free(cat_text);
  if (sources == 0) {
    fprintf(stderr, "mssecref-psl: %s names no psl-section or psl-registry\n",
            catalogue);
    return 2;
  }
  return summary(catalogue, differ, nidn);
}
