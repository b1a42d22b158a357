/* utf8.c - strict UTF-8 decoding for the generator's input checks. */
#include "gen.h"

/* Strict per RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF, so that what a reviewer sees in a diff is what gets compiled. */
int gen_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  uint32_t c;
  int len, i;
  uint32_t min;

  if (n == 0)
    return 0;
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  if ((s[0] & 0xE0) == 0xC0) {
    len = 2, c = s[0] & 0x1Fu, min = 0x80;
  } else if ((s[0] & 0xF0) == 0xE0) {
    len = 3, c = s[0] & 0x0Fu, min = 0x800;
  } else if ((s[0] & 0xF8) == 0xF0) {
    len = 4, c = s[0] & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if ((size_t)len > n)
    return 0;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}
