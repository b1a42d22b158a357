/* baseline.h - what a hand-written integration would do instead of linking
 * libmssecref: the same records in plain arrays, scanned with strcasecmp. */
#ifndef MSSECREF_BENCH_BASELINE_H
#define MSSECREF_BENCH_BASELINE_H

#include <stddef.h>

#define MAX_OUT 16

void base_load(void);
int base_incident(const char *name);
int base_lang(const char *tag);
int base_customer(const char *name);
int base_lookup(int incident, int lang, int customer, int *out, size_t cap);
const char *base_route_strings(const char *incident, const char *locale,
                               const char *customer);
int base_by_id(const char *id);
/* 1 when host is under a Microsoft-managed suffix, 0 when not. */
int base_host_managed(const char *host);
/* The contact URL for an incident name seen at a URL. */
const char *base_route_url(const char *incident, const char *url);

#endif
