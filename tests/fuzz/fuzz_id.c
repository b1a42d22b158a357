/* fuzz_id.c - contact ids from outside. */
#include <mssecref.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fuzz_string(data, size);
  const mssecref_contact *c = NULL;
  int rc = mssecref_contact_by_id(s, &c);
  if (rc == MSSECREF_OK)
    FUZZ_ASSERT(strcmp(mssecref_contact_id(c), s) == 0);
  else
    FUZZ_ASSERT(c == NULL);
  free(s);
  return 0;
}
