/* psl_main.c - mssecref-psl, the catalogue's upkeep against the Public
 * Suffix List:
 *   mssecref-psl icann PSL OUT.h      the generator's table of ICANN rules
 *                                     (psl_icann.c)
 *   mssecref-psl diff PSL CATALOGUE   `make psl-diff`: exit 0 when every
 *                                     PSL-sourced list matches, 1 when not
 *                                     (psl_diff.c)
 * Exit 2 on a usage, input or output error.  The catalogue is read by the
 * generator's reader (read.c), which reports through diag.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "psl.h"

/* "mssecref-psl: PATH: reason", as every other message of the tool. */
int gen_psl_fail_errno(const char *path) {
  fprintf(stderr, "mssecref-psl: %s: %s\n", path, strerror(errno));
  return 2;
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "icann") == 0)
    return gen_psl_icann(argv[2], argv[3]);
  if (argc == 4 && strcmp(argv[1], "diff") == 0)
    return gen_psl_diff(argv[2], argv[3]);
  fprintf(stderr, "usage: mssecref-psl icann PSL OUT.h\n"
                  "       mssecref-psl diff PSL CATALOGUE\n");
  return 2;
}
