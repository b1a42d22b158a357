/* check.c - validates the records read from the catalogue and resolves them
 * into contacts, aliases and metadata.  Every rule reports its own
 * `file:line: message`; nothing is written unless all of them pass. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "gen.h"
#include "names.h"

static const char *const incident_names[MSR_NINC] = {
    MSR_INCIDENT_NAMES(MSR_NAME_ENTRY)};
static const char *const customer_names[MSR_NCUST] = {
    MSR_CUSTOMER_NAMES(MSR_NAME_ENTRY)};
static const char *const vocabulary_names[MSSECREF_VOCABULARY_MAX + 1] = {
    MSR_VOCABULARY_NAMES(MSR_NAME_ENTRY)};

/* ---- fields ---- */

static struct gen_field *find(struct gen_record *r, const char *key) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (strcmp(r->fields[i].key, key) == 0)
      return &r->fields[i];
  return NULL;
}

static const char *opt(struct gen_record *r, const char *key,
                       int *line) {
  struct gen_field *f = find(r, key);
  if (f == NULL)
    return NULL;
  f->used = 1;
  if (line != NULL)
    *line = f->line;
  return f->value;
}

static int given_empty(const struct gen_record *r, const char *key) {
  int i;
  for (i = 0; i < r->nempty; i++)
    if (strcmp(r->empty[i], key) == 0)
      return 1;
  return 0;
}

static const char *req(struct gen_catalogue *cat, struct gen_record *r,
                       const char *key, int *line) {
  const char *v = opt(r, key, line);
  if (v == NULL) {
    if (!given_empty(r, key))
      gen_error(cat, r->line, "[%s%s%s] is missing required field '%s'",
                r->kind, *r->id ? " " : "", r->id, key);
    if (line != NULL)
      *line = r->line;
  }
  return v;
}

/* A record refused as a whole gets one error, not one per field. */
static void skip_record(struct gen_record *r) {
  int i;
  for (i = 0; i < r->nfields; i++)
    r->fields[i].used = 1;
}

static void unknown_fields(struct gen_catalogue *cat,
                           struct gen_record *r) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (!r->fields[i].used)
      gen_error(cat, r->fields[i].line, "unknown field '%s' in [%s]",
                r->fields[i].key, r->kind);
}

/* ---- words and names ---- */

/* Next space-separated word of *p, copied to buf; 0 at the end. */
static int next_word(const char **p, char *buf, size_t cap) {
  const char *s = *p;
  size_t n;
  while (*s == ' ')
    s++;
  n = strcspn(s, " ");
  if (n == 0)
    return 0;
  if (n >= cap)
    n = cap - 1; /* an over-long word cannot match any name anyway */
  memcpy(buf, s, n);
  buf[n] = '\0';
  *p = s + strcspn(s, " ");
  return 1;
}

static int name_index(const char *const *names, int count, const char *w) {
  int i;
  for (i = 0; i < count; i++)
    if (names[i] != NULL && strcmp(names[i], w) == 0)
      return i;
  return -1;
}

/* A space-separated list of names into a mask; "none" alone means empty
 * when allow_none. */
static unsigned name_mask(struct gen_catalogue *cat, int line, const char *v,
                          const char *const *names, int count,
                          const char *what, int allow_none) {
  char w[GEN_MAX_ID + 1];
  unsigned mask = 0;
  if (allow_none && strcmp(v, "none") == 0)
    return 0;
  while (next_word(&v, w, sizeof w)) {
    int i = name_index(names, count, w);
    if (allow_none && strcmp(w, "none") == 0)
      gen_error(cat, line, "'none' cannot be combined with other %s names",
                what);
    else if (i < 0)
      gen_error(cat, line, "unknown %s '%s'", what, w);
    else if (mask & (1u << i))
      gen_error(cat, line, "%s '%s' listed twice", what, w);
    else
      mask |= 1u << i;
  }
  return mask;
}

/* ---- text ---- */

static int has_japanese(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  while (n > 0) {
    uint32_t cp = 0;
    int len = gen_utf8_decode(p, n, &cp);
    if (len == 0)
      return 0;
    if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xFF00 && cp <= 0xFFEF))
      return 1;
    p += len, n -= (size_t)len;
  }
  return 0;
}

/* title-ja / title-en style pairs: both present, each in its language. */
static void text_pair(struct gen_catalogue *cat, struct gen_record *r,
                      const char *base, const char **out) {
  char key[32];
  int line;
  snprintf(key, sizeof key, "%s-ja", base);
  out[MSSECREF_LANG_JA] = req(cat, r, key, &line);
  if (out[MSSECREF_LANG_JA] && !has_japanese(out[MSSECREF_LANG_JA]))
    gen_error(cat, line, "'%s' has no Japanese text", key);
  snprintf(key, sizeof key, "%s-en", base);
  out[MSSECREF_LANG_EN] = req(cat, r, key, &line);
  if (out[MSSECREF_LANG_EN] && has_japanese(out[MSSECREF_LANG_EN]))
    gen_error(cat, line, "'%s' is not English text (Japanese characters)",
              key);
  out[MSSECREF_LANG_ANY] = out[MSSECREF_LANG_EN];
}

static int is_kebab(const char *s) {
  size_t n = strlen(s), i;
  if (n == 0 || n > GEN_MAX_ID || s[0] == '-' || s[n - 1] == '-')
    return 0;
  for (i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return 0;
    if (c == '-' && s[i + 1] == '-')
      return 0;
  }
  return 1;
}

/* A day that exists: lib/date.h, the library's own check. */
static int is_date(const char *s) { return msr_date_valid(s); }

static const char *date_field(struct gen_catalogue *cat,
                              struct gen_record *r, const char *key) {
  int line;
  const char *v = req(cat, r, key, &line);
  if (v != NULL && !is_date(v))
    gen_error(cat, line, "'%s' is not a date (YYYY-MM-DD): '%s'", key, v);
  return v;
}

static const char *url_field(struct gen_catalogue *cat,
                             struct gen_record *r, const char *key,
                             int required) {
  char why[160];
  int line;
  const char *v = required ? req(cat, r, key, &line) : opt(r, key, &line);
  if (v != NULL && gen_check_url(cat, v, why, sizeof why) != 0)
    gen_error(cat, line, "%s: %s", key, why);
  return v;
}

/* ---- records ---- */

static void check_catalogue(struct gen_catalogue *cat,
                            struct gen_record *r) {
  if (cat->meta_source != NULL) {
    gen_error(cat, r->line, "duplicate [catalogue] record");
    return;
  }
  cat->meta_source = url_field(cat, r, "source", 1);
  req(cat, r, "source-title", NULL);
  date_field(cat, r, "published");
  cat->meta_series = url_field(cat, r, "series", 1);
  cat->meta_version = req(cat, r, "data-version", NULL);
  cat->meta_date = date_field(cat, r, "confirmed");
  cat->meta_review_by =
      gen_review_by(cat, r, cat->meta_date, &cat->meta_review_line);
  if (cat->meta_source == NULL)
    cat->meta_source = ""; /* so a second record is still reported */
}

static int is_domain(const char *s) {
  size_t n = strlen(s), i;
  if (n == 0 || n > GEN_MAX_ID || s[0] == '.' || s[n - 1] == '.' ||
      strchr(s, '.') == NULL || strstr(s, "..") != NULL)
    return 0;
  for (i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
          s[i] == '-' || s[i] == '.'))
      return 0;
  return 1;
}

static void check_domain(struct gen_catalogue *cat,
                         struct gen_record *r) {
  int i;
  req(cat, r, "note", NULL);
  if (!is_domain(r->id)) {
    gen_error(cat, r->line,
              "domain '%s' is not a lower-case host name with a dot", r->id);
    return;
  }
  for (i = 0; i < cat->ndomains; i++)
    if (strcmp(cat->domains[i], r->id) == 0) {
      gen_error(cat, r->line, "duplicate domain '%s'", r->id);
      return;
    }
  if (cat->ndomains == GEN_MAX_DOMAINS) {
    gen_error(cat, r->line, "too many domains (at most %d)", GEN_MAX_DOMAINS);
    return;
  }
  cat->domains[cat->ndomains++] = r->id;
}


static void check_incident(struct gen_catalogue *cat,
                           struct gen_record *r) {
  int i = name_index(incident_names, MSR_NINC, r->id);
  const char *vocab;
  int line;
  unsigned vmask = 1u << MSSECREF_VOCABULARY_MSSECREF;

  if (i < 0) {
    gen_error(cat, r->line, "unknown incident '%s'", r->id);
    skip_record(r);
    return;
  }
  if (cat->incident_title[i][MSSECREF_LANG_EN] != NULL) {
    gen_error(cat, r->line, "duplicate [incident %s]", r->id);
    skip_record(r);
    return;
  }
  text_pair(cat, r, "title", cat->incident_title[i]);
  cat->incident_line[i] = r->line;
  if (cat->incident_title[i][MSSECREF_LANG_EN] == NULL)
    cat->incident_title[i][MSSECREF_LANG_EN] = "";
  vocab = opt(r, "vocabularies", &line);
  if (vocab != NULL)
    vmask |= name_mask(cat, line, vocab, vocabulary_names,
                       MSSECREF_VOCABULARY_MAX + 1, "vocabulary", 0);
  gen_add_alias(cat, r->id, r->line, 1u << i, i, vmask);
  gen_check_precedence(cat, r, i);
}

/* ---- aliases ---- */

int gen_fold_key(const char *name, char *key) {
  size_t i, n = strlen(name);
  if (n == 0 || n > GEN_MAX_ID)
    return -1;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ' ' ||
          c == '&' || c == '/'))
      return -1;
    key[i] = (char)msr_fold(c);
  }
  key[n] = '\0';
  return 0;
}

struct gen_alias *gen_add_alias(struct gen_catalogue *cat, const char *name,
                                int line, unsigned incidents, int first,
                                unsigned vocabularies) {
  struct gen_alias *a;
  char key[GEN_MAX_ID + 1];
  int i;

  if (gen_fold_key(name, key) != 0) {
    gen_error(cat, line,
              "alias '%s' must be 1-%d ASCII letters, digits, '-', '_', ' ', "
              "'&' or '/'",
              name, GEN_MAX_ID);
    return NULL;
  }
  for (i = 0; i < cat->naliases; i++)
    if (strcmp(cat->aliases[i].key, key) == 0) {
      gen_error(cat, line, "duplicate alias '%s' (same as '%s' on line %d)",
                name, cat->aliases[i].name, cat->aliases[i].line);
      return NULL;
    }
  if (cat->naliases == GEN_MAX_ALIASES) {
    gen_error(cat, line, "too many aliases (at most %d)", GEN_MAX_ALIASES);
    return NULL;
  }
  a = &cat->aliases[cat->naliases++];
  a->name = name;
  memcpy(a->key, key, strlen(key) + 1);
  a->line = line;
  a->incidents = incidents;
  a->first = first;
  a->vocabularies = vocabularies;
  a->reason = 0;
  a->judgement = (vocabularies & (1u << MSSECREF_VOCABULARY_COMMON)) != 0;
  return a;
}

static void check_alias_line(struct gen_catalogue *cat,
                             struct gen_field *f) {
  char w[GEN_MAX_ID + 1];
  char list[GEN_MAX_VALUE + 1];
  const char *bar = strchr(f->value, '|'), *p = list;
  unsigned incidents = 0, vocab;
  int first = -1;

  f->used = 1;
  if (bar == NULL) {
    gen_error(cat, f->line,
              "alias '%s': expected 'incident ... | vocabulary ...'", f->key);
    return;
  }
  memcpy(list, f->value, (size_t)(bar - f->value));
  list[bar - f->value] = '\0';
  while (next_word(&p, w, sizeof w)) {
    int i = name_index(incident_names, MSR_NINC, w);
    if (i < 0) {
      gen_error(cat, f->line, "alias '%s' of unknown incident '%s'", f->key,
                w);
      return;
    }
    if (incidents & (1u << i)) {
      gen_error(cat, f->line, "alias '%s' lists incident '%s' twice",
                f->key, w);
      return;
    }
    incidents |= 1u << i;
    if (first < 0)
      first = i;
  }
  if (first < 0) {
    gen_error(cat, f->line, "alias '%s' names no incident", f->key);
    return;
  }
  vocab = name_mask(cat, f->line, bar + 1, vocabulary_names,
                    MSSECREF_VOCABULARY_MAX + 1, "vocabulary", 0);
  if (vocab == 0) {
    gen_error(cat, f->line, "alias '%s' names no vocabulary", f->key);
    return;
  }
  gen_add_alias(cat, f->key, f->line, incidents, first, vocab);
}

static void check_aliases(struct gen_catalogue *cat,
                          struct gen_record *r) {
  int i;
  if (*r->id != '\0')
    gen_error(cat, r->line, "[aliases] takes no id");
  for (i = 0; i < r->nfields; i++)
    check_alias_line(cat, &r->fields[i]);
}

/* ---- contacts: contact.c; suffixes: suffix.c ---- */

/* ---- whole-catalogue rules ---- */

static int contact_index(const struct gen_catalogue *cat, const char *id,
                         size_t n) {
  int i;
  for (i = 0; i < cat->ncontacts; i++)
    if (strlen(cat->contacts[i].id) == n &&
        memcmp(cat->contacts[i].id, id, n) == 0)
      return i;
  return -1;
}

static void resolve_related(struct gen_catalogue *cat) {
  int i, k;
  for (i = 0; i < cat->ncontacts; i++) {
    struct gen_contact *c = &cat->contacts[i];
    for (k = 0; k < c->nrelated; k++) {
      const char *id = c->related_ids[k];
      size_t n = strcspn(id, " ");
      c->related[k] = contact_index(cat, id, n);
      if (c->related[k] < 0)
        gen_error(cat, c->related_lines[k], "related id '%.*s' does not exist",
                  (int)n, id);
      else if (c->related[k] == i)
        gen_error(cat, c->related_lines[k], "contact '%s' is related to itself",
                  c->id);
    }
  }
}

static void check_priorities(struct gen_catalogue *cat) {
  int i, j, inc;
  for (inc = 1; inc < MSR_NINC; inc++)
    for (i = 0; i < cat->ncontacts; i++)
      for (j = 0; j < i; j++)
        if (cat->contacts[i].priority[inc] != 0 &&
            cat->contacts[i].priority[inc] == cat->contacts[j].priority[inc])
          gen_error(cat, cat->contacts[i].serves_line,
                    "'%s' and '%s' share priority %d for '%s'",
                    cat->contacts[j].id, cat->contacts[i].id,
                    cat->contacts[i].priority[inc], incident_names[inc]);
}

/* Every incident must answer home and enterprise customers: a SIEM that
 * asks must never be told "nobody". */
static void check_coverage(struct gen_catalogue *cat, int last_line) {
  int inc, k, i;
  for (inc = 1; inc < MSR_NINC; inc++) {
    if (cat->incident_title[inc][MSSECREF_LANG_EN] == NULL) {
      gen_error(cat, last_line, "no [incident %s] record",
                incident_names[inc]);
      continue;
    }
    for (k = MSSECREF_CUSTOMER_HOME; k <= MSSECREF_CUSTOMER_ENTERPRISE; k++) {
      int found = 0;
      for (i = 0; i < cat->ncontacts; i++)
        if (cat->contacts[i].priority[inc] &&
            (cat->contacts[i].customers & (1u << k)))
          found = 1;
      if (!found)
        gen_error(cat, cat->incident_line[inc],
                  "incident '%s' has no contact for '%s'",
                  incident_names[inc], customer_names[k]);
    }
  }
}

/* At most one contact takes each incident when it is hosted at Microsoft,
 * and it must serve the customer types the usual contacts serve. */
static void check_hosted(struct gen_catalogue *cat) {
  int inc, i, j;
  for (inc = 1; inc < MSR_NINC; inc++)
    for (i = 0; i < cat->ncontacts; i++)
      for (j = 0; j < i; j++)
        if ((cat->contacts[i].hosted & cat->contacts[j].hosted & (1u << inc)))
          gen_error(cat, cat->contacts[i].rec->line,
                    "'%s' and '%s' both take hosted '%s'",
                    cat->contacts[j].id, cat->contacts[i].id,
                    incident_names[inc]);
  if (cat->nsuffixes == 0)
    for (i = 0; i < cat->ncontacts; i++)
      if (cat->contacts[i].hosted)
        gen_error(cat, cat->contacts[i].rec->line,
                  "'hosted' without a [suffixes] record");
}

void gen_check(struct gen_catalogue *cat) {
  int i, last_line = 1;

  /* domains first: every URL check needs the whole list */
  for (i = 0; i < cat->nrecords; i++)
    if (strcmp(cat->records[i].kind, "domain") == 0)
      check_domain(cat, &cat->records[i]);
  for (i = 0; i < cat->nrecords; i++) {
    struct gen_record *r = &cat->records[i];
    last_line = r->line;
    if (strcmp(r->kind, "catalogue") == 0)
      check_catalogue(cat, r);
    else if (strcmp(r->kind, "incident") == 0)
      check_incident(cat, r);
    else if (strcmp(r->kind, "aliases") == 0)
      check_aliases(cat, r);
    else if (strcmp(r->kind, "contact") == 0)
      gen_check_contact(cat, r);
    else if (strcmp(r->kind, "suffixes") == 0)
      gen_check_suffixes(cat, r);
    else if (strcmp(r->kind, "suffix-source") == 0)
      gen_check_suffix_source(cat, r);
    else if (strcmp(r->kind, "psl") == 0)
      gen_check_psl(cat, r);
    else if (strcmp(r->kind, "reason") == 0)
      gen_check_reason(cat, r);
    else if (strcmp(r->kind, "vocabulary") == 0)
      gen_check_vocabulary(cat, r);
    else if (strcmp(r->kind, "domain") != 0) {
      gen_error(cat, r->line, "unknown record kind '%s'", r->kind);
      continue;
    }
    unknown_fields(cat, r);
  }
  if (cat->meta_source == NULL)
    gen_error(cat, 1, "no [catalogue] record");
  if (cat->ncontacts == 0)
    gen_error(cat, last_line, "no [contact] records");
  resolve_related(cat);
  gen_resolve_suffixes(cat, last_line);
  check_priorities(cat);
  check_hosted(cat);
  check_coverage(cat, last_line);
  gen_vocab_finish(cat, last_line);
  gen_check_review_order(cat);
}

/* ---- shared with contact.c ---- */

const char *gen_opt(struct gen_record *r, const char *key, int *line) {
  return opt(r, key, line);
}
const char *gen_req(struct gen_catalogue *cat, struct gen_record *r,
                    const char *key, int *line) {
  return req(cat, r, key, line);
}
unsigned gen_name_mask(struct gen_catalogue *cat, int line, const char *v,
                       const char *const *names, int count, const char *what,
                       int allow_none) {
  return name_mask(cat, line, v, names, count, what, allow_none);
}
int gen_name_index(const char *const *names, int count, const char *w) {
  return name_index(names, count, w);
}
int gen_next_word(const char **p, char *buf, size_t cap) {
  return next_word(p, buf, cap);
}
void gen_text_pair(struct gen_catalogue *cat, struct gen_record *r,
                   const char *base, const char **out) {
  text_pair(cat, r, base, out);
}
const char *gen_date_field(struct gen_catalogue *cat, struct gen_record *r,
                           const char *key) {
  return date_field(cat, r, key);
}
const char *gen_url_field(struct gen_catalogue *cat, struct gen_record *r,
                          const char *key, int required) {
  return url_field(cat, r, key, required);
}
int gen_is_kebab(const char *s) { return is_kebab(s); }
int gen_is_date(const char *s) { return is_date(s); }
void gen_skip_record(struct gen_record *r) { skip_record(r); }
