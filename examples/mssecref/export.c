/* export.c - the whole routing dictionary, one row per (name, customer,
 * language) for every incident name and alias, for pipelines that take a
 * lookup file (Logstash translate, Elasticsearch enrich, syslog-ng
 * add-contextual-data, rsyslog lookup tables, Splunk lookups).  Keys hold
 * names in the library's folded form (lower case, '-' for '_' and space),
 * so a pipeline folds the event's field the same way and matches every
 * spelling the library accepts; one more row, keyed DEFAULT_KEY, is what
 * a pipeline uses when nothing matches. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

static const int customers[] = {MSSECREF_CUSTOMER_HOME,
                                MSSECREF_CUSTOMER_ENTERPRISE};
static const int langs[] = {MSSECREF_LANG_JA, MSSECREF_LANG_EN};

/* No event's key can be this one: every event key holds two '|'. */
#define DEFAULT_KEY "no-contact"

/* What mssecref_incident_parse() compares: A-Z folded to a-z, '_' and
 * ' ' to '-'. */
static void fold(char *out, size_t cap, const char *name) {
  size_t i;
  for (i = 0; name[i] != '\0' && i + 1 < cap; i++) {
    char c = name[i];
    out[i] = c >= 'A' && c <= 'Z'   ? (char)(c | 0x20)
             : c == '_' || c == ' ' ? '-'
                                    : c;
  }
  out[i] = '\0';
}

/* A name to export: an alias of the catalogue, or (with --vocabulary) a
 * value of one vocabulary. */
struct name {
  const char *name;
  int inc;            /* its usual incident; 0: no Microsoft contact */
  unsigned incidents; /* every incident it can mean */
  unsigned vocab;     /* vocabularies it comes from */
};

static void name_at(int vocabulary, size_t i, struct name *n) {
  if (vocabulary == 0) {
    n->inc = mssecref_alias_at(i, &n->name, &n->vocab, &n->incidents);
  } else {
    n->inc = mssecref_value_at(vocabulary, i, &n->name, &n->incidents, NULL);
    n->vocab = 1u << vocabulary;
  }
}

static size_t name_count(int vocabulary) {
  return vocabulary ? mssecref_value_count(vocabulary) : mssecref_alias_count();
}

/* Whether an earlier name folds to the same key ("PHISHING" after
 * "phishing"): the key is exported once. */
static int folded_before(int vocabulary, size_t index) {
  struct name n, other;
  char a[MSSECREF_NAME_MAX + 1], b[MSSECREF_NAME_MAX + 1];
  size_t k;
  name_at(vocabulary, index, &n);
  fold(a, sizeof a, n.name);
  for (k = 0; k < index; k++) {
    name_at(vocabulary, k, &other);
    fold(b, sizeof b, other.name);
    if (strcmp(a, b) == 0)
      return 1;
  }
  return 0;
}

/* The row for "no contact": the fields of a real row `like`, in its
 * order, id "none" and every other field empty. */
static void default_row(struct record *r, const struct record *like) {
  int k;
  rec_init(r);
  for (k = 0; k < like->n; k++) {
    const char *key = like->f[k].key;
    if (like->f[k].type == F_LIST)
      rec_list(r, key);
    else
      rec_str(r, key,
              strcmp(key, "key") == 0  ? DEFAULT_KEY
              : strcmp(key, "id") == 0 ? "none"
                                       : "");
  }
}

/* One row; 0 when no contact serves the combination (left out: the
 * no-contact row answers it).  With a vocabulary the key is qualified,
 * "ecs:malware|home|ja", as mssecref_incident_parse() reads names. */
static int export_row(struct record *r, int vocabulary, size_t index, int cust,
                      int lang) {
  const mssecref_contact *c;
  struct name n;
  char key[512], folded[MSSECREF_NAME_MAX + 1];
  const char *name;
  unsigned vocab, incidents;
  int inc, rc;

  name_at(vocabulary, index, &n);
  name = n.name, vocab = n.vocab, incidents = n.incidents, inc = n.inc;
  if (inc <= 0 || (rc = mssecref_route(inc, lang, cust, &c)) < 0 ||
      folded_before(vocabulary, index))
    return 0;
  fold(folded, sizeof folded, name);
  snprintf(key, sizeof key, "%s%s%s|%s|%s",
           vocabulary ? mssecref_vocabulary_name(vocabulary) : "",
           vocabulary ? ":" : "", folded, mssecref_customer_name(cust),
           mssecref_lang_name(lang));
  rec_init(r);
  rec_copy(r, "key", key);
  rec_str(r, "name", name);
  rec_str(r, "incident", mssecref_incident_name(inc));
  rec_mask(r, "alternatives", incidents & ~(1u << inc), mssecref_incident_name,
           MSSECREF_INCIDENT_MAX);
  rec_mask(r, "vocabularies", vocab, mssecref_vocabulary_name,
           MSSECREF_VOCABULARY_MAX);
  rec_str(r, "customer", mssecref_customer_name(cust));
  rec_str(r, "lang", mssecref_lang_name(lang));
  rec_str(r, "id", mssecref_contact_id(c));
  rec_str(r, "title", mssecref_contact_title(c, lang));
  rec_str(r, "url", mssecref_contact_url(c, lang));
  rec_str(r, "url_as_published", mssecref_contact_url_published(c));
  rec_str(r, "successor_url", mssecref_contact_successor_url(c, lang));
  rec_str(r, "successor_evidence", mssecref_contact_successor_evidence(c));
  rec_mask(r, "sign_in", mssecref_contact_sign_in(c, cust),
           mssecref_sign_in_name, MSSECREF_SIGN_IN_MAX);
  rec_bool(r, "results_returned", mssecref_contact_results_returned(c));
  rec_bool(r, "lang_fallback", rc & MSSECREF_ROUTE_FALLBACK);
  rec_str(r, "review_by", mssecref_contact_review_by(c));
  rec_bool(r, "review_overdue",
           mssecref_contact_review_overdue(c, review_today) == 1);
  review_note(c);
  return 1;
}

/* --columns a,b,c: keep those fields, in that order. */
static int select_columns(struct record *r, const char *columns) {
  struct field keep[REC_MAX];
  int n = 0, i;
  const char *p = columns;
  while (*p != '\0') {
    size_t len = strcspn(p, ",");
    for (i = 0; i < r->n; i++)
      if (strlen(r->f[i].key) == len && strncmp(r->f[i].key, p, len) == 0)
        break;
    if (i == r->n || n == REC_MAX) {
      fprintf(stderr, "%s: export: unknown column '%.*s'\n", progname, (int)len,
              p);
      return -1;
    }
    keep[n++] = r->f[i];
    p += len + (p[len] == ',');
  }
  memcpy(r->f, keep, (size_t)n * sizeof keep[0]);
  r->n = n;
  return 0;
}

/* JSON: one object keyed by "name|customer|lang", the shape of a
 * translate-style dictionary. */
static void json_dictionary(struct record *recs, int n) {
  int i;
  fputc('{', stdout);
  for (i = 0; i < n; i++) {
    const char *key = rec_get(&recs[i], "key");
    fputs(i ? ",\n " : "", stdout);
    out_json_string(stdout, key, strlen(key));
    fputc(':', stdout);
    out_json_object(stdout, &recs[i]);
  }
  fputs("}\n", stdout);
}

/* The value an rsyslog lookup table gives for a row: the one column, or
 * the columns as a JSON object in a string (parse_json() reads it). */
static void rsyslog_value(const struct record *r) {
  char *s = NULL;
  size_t len = 0;
  FILE *f;
  if (r->n == 1) {
    out_json_string(stdout, r->f[0].value, strlen(r->f[0].value));
    return;
  }
  f = open_memstream(&s, &len);
  if (f == NULL || (out_json_object(f, r), fclose(f)) != 0) {
    fputs("\"\"", stdout);
    free(s);
    return;
  }
  out_json_string(stdout, s, len);
  free(s);
}

/* rsyslog's lookup_table() file: a string table, "nomatch" the default
 * row (the last). */
static void rsyslog_table(const struct record *recs, int n,
                          const char *const *keys) {
  int i;
  fputs("{\"version\":1,\"type\":\"string\",\"nomatch\":", stdout);
  rsyslog_value(&recs[n - 1]);
  fputs(",\"table\":[\n", stdout);
  for (i = 0; i < n - 1; i++) {
    fputs(i ? ",\n{\"index\":" : "{\"index\":", stdout);
    out_json_string(stdout, keys[i], strlen(keys[i]));
    fputs(",\"value\":", stdout);
    rsyslog_value(&recs[i]);
    fputc('}', stdout);
  }
  fputs("]}\n", stdout);
}

/* syslog-ng add-contextual-data: selector,name,value, one line per field,
 * the names under "mssecref.". */
static void syslog_ng_rows(const struct record *recs, int n,
                           const char *const *keys) {
  int i, k;
  char name[64];
  for (i = 0; i < n; i++)
    for (k = 0; k < recs[i].n; k++) {
      if (strcmp(recs[i].f[k].key, "key") == 0)
        continue;
      snprintf(name, sizeof name, "mssecref.%s", recs[i].f[k].key);
      out_csv_field(stdout, keys[i], strlen(keys[i]));
      fputc(',', stdout);
      out_csv_field(stdout, name, strlen(name));
      fputc(',', stdout);
      if (recs[i].f[k].value[0] == '\0')
        fputs("\"\"", stdout); /* syslog-ng wants a third column */
      else
        out_csv_field(stdout, recs[i].f[k].value, strlen(recs[i].f[k].value));
      fputs("\n", stdout);
    }
}

/* The rows in the format asked for; `keys` are the rows' keys, kept
 * apart for the formats that index by them. */
static void write_export(const struct options *o, struct record *recs, int n,
                         const char *const *keys) {
  if (o->format == FMT_RSYSLOG)
    rsyslog_table(recs, n, keys);
  else if (o->format == FMT_SYSLOG_NG)
    syslog_ng_rows(recs, n, keys);
  else if (o->no_header && o->format == FMT_CSV)
    out_csv_rows(stdout, recs, n);
  else
    out_records(stdout, o->format, recs, n, 0);
}

int cmd_export(struct options *o) {
  size_t na = name_count(o->vocabulary_id), a;
  struct record *recs = malloc((na * 4 + 1) * sizeof *recs);
  const char **keys = malloc((na * 4 + 1) * sizeof *keys);
  const char *columns = o->columns;
  int n = 0, k, l, rc = EXIT_ANSWERED;

  if (recs == NULL || keys == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    free(recs);
    free(keys);
    return EXIT_IO;
  }
  for (a = 0; a < na; a++)
    for (k = 0; k < 2; k++)
      for (l = 0; l < 2; l++)
        n += export_row(&recs[n], o->vocabulary_id, a, customers[k], langs[l]);
  if (n == 0) { /* nothing routes: a row of no contact needs its fields */
    fprintf(stderr, "%s: export: no name routes to a contact\n", progname);
    free(recs);
    free(keys);
    return EXIT_NOTFOUND;
  }
  default_row(&recs[n], &recs[0]);
  n++;
  review_warn_noted();
  for (k = 0; k < n; k++)
    keys[k] = rec_get(&recs[k], "key");
  if (columns == NULL &&
      (o->format == FMT_RSYSLOG || o->format == FMT_SYSLOG_NG))
    columns = "id,title,url";
  if (o->format == FMT_JSON && columns == NULL) {
    json_dictionary(recs, n);
  } else {
    for (k = 0; columns != NULL && k < n; k++)
      if (select_columns(&recs[k], columns) != 0) {
        rc = EXIT_USAGE;
        break;
      }
    if (rc == EXIT_ANSWERED)
      write_export(o, recs, n, keys);
  }
  free(recs);
  free(keys);
  return rc == EXIT_ANSWERED ? finish_output() : rc;
}
