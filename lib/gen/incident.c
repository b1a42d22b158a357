/* incident.c - an [incident] record: the incident's titles in both
 * languages, its canonical name as an alias, and its precedence. */
#include "gen.h"

void gen_check_incident(struct gen_catalogue *cat, struct gen_record *r) {
  int i = gen_name_index(gen_incident_names, MSR_NINC, r->id);
  const char *vocab;
  int line;
  unsigned vmask = 1u << MSSECREF_VOCABULARY_MSSECREF;

  if (i < 0) {
    gen_error(cat, r->line, "unknown incident '%s'", r->id);
    gen_skip_record(r);
    return;
  }
  if (cat->incident_title[i][MSSECREF_LANG_EN] != NULL) {
    gen_error(cat, r->line, "duplicate [incident %s]", r->id);
    gen_skip_record(r);
    return;
  }
  gen_text_pair(cat, r, "title", cat->incident_title[i]);
  cat->incident_line[i] = r->line;
  if (cat->incident_title[i][MSSECREF_LANG_EN] == NULL)
    cat->incident_title[i][MSSECREF_LANG_EN] = "";
  vocab = gen_opt(r, "vocabularies", &line);
  if (vocab != NULL)
    vmask |= gen_name_mask(cat, line, vocab, gen_vocabulary_names,
                           MSSECREF_VOCABULARY_MAX + 1, "vocabulary", 0);
  gen_add_alias(cat, r->id, r->line, 1u << i, i, vmask);
  gen_check_precedence(cat, r, i);
}
