/* vocab.c - the vocabularies: every value a SIEM or CSIRT tool sends, each
 * with one deliberate answer (an incident, or a reason there is no
 * Microsoft contact), checked against the aliases and written out as a key
 * set per vocabulary.  Record syntax: lib/catalogue.txt, "Every value of
 * every vocabulary". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"
#include "names.h"

#define NVOCAB (MSSECREF_VOCABULARY_MAX + 1)

static const char *const incident_names[MSR_NINC] = {
    MSR_INCIDENT_NAMES(MSR_NAME_ENTRY)};
static const char *const vocabulary_names[NVOCAB] = {
    MSR_VOCABULARY_NAMES(MSR_NAME_ENTRY)};

/* The vocabularies built from other records rather than from their own. */
#define BUILT_IN ((1u << MSSECREF_VOCABULARY_MSSECREF) |                     \
                  (1u << MSSECREF_VOCABULARY_COMMON))

static int index_of(const char *const *names, int count, const char *w,
                    size_t n) {
  int i;
  for (i = 0; i < count; i++)
    if (names[i] != NULL && strlen(names[i]) == n &&
        memcmp(names[i], w, n) == 0)
      return i;
  return -1;
}

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
      gen_error(cat, r->line, "duplicate [reason %s] (first on line %d)",
                r->id, cat->reasons[i].line);
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

/* "incident ...", "none REASON" or "same-as VALUE", then "| BASIS". */
static void parse_value(struct gen_catalogue *cat, struct gen_field *f,
                        struct gen_value *v) {
  char buf[GEN_MAX_VALUE + 1], *bar, *outcome, *basis, *w;
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
    gen_error(cat, f->line, "value '%s': basis must be 'source' or "
              "'judgement', not '%s'", f->key, basis);
  if (strncmp(outcome, "none ", 5) == 0) {
    /* kept as an offset into the field, which lives as long as cat */
    v->reason_id = f->value + (trimmed(outcome + 5) - buf);
    if (strchr(trimmed(outcome + 5), ' ') != NULL)
      gen_error(cat, f->line, "value '%s': 'none' takes one reason id",
                f->key);
    return;
  }
  if (strncmp(outcome, "same-as ", 8) == 0) {
    v->same_as = f->value + (trimmed(outcome + 8) - buf);
    return;
  }
  for (w = outcome; *w != '\0';) {
    size_t n = strcspn(w, " ");
    int i = index_of(incident_names, MSR_NINC, w, n);
    if (i <= 0) {
      gen_error(cat, f->line, "value '%s': unknown incident '%.*s'", f->key,
                (int)n, w);
      return;
    }
    if (v->a.incidents & (1u << i))
      gen_error(cat, f->line, "value '%s' lists incident '%.*s' twice",
                f->key, (int)n, w);
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

static struct gen_value *new_value(struct gen_catalogue *cat, int line,
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
  int v = index_of(vocabulary_names, NVOCAB, r->id, strlen(r->id)), i, line;
  struct gen_vocab *voc;
  if (v <= 0 || (BUILT_IN & (1u << v))) {
    gen_error(cat, r->line, "[vocabulary %s]: not a vocabulary with values "
              "of its own (rsit, intelmq, ecs, ms-graph, ms-defender, "
              "msrc-abuse)", r->id);
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
    if ((val = new_value(cat, f->line, f->key, v)) != NULL)
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

/* ---- rules that need every record ---- */

static void check_precedences(struct gen_catalogue *cat, int last_line) {
  int i, j;
  for (i = 1; i < MSR_NINC; i++)
    for (j = 1; j < i; j++)
      if (cat->precedence[i] != 0 && cat->precedence[i] == cat->precedence[j])
        gen_error(cat, last_line, "incidents '%s' and '%s' share precedence "
                  "%d", incident_names[j], incident_names[i],
                  cat->precedence[i]);
}

static void resolve_reasons(struct gen_catalogue *cat) {
  int i, k;
  for (i = 0; i < cat->nvalues; i++) {
    struct gen_value *v = &cat->values[i];
    size_t n;
    if (v->reason_id == NULL)
      continue;
    n = strcspn(v->reason_id, " |");
    for (k = 0; k < cat->nreasons; k++)
      if (strlen(cat->reasons[k].id) == n &&
          memcmp(cat->reasons[k].id, v->reason_id, n) == 0)
        v->a.reason = k + 1;
    if (v->a.reason == 0)
      gen_error(cat, v->a.line, "value '%s': no [reason %.*s]", v->a.name,
                (int)n, v->reason_id);
  }
}

/* The value of vocabulary `voc` written `name` (exactly, else folded). */
static struct gen_value *value_named(struct gen_catalogue *cat, int voc,
                                     const char *name, size_t n) {
  char key[GEN_MAX_ID + 1], copy[GEN_MAX_ID + 1];
  int i;
  const struct gen_vocab *x = &cat->vocabs[voc];
  for (i = x->first; i < x->first + x->count; i++)
    if (strlen(cat->values[i].a.name) == n &&
        memcmp(cat->values[i].a.name, name, n) == 0)
      return &cat->values[i];
  if (n > GEN_MAX_ID)
    return NULL;
  memcpy(copy, name, n);
  copy[n] = '\0';
  if (gen_fold_key(copy, key) != 0)
    return NULL;
  for (i = x->first; i < x->first + x->count; i++)
    if (strcmp(cat->values[i].a.key, key) == 0 && cat->values[i].same_as == NULL)
      return &cat->values[i];
  return NULL;
}

/* A legacy spelling answers exactly as the value the tool rewrites it to;
 * one step only, so a reader follows it at a glance. */
static void resolve_same_as(struct gen_catalogue *cat) {
  int i;
  for (i = 0; i < cat->nvalues; i++) {
    struct gen_value *v = &cat->values[i], *t;
    size_t n;
    if (v->same_as == NULL)
      continue;
    n = strcspn(v->same_as, "|");
    while (n > 0 && v->same_as[n - 1] == ' ')
      n--;
    t = value_named(cat, v->vocabulary, v->same_as, n);
    if (t == NULL || t == v || t->same_as != NULL) {
      gen_error(cat, v->a.line, "value '%s': same-as '%.*s' is not another "
                "value of %s answered directly", v->a.name, (int)n,
                v->same_as, vocabulary_names[v->vocabulary]);
      continue;
    }
    v->a.incidents = t->a.incidents;
    v->a.first = t->a.first;
    v->a.reason = t->a.reason;
    v->a.judgement = t->a.judgement;
  }
}

static int same_answer(const struct gen_alias *a, const struct gen_alias *b) {
  return a->first == b->first && a->incidents == b->incidents &&
         a->reason == b->reason;
}

/* Spellings of one vocabulary that fold alike ("infected system" and
 * "infected-system") are one key: they must answer alike. */
static void check_unique(struct gen_catalogue *cat) {
  int i, j;
  for (i = 0; i < cat->nvalues; i++)
    for (j = 0; j < i; j++) {
      struct gen_value *a = &cat->values[j], *b = &cat->values[i];
      if (a->vocabulary != b->vocabulary || strcmp(a->a.key, b->a.key) != 0 ||
          !a->unique)
        continue;
      b->unique = 0;
      if (!same_answer(&a->a, &b->a))
        gen_error(cat, b->a.line, "value '%s' folds like '%s' (line %d) but "
                  "answers differently", b->a.name, a->a.name, a->a.line);
    }
}

/* The canonical names and everyday words are vocabularies too, so that
 * "mssecref:cloud-abuse" and "common:scam" read like any other. */
static void add_built_in(struct gen_catalogue *cat, int naliases) {
  int voc, i;
  for (voc = 1; voc < NVOCAB; voc++) {
    if (!(BUILT_IN & (1u << voc)))
      continue;
    cat->vocabs[voc].first = cat->nvalues;
    for (i = 0; i < naliases; i++) {
      const struct gen_alias *a = &cat->aliases[i];
      struct gen_value *v;
      if (!(a->vocabularies & (1u << voc)) ||
          (v = new_value(cat, a->line, a->name, voc)) == NULL)
        continue;
      v->a.incidents = a->incidents;
      v->a.first = a->first;
      v->a.judgement = voc == MSSECREF_VOCABULARY_COMMON;
    }
  }
}

/* Mask of the vocabularies whose records list `key`. */
static unsigned listed_in(const struct gen_catalogue *cat, const char *key) {
  unsigned mask = 0;
  int i;
  for (i = 0; i < cat->nvalues; i++)
    if (strcmp(cat->values[i].a.key, key) == 0 &&
        !(BUILT_IN & (1u << cat->values[i].vocabulary)))
      mask |= 1u << cat->values[i].vocabulary;
  return mask;
}

/* An [aliases] line or [incident] record also comes from every
 * vocabulary whose record lists the name: the line need not repeat them. */
static void add_alias_vocabularies(struct gen_catalogue *cat, int naliases) {
  int i;
  for (i = 0; i < naliases; i++)
    cat->aliases[i].vocabularies |= listed_in(cat, cat->aliases[i].key);
}

static int alias_index(const struct gen_catalogue *cat, const char *key) {
  int i;
  for (i = 0; i < cat->naliases; i++)
    if (strcmp(cat->aliases[i].key, key) == 0)
      return i;
  return -1;
}

/* Every value is also a name without a qualifier: the meaning all its
 * vocabularies agree on, or an [aliases] line that decides. */
static void derive_aliases(struct gen_catalogue *cat) {
  int i, j;
  for (i = 0; i < cat->nvalues; i++) {
    const struct gen_value *v = &cat->values[i];
    struct gen_alias *a;
    unsigned mask = 1u << v->vocabulary;
    int judgement = v->a.judgement;
    if (BUILT_IN & mask || alias_index(cat, v->a.key) >= 0)
      continue;
    for (j = i + 1; j < cat->nvalues; j++) {
      const struct gen_value *o = &cat->values[j];
      if (strcmp(o->a.key, v->a.key) != 0)
        continue;
      if (!same_answer(&o->a, &v->a)) {
        gen_error(cat, o->a.line, "'%s' answers differently in %s (line "
                  "%d) and %s: give it an [aliases] line",
                  o->a.name, vocabulary_names[v->vocabulary], v->a.line,
                  vocabulary_names[o->vocabulary]);
        break;
      }
      mask |= 1u << o->vocabulary;
      judgement |= o->a.judgement;
    }
    a = gen_add_alias(cat, v->a.name, v->a.line, v->a.incidents, v->a.first,
                      mask);
    if (a != NULL) {
      a->reason = v->a.reason;
      a->judgement = judgement;
    }
  }
}

/* Names with an incident first: mssecref_alias_at() lists those, and the
 * names known to have no Microsoft contact follow in the same key set. */
static void partition_aliases(struct gen_catalogue *cat) {
  static struct gen_alias tmp[GEN_MAX_ALIASES];
  int i, n = 0, pass;
  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < cat->naliases; i++)
      if ((cat->aliases[i].first != 0) == (pass == 0))
        tmp[n++] = cat->aliases[i];
  memcpy(cat->aliases, tmp, (size_t)n * sizeof tmp[0]);
  for (cat->nroutable = 0; cat->nroutable < n &&
                           cat->aliases[cat->nroutable].first != 0;
       cat->nroutable++)
    ;
}

void gen_vocab_finish(struct gen_catalogue *cat, int last_line) {
  int naliases = cat->naliases;
  check_precedences(cat, last_line);
  resolve_reasons(cat);
  resolve_same_as(cat);
  check_unique(cat);
  add_built_in(cat, naliases);
  add_alias_vocabularies(cat, naliases);
  derive_aliases(cat);
  partition_aliases(cat);
}
