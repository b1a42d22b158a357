/* fuzz_lang.c - language tags and locale strings from outside. */
#include <mssecref.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fuzz_string(data, size);
  int fallback = -1;
  int lang = mssecref_lang_parse(s, &fallback);
  if (lang >= 0) {
    FUZZ_ASSERT(lang == MSSECREF_LANG_JA || lang == MSSECREF_LANG_EN);
    FUZZ_ASSERT(fallback == 0 || fallback == 1);
    FUZZ_ASSERT(!fallback || lang == MSSECREF_LANG_EN);
  } else {
    FUZZ_ASSERT(lang == MSSECREF_ETOOLONG || lang == MSSECREF_ESYNTAX);
    FUZZ_ASSERT(fallback == -1);
  }
  free(s);
  return 0;
}
