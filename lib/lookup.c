/* lookup.c - lookups and routes, answered from lists the generator
 * precomputed for every combination, and the catalogue's metadata. */
#include "internal.h"

/* Unsigned compares: a negative value is out of range like a large one. */
static int valid(int incident, int lang, int customer) {
  return (unsigned)incident <= MSSECREF_INCIDENT_MAX &&
         (unsigned)lang <= MSSECREF_LANG_MAX &&
         (unsigned)customer <= MSSECREF_CUSTOMER_MAX;
}

int mssecref_lookup(int incident, int lang, int customer,
                    const mssecref_contact **out, size_t cap) {
  const struct msr_span *span;
  size_t i;

  if (!valid(incident, lang, customer))
    return MSSECREF_EINVAL;
  if (out == NULL && cap > 0)
    return MSSECREF_ENULL;
  span = &msr_spans[incident][lang][customer];
  for (i = 0; i < span->count && i < cap; i++)
    out[i] = &msr_contacts[msr_lookup_list[span->first + i]];
  return span->count;
}

/* Exported functions call internal ones, never each other: a call between
 * exported symbols would go through the PLT and cost a relocation. */
int msr_route(int incident, int lang, int customer,
              const mssecref_contact **out) {
  const struct msr_span *span;

  if (out == NULL)
    return MSSECREF_ENULL;
  if (incident == MSSECREF_INCIDENT_ANY || !valid(incident, lang, customer))
    return MSSECREF_EINVAL;
  span = &msr_spans[incident][lang][customer];
  if (span->route.contact == 0)
    return MSSECREF_ENOCONTACT;
  *out = &msr_contacts[span->route.contact - 1];
  return span->route.fallback;
}

int mssecref_route(int incident, int lang, int customer,
                   const mssecref_contact **out) {
  return msr_route(incident, lang, customer, out);
}

int mssecref_route_names(const char *incident, const char *tag,
                         const char *customer, const mssecref_contact **out,
                         int *lang) {
  const struct msr_alias *a;
  int i;

  if (out == NULL || incident == NULL)
    return MSSECREF_ENULL;
  if ((i = msr_alias_find(incident)) >= 0)
    a = &msr_aliases[i];
  else if (i != MSSECREF_ENOTFOUND || (i = msr_qualified(incident, 0)) < 0)
    return i;
  else
    a = msr_entry(i);
  return msr_route_entry(a, tag, customer, out, lang);
}

int mssecref_route_names_in(const char *incident, int vocabulary,
                            const char *tag, const char *customer,
                            const mssecref_contact **out, int *lang) {
  int i;
  if (out == NULL || incident == NULL)
    return MSSECREF_ENULL;
  if ((unsigned)vocabulary > MSSECREF_VOCABULARY_MAX)
    return MSSECREF_EINVAL;
  if ((i = msr_name(incident, vocabulary)) < 0)
    return i;
  return msr_route_entry(msr_entry(i), tag, customer, out, lang);
}

const char *mssecref_catalogue_source(void) { return msr_str(msr_meta_source); }
const char *mssecref_catalogue_series(void) { return msr_str(msr_meta_series); }
const char *mssecref_catalogue_date(void) { return msr_str(msr_meta_date); }
const char *mssecref_catalogue_version(void) {
  return msr_str(msr_meta_version);
}
