/* incident.c - incident names and aliases (found by lib/find.c). */
#include "internal.h"

/* An unqualified name is one look-up; a qualified one ("ms-graph:unknown")
 * never matches a key (none has ':'), and only then is read in parts. */
int mssecref_incident_parse(const char *name, unsigned *vocabularies,
                            unsigned *alternatives) {
  const struct msr_alias *a;
  int i = msr_alias_find(name);
  if (i < 0) {
    if (i != MSSECREF_ENOTFOUND || (i = msr_qualified(name, 0)) < 0)
      return i;
    return msr_answer(msr_entry(i), vocabularies, alternatives);
  }
  /* the unqualified key set holds only names with an incident */
  a = &msr_aliases[i];
  if (vocabularies != NULL)
    *vocabularies = a->vocabularies;
  if (alternatives != NULL)
    *alternatives = a->incidents & ~(1u << a->first);
  return a->first;
}

const char *mssecref_incident_title(int incident, int lang) {
  if (incident < 1 || incident > MSSECREF_INCIDENT_MAX || lang < 1 ||
      lang > MSSECREF_LANG_MAX)
    return NULL;
  return msr_str(msr_incident_titles[incident][lang]);
}

size_t mssecref_alias_count(void) { return msr_alias_count; }

int mssecref_alias_at(size_t index, const char **name, unsigned *vocabularies,
                      unsigned *incidents) {
  const struct msr_alias *a;
  if (index >= msr_alias_count)
    return MSSECREF_EINVAL;
  a = &msr_aliases[index];
  if (name != NULL)
    *name = msr_str(a->name);
  if (vocabularies != NULL)
    *vocabularies = a->vocabularies;
  if (incidents != NULL)
    *incidents = a->incidents;
  return a->first;
}
