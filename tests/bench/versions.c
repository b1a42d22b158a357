/* versions.c - `make bench-versions`: this library against the 1.1.0
 * release on the same inputs, in the same run.  Both shared objects are
 * loaded side by side with dlmopen() (each in its own link-map namespace,
 * as both are libmssecref.so.1) and called through the same kind of
 * function pointer, so the harness costs both sides alike; repetitions
 * alternate between them so drift on a shared machine hits both.
 *
 * Inputs are `make bench`'s (tests/bench/inputs.c), which include names
 * 1.1 does not know; the rows marked "1.1 names" keep only the inputs
 * 1.1 parses, the work 1.1 was measured on.
 *
 * Usage: versions OLD.so NEW.so; prints "operation old_ns new_ns
 * old/new" with medians of BENCH_REPS repetitions of BENCH_CALLS calls. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mssecref.h>

#include "inputs.h"
#include "timing.h"

/* The 1.0/1.1 functions timed: their signatures are frozen by the ABI. */
struct lib {
  const char *path;
  int (*incident_parse)(const char *, const char *, int *);
  int (*lang_parse)(const char *, int *);
  int (*route_names)(const char *, const char *, const char *,
                     const mssecref_contact **, int *);
  const char *(*contact_url)(const mssecref_contact *, int);
  int (*contact_by_id)(const char *, const mssecref_contact **);
  int (*host_managed)(const char *, const char **, int *);
  int (*route_observable)(int, const char *, int, int, int,
                          const mssecref_contact **);
};

static size_t ncalls = 1000000;
static int nreps = 7;
static volatile size_t sink;

static void *need(void *h, const char *path, const char *name) {
  void *f = dlsym(h, name);
  if (f == NULL) {
    fprintf(stderr, "versions: %s: no %s\n", path, name);
    exit(2);
  }
  return f;
}

#define BIND(l, h, field, name) *(void **)&(l)->field = need(h, (l)->path, name)

static void open_lib(struct lib *l, const char *path) {
  void *h = dlmopen(LM_ID_NEWLM, path, RTLD_NOW | RTLD_LOCAL);
  if (h == NULL) {
    fprintf(stderr, "versions: %s\n", dlerror());
    exit(2);
  }
  l->path = path;
  BIND(l, h, incident_parse, "mssecref_incident_parse");
  BIND(l, h, lang_parse, "mssecref_lang_parse");
  BIND(l, h, route_names, "mssecref_route_names");
  BIND(l, h, contact_url, "mssecref_contact_url");
  BIND(l, h, contact_by_id, "mssecref_contact_by_id");
  BIND(l, h, host_managed, "mssecref_host_managed");
  BIND(l, h, route_observable, "mssecref_route_observable");
}

/* ---- operations: the calls of bench.c, through a struct lib ---- */

/* the inputs an operation cycles over; a subset when only 1.1's names */
static const char **names, **tags, **ids, **hosts, **urls;
static struct route_query *routes;
static size_t n_names_used, n_routes_used;

static size_t op_incident(const struct lib *l, size_t i) {
  return (size_t)l->incident_parse(names[i], NULL, NULL);
}
static size_t op_lang(const struct lib *l, size_t i) {
  return (size_t)l->lang_parse(tags[i], NULL);
}
static size_t op_route(const struct lib *l, size_t i) {
  const mssecref_contact *c;
  int lang;
  if (l->route_names(routes[i].incident, routes[i].locale, routes[i].customer,
                     &c, &lang) < 0)
    return 0;
  return (size_t)l->contact_url(c, lang);
}
static size_t op_by_id(const struct lib *l, size_t i) {
  const mssecref_contact *c = NULL;
  l->contact_by_id(ids[i], &c);
  return (size_t)c;
}
static size_t op_host(const struct lib *l, size_t i) {
  return (size_t)l->host_managed(hosts[i], NULL, NULL);
}
static size_t op_route_url(const struct lib *l, size_t i) {
  const mssecref_contact *c;
  int inc = l->incident_parse("phishing", NULL, NULL);
  if (l->route_observable(inc, urls[i], MSSECREF_OBSERVABLE_URL,
                          MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c) < 0)
    return 0;
  return (size_t)l->contact_url(c, MSSECREF_LANG_EN);
}

typedef size_t (*op_fn)(const struct lib *, size_t);

static double timed(op_fn op, const struct lib *l, size_t n) {
  size_t k, i = 0, acc = 0;
  double t0 = now_ns();
  for (k = 0; k < ncalls; k++) {
    acc += op(l, i);
    if (++i == n)
      i = 0;
  }
  sink += acc;
  return (now_ns() - t0) / (double)ncalls;
}

static void row(const char *name, op_fn op, const struct lib *old,
                const struct lib *cur, size_t n) {
  double a[64], b[64], ma, mb;
  int r;
  timed(op, old, n), timed(op, cur, n); /* warm caches and predictors */
  for (r = 0; r < nreps; r++) {
    a[r] = timed(op, old, n);
    b[r] = timed(op, cur, n);
  }
  ma = median(a, nreps);
  mb = median(b, nreps);
  printf("%-22s %7.1f %7.1f %6.2fx\n", name, ma, mb, ma / mb);
  fflush(stdout);
}

/* Keeps, in place, the names (and routes) the old library parses. */
static void only_old_names(const struct lib *old) {
  size_t i, k = 0;
  for (i = 0; i < n_names; i++)
    if (old->incident_parse(in_names[i], NULL, NULL) >= 0)
      names[k++] = in_names[i];
  n_names_used = k;
  for (i = k = 0; i < n_routes; i++)
    if (old->incident_parse(in_routes[i].incident, NULL, NULL) >= 0)
      routes[k++] = in_routes[i];
  n_routes_used = k;
}

int main(int argc, char **argv) {
  struct lib old, cur;
  const char *s;
  if (argc != 3) {
    fprintf(stderr, "usage: versions OLD.so NEW.so\n");
    return 2;
  }
  if ((s = getenv("BENCH_CALLS")) != NULL && atol(s) > 0)
    ncalls = (size_t)atol(s);
  if ((s = getenv("BENCH_REPS")) != NULL && atoi(s) > 0 && atoi(s) <= 64)
    nreps = atoi(s);
  open_lib(&old, argv[1]);
  open_lib(&cur, argv[2]);
  inputs_load();
  names = in_names, tags = in_tags, ids = in_ids, hosts = in_hosts;
  urls = in_urls, routes = in_routes;
  printf("# %s against %s, the same inputs in the same run\n", argv[2],
         argv[1]);
  printf("# %d repetitions of %zu calls; medians in ns/op\n", nreps, ncalls);
  printf("# operation               old     new  old/new\n");
  row("incident-name", op_incident, &old, &cur, n_names);
  row("language-tag", op_lang, &old, &cur, n_tags);
  row("route-strings", op_route, &old, &cur, n_routes);
  row("by-id", op_by_id, &old, &cur, n_ids);
  row("host-managed", op_host, &old, &cur, n_hosts);
  row("route-url", op_route_url, &old, &cur, n_urls);
  names = malloc(n_names * sizeof *names);
  routes = malloc(n_routes * sizeof *routes);
  if (names == NULL || routes == NULL)
    return 2;
  only_old_names(&old);
  printf("# over the %zu of %zu names and %zu of %zu routes 1.1 knows\n",
         n_names_used, n_names, n_routes_used, n_routes);
  row("incident-name/1.1", op_incident, &old, &cur, n_names_used);
  row("route-strings/1.1", op_route, &old, &cur, n_routes_used);
  return 0;
}
