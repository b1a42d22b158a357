/* inputs.h - the realistic mix of inputs `make bench` feeds both sides. */
#ifndef MSSECREF_BENCH_INPUTS_H
#define MSSECREF_BENCH_INPUTS_H

#include <stddef.h>

struct query {
  int incident, lang, customer;
};
struct route_query {
  const char *incident, *locale, *customer;
};

/* An ECS event's categories, as mssecref_route_set() takes them. */
struct set_query {
  const char *names[3];
  const char *locale, *customer;
};

extern struct set_query *in_sets;
extern size_t n_sets;
extern const char **in_names, **in_tags, **in_ids, **in_hosts, **in_urls;
extern struct query *in_queries;
extern struct route_query *in_routes;
extern size_t n_names, n_tags, n_ids, n_queries, n_routes, n_hosts, n_urls;
/* route-url-idn: non-ASCII, defanged, percent-encoded and space-padded
 * URLs, and beside each the clean ASCII URL of the same host (what the
 * library is timed against). */
extern const char *const in_idn_urls[], *const in_idn_ascii[];
extern const size_t n_idn_urls;

void inputs_load(void);
/* The route-set baseline: the single-name route looped over the set. */
const char *base_route_set(const struct set_query *q);
/* 0 when library and baseline agree on every input. */
int inputs_check(void);

#endif
