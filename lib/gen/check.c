/* check.c - the checking stage: each record to the checker of its kind
 * (fields.c, meta.c, incident.c, aliases.c, contact.c, suffix.c, vocab.c),
 * then the rules that need every record (rules.c, suffix.c, vocab_rules.c).
 * The order is the order of the messages. */
#include <string.h>

#include "gen.h"

typedef void check_fn(struct gen_catalogue *cat, struct gen_record *r);

/* NULL: checked before every other record (gen_check). */
static const struct {
  const char *kind;
  check_fn *check;
} kinds[] = {
    {"catalogue", gen_check_catalogue},
    {"incident", gen_check_incident},
    {"aliases", gen_check_aliases},
    {"contact", gen_check_contact},
    {"suffixes", gen_check_suffixes},
    {"suffix-source", gen_check_suffix_source},
    {"psl", gen_check_psl},
    {"reason", gen_check_reason},
    {"vocabulary", gen_check_vocabulary},
    {"domain", NULL},
};

/* The record's kind in kinds[], or -1 (reported). */
static int check_record(struct gen_catalogue *cat, struct gen_record *r) {
  size_t k;
  for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    if (strcmp(r->kind, kinds[k].kind) == 0) {
      if (kinds[k].check != NULL)
        kinds[k].check(cat, r);
      return (int)k;
    }
  gen_error(cat, r->line, "unknown record kind '%s'", r->kind);
  return -1;
}

void gen_check(struct gen_catalogue *cat) {
  int i, last_line = 1;

  /* domains first: every URL check needs the whole list */
  for (i = 0; i < cat->nrecords; i++)
    if (strcmp(cat->records[i].kind, "domain") == 0)
      gen_check_domain(cat, &cat->records[i]);
  for (i = 0; i < cat->nrecords; i++) {
    last_line = cat->records[i].line;
    if (check_record(cat, &cat->records[i]) >= 0)
      gen_unknown_fields(cat, &cat->records[i]);
  }
  if (cat->meta_source == NULL)
    gen_error(cat, 1, "no [catalogue] record");
  if (cat->ncontacts == 0)
    gen_error(cat, last_line, "no [contact] records");
  gen_resolve_related(cat);
  gen_resolve_suffixes(cat, last_line);
  gen_check_priorities(cat);
  gen_check_hosted(cat);
  gen_check_coverage(cat, last_line);
  gen_vocab_finish(cat, last_line);
  gen_check_review_order(cat);
}
