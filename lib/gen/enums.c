/* enums.c - the names of the enums several stages read or print, one copy
 * each (the lists are lib/names.h's), and the lookup by name. */
#include <string.h>

#include "gen.h"
#include "names.h"

const char *const gen_incident_names[MSR_NINC] = {
    MSR_INCIDENT_NAMES(MSR_NAME_ENTRY)};
const char *const gen_vocabulary_names[GEN_NVOCAB] = {
    MSR_VOCABULARY_NAMES(MSR_NAME_ENTRY)};
const char *const gen_customer_names[MSR_NCUST] = {
    MSR_CUSTOMER_NAMES(MSR_NAME_ENTRY)};

int gen_index_of(const char *const *names, int count, const char *w, size_t n) {
  int i;
  for (i = 0; i < count; i++)
    if (names[i] != NULL && strlen(names[i]) == n &&
        memcmp(names[i], w, n) == 0)
      return i;
  return -1;
}
