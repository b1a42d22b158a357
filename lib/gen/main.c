/* main.c - mssecref-gen CATALOGUE OUTPUT.C: validates the catalogue and,
 * only when every rule passes, writes the library's tables. */
#include <stdio.h>
#include <stdlib.h>

#include "gen.h"

/* Large (records hold their fields inline); static keeps it off the stack. */
static struct gen_catalogue cat;

static char *read_all(const char *path, size_t *len) {
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

int main(int argc, char **argv) {
  size_t len = 0;
  char *text;

  if (argc != 3) {
    fprintf(stderr, "usage: mssecref-gen CATALOGUE OUTPUT.c\n");
    return 2;
  }
  gen_init(&cat, argv[1]);
  text = read_all(argv[1], &len);
  if (text == NULL) {
    perror(argv[1]);
    return 1;
  }
  gen_read(&cat, text, len);
  gen_check(&cat);
  if (gen_failed(&cat))
    return 1;
  if (gen_emit(&cat, argv[2]) != 0)
    return 1;
  free(text);
  return 0;
}
