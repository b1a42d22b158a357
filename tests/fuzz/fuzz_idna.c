/* fuzz_idna.c - UTS #46 domain to ASCII and NFC on arbitrary input.  The
 * bytes are a domain in (possibly invalid) UTF-8; read as 24-bit numbers
 * they are also a code point string for NFC.  Properties: a domain's ASCII
 * form converts to itself (ToASCII is idempotent on what it accepts), and
 * NFC is idempotent, reports "same" exactly when nothing changed, and
 * never grows a string of valid code points beyond four times its
 * length. */
#include "internal.h" /* first: it asks for strnlen() */

#include <mssecref.h>

#include "fuzz.h"
#include "idna.h"
#include "ucd.h"

#define NFC_IN 256

static void check_domain(const uint8_t *data, size_t size) {
  char out[MSR_DOMAIN_MAX + 1], again[MSR_DOMAIN_MAX + 1];
  unsigned char *copy = (unsigned char *)fuzz_string(data, size);
  int changed = 0;
  long n = msr_domain_to_ascii(copy, size, out, &changed);
  if (n >= 0) {
    long m;
    size_t i;
    FUZZ_ASSERT((size_t)n == strlen(out));
    for (i = 0; i < (size_t)n; i++)
      FUZZ_ASSERT((unsigned char)out[i] < 0x80);
    changed = 0;
    m = msr_domain_to_ascii((const unsigned char *)out, (size_t)n, again,
                            &changed);
    FUZZ_ASSERT(m == n && memcmp(out, again, (size_t)n) == 0);
  } else {
    FUZZ_ASSERT(n == MSSECREF_EIDN || n == MSSECREF_ETOOLONG ||
                n == MSSECREF_EURL);
  }
  free(copy);
}

static void check_nfc(const uint8_t *data, size_t size) {
  uint32_t in[NFC_IN], once[NFC_IN * MSR_UCD_DECOMP_MAX];
  uint32_t twice[NFC_IN * MSR_UCD_DECOMP_MAX];
  size_t n = 0, i;
  int same = -1;
  long a, b;
  for (i = 0; i + 3 <= size && n < NFC_IN; i += 3) {
    uint32_t c =
        ((uint32_t)data[i] << 16 | (uint32_t)data[i + 1] << 8 | data[i + 2]) %
        0x110000u;
    if (c < 0xD800 || c > 0xDFFF)
      in[n++] = c;
  }
  a = msr_nfc(in, n, once, sizeof once / sizeof *once, &same);
  FUZZ_ASSERT(a >= 0 && (size_t)a <= n * MSR_UCD_DECOMP_MAX);
  FUZZ_ASSERT(same ==
              ((size_t)a == n && memcmp(in, once, n * sizeof *in) == 0));
  b = msr_nfc(once, (size_t)a, twice, sizeof twice / sizeof *twice, &same);
  FUZZ_ASSERT(b == a && same == 1);
  FUZZ_ASSERT(memcmp(once, twice, (size_t)a * sizeof *once) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  check_domain(data, size);
  check_nfc(data, size);
  return 0;
}
