/* vocab_rules.c - the vocabulary rules that need every record read:
 * precedences unique, reasons and same-as resolved, spellings that fold
 * alike answering alike, the built-in vocabularies, and the unqualified
 * names every value also is.  Record syntax: vocab.c. */
#include <string.h>

#include "gen.h"

#define NVOCAB GEN_NVOCAB
#define BUILT_IN GEN_BUILT_IN

static void check_precedences(struct gen_catalogue *cat, int last_line) {
  int i, j;
  for (i = 1; i < MSR_NINC; i++)
    for (j = 1; j < i; j++)
      if (cat->precedence[i] != 0 && cat->precedence[i] == cat->precedence[j])
        gen_error(
            cat, cat->incident_line[i] ? cat->incident_line[i] : last_line,
            "incidents '%s' and '%s' share precedence "
            "%d",
            gen_incident_names[j], gen_incident_names[i], cat->precedence[i]);
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
    if (strcmp(cat->values[i].a.key, key) == 0 &&
        cat->values[i].same_as == NULL)
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
      gen_error(cat, v->a.line,
                "value '%s': same-as '%.*s' is not another "
                "value of %s answered directly",
                v->a.name, (int)n, v->same_as,
                gen_vocabulary_names[v->vocabulary]);
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
        gen_error(cat, b->a.line,
                  "value '%s' folds like '%s' (line %d) but "
                  "answers differently",
                  b->a.name, a->a.name, a->a.line);
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
          (v = gen_new_value(cat, a->line, a->name, voc)) == NULL)
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
        gen_error(cat, o->a.line,
                  "'%s' answers differently in %s (line "
                  "%d) and %s: give it an [aliases] line",
                  o->a.name, gen_vocabulary_names[v->vocabulary], v->a.line,
                  gen_vocabulary_names[o->vocabulary]);
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
  for (cat->nroutable = 0;
       cat->nroutable < n && cat->aliases[cat->nroutable].first != 0;
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
