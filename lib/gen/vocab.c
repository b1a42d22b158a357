/* vocab.c - the vocabularies: every value a SIEM or CSIRT tool sends, each
 * with one deliberate answer (an incident, or a reason there is no
 * Microsoft contact), checked against the aliases and written out as a key
 * set per vocabulary.  Record syntax: lib/catalogue.txt, "Every value of
 * every vocabulary". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define NVOCAB GEN_NVOCAB
#define BUILT_IN GEN_BUILT_IN

static const char *take(struct gen_record *r, const char *key, int *line) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (strcmp(r->fields[i].key, key) == 0) {
      r->fields[i].used = 1;
      *line = r->fields[i].line;
      return r->fields[i].value;
    }
  *line = r->line;
  return NULL;
}

/* Japanese text has a character from U+3000 up (a lead byte 0xE3-0xE9). */
static int has_japanese(const char *s) {
  for (; *s != '\0'; s++)
    if ((unsigned char)*s >= 0xE3 && (unsigned char)*s <= 0xE9)
      return 1;
  return 0;
}

static int is_id(const char *s) {
  size_t i, n = strlen(s);
  if (n == 0 || n > GEN_MAX_ID || s[0] == '-' || s[n - 1] == '-')
    return 0;
  for (i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
          s[i] == '-'))
      return 0;
  return 1;
}

/* ---- [reason ID] ---- */

void gen_check_reason(struct gen_catalogue *cat, struct gen_record *r) {
  struct gen_reason *x;
  int i, line;
  if (!is_id(r->id)) {
    gen_error(cat, r->line, "reason id '%s' is not lowercase kebab-case",
              r->id);
    return;
  }
  for (i = 0; i < cat->nreasons; i++)
    if (strcmp(cat->reasons[i].id, r->id) == 0) {
      gen_error(cat, r->line, "duplicate [reason %s] (first on line %d)", r->id,
                cat->reasons[i].line);
      return;
    }
  if (cat->nreasons == GEN_MAX_REASONS) {
    gen_error(cat, r->line, "too many reasons (at most %d)", GEN_MAX_REASONS);
    return;
  }
  x = &cat->reasons[cat->nreasons++];
  x->id = r->id;
  x->line = r->line;
  x->text[MSSECREF_LANG_JA] = take(r, "text-ja", &line);
  if (x->text[MSSECREF_LANG_JA] == NULL || !has_japanese(x->text[1]))
    gen_error(cat, line, "[reason %s] needs 'text-ja' in Japanese", r->id);
  x->text[MSSECREF_LANG_EN] = take(r, "text-en", &line);
  if (x->text[MSSECREF_LANG_EN] == NULL || has_japanese(x->text[2]))
    gen_error(cat, line, "[reason %s] needs 'text-en' in English", r->id);
  x->text[0] = x->text[MSSECREF_LANG_EN];
}

/* ---- [vocabulary NAME] ---- */

static char *trimmed(char *s) {
  char *e;
  while (*s == ' ')
    s++;
  e = s + strlen(s);
  while (e > s && e[-1] == ' ')
    *--e = '\0';
  return s;
}

/* "incident ..." of a value: its incidents, the first the usual one. */
static void value_incidents(struct gen_catalogue *cat,
                            const struct gen_field *f, const char *w,
                            struct gen_value *v) {
  while (*w != '\0') {
    size_t n = strcspn(w, " ");
    int i = gen_index_of(gen_incident_names, MSR_NINC, w, n);
    if (i <= 0) {
      gen_error(cat, f->line, "value '%s': unknown incident '%.*s'", f->key,
                (int)n, w);
      return;
    }
    if (v->a.incidents & (1u << i))
      gen_error(cat, f->line, "value '%s' lists incident '%.*s' twice", f->key,
                (int)n, w);
    v->a.incidents |= 1u << i;
    if (v->a.first == 0)
      v->a.first = i;
    w += n;
    while (*w == ' ')
      w++;
  }
  if (v->a.first == 0)
    gen_error(cat, f->line, "value '%s' names no incident", f->key);
}

/* "incident ...", "none REASON" or "same-as VALUE", then "| BASIS". */
static void parse_value(struct gen_catalogue *cat, struct gen_field *f,
                        struct gen_value *v) {
  char buf[GEN_MAX_VALUE + 1], *bar, *outcome, *basis;
  memcpy(buf, f->value, strlen(f->value) + 1);
  bar = strrchr(buf, '|');
  if (bar == NULL) {
    gen_error(cat, f->line, "value '%s': expected 'OUTCOME | BASIS'", f->key);
    return;
  }
  *bar = '\0';
  outcome = trimmed(buf);
  basis = trimmed(bar + 1);
  if (strcmp(basis, "judgement") == 0)
    v->a.judgement = 1;
  else if (strcmp(basis, "source") != 0)
    gen_error(cat, f->line,
              "value '%s': basis must be 'source' or "
              "'judgement', not '%s'",
              f->key, basis);
  if (strncmp(outcome, "none ", 5) == 0) {
    /* kept as an offset into the field, which lives as long as cat */
    v->reason_id = f->value + (trimmed(outcome + 5) - buf);
    if (strchr(trimmed(outcome + 5), ' ') != NULL)
      gen_error(cat, f->line, "value '%s': 'none' takes one reason id", f->key);
    return;
  }
  if (strncmp(outcome, "same-as ", 8) == 0) {
    v->same_as = f->value + (trimmed(outcome + 8) - buf);
    return;
  }
  value_incidents(cat, f, outcome, v);
}

struct gen_value *gen_new_value(struct gen_catalogue *cat, int line,
                                const char *name, int vocabulary) {
  struct gen_value *v;
  if (cat->nvalues == GEN_MAX_VALUES) {
    gen_error(cat, line, "too many vocabulary values (at most %d)",
              GEN_MAX_VALUES);
    return NULL;
  }
  v = &cat->values[cat->nvalues];
  memset(v, 0, sizeof *v);
  if (gen_fold_key(name, v->a.key) != 0) {
    gen_error(cat, line,
              "value '%s' must be 1-%d ASCII letters, digits, '-', '_', ' ', "
              "'&' or '/'",
              name, GEN_MAX_ID);
    return NULL;
  }
  cat->nvalues++;
  v->a.name = name;
  v->a.line = line;
  v->a.vocabularies = 1u << vocabulary;
  v->vocabulary = vocabulary;
  v->unique = 1;
  cat->vocabs[vocabulary].count++;
  return v;
}

void gen_check_vocabulary(struct gen_catalogue *cat, struct gen_record *r) {
  int v = gen_index_of(gen_vocabulary_names, NVOCAB, r->id, strlen(r->id)), i,
      line;
  struct gen_vocab *voc;
  if (v <= 0 || (BUILT_IN & (1u << v))) {
    gen_error(cat, r->line,
              "[vocabulary %s]: not a vocabulary with values "
              "of its own (rsit, intelmq, ecs, ms-graph, ms-defender, "
              "msrc-abuse)",
              r->id);
    for (i = 0; i < r->nfields; i++)
      r->fields[i].used = 1;
    return;
  }
  voc = &cat->vocabs[v];
  if (voc->line != 0) {
    gen_error(cat, r->line, "duplicate [vocabulary %s] (first on line %d)",
              r->id, voc->line);
    for (i = 0; i < r->nfields; i++)
      r->fields[i].used = 1;
    return;
  }
  voc->line = r->line;
  voc->first = cat->nvalues;
  voc->source = take(r, "source", &line);
  if (voc->source == NULL)
    gen_error(cat, r->line, "[vocabulary %s] is missing 'source'", r->id);
  for (i = 0; i < r->nfields; i++) {
    struct gen_field *f = &r->fields[i];
    struct gen_value *val;
    if (f->used)
      continue;
    f->used = 1;
    if ((val = gen_new_value(cat, f->line, f->key, v)) != NULL)
      parse_value(cat, f, val);
  }
  if (voc->count == 0)
    gen_error(cat, r->line, "[vocabulary %s] lists no value", r->id);
}

void gen_check_precedence(struct gen_catalogue *cat, struct gen_record *r,
                          int incident) {
  int line;
  const char *p = take(r, "precedence", &line);
  char *end;
  long n = p != NULL ? strtol(p, &end, 10) : 0;
  if (p == NULL)
    return; /* ranked after those that have one, in enum order */
  if (*end != '\0' || n < 1 || n > MSSECREF_INCIDENT_MAX)
    gen_error(cat, line, "[incident %s] needs 'precedence' 1-%d", r->id,
              MSSECREF_INCIDENT_MAX);
  else
    cat->precedence[incident] = (int)n;
}
