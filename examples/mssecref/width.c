/* width.c - terminal columns of UTF-8 text, so that tables with Japanese
 * line up: East Asian wide and fullwidth characters take two columns,
 * combining marks none. */
#include <stdint.h>

#include "out.h"

static int wide(uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x20000 && c <= 0x3FFFD);
}

static int combining(uint32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x3099 && c <= 0x309A) ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200B;
}

size_t utf8_next(const char *s, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  if (*p < 0x80) {
    *cp = *p;
    return 1;
  }
  if ((*p & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
    *cp = ((uint32_t)(*p & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if ((*p & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *cp = ((uint32_t)(*p & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
          (p[2] & 0x3F);
    return 3;
  }
  if ((*p & 0xF8) == 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
      (p[3] & 0xC0) == 0x80) {
    *cp = ((uint32_t)(*p & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
          ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  *cp = UTF8_INVALID;
  return 1;
}

size_t text_width(const char *s) {
  size_t w = 0;
  while (*s) {
    uint32_t c;
    s += utf8_next(s, &c);
    /* an invalid byte takes one column, like a replacement */
    w += c != UTF8_INVALID && wide(c) ? 2 : combining(c) ? 0 : 1;
  }
  return w;
}
