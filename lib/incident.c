/* incident.c - incident names and aliases: one perfect-hash probe and one
 * comparison per parse. */
#include "internal.h"

/* Folds and hashes in one pass; the generator hashed the folded keys. */
static const struct msr_alias *find_alias(const char *s, size_t n) {
  uint32_t h = msr_alias_seed;
  const struct msr_alias *a;
  const char *key;
  size_t i;
  uint8_t slot;

  for (i = 0; i < n; i++)
    h = msr_hash_step(h, msr_fold((unsigned char)s[i]));
  slot = msr_alias_slots[msr_hash_slot(h, msr_alias_nslots)];
  if (slot == 0)
    return NULL;
  a = &msr_aliases[slot - 1];
  if (a->key_len != n)
    return NULL;
  key = msr_str(a->key);
  for (i = 0; i < n; i++)
    if (msr_fold((unsigned char)s[i]) != (unsigned char)key[i])
      return NULL;
  return a;
}

int mssecref_incident_parse(const char *name, unsigned *vocabularies,
                            unsigned *alternatives) {
  const struct msr_alias *a;
  size_t n;
  int rc = msr_check_name(name, &n);

  if (rc != MSSECREF_OK)
    return rc;
  a = find_alias(name, n);
  if (a == NULL)
    return MSSECREF_ENOTFOUND;
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
