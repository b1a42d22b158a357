/* main.c - mssecref-gen CATALOGUE OUTPUT.C: validates the catalogue and,
 * only when every rule passes, writes the library's tables. */
#include <stdio.h>
#include <stdlib.h>

#include "gen.h"

/* Large (records hold their fields inline); static keeps it off the stack. */
static struct gen_catalogue cat;

int main(int argc, char **argv) {
  size_t len = 0;
  char *text;

  if (argc != 3) {
    fprintf(stderr, "usage: mssecref-gen CATALOGUE OUTPUT.c\n");
    return 2;
  }
  gen_init(&cat, argv[1]);
  text = gen_read_file(argv[1], &len);
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
