/* check_main.c - runs every suite; exit status is the number of failures
 * (capped), so make fails on any. */
#include <stdlib.h>
#include <string.h>

#include "suites.h"

char *test_repeat(char c, size_t n) {
  char *s = malloc(n + 1);
  ck_assert_ptr_nonnull(s);
  memset(s, c, n);
  s[n] = '\0';
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(names_suite());
  int failed;
  srunner_add_suite(sr, lookup_suite());
  srunner_add_suite(sr, roundtrip_suite());
  srunner_add_suite(sr, gen_suite());
  srunner_add_suite(sr, hostile_suite());
  srunner_add_suite(sr, host_suite());
  srunner_add_suite(sr, suffix_suite());
  srunner_add_suite(sr, find_suite());
  srunner_add_suite(sr, vocab_suite());
  srunner_add_suite(sr, url_suite());
  srunner_add_suite(sr, threads_suite());
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
