/* bench.c - `make bench`: each library operation against a hand-written
 * baseline doing the same work (a linear scan with strcasecmp over the same
 * records and aliases, read from the same catalogue), timed in the same run
 * so the ratio holds on a noisy machine.
 *
 * route-set's baseline is the library's own single-name route looped over
 * the set (what a caller does without mssecref_route_set()).
 *
 * Output: "name library_ns baseline_ns speedup" per operation, medians of
 * BENCH_REPS repetitions (default 7) of BENCH_CALLS calls (default 1e6).
 * route-url-idn (non-ASCII, defanged, percent-encoded, space-padded URLs)
 * has the library on the clean ASCII URL of each host as its baseline. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <mssecref.h>

#include "baseline.h"
#include "inputs.h"
#include "timing.h"

static size_t ncalls = 1000000;
static int nreps = 7;
static volatile size_t sink;

/* One timing loop per operation, the call written out rather than made
 * through a pointer, so the harness adds as little as possible to either
 * side.  Returns ns per call, cycling over inputs 0..n-1. */
#define TIMED(fn, op)                                                          \
  static double fn(size_t n) {                                                 \
    size_t k, i = 0, acc = 0;                                                  \
    double t0 = now_ns();                                                      \
    for (k = 0; k < ncalls; k++) {                                             \
      acc += op(i);                                                            \
      if (++i == n)                                                            \
        i = 0;                                                                 \
    }                                                                          \
    sink += acc;                                                               \
    return (now_ns() - t0) / (double)ncalls;                                   \
  }

typedef double (*run_fn)(size_t n);

/* Library and baseline alternate, so drift on a shared machine hits both. */
static void bench(const char *name, run_fn lib, run_fn base, size_t n) {
  double l[64], b[64], ml, mb;
  int r;
  lib(n), base(n); /* warm caches and branch predictors */
  for (r = 0; r < nreps; r++) {
    l[r] = lib(n);
    b[r] = base(n);
  }
  ml = median(l, nreps);
  mb = median(b, nreps);
  printf("%-14s %7.1f %8.1f %6.1fx\n", name, ml, mb, mb / ml);
  fflush(stdout);
}

/* ---- operations, library side ---- */

static inline size_t lib_incident(size_t i) {
  return (size_t)mssecref_incident_parse(in_names[i], NULL, NULL);
}
static inline size_t lib_lang(size_t i) {
  return (size_t)mssecref_lang_parse(in_tags[i], NULL);
}
static inline size_t lib_lookup(size_t i) {
  const mssecref_contact *out[MAX_OUT];
  return (size_t)mssecref_lookup(in_queries[i].incident, in_queries[i].lang,
                                 in_queries[i].customer, out, MAX_OUT);
}
static inline size_t lib_route(size_t i) {
  const mssecref_contact *c;
  int lang;
  if (mssecref_route_names(in_routes[i].incident, in_routes[i].locale,
                           in_routes[i].customer, &c, &lang) < 0)
    return 0;
  return (size_t)mssecref_contact_url(c, lang);
}
static inline size_t lib_by_id(size_t i) {
  const mssecref_contact *c = NULL;
  mssecref_contact_by_id(in_ids[i], &c);
  return (size_t)c;
}

static inline size_t lib_host(size_t i) {
  return (size_t)mssecref_host_managed(in_hosts[i], NULL, NULL);
}
static inline size_t lib_route_url(size_t i) {
  const mssecref_contact *c;
  int inc = mssecref_incident_parse("phishing", NULL, NULL);
  if (mssecref_route_observable(inc, in_urls[i], MSSECREF_OBSERVABLE_URL,
                                MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME,
                                &c) < 0)
    return 0;
  return (size_t)mssecref_contact_url(c, MSSECREF_LANG_EN);
}

static inline size_t lib_route_set(size_t i) {
  const mssecref_contact *c;
  int lang;
  if (mssecref_route_set(in_sets[i].names, 3, MSSECREF_VOCABULARY_ECS,
                         in_sets[i].locale, in_sets[i].customer, &c, &lang,
                         NULL) < 0)
    return 0;
  return (size_t)mssecref_contact_url(c, lang);
}

static inline size_t route_url_of(const char *url) {
  const mssecref_contact *c;
  if (mssecref_route_observable(MSSECREF_INCIDENT_UNSAFE_WEBSITE, url,
                                MSSECREF_OBSERVABLE_URL, MSSECREF_LANG_EN,
                                MSSECREF_CUSTOMER_HOME, &c) < 0)
    return 0;
  return (size_t)mssecref_contact_url(c, MSSECREF_LANG_EN);
}
static inline size_t lib_route_idn(size_t i) {
  return route_url_of(in_idn_urls[i]);
}
/* route-url-idn's baseline is the library itself on the clean ASCII URL
 * of the same host: the row shows what IDNA, refanging and normalising
 * cost on top. */
static inline size_t lib_route_idn_ascii(size_t i) {
  return route_url_of(in_idn_ascii[i]);
}

/* ---- operations, baseline side ---- */

static inline size_t base_incident_op(size_t i) {
  return (size_t)base_incident(in_names[i]);
}
static inline size_t base_lang_op(size_t i) {
  return (size_t)base_lang(in_tags[i]);
}
static inline size_t base_lookup_op(size_t i) {
  int out[MAX_OUT];
  return (size_t)base_lookup(in_queries[i].incident, in_queries[i].lang,
                             in_queries[i].customer, out, MAX_OUT);
}
static inline size_t base_route_op(size_t i) {
  return (size_t)base_route_strings(in_routes[i].incident, in_routes[i].locale,
                                    in_routes[i].customer);
}
static inline size_t base_by_id_op(size_t i) {
  return (size_t)base_by_id(in_ids[i]);
}
static inline size_t base_host_op(size_t i) {
  return (size_t)base_host_managed(in_hosts[i]);
}
static inline size_t base_route_url_op(size_t i) {
  return (size_t)base_route_url("phishing", in_urls[i]);
}

static inline size_t base_route_set_op(size_t i) {
  return (size_t)base_route_set(&in_sets[i]);
}

TIMED(run_lib_incident, lib_incident)
TIMED(run_base_incident, base_incident_op)
TIMED(run_lib_lang, lib_lang)
TIMED(run_base_lang, base_lang_op)
TIMED(run_lib_lookup, lib_lookup)
TIMED(run_base_lookup, base_lookup_op)
TIMED(run_lib_route, lib_route)
TIMED(run_base_route, base_route_op)
TIMED(run_lib_by_id, lib_by_id)
TIMED(run_base_by_id, base_by_id_op)
TIMED(run_lib_host, lib_host)
TIMED(run_base_host, base_host_op)
TIMED(run_lib_route_url, lib_route_url)
TIMED(run_base_route_url, base_route_url_op)
TIMED(run_lib_route_set, lib_route_set)
TIMED(run_base_route_set, base_route_set_op)
TIMED(run_lib_route_idn, lib_route_idn)
TIMED(run_lib_route_idn_ascii, lib_route_idn_ascii)

static void describe_machine(void) {
  char line[256], model[256] = "unknown CPU";
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f != NULL) {
    while (fgets(line, sizeof line, f))
      if (strncmp(line, "model name", 10) == 0 && strchr(line, ':')) {
        snprintf(model, sizeof model, "%s", strchr(line, ':') + 2);
        model[strcspn(model, "\n")] = '\0';
        break;
      }
    fclose(f);
  }
  printf("# libmssecref %s, catalogue %s\n", mssecref_version(),
         mssecref_catalogue_version());
  printf("# machine: %s, %ld online CPUs\n", model,
         sysconf(_SC_NPROCESSORS_ONLN));
  printf("# %d repetitions of %zu calls per operation; medians in ns/op\n",
         nreps, ncalls);
  printf("# operation   library baseline speedup\n");
}

int main(void) {
  const char *s;
  if ((s = getenv("BENCH_CALLS")) != NULL && atol(s) > 0)
    ncalls = (size_t)atol(s);
  if ((s = getenv("BENCH_REPS")) != NULL && atoi(s) > 0 && atoi(s) <= 64)
    nreps = atoi(s);
  base_load();
  inputs_load();
  if (inputs_check() != 0)
    return 1;
  describe_machine();
  bench("incident-name", run_lib_incident, run_base_incident, n_names);
  bench("language-tag", run_lib_lang, run_base_lang, n_tags);
  bench("lookup", run_lib_lookup, run_base_lookup, n_queries);
  bench("route-strings", run_lib_route, run_base_route, n_routes);
  bench("by-id", run_lib_by_id, run_base_by_id, n_ids);
  bench("host-managed", run_lib_host, run_base_host, n_hosts);
  bench("route-url", run_lib_route_url, run_base_route_url, n_urls);
  bench("route-set", run_lib_route_set, run_base_route_set, n_sets);
  bench("route-url-idn", run_lib_route_idn, run_lib_route_idn_ascii,
        n_idn_urls);
  return 0;
}
