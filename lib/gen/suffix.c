/* suffix.c - the catalogue's hosts: [psl], [suffix-source ID] and
 * [suffixes].  A suffix needs a kind of hosting and a named source; the
 * generator refuses one that is not a host name and a duplicate, each at
 * its line.  suffix_rules.c checks what needs every record (sources, the
 * Public Suffix List's ICANN section: a catalogue must not be able to
 * declare "com" or "co.uk" Microsoft's). */
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "hostname.h"
#include "names.h"
#include "psl.h"

static const char *const source_names[MSSECREF_SOURCE_MAX + 1] = {
    MSR_SOURCE_NAMES(MSR_NAME_ENTRY)};
static const char *const hosting_names[MSSECREF_HOSTING_MAX + 1] = {
    MSR_HOSTING_NAMES(MSR_NAME_ENTRY)};

/* gen_req(), except that a field given empty is reported missing too (on
 * top of the reader's "empty value"), as these records always have. */
static const char *required(struct gen_catalogue *cat, struct gen_record *r,
                            const char *key, int *line) {
  const char *v = gen_opt(r, key, line);
  if (v == NULL) {
    gen_error(cat, r->line, "[%s%s%s] is missing required field '%s'", r->kind,
              *r->id ? " " : "", r->id, key);
    if (line != NULL)
      *line = r->line;
  }
  return v;
}

static int all_of(const char *s, const char *set, size_t min, size_t max) {
  size_t n = strlen(s);
  return n >= min && n <= max && strspn(s, set) == n;
}

/* ---- [psl] ---- */

/* "YYYY-MM-DD" in shape: digits with dashes at 4 and 7. */
static int is_date(const char *s) {
  int i;
  for (i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9'))
      return 0;
  return s[10] == '\0';
}

void gen_check_psl(struct gen_catalogue *cat, struct gen_record *r) {
  int line;
  const char *v;
  if (cat->psl_line != 0) {
    gen_error(cat, r->line, "duplicate [psl] record (first on line %d)",
              cat->psl_line);
    gen_skip_record(r);
    return;
  }
  cat->psl_line = r->line;
  if (*r->id != '\0')
    gen_error(cat, r->line, "[psl] takes no id");
  v = required(cat, r, "version", &line);
  if (v != NULL && !is_date(v))
    gen_error(cat, line, "[psl] version '%s' is not a date (YYYY-MM-DD)", v);
  cat->psl_version = v;
  v = required(cat, r, "commit", &line);
  if (v != NULL && !all_of(v, "0123456789abcdef", 7, 40))
    gen_error(cat, line, "[psl] commit '%s' is not a git commit (7-40 hex)", v);
}

/* ---- [suffix-source ID] ---- */

static int is_id(const char *s) {
  size_t n = strlen(s);
  return all_of(s, "abcdefghijklmnopqrstuvwxyz0123456789-", 1, GEN_MAX_ID) &&
         s[0] != '-' && s[n - 1] != '-' && strstr(s, "--") == NULL;
}

/* The fields of a [suffix-source] record into x. */
static void source_fields(struct gen_catalogue *cat, struct gen_record *r,
                          struct gen_source *x) {
  const char *v;
  int line;
  x->text = required(cat, r, "text", NULL);
  if ((v = required(cat, r, "type", &line)) != NULL &&
      (x->type = gen_index_of(source_names, MSSECREF_SOURCE_MAX + 1, v,
                              strlen(v))) < 0)
    gen_error(cat, line,
              "unknown source type '%s' (psl, tld, service, "
              "list)",
              v);
  if ((x->psl_section = gen_opt(r, "psl-section", &line)) != NULL &&
      x->type != MSSECREF_SOURCE_PSL)
    gen_error(cat, line, "'psl-section' needs 'type = psl'");
  if ((x->psl_registry = gen_opt(r, "psl-registry", &line)) != NULL &&
      (x->type != MSSECREF_SOURCE_TLD ||
       strcmp(x->psl_registry, GEN_MICROSOFT_REGISTRY) != 0))
    gen_error(cat, line,
              "'psl-registry' must be '" GEN_MICROSOFT_REGISTRY
              "' with 'type = tld'");
}

void gen_check_suffix_source(struct gen_catalogue *cat, struct gen_record *r) {
  struct gen_source *x;
  int i;
  if (!is_id(r->id)) {
    gen_error(cat, r->line,
              "suffix source id '%s' is not lowercase "
              "kebab-case",
              r->id);
    gen_skip_record(r);
    return;
  }
  for (i = 0; i < cat->nsources; i++)
    if (strcmp(cat->sources[i].id, r->id) == 0) {
      gen_error(cat, r->line,
                "duplicate [suffix-source %s] (first on line "
                "%d)",
                r->id, cat->sources[i].line);
      gen_skip_record(r);
      return;
    }
  if (cat->nsources == GEN_MAX_SOURCES) {
    gen_error(cat, r->line, "too many suffix sources (at most %d)",
              GEN_MAX_SOURCES);
    gen_skip_record(r);
    return;
  }
  x = &cat->sources[cat->nsources++];
  memset(x, 0, sizeof *x);
  x->id = r->id;
  x->line = r->line;
  source_fields(cat, r, x);
}

/* ---- [suffixes] ---- */

/* The name after an optional "*.", read by the library's own host-name
 * rule in the catalogue's form (lib/hostname.c: lower-case LDH labels, no
 * "xn--", compared byte for byte like catalogue URLs): the key, or NULL.
 * *number says it failed only by ending in a number (URL Standard: such a
 * host is an IPv4 address, "1.2.3.4", "x.1", "a.0x7f"). */
static const char *suffix_key(const char *name, int *wildcard, int *number) {
  struct msr_dots dots;
  const char *key = name;
  long rc;
  *wildcard = strncmp(name, "*.", 2) == 0;
  if (*wildcard)
    key += 2;
  rc = msr_hostname(key, strlen(key), MSR_HOSTNAME_CATALOGUE, &dots, NULL);
  *number = rc == -MSR_HOSTNAME_NUMBER;
  return rc > 0 ? key : NULL;
}

/* "KIND SOURCE-ID [| detail]" into x; 0 on success. */
static int suffix_value(struct gen_catalogue *cat, struct gen_field *f,
                        struct gen_suffix *x) {
  const char *v = f->value, *bar = strchr(v, '|');
  size_t n = strcspn(v, " |");
  x->hosting = gen_index_of(hosting_names, MSSECREF_HOSTING_MAX + 1, v, n);
  if (x->hosting < 0) {
    gen_error(cat, f->line,
              "suffix '%s': unknown kind '%.*s' "
              "(customer-content, first-party, mail, subsidiary)",
              f->key, (int)n, v);
    return -1;
  }
  v += n;
  v += strspn(v, " ");
  x->source_id = v;
  x->source_id_len = strcspn(v, " |");
  v += x->source_id_len;
  v += strspn(v, " ");
  if (x->source_id_len == 0) {
    gen_error(cat, f->line,
              "suffix '%s' has no source: write 'suffix = "
              "KIND SOURCE-ID [| detail]'",
              f->key);
    return -1;
  }
  if (*v != '\0' && *v != '|') {
    gen_error(cat, f->line, "suffix '%s': one source id, then '| detail'",
              f->key);
    return -1;
  }
  x->detail = NULL;
  if (bar != NULL) {
    x->detail = bar + 1 + strspn(bar + 1, " ");
    if (*x->detail == '\0') {
      gen_error(cat, f->line, "suffix '%s': empty detail after '|'", f->key);
      return -1;
    }
  }
  return 0;
}

static void suffix_line(struct gen_catalogue *cat, struct gen_field *f) {
  struct gen_suffix *x;
  int wildcard, number, i;
  const char *key = suffix_key(f->key, &wildcard, &number);

  f->used = 1;
  if (key == NULL && !number) {
    gen_error(cat, f->line,
              "suffix '%s' must be lower-case host labels (a-z, 0-9, '-'), "
              "optionally after '*.'",
              f->key);
    return;
  }
  if (key == NULL) {
    gen_error(cat, f->line,
              "suffix '%s' is not a host name: its last label "
              "is a number, so a URL's host ending so is an IPv4 address "
              "(URL Standard)",
              f->key);
    return;
  }
  for (i = 0; i < cat->nsuffixes; i++)
    if (strcmp(cat->suffixes[i].key, key) == 0) {
      gen_error(cat, f->line, "duplicate suffix '%s' (first on line %d)",
                f->key, cat->suffixes[i].line);
      return;
    }
  if (cat->nsuffixes == GEN_MAX_SUFFIXES) {
    gen_error(cat, f->line, "too many suffixes (at most %d)", GEN_MAX_SUFFIXES);
    return;
  }
  x = &cat->suffixes[cat->nsuffixes];
  memset(x, 0, sizeof *x);
  if (suffix_value(cat, f, x) != 0)
    return;
  cat->nsuffixes++;
  x->name = f->key;
  x->key = key;
  x->line = f->line;
  x->wildcard = wildcard;
  x->src = -1;
}

void gen_check_suffixes(struct gen_catalogue *cat, struct gen_record *r) {
  int i;
  if (*r->id != '\0')
    gen_error(cat, r->line, "[suffixes] takes no id");
  for (i = 0; i < r->nfields; i++)
    suffix_line(cat, &r->fields[i]);
}
