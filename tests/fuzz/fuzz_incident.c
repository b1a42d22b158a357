/* fuzz_incident.c - incident names and aliases from outside. */
#include <mssecref.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fuzz_string(data, size);
  unsigned vocab = 0, alt = 0;
  int inc = mssecref_incident_parse(s, &vocab, &alt);
  if (inc >= 0) {
    /* an answer is a real incident, from some vocabulary, and only the
     * other meanings are listed as alternatives */
    FUZZ_ASSERT(inc >= 1 && inc <= MSSECREF_INCIDENT_MAX);
    FUZZ_ASSERT(vocab != 0);
    FUZZ_ASSERT((alt & (1u << inc)) == 0);
    FUZZ_ASSERT(strlen(s) <= MSSECREF_NAME_MAX);
  } else {
    FUZZ_ASSERT(inc >= MSSECREF_EVOCABULARY && inc != MSSECREF_ENOCONTACT);
  }
  free(s);
  return 0;
}
