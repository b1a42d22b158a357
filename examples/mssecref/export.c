/* export.c - the whole routing dictionary, one row per (name, customer,
 * language) for every incident name and alias, for pipelines that take a
 * lookup file (Logstash translate, Elasticsearch enrich, syslog-ng
 * add-contextual-data, Splunk lookups). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

static const int customers[] = {MSSECREF_CUSTOMER_HOME,
                                MSSECREF_CUSTOMER_ENTERPRISE};
static const int langs[] = {MSSECREF_LANG_JA, MSSECREF_LANG_EN};

/* One row; 0 when no contact serves the combination (left out). */
static int export_row(struct record *r, size_t alias, int cust, int lang) {
  const mssecref_contact *c;
  const char *name;
  char key[512];
  unsigned vocab, incidents;
  int inc = mssecref_alias_at(alias, &name, &vocab, &incidents), rc;

  rc = mssecref_route(inc, lang, cust, &c);
  if (rc < 0)
    return 0;
  snprintf(key, sizeof key, "%s|%s|%s", name, mssecref_customer_name(cust),
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
  rec_mask(r, "sign_in", mssecref_contact_sign_in(c, cust), mssecref_sign_in_name,
        MSSECREF_SIGN_IN_MAX);
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
      fprintf(stderr, "%s: export: unknown column '%.*s'\n", progname,
              (int)len, p);
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

int cmd_export(struct options *o) {
  size_t na = mssecref_alias_count(), a;
  struct record *recs = malloc(na * 4 * sizeof *recs);
  int n = 0, k, l, rc = EXIT_ANSWERED;

  if (recs == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return EXIT_IO;
  }
  for (a = 0; a < na; a++)
    for (k = 0; k < 2; k++)
      for (l = 0; l < 2; l++)
        n += export_row(&recs[n], a, customers[k], langs[l]);
  review_warn_noted();
  if (o->format == FMT_JSON && o->columns == NULL) {
    json_dictionary(recs, n);
  } else {
    for (k = 0; o->columns != NULL && k < n; k++)
      if (select_columns(&recs[k], o->columns) != 0) {
        rc = EXIT_USAGE;
        break;
      }
    if (rc == EXIT_ANSWERED && o->no_header && o->format == FMT_CSV)
      out_csv_rows(stdout, recs, n);
    else if (rc == EXIT_ANSWERED)
      out_records(stdout, o->format, recs, n, 0);
  }
  free(recs);
  return rc == EXIT_ANSWERED ? finish_output() : rc;
}
