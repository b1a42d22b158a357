/* rules.c - the rules that need every record read: related ids resolved,
 * priorities unique, every incident covered for home and enterprise, one
 * hosted contact an incident, and the catalogue reviewed no later than any
 * contact. */
#include <string.h>

#include "gen.h"

static int contact_index(const struct gen_catalogue *cat, const char *id,
                         size_t n) {
  int i;
  for (i = 0; i < cat->ncontacts; i++)
    if (strlen(cat->contacts[i].id) == n &&
        memcmp(cat->contacts[i].id, id, n) == 0)
      return i;
  return -1;
}

void gen_resolve_related(struct gen_catalogue *cat) {
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

void gen_check_priorities(struct gen_catalogue *cat) {
  int i, j, inc;
  for (inc = 1; inc < MSR_NINC; inc++)
    for (i = 0; i < cat->ncontacts; i++)
      for (j = 0; j < i; j++)
        if (cat->contacts[i].priority[inc] != 0 &&
            cat->contacts[i].priority[inc] == cat->contacts[j].priority[inc])
          gen_error(cat, cat->contacts[i].serves_line,
                    "'%s' and '%s' share priority %d for '%s'",
                    cat->contacts[j].id, cat->contacts[i].id,
                    cat->contacts[i].priority[inc], gen_incident_names[inc]);
}

static int serves(const struct gen_catalogue *cat, int inc, int cust) {
  int i;
  for (i = 0; i < cat->ncontacts; i++)
    if (cat->contacts[i].priority[inc] &&
        (cat->contacts[i].customers & (1u << cust)))
      return 1;
  return 0;
}

/* Every incident must answer home and enterprise customers: a SIEM that
 * asks must never be told "nobody". */
void gen_check_coverage(struct gen_catalogue *cat, int last_line) {
  int inc, k;
  for (inc = 1; inc < MSR_NINC; inc++) {
    if (cat->incident_title[inc][MSSECREF_LANG_EN] == NULL) {
      gen_error(cat, last_line, "no [incident %s] record",
                gen_incident_names[inc]);
      continue;
    }
    for (k = MSSECREF_CUSTOMER_HOME; k <= MSSECREF_CUSTOMER_ENTERPRISE; k++)
      if (!serves(cat, inc, k))
        gen_error(cat, cat->incident_line[inc],
                  "incident '%s' has no contact for '%s'",
                  gen_incident_names[inc], gen_customer_names[k]);
  }
}

/* At most one contact takes each incident when it is hosted at Microsoft,
 * and only a catalogue that can tell what is hosted there may say so. */
void gen_check_hosted(struct gen_catalogue *cat) {
  int inc, i, j;
  for (inc = 1; inc < MSR_NINC; inc++)
    for (i = 0; i < cat->ncontacts; i++)
      for (j = 0; j < i; j++)
        if ((cat->contacts[i].hosted & cat->contacts[j].hosted & (1u << inc)))
          gen_error(cat, cat->contacts[i].rec->line,
                    "'%s' and '%s' both take hosted '%s'", cat->contacts[j].id,
                    cat->contacts[i].id, gen_incident_names[inc]);
  if (cat->nsuffixes == 0)
    for (i = 0; i < cat->ncontacts; i++)
      if (cat->contacts[i].hosted)
        gen_error(cat, cat->contacts[i].rec->line,
                  "'hosted' without a [suffixes] record");
}

void gen_check_review_order(struct gen_catalogue *cat) {
  const struct gen_contact *first = NULL;
  int i, later = 0;
  if (cat->meta_review_by == NULL || !gen_is_date(cat->meta_review_by))
    return;
  for (i = 0; i < cat->ncontacts; i++) {
    const struct gen_contact *c = &cat->contacts[i];
    if (c->review_by == NULL || !gen_is_date(c->review_by) ||
        strcmp(cat->meta_review_by, c->review_by) <= 0)
      continue;
    later++;
    if (first == NULL || strcmp(c->review_by, first->review_by) < 0)
      first = c;
  }
  /* One error: the earliest record is the one the catalogue must follow. */
  if (first != NULL)
    gen_error(cat, cat->meta_review_line,
              "catalogue review-by %s is later than review-by %s of "
              "[contact %s] on line %d (the earliest; %d record%s in all)",
              cat->meta_review_by, first->review_by, first->id,
              first->review_line, later, later == 1 ? "" : "s");
}
