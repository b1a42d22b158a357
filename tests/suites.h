/* suites.h - the Check suites that make up `make check`. */
#ifndef MSSECREF_TEST_SUITES_H
#define MSSECREF_TEST_SUITES_H

#include <check.h>

Suite *names_suite(void);
Suite *lookup_suite(void);
Suite *roundtrip_suite(void);
Suite *gen_suite(void);
Suite *threads_suite(void);
Suite *hostile_suite(void);
Suite *host_suite(void);
Suite *find_suite(void);
Suite *vocab_suite(void);
Suite *suffix_suite(void);
Suite *url_suite(void);

/* A string of n copies of c, NUL-terminated; freed by the caller. */
char *test_repeat(char c, size_t n);

#endif
