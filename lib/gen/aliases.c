/* aliases.c - unqualified names: the folded key every alias and value is
 * stored under, adding one, and the [aliases] record. */
#include <string.h>

#include "gen.h"

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

/* The incidents before '|' into *incidents; the first one, or -1 after an
 * error (reported). */
static int alias_incidents(struct gen_catalogue *cat, const struct gen_field *f,
                           const char *list, unsigned *incidents) {
  char w[GEN_MAX_ID + 1];
  int first = -1;
  while (gen_next_word(&list, w, sizeof w)) {
    int i = gen_name_index(gen_incident_names, MSR_NINC, w);
    if (i < 0) {
      gen_error(cat, f->line, "alias '%s' of unknown incident '%s'", f->key, w);
      return -1;
    }
    if (*incidents & (1u << i)) {
      gen_error(cat, f->line, "alias '%s' lists incident '%s' twice", f->key,
                w);
      return -1;
    }
    *incidents |= 1u << i;
    if (first < 0)
      first = i;
  }
  if (first < 0)
    gen_error(cat, f->line, "alias '%s' names no incident", f->key);
  return first;
}

static void check_alias_line(struct gen_catalogue *cat, struct gen_field *f) {
  char list[GEN_MAX_VALUE + 1];
  const char *bar = strchr(f->value, '|');
  unsigned incidents = 0, vocab;
  int first;

  f->used = 1;
  if (bar == NULL) {
    gen_error(cat, f->line,
              "alias '%s': expected 'incident ... | vocabulary ...'", f->key);
    return;
  }
  memcpy(list, f->value, (size_t)(bar - f->value));
  list[bar - f->value] = '\0';
  first = alias_incidents(cat, f, list, &incidents);
  if (first < 0)
    return;
  vocab = gen_name_mask(cat, f->line, bar + 1, gen_vocabulary_names,
                        MSSECREF_VOCABULARY_MAX + 1, "vocabulary", 0);
  if (vocab == 0) {
    gen_error(cat, f->line, "alias '%s' names no vocabulary", f->key);
    return;
  }
  gen_add_alias(cat, f->key, f->line, incidents, first, vocab);
}

void gen_check_aliases(struct gen_catalogue *cat, struct gen_record *r) {
  int i;
  if (*r->id != '\0')
    gen_error(cat, r->line, "[aliases] takes no id");
  for (i = 0; i < r->nfields; i++)
    check_alias_line(cat, &r->fields[i]);
}
