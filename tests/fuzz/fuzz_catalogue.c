/* fuzz_catalogue.c - the generator's catalogue reader and checks on any
 * bytes (emission is left out: it only runs on a catalogue that passed). */
#include <stdarg.h>

#include "../../lib/gen/gen.h"
#include "fuzz.h"

static struct gen_catalogue cat;

/* Quiet: the fuzzer wants speed, not messages. */
void gen_error(struct gen_catalogue *c, int line, const char *fmt, ...) {
  (void)line, (void)fmt;
  c->errors++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_string(data, size);
  gen_init(&cat, "fuzz");
  gen_read(&cat, text, size);
  gen_check(&cat);
  FUZZ_ASSERT(cat.errors >= 0);
  free(text);
  return 0;
}
