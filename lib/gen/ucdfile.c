/* ucdfile.c - the line reader shared by the Unicode table generators. */
#include <stdlib.h>
#include <string.h>

#include "ucdfile.h"

int ucd_fields(char *s, char **f, int max) {
  int n = 0;
  char *hash = strchr(s, '#');
  if (hash != NULL)
    *hash = '\0';
  while (n < max) {
    char *semi = strchr(s, ';'), *end;
    if (semi != NULL)
      *semi = '\0';
    while (*s == ' ' || *s == '\t')
      s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
                       end[-1] == '\r'))
      *--end = '\0';
    f[n++] = s;
    if (semi == NULL)
      break;
    s = semi + 1;
  }
  return n;
}

int ucd_range(const char *s, uint32_t *lo, uint32_t *hi) {
  char *p;
  *lo = (uint32_t)strtoul(s, &p, 16);
  if (p == s)
    return -1;
  *hi = *lo;
  if (p[0] == '.' && p[1] == '.') {
    const char *q = p + 2;
    *hi = (uint32_t)strtoul(q, &p, 16);
    if (p == q)
      return -1;
  }
  return *p == '\0' && *lo <= *hi && *hi <= 0x10FFFF ? 0 : -1;
}
