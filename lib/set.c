/* set.c - one answer for an event carrying several categories (an ECS
 * event.category array, a multivalue field, an alert's tags), the same
 * whatever their order. */
#include "internal.h"

int mssecref_incident_precedence(int incident) {
  return incident >= 1 && incident <= MSSECREF_INCIDENT_MAX
             ? msr_precedence[incident]
             : 0;
}

/* Reads the elements once: the deciding incident is the one of lowest
 * precedence among their usual meanings, which no order changes; the
 * flags are ORs over elements, which no order changes either. */
int mssecref_route_set(const char *const *names, size_t count, int vocabulary,
                       const char *tag, const char *customer,
                       const mssecref_contact **out, int *lang,
                       size_t *decided) {
  unsigned answers = 0, ambiguous = 0, skipped = 0;
  int best = 0, l = MSSECREF_LANG_ANY, cust = MSSECREF_CUSTOMER_ANY, rc;
  size_t k, best_k = 0;

  if (out == NULL || (names == NULL && count > 0))
    return MSSECREF_ENULL;
  if ((unsigned)vocabulary > MSSECREF_VOCABULARY_MAX)
    return MSSECREF_EINVAL;
  if (count == 0)
    return MSSECREF_EEMPTY;
  if (count > MSSECREF_SET_MAX)
    return MSSECREF_ETOOLONG;
  for (k = 0; k < count; k++) {
    const struct msr_alias *a;
    int i = msr_name(names[k], vocabulary);
    if (i < 0) {
      skipped = 1;
      continue;
    }
    a = msr_entry(i);
    answers |= 1u << a->first; /* bit 0: no Microsoft contact */
    if (a->first == 0)
      continue;
    if (best == 0 || msr_precedence[a->first] < msr_precedence[best]) {
      best = a->first;
      best_k = k;
      ambiguous = 0;
    }
    if (a->first == best && a->incidents != (1u << best))
      ambiguous = 1;
  }
  if (best == 0)
    return answers ? MSSECREF_EOUTOFSCOPE : MSSECREF_ENOTFOUND;
  if (tag != NULL && (l = msr_lang(tag)) < 0)
    return l;
  if (customer != NULL && (cust = msr_customer(customer)) < 0)
    return cust;
  rc = msr_route(best, l & ~MSR_LANG_OTHER, cust, out);
  if (rc < 0)
    return rc;
  if (lang != NULL)
    *lang = l & ~MSR_LANG_OTHER;
  if (decided != NULL)
    *decided = best_k;
  return rc | (l & MSR_LANG_OTHER ? MSSECREF_ROUTE_OTHER_LANG : 0) |
         (ambiguous ? MSSECREF_ROUTE_AMBIGUOUS : 0) |
         (answers != (1u << best) ? MSSECREF_ROUTE_DISAGREE : 0) |
         (skipped ? MSSECREF_ROUTE_SKIPPED : 0);
}
