/* enrich_json.c - `mssecref enrich --format jsonl|mmexternal`: one JSON
 * event per line on stdin, one line out per line in, in order.  JSON Lines
 * keeps each event's own bytes and adds the contact under "mssecref" (and,
 * for an ECS event, its URL as event.reference); a line that is not a JSON
 * object passes through unchanged, reported on stderr.  mmexternal answers
 * each line with rsyslog's reply, {"$!":{"mssecref":{...}}}. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enrich.h"
#include "json.h"

/* The incident names of one event: an array's strings are a set. */
struct names {
  const char **v;
  size_t n, cap;
  char *pool;
  size_t used, pool_cap;
};

static int names_add(struct names *nm, const char *s, size_t len) {
  if (nm->n == nm->cap) {
    size_t cap = nm->cap ? nm->cap * 2 : 16;
    const char **v = realloc(nm->v, cap * sizeof *v);
    if (v == NULL)
      return -1;
    nm->v = v, nm->cap = cap;
  }
  if (nm->used + len + 1 > nm->pool_cap) {
    size_t cap = nm->pool_cap ? nm->pool_cap * 2 : 4096;
    char *p;
    while (cap < nm->used + len + 1)
      cap *= 2;
    if ((p = realloc(nm->pool, cap)) == NULL)
      return -1;
    nm->pool = p, nm->pool_cap = cap;
  }
  memcpy(nm->pool + nm->used, s, len + 1);
  nm->v[nm->n++] = (const char *)(uintptr_t)nm->used; /* offset until done */
  nm->used += len + 1;
  return 0;
}

/* A string the library reads: decoded, no NUL, no longer than it reads. */
static const char *decode(const char *line, struct json_span v, char *buf,
                          size_t cap, const char **why) {
  long len;
  if (v.type != JSON_STRING) {
    *why = "not a string";
    return NULL;
  }
  len = json_string(line, v, buf, cap);
  if (len < 0) {
    *why = "too long";
    return NULL;
  }
  if (memchr(buf, '\0', (size_t)len) != NULL) {
    *why = "NUL character";
    return NULL;
  }
  return buf;
}

/* The incident field: one string, or an array whose strings are the set
 * (other elements, and strings too long to be names, are left out). */
static const char *read_names(const char *line, struct json_span v,
                              struct names *nm) {
  char buf[MSSECREF_NAME_MAX + 2];
  const char *why = NULL;
  size_t i;
  nm->n = nm->used = 0;
  if (v.type == JSON_ARRAY) {
    struct json_iter it;
    struct json_span e;
    json_iter_init(&it, line, v);
    while (json_next_element(&it, &e))
      if (decode(line, e, buf, sizeof buf, &why) != NULL &&
          names_add(nm, buf, strlen(buf)) != 0)
        return "out of memory";
  } else if (decode(line, v, buf, sizeof buf, &why) == NULL) {
    return why;
  } else if (names_add(nm, buf, strlen(buf)) != 0) {
    return "out of memory";
  }
  for (i = 0; i < nm->n; i++)
    nm->v[i] = nm->pool + (uintptr_t)nm->v[i];
  return NULL;
}

static FILE *out; /* where enrich_jsonl_stream() writes */

/* ---- the "mssecref" object ---- */

static char **cache; /* one serialised answer per distinct answer */
static size_t cache_n;

static size_t cache_slot(const struct answer *a) {
  size_t slot = (size_t)mssecref_contact_index(a->c) * 9 + (size_t)a->inc;
  slot = (slot * 3 + (size_t)a->lang) * 4 + (size_t)a->cust;
  slot = (slot * 2 + (a->fallback != 0)) * 3 + (size_t)(a->hosted + 1);
  return slot * (MSSECREF_HOSTING_MAX + 1) + (size_t)a->hosting;
}

static void put_key(FILE *f, const char *key, const char *value) {
  fprintf(f, ",\"%s\":", key);
  out_json_string(f, value, strlen(value));
}

static char *serialise(const struct answer *a) {
  char *s = NULL, sign_in[128];
  size_t len = 0, k;
  FILE *f = open_memstream(&s, &len);
  if (f == NULL)
    return NULL;
  fputs("{\"id\":", f);
  out_json_string(f, mssecref_contact_id(a->c),
                  strlen(mssecref_contact_id(a->c)));
  put_key(f, "incident", mssecref_incident_name(a->inc));
  put_key(f, "title", mssecref_contact_title(a->c, a->lang));
  put_key(f, "url", mssecref_contact_url(a->c, a->lang));
  enrich_sign_in(sign_in, sizeof sign_in, a->c, a->cust);
  fputs(",\"sign_in\":[", f);
  for (k = 0; sign_in[k] != '\0';) {
    size_t n = strcspn(sign_in + k, " ");
    fputs(k ? "," : "", f);
    out_json_string(f, sign_in + k, n);
    k += n + (sign_in[k + n] == ' ');
  }
  fprintf(f, "],\"results_returned\":%s,\"lang\":\"%s\",\"lang_fallback\":%s",
          mssecref_contact_results_returned(a->c) ? "true" : "false",
          mssecref_lang_name(a->lang), a->fallback ? "true" : "false");
  put_key(f, "review_by", mssecref_contact_review_by(a->c));
  fprintf(f, ",\"review_overdue\":%s",
          mssecref_contact_review_overdue(a->c, review_today) == 1 ? "true"
                                                                   : "false");
  if (a->hosted >= 0) {
    fprintf(f, ",\"hosted\":%s", a->hosted ? "true" : "false");
    put_key(f, "hosting", a->hosting ? mssecref_hosting_name(a->hosting) : "");
  }
  fputc('}', f);
  if (fclose(f) != 0) {
    free(s);
    return NULL;
  }
  return s;
}

/* The answer as JSON; NULL only when out of memory. */
static const char *answer_json(const struct answer *a) {
  size_t slot;
  if (cache == NULL) {
    cache_n = mssecref_contact_count() * 9 * 3 * 4 * 2 * 3 *
              (MSSECREF_HOSTING_MAX + 1);
    if ((cache = calloc(cache_n, sizeof *cache)) == NULL)
      return NULL;
  }
  slot = cache_slot(a);
  if (slot >= cache_n)
    return NULL;
  if (cache[slot] == NULL)
    cache[slot] = serialise(a);
  return cache[slot];
}

static void cache_free(void) {
  size_t i;
  for (i = 0; cache != NULL && i < cache_n; i++)
    free(cache[i]);
  free(cache);
  cache = NULL;
}

static void put_error(const char *why) {
  fputs("{\"error\":", out);
  out_json_string(out, why, strlen(why));
  fputc('}', out);
}

/* ---- one event ---- */

#define LISTED 64 /* top-level members kept from the check; more: walked */

struct event {
  const char *line;
  size_t n;
  struct json_span top;
  struct json_member m[LISTED];
  size_t count;
  struct answer a;
  const char *json; /* the answer as JSON, or NULL: a.why says why */
  int has_host;     /* host: the host judged, with --url-field */
  char host[MSSECREF_OBSERVABLE_MAX + 1];
};

/* The value at a dotted path, from the members json_check() listed. */
static int find(const struct event *e, const char *path, struct json_span *v) {
  if (e->count <= LISTED)
    return json_find_listed(e->line, e->top, e->m, e->count, path, strlen(path),
                            v);
  return json_find(e->line, e->top, path, strlen(path), v);
}

/* A field at a dotted path, decoded; `dflt` when the event lacks it. */
static const char *field(struct event *e, const char *path, const char *dflt,
                         char *buf, size_t cap, const char **why) {
  struct json_span v;
  const char *s;
  if (path == NULL || !find(e, path, &v))
    return dflt;
  if ((s = decode(e->line, v, buf, cap, why)) == NULL) {
    snprintf(e->a.buf, sizeof e->a.buf, "field '%.64s': %s", path, *why);
    *why = e->a.buf;
  }
  return s;
}

/* The URL field: the library reads no more than MSSECREF_OBSERVABLE_MAX
 * + 1 bytes of an observable, so a longer URL (a proxy log's query
 * string) is cut there and answers as it would whole. */
static const char *url_field(struct event *e, const char *path, char *buf,
                             size_t cap, const char **why) {
  struct json_span v;
  long len;
  if (path == NULL)
    return NULL;
  if (!find(e, path, &v))
    return "";
  if (v.type == JSON_STRING &&
      (len = json_string_prefix(e->line, v, buf, cap)) >= 0 &&
      memchr(buf, '\0', (size_t)len) == NULL)
    return buf;
  *why = v.type != JSON_STRING ? "not a string" : "NUL character";
  snprintf(e->a.buf, sizeof e->a.buf, "field '%.64s': %s", path, *why);
  *why = e->a.buf;
  return NULL;
}

static void route_event(const struct options *o, struct event *e,
                        struct names *nm) {
  char tag[MSSECREF_NAME_MAX + 2], cust[MSSECREF_NAME_MAX + 2],
      url[MSSECREF_OBSERVABLE_MAX + 2];
  const char *why = NULL, *t, *c, *u;
  struct json_span v;

  e->json = NULL;
  e->has_host = 0;
  if (!find(e, o->field, &v)) {
    snprintf(e->a.buf, sizeof e->a.buf, "no '%.64s' field", o->field);
    e->a.why = e->a.buf;
    return;
  }
  if ((why = read_names(e->line, v, nm)) != NULL) {
    snprintf(e->a.buf, sizeof e->a.buf, "field '%.64s': %s", o->field, why);
    e->a.why = e->a.buf;
    return;
  }
  t = field(e, o->lang_field, o->lang_tag, tag, sizeof tag, &why);
  c = why ? NULL
          : field(e, o->customer_field, o->customer, cust, sizeof cust, &why);
  u = why ? NULL : url_field(e, o->url_field, url, sizeof url, &why);
  if (why != NULL) {
    e->a.why = why;
    return;
  }
  enrich_route(nm->v, nm->n, v.type == JSON_ARRAY, o->vocabulary_id, t, c, u,
               &e->a);
  if (e->a.why == NULL && (e->json = answer_json(&e->a)) == NULL)
    e->a.why = "out of memory";
  /* differs per event, so it is not part of the cached answer */
  e->has_host = e->a.why == NULL && e->a.hosted >= 0 && u != NULL &&
                *u != '\0' &&
                mssecref_observable_host(u, MSSECREF_OBSERVABLE_ANY, e->host,
                                         sizeof e->host, NULL) >= 0;
  if (e->a.why == NULL)
    review_note(e->a.c);
}

/* What the top level holds, from one pass over its members: whether it
 * has any, whether "mssecref" is one, and the ECS "event" object (the
 * last), if any. */
struct top_members {
  int empty, old, has_event;
  struct json_span event;
};

static void scan_top(const struct event *e, struct top_members *t) {
  struct json_iter it;
  struct json_span key, value;
  size_t i;
  t->empty = e->count == 0;
  t->old = t->has_event = 0;
  if (e->count <= LISTED) {
    for (i = 0; i < e->count; i++) {
      char c0 = e->line[e->m[i].key.start + 1]; /* the first byte decides */
      if (c0 != 'm' && c0 != 'e' && c0 != '\\')
        continue;
      if (json_string_eq(e->line, e->m[i].key, "mssecref", 8))
        t->old = 1;
      else if (json_string_eq(e->line, e->m[i].key, "event", 5))
        t->has_event = 1,
        t->event = json_value_at(e->line, e->m[i].value, e->top);
    }
    return;
  }
  json_iter_init(&it, e->line, e->top);
  while (json_next_member(&it, &key, &value))
    if (json_string_eq(e->line, key, "mssecref", 8))
      t->old = 1;
    else if (json_string_eq(e->line, key, "event", 5))
      t->has_event = 1, t->event = value;
}

/* Where event.reference goes: the offset of the ECS event object's closing
 * brace, when it has no reference yet; 0 otherwise. */
static size_t ecs_event_end(const struct event *e, const struct top_members *t,
                            int *empty) {
  struct json_iter it;
  struct json_span key, value;
  if (!t->has_event || t->event.type != JSON_OBJECT)
    return 0;
  json_iter_init(&it, e->line, t->event);
  *empty = 1;
  while (json_next_member(&it, &key, &value)) {
    *empty = 0;
    if (json_string_eq(e->line, key, "reference", 9))
      return 0;
  }
  return t->event.end - 1;
}

/* Bytes [a, b) of the line, with the event.reference member inserted at
 * `at` when it falls inside. */
static void put_range(const struct event *e, size_t a, size_t b, size_t at,
                      int empty) {
  if (at >= a && at < b) {
    const char *url = mssecref_contact_url(e->a.c, e->a.lang);
    fwrite(e->line + a, 1, at - a, out);
    fputs(empty ? "\"reference\":" : ",\"reference\":", out);
    out_json_string(out, url, strlen(url));
    a = at;
  }
  fwrite(e->line + a, 1, b - a, out);
}

static void put_answer(const struct event *e) {
  fputs("\"mssecref\":", out);
  if (e->json != NULL && e->has_host) {
    fwrite(e->json, 1, strlen(e->json) - 1, out); /* all but its '}' */
    fputs(",\"host\":", out);
    out_json_string(out, e->host, strlen(e->host));
    fputc('}', out);
  } else if (e->json != NULL)
    fputs(e->json, out);
  else
    put_error(e->a.why);
}

/* The event with "mssecref" added before its closing brace; a "mssecref"
 * the event already had is left out, so the key is never duplicated. */
static void write_event(const struct event *e) {
  struct json_iter it;
  struct json_span key, value;
  size_t close = e->top.end - 1, at = (size_t)-1, prev = e->top.start + 1;
  int ev_empty = 0;
  struct top_members t;

  scan_top(e, &t);
  if (e->json != NULL && (at = ecs_event_end(e, &t, &ev_empty)) == 0)
    at = (size_t)-1;
  if (!t.old) { /* the usual case: every byte kept, one insertion */
    put_range(e, 0, close, at, ev_empty);
    fputs(t.empty ? "" : ",", out);
    put_answer(e);
    put_range(e, close, e->n, at, ev_empty);
    return;
  }
  fwrite(e->line, 1, prev, out);
  json_iter_init(&it, e->line, e->top);
  while (json_next_member(&it, &key, &value))
    if (!json_string_eq(e->line, key, "mssecref", 8)) {
      put_range(e, key.start, value.end, at, ev_empty);
      fputc(',', out);
    }
  put_answer(e);
  fwrite(e->line + close, 1, e->n - close, out);
}

/* rsyslog mmexternal's reply: properties under "$!" are set on the
 * message. */
static void write_reply(const struct event *e) {
  fputs("{\"$!\":{", out);
  put_answer(e);
  fputs("}}", out);
}

/* ---- the stream ---- */

static int blank(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return 0;
  return 1;
}

/* One line; returns 1 when it was not a JSON object. */
static int enrich_line(const struct options *o, char *line, size_t len,
                       unsigned long number, struct names *nm) {
  static struct event e; /* large: not on the stack per line */
  const char *why;
  int mm = o->format == FMT_MMEXTERNAL, eol = len > 0 && line[len - 1] == '\n';
  size_t n = len - (size_t)eol;

  e.json = NULL;
  e.a.why = NULL;
  e.line = line;
  e.n = n;
  if (blank(line, n)) {
    fputs(mm ? "{}\n" : "", out);
    if (!mm)
      fwrite(line, 1, len, out);
    if (!mm && !eol)
      fputc('\n', out);
    return 0;
  }
  why = json_check(line, n, &e.top, e.m, LISTED, &e.count);
  if (why == NULL && e.top.type != JSON_OBJECT)
    why = "not an object";
  if (why != NULL) {
    enrich_report(number, "not a JSON object", why);
    if (mm) {
      snprintf(e.a.buf, sizeof e.a.buf, "input is not a JSON object: %s", why);
      e.a.why = e.a.buf;
      write_reply(&e);
    } else {
      fwrite(line, 1, n, out);
    }
    fputc('\n', out);
    return 1;
  }
  route_event(o, &e, nm);
  if (mm)
    write_reply(&e);
  else
    write_event(&e);
  fputc('\n', out);
  return 0;
}

int enrich_jsonl_stream(const struct options *o, FILE *in, FILE *to) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  unsigned long number = 0;
  int stream = to == stdout && enrich_stream_output(), bad = 0, rc;
  struct names nm;

  out = to;
  memset(&nm, 0, sizeof nm);
  while ((len = getline(&line, &cap, in)) > 0) {
    char *s = line;
    if (++number == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
      s += 3, len -= 3; /* a byte-order mark is not part of the event */
    bad |= enrich_line(o, s, (size_t)len, number, &nm);
    if (stream && fflush(out) != 0)
      break; /* finish_output() reports it */
  }
  rc = ferror(in) ? EXIT_IO : EXIT_ANSWERED;
  if (rc != EXIT_ANSWERED)
    fprintf(stderr, "%s: enrich: cannot read standard input\n", progname);
  enrich_report_total();
  review_warn_noted();
  free(line);
  free(nm.v);
  free(nm.pool);
  cache_free();
  return rc != EXIT_ANSWERED ? rc : bad ? EXIT_IO : EXIT_ANSWERED;
}

int enrich_jsonl(struct options *o) {
  int rc = enrich_jsonl_stream(o, stdin, stdout);
  return finish_output() != EXIT_ANSWERED ? EXIT_IO : rc;
}
