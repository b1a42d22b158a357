/* enrich.h - what the CSV and the JSON Lines enrichers share: routing an
 * event's strings to an answer, and writing a line at a time to a pipe. */
#ifndef MSSECREF_TOOL_ENRICH_H
#define MSSECREF_TOOL_ENRICH_H

#include <stddef.h>
#include <stdio.h>

#include "tool.h"

/* What one event routes to; `why` is NULL when it was routed. */
struct answer {
  const mssecref_contact *c;
  int inc, lang, cust;
  int fallback; /* the reader gets the contact in another language */
  int hosted;   /* -1: no URL to decide by; 0 or 1 */
  int hosting;  /* enum mssecref_hosting of a Microsoft or subsidiary
                   host; 0: none or not known */
  const char *why;
  char buf[200]; /* room for why */
};

/* Routes an incident name, or with `is_set` a set of names (order does not
 * count: mssecref_route_set()), read in `vocabulary` (0: any), a language
 * tag or locale and a customer name (NULL or "": any), and, when
 * `observable` is not NULL or empty, where the thing is hosted. */
void enrich_route(const char *const *names, size_t count, int is_set,
                  int vocabulary, const char *tag, const char *customer,
                  const char *observable, struct answer *a);

/* Whether each record must be flushed: stdout or stdin is a pipe, a
 * socket or a terminal (Splunk's external lookups, rsyslog's omprog and
 * mmexternal, syslog-ng's program() wait for each answer, or feed events
 * one at a time).  Between regular files output stays block-buffered. */
int enrich_stream_output(void);

/* The space-separated sign-in names for a contact and customer. */
void enrich_sign_in(char *out, size_t cap, const mssecref_contact *c,
                    int customer);

/* Lines that could not be read as events: the first few on stderr, then
 * a count at the end. */
void enrich_report(unsigned long line, const char *what, const char *why);
void enrich_report_total(void);

int enrich_csv(struct options *o);
int enrich_jsonl(struct options *o);
/* enrich_jsonl() between any two streams; flushes each line only when
 * `to` is stdout and a pipe.  Returns EXIT_IO when a line was not a JSON
 * object or `in` failed, else EXIT_ANSWERED; `to` is not checked. */
int enrich_jsonl_stream(const struct options *o, FILE *in, FILE *to);

#endif
