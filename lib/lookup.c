/* lookup.c - lookups and routes, answered from lists the generator
 * precomputed for every combination, and the catalogue's metadata. */
#include "internal.h"

static int valid(int incident, int lang, int customer) {
  return incident >= 0 && incident <= MSSECREF_INCIDENT_MAX && lang >= 0 &&
         lang <= MSSECREF_LANG_MAX && customer >= 0 &&
         customer <= MSSECREF_CUSTOMER_MAX;
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

int mssecref_route(int incident, int lang, int customer,
                   const mssecref_contact **out) {
  const struct msr_span *span;

  if (out == NULL)
    return MSSECREF_ENULL;
  if (incident == MSSECREF_INCIDENT_ANY || !valid(incident, lang, customer))
    return MSSECREF_EINVAL;
  span = &msr_spans[incident][lang][customer];
  if (span->route == 0)
    return MSSECREF_ENOCONTACT;
  *out = &msr_contacts[span->route - 1];
  return span->route_fallback;
}

const char *mssecref_catalogue_source(void) {
  return msr_str(msr_meta_source);
}
const char *mssecref_catalogue_series(void) {
  return msr_str(msr_meta_series);
}
const char *mssecref_catalogue_date(void) { return msr_str(msr_meta_date); }
const char *mssecref_catalogue_version(void) {
  return msr_str(msr_meta_version);
}
