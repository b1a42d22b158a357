/* file.c - a whole file into memory, for the generator and mssecref-psl:
 * the catalogue and the Public Suffix List are read at once, then parsed
 * in place. */
#include <stdio.h>
#include <stdlib.h>

#include "gen.h"

char *gen_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n = 0;

  if (f == NULL)
    return NULL;
  for (;;) {
    size_t got;
    if (cap - n < 4096) {
      char *p = realloc(buf, cap + 65536);
      if (p == NULL) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = p, cap += 65536;
    }
    got = fread(buf + n, 1, cap - n - 1, f); /* room for a final NUL */
    n += got;
    if (got == 0)
      break;
  }
  if (ferror(f)) {
    free(buf);
    fclose(f);
    return NULL;
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}
