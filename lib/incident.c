/* incident.c - incident names and aliases: one perfect-hash probe and one
 * comparison per parse. */
#include "internal.h"

/* Hash a bounded prefix, then one comparison with the only candidate: the
 * caller's string is read no further than the key plus its NUL. */
int msr_alias_find(const char *name) {
  uint8_t slot;
  if (name == NULL)
    return MSSECREF_ENULL;
  if (name[0] == '\0')
    return MSSECREF_EEMPTY;
  slot = msr_alias_slots[msr_hash_slot(
      msr_hash(msr_alias_seed, name, msr_alias_prefix, msr_fold_table),
      msr_alias_nslots)];
  if (slot == 0 || !msr_equal(name, msr_str(msr_aliases[slot - 1].key),
                              msr_fold_table))
    return msr_not_found(name);
  return slot - 1;
}

int mssecref_incident_parse(const char *name, unsigned *vocabularies,
                            unsigned *alternatives) {
  const struct msr_alias *a;
  int i = msr_alias_find(name);
  if (i < 0)
    return i;
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
