/* fuzz_psl.c - the Public Suffix List reader (lib/gen/psl.c) on any bytes,
 * given without a NUL: every rule and heading it reports lies inside the
 * input, and the heading's name and registry inside the heading. */
#include "../../lib/gen/psl.h"
#include "fuzz.h"

static const char *base;
static size_t total;

static void inside(const char *p, size_t n) {
  FUZZ_ASSERT(n == 0 || (p >= base && p + n <= base + total));
}

static void rule(void *ctx, const struct gen_psl_rule *r) {
  const char *part;
  size_t n;
  (void)ctx;
  FUZZ_ASSERT(r->section == GEN_PSL_ICANN || r->section == GEN_PSL_PRIVATE);
  FUZZ_ASSERT(r->rule_len > 0);
  inside(r->rule, r->rule_len);
  inside(r->heading, r->heading_len);
  gen_psl_heading_name(r->heading, r->heading_len, &part, &n);
  FUZZ_ASSERT(n <= r->heading_len);
  inside(part, n);
  gen_psl_heading_registry(r->heading, r->heading_len, &part, &n);
  FUZZ_ASSERT(n <= r->heading_len);
  inside(part, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *copy = malloc(size ? size : 1); /* no NUL: reads stay in bounds */
  long n;
  if (copy == NULL)
    abort();
  memcpy(copy, data, size);
  base = copy, total = size;
  n = gen_psl_read(copy, size, rule, NULL);
  FUZZ_ASSERT(n >= -1);
  free(copy);
  return 0;
}
