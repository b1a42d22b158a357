/* diag.c - the generator's diagnostics: every rule reports through
 * gen_error(), which counts, so that nothing is written after any error.
 * Linked by mssecref-gen and by the catalogue fuzz harness (quiet). */
#include <stdarg.h>
#include <stdio.h>

#include "gen.h"

void gen_error(struct gen_catalogue *c, int line, const char *fmt, ...) {
  va_list ap;
  c->errors++;
  if (c->quiet)
    return;
  fprintf(stderr, "%s:%d: ", c->path, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int gen_failed(const struct gen_catalogue *c) {
  if (c->errors == 0)
    return 0;
  if (!c->quiet)
    fprintf(stderr, "mssecref-gen: %d error%s; nothing written\n", c->errors,
            c->errors == 1 ? "" : "s");
  return 1;
}
