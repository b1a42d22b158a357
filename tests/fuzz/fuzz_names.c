/* fuzz_names.c - the strings an event carries, split at newlines into an
 * incident, a locale and a customer type, through the one-call route and
 * every enum name parser. */
#include <mssecref.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fuzz_string(data, size), *part[3] = {NULL, NULL, NULL};
  const mssecref_contact *c = NULL;
  int k, lang = -1, rc;
  char *p = s;

  for (k = 0; k < 3 && p != NULL; k++) {
    part[k] = p;
    p = strchr(p, '\n');
    if (p != NULL)
      *p++ = '\0';
  }
  rc = mssecref_route_names(part[0], part[1], part[2], &c, &lang);
  if (rc >= 0) {
    FUZZ_ASSERT(c != NULL && rc <= 7);
    FUZZ_ASSERT(lang >= 0 && lang <= MSSECREF_LANG_MAX);
    FUZZ_ASSERT(mssecref_contact_url(c, lang) != NULL);
  } else {
    FUZZ_ASSERT(c == NULL && lang == -1);
  }
  for (k = 0; k < 3; k++) {
    int v;
    if ((v = mssecref_customer_parse(part[k])) >= 0)
      FUZZ_ASSERT(strlen(mssecref_customer_name(v)) > 0);
    if ((v = mssecref_section_parse(part[k])) >= 0)
      FUZZ_ASSERT(strlen(mssecref_section_name(v)) > 0);
    if ((v = mssecref_sign_in_parse(part[k])) >= 0)
      FUZZ_ASSERT(strlen(mssecref_sign_in_name(v)) > 0);
    if ((v = mssecref_vocabulary_parse(part[k])) >= 0)
      FUZZ_ASSERT(strlen(mssecref_vocabulary_name(v)) > 0);
  }
  free(s);
  return 0;
}
