/* enrich.c - CSV with a header on stdin, the same rows on stdout with the
 * contact columns added (Splunk's external-lookup convention).  Every input
 * row comes out, in order; a row that cannot be routed keeps empty contact
 * columns and says why in mssecref_error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "tool.h"

/* The columns enrich adds; mssecref_hosted and mssecref_hosting only with
 * --url-field.  The error column is always last. */
static const char *const added[] = {
    "mssecref_id",  "mssecref_incident",         "mssecref_title",
    "mssecref_url", "mssecref_sign_in",          "mssecref_results_returned",
    "mssecref_lang_fallback", "mssecref_review_by", "mssecref_review_overdue",
    "mssecref_hosted", "mssecref_hosting", "mssecref_error"};
#define NADDED (sizeof added / sizeof added[0])
#define HOSTED 9
#define HOSTING 10

struct columns {
  long field, lang, customer, url; /* -1: not given */
  long added[NADDED]; /* header index of an added column, -1: appended,
                         -2: not written (mssecref_hosted, mssecref_hosting
                         without --url-field) */
  size_t width;       /* fields in the header */
};

/* Splunk's external-lookup convention: a contact column the header already
 * has is filled in place; the others are appended. */
static void write_row(const struct columns *col, const struct csv_row *row,
                      const char *const *v) {
  size_t i, k;
  for (i = 0; i < col->width || i < row->n; i++) {
    const char *s = i < row->n ? row->f[i].s : "";
    size_t n = i < row->n ? row->f[i].n : 0;
    for (k = 0; k < NADDED; k++)
      if (col->added[k] == (long)i && (v[k][0] != '\0' || i >= row->n))
        s = v[k], n = strlen(v[k]);
    if (i)
      fputc(',', stdout);
    out_csv_field(stdout, s, n);
  }
  for (k = 0; k < NADDED; k++)
    if (col->added[k] == -1) {
      fputc(',', stdout);
      out_csv_field(stdout, v[k], strlen(v[k]));
    }
}

static long find_column(const struct csv_row *header, const char *name) {
  const char *known[512];
  size_t i;
  if (name == NULL)
    return -1;
  for (i = 0; i < header->n; i++)
    if (header->f[i].n == strlen(name) && strcmp(header->f[i].s, name) == 0)
      return (long)i;
  for (i = 0; i < header->n && i < 512; i++)
    known[i] = header->f[i].s;
  suggest_from("column", name, known, i);
  return -2;
}

/* The value of a column, or NULL when the row is short or it holds NUL. */
static const char *cell(const struct csv_row *row, long col, const char **why) {
  if (col < 0 || (size_t)col >= row->n) {
    *why = "row is shorter than the header";
    return NULL;
  }
  if (memchr(row->f[col].s, '\0', row->f[col].n) != NULL) {
    *why = "NUL byte in field";
    return NULL;
  }
  return row->f[col].s;
}

/* The added columns' values for a routed row, in the order of added[]. */
static void contact_values(const char **v, char *sign_in, size_t cap,
                           const mssecref_contact *c, int inc, int lang,
                           int cust, int fallback) {
  int s;
  sign_in[0] = '\0';
  for (s = 1; s <= MSSECREF_SIGN_IN_MAX; s++)
    if (mssecref_contact_sign_in(c, cust ? cust : MSSECREF_CUSTOMER_HOME) &
        (1u << s)) {
      size_t len = strlen(sign_in);
      snprintf(sign_in + len, cap - len, "%s%s", len ? " " : "",
               mssecref_sign_in_name(s));
    }
  v[0] = mssecref_contact_id(c);
  v[1] = mssecref_incident_name(inc);
  v[2] = mssecref_contact_title(c, lang);
  v[3] = mssecref_contact_url(c, lang);
  v[4] = sign_in;
  v[5] = mssecref_contact_results_returned(c) ? "true" : "false";
  v[6] = fallback ? "true" : "false";
  v[7] = mssecref_contact_review_by(c);
  v[8] = mssecref_contact_review_overdue(c, review_today) == 1 ? "true"
                                                               : "false";
}

/* Why a row could not be routed, naming the part that failed. */
static const char *route_error(char *buf, size_t cap, const char *incident,
                               const char *tag, const char *cust, int rc) {
  const char *what = "incident", *value = incident;
  if (mssecref_incident_parse(incident, NULL, NULL) >= 0) {
    what = "language", value = tag;
    if (tag == NULL || mssecref_lang_parse(tag, NULL) >= 0)
      what = "customer type", value = cust;
  }
  if (rc == MSSECREF_ENOCONTACT || value == NULL)
    snprintf(buf, cap, "%s", mssecref_strerror(rc));
  else
    snprintf(buf, cap, "%s '%.64s': %s", what, value, mssecref_strerror(rc));
  return buf;
}

/* With --url-field: the contact for where the thing is hosted. */
static int route_hosted(const struct columns *col, const struct csv_row *row,
                        int inc, int lang, int cust,
                        const mssecref_contact **c, const char **why,
                        const char **hosted, const char **hosting) {
  const char *obs = cell(row, col->url, why);
  int rc;
  if (obs == NULL || *obs == '\0')
    return 0; /* no URL in this row: the usual route stands */
  rc = mssecref_route_observable(inc, obs, MSSECREF_OBSERVABLE_ANY, lang, cust,
                                 c);
  if (rc == MSSECREF_ENOCONTACT &&
      mssecref_observable_hosting(obs, MSSECREF_OBSERVABLE_ANY, NULL) ==
          MSSECREF_HOSTING_SUBSIDIARY) {
    /* cloud abuse at GitHub or LinkedIn: never Microsoft's abuse report */
    *why = "no Microsoft contact: the host is at a Microsoft-owned company "
           "that runs its own abuse process; report it to that company";
    *hosted = "false";
    *hosting = mssecref_hosting_name(MSSECREF_HOSTING_SUBSIDIARY);
    return rc;
  }
  if (rc < 0) {
    *why = rc == MSSECREF_EURL || rc == MSSECREF_EIDN || rc == MSSECREF_ETOOLONG
               ? "malformed URL, host or address in the URL column"
               : mssecref_strerror(rc);
    return rc;
  }
  *hosted = rc & MSSECREF_ROUTE_HOSTED ? "true" : "false";
  /* the kind, subsidiaries included (not "hosted at Microsoft") */
  if (rc & (MSSECREF_ROUTE_HOSTED | MSSECREF_ROUTE_SUBSIDIARY))
    *hosting = mssecref_hosting_name(
        mssecref_observable_hosting(obs, MSSECREF_OBSERVABLE_ANY, NULL));
  return rc;
}

static void enrich_row(const struct options *o, const struct columns *col,
                       const struct csv_row *row) {
  const mssecref_contact *c;
  const char *why = NULL, *incident, *tag = o->lang_tag, *cust = o->customer;
  const char *v[NADDED] = {"", "", "", "", "", "", "", "", "", "", "", ""};
  char buf[160], sign_in[128];
  int lang, rc = 0, hosted, inc = 0, cust_id = 0;

  incident = cell(row, col->field, &why);
  if (incident != NULL && col->lang >= 0)
    tag = cell(row, col->lang, &why);
  if (incident != NULL && tag != NULL && col->customer >= 0) {
    cust = cell(row, col->customer, &why);
    if (cust != NULL && *cust == '\0')
      cust = NULL; /* an empty customer column: any customer type */
  }
  if (why == NULL) {
    rc = mssecref_route_names(incident, tag, cust, &c, &lang);
    if (rc < 0) {
      why = route_error(buf, sizeof buf, incident, tag, cust, rc);
    } else { /* both parse: route_names just accepted them */
      inc = mssecref_incident_parse(incident, NULL, NULL);
      cust_id = cust ? mssecref_customer_parse(cust) : 0;
    }
  }
  if (why == NULL && col->url >= 0) {
    v[HOSTED] = "false";
    hosted = route_hosted(col, row, inc, lang, cust_id, &c, &why, &v[HOSTED],
                          &v[HOSTING]);
    if (hosted > 0)
      rc = (rc & MSSECREF_ROUTE_OTHER_LANG) | hosted;
  }
  if (why == NULL) {
    contact_values(v, sign_in, sizeof sign_in, c, inc, lang, cust_id,
                   rc & (MSSECREF_ROUTE_FALLBACK | MSSECREF_ROUTE_OTHER_LANG));
    review_note(c);
  } else {
    if (v[HOSTING][0] == '\0') /* a subsidiary keeps its kind */
      v[HOSTED] = "";
    v[NADDED - 1] = why;
  }
  write_row(col, row, v);
}

static int read_header(struct csv_row *header, struct columns *col,
                       const struct options *o) {
  const char *names[NADDED];
  size_t i, k;
  int rc = csv_read(stdin, header);
  if (rc != CSV_ROW) {
    fprintf(stderr, "%s: enrich: %s\n", progname,
            rc == CSV_EOF ? "no header row on standard input"
                          : "cannot read standard input");
    return EXIT_IO;
  }
  col->width = header->n;
  col->field = find_column(header, o->field);
  col->lang = find_column(header, o->lang_field);
  col->customer = find_column(header, o->customer_field);
  col->url = find_column(header, o->url_field);
  if (col->field < 0 || col->lang == -2 || col->customer == -2 ||
      col->url == -2)
    return EXIT_NOTFOUND;
  for (k = 0; k < NADDED; k++) {
    col->added[k] = (k == HOSTED || k == HOSTING) && col->url < 0 ? -2 : -1;
    names[k] = added[k];
    for (i = 0; i < header->n && col->added[k] != -2; i++)
      if (strcmp(header->f[i].s, added[k]) == 0)
        col->added[k] = (long)i;
  }
  write_row(col, header, names);
  fputs(header->eol[0] ? header->eol : "\n", stdout);
  return EXIT_ANSWERED;
}

int cmd_enrich(struct options *o) {
  struct csv_row header, row;
  struct columns col;
  int rc, status;
  const char *eol;

  memset(&col, 0, sizeof col);
  col.field = col.lang = col.customer = col.url = -1;
  csv_row_init(&header);
  csv_row_init(&row);
  status = read_header(&header, &col, o);
  eol = header.eol[0] ? header.eol : "\n";
  while (status == EXIT_ANSWERED && (rc = csv_read(stdin, &row)) != CSV_EOF) {
    if (rc == CSV_EIO || rc == CSV_ENOMEM) {
      fprintf(stderr, "%s: enrich: %s\n", progname,
              rc == CSV_EIO ? "cannot read standard input" : "out of memory");
      status = EXIT_IO;
      break;
    }
    enrich_row(o, &col, &row);
    fputs(eol, stdout);
    if (rc == CSV_EQUOTE) {
      fprintf(stderr, "%s: enrich: input ends inside a quoted field\n",
              progname);
      status = EXIT_IO;
    }
  }
  csv_row_free(&header);
  csv_row_free(&row);
  review_warn_noted();
  rc = finish_output();
  return status != EXIT_ANSWERED ? status : rc;
}
