/* check_threads.c - many threads doing mixed lookups at once get exactly
 * the answers of a single-threaded run.  Built into the Check suite, and
 * with -fsanitize=thread by `make sanitize`. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#define NTHREADS 8
#define ROUNDS 200
#define MAXQ 4096

static const char *const tags[] = {"ja", "ja_JP.UTF-8", "en-US", "C",
                                   "",   "de-DE"};
static const char *const customers[] = {"home", "enterprise", "developer"};

/* One query's answer folded into a number: every field it returned. */
static uintptr_t answer(size_t q) {
  const mssecref_contact *c = NULL, *out[16];
  size_t na = mssecref_alias_count();
  uintptr_t h = 0;
  const char *name = NULL;
  int lang = 0, rc, n, k;

  mssecref_alias_at(q % na, &name, NULL, NULL);
  rc = mssecref_route_names(name, tags[q % 6], customers[q % 3], &c, &lang);
  h = (uintptr_t)rc * 31u + (uintptr_t)c + (uintptr_t)lang;
  if (rc >= 0)
    h += (uintptr_t)mssecref_contact_url(c, lang);
  n = mssecref_lookup((int)(q % 9), (int)(q % 3), (int)(q % 4), out, 16);
  for (k = 0; k < n && k < 16; k++)
    h = h * 131u + (uintptr_t)out[k];
  mssecref_contact_by_id(mssecref_contact_id(mssecref_contact_at(q % 13)), &c);
  return h * 7u + (uintptr_t)c;
}

static uintptr_t expected[MAXQ];
static size_t nqueries;

struct worker {
  unsigned id;
  size_t mismatches;
};

static void *work(void *arg) {
  struct worker *w = arg;
  size_t r, i;
  for (r = 0; r < ROUNDS; r++)
    for (i = 0; i < nqueries; i++) {
      /* each thread walks the queries in its own order */
      size_t q = (i * (2 * w->id + 1) + r) % nqueries;
      if (answer(q) != expected[q])
        w->mismatches++;
    }
  return NULL;
}

START_TEST(test_threads_agree) {
  pthread_t t[NTHREADS];
  struct worker w[NTHREADS];
  size_t i, total = 0;

  nqueries = mssecref_alias_count() * 6 * 3;
  if (nqueries > MAXQ)
    nqueries = MAXQ;
  for (i = 0; i < nqueries; i++)
    expected[i] = answer(i);
  for (i = 0; i < NTHREADS; i++) {
    w[i].id = (unsigned)i;
    w[i].mismatches = 0;
    ck_assert_int_eq(pthread_create(&t[i], NULL, work, &w[i]), 0);
  }
  for (i = 0; i < NTHREADS; i++) {
    ck_assert_int_eq(pthread_join(t[i], NULL), 0);
    total += w[i].mismatches;
  }
  ck_assert_uint_eq(total, 0);
}
END_TEST

Suite *threads_suite(void) {
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("concurrent");
  tcase_add_test(tc, test_threads_agree);
  tcase_set_timeout(tc, 300);
  suite_add_tcase(s, tc);
  return s;
}
