/* fuzz_catalogue.c - the generator's catalogue reader and checks on any
 * bytes (emission is left out: it only runs on a catalogue that passed). */
#include <string.h>

#include "../../lib/gen/gen.h"
#include "fuzz.h"

static struct gen_catalogue cat;

/* What emission and the library rely on once the checks pass: limits
 * kept, every contact with a unique id and https URLs the URL check
 * accepts, related indices that are contacts, every alias key its name
 * folded (lib/fold.h), no longer than MSR_KEY_MAX and unique. */
static int consistent(const struct gen_catalogue *c) {
  char why[256];
  int i, j, k;
  if (c->ncontacts < 0 || c->ncontacts > GEN_MAX_CONTACTS || c->naliases < 0 ||
      c->naliases > GEN_MAX_ALIASES)
    return 0;
  for (i = 0; i < c->ncontacts; i++) {
    const struct gen_contact *ct = &c->contacts[i];
    if (ct->id == NULL || ct->id[0] == '\0' || strlen(ct->id) > GEN_MAX_ID)
      return 0;
    for (j = 0; j < i; j++)
      if (strcmp(ct->id, c->contacts[j].id) == 0)
        return 0;
    for (k = 0; k < MSR_NLANG; k++)
      if (ct->url[k] == NULL ||
          gen_check_url(c, ct->url[k], why, sizeof why) != 0)
        return 0;
    for (k = 0; k < ct->nrelated; k++)
      if (ct->related[k] < 0 || ct->related[k] >= c->ncontacts)
        return 0;
  }
  for (i = 0; i < c->naliases; i++) {
    const struct gen_alias *a = &c->aliases[i];
    size_t n = strlen(a->name), m;
    if (n == 0 || n > MSR_KEY_MAX || strlen(a->key) != n)
      return 0;
    for (m = 0; m < n; m++)
      if ((unsigned char)a->key[m] != msr_fold((unsigned char)a->name[m]))
        return 0;
    for (j = 0; j < i; j++)
      if (strcmp(a->key, c->aliases[j].key) == 0)
        return 0;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_string(data, size);
  gen_init(&cat, "fuzz");
  cat.quiet = 1; /* the fuzzer wants speed, not messages */
  gen_read(&cat, text, size);
  gen_check(&cat);
  FUZZ_ASSERT(cat.errors > 0 || consistent(&cat));
  free(text);
  return 0;
}
