/* enrich.c - `mssecref enrich`: routing an event's strings (shared by the
 * CSV and JSON Lines paths), and CSV with a header on stdin, the same rows
 * on stdout with the contact columns added (Splunk's external-lookup
 * convention).  Every input row comes out, in order; a row that cannot be
 * routed keeps empty contact columns and says why in mssecref_error. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "enrich.h"

/* ---- routing, shared ---- */

/* Why an event could not be routed, naming the part that failed; `name`
 * is NULL for a set. */
static const char *route_error(char *buf, size_t cap, const char *name,
                               int vocabulary, const char *tag,
                               const char *cust, int rc) {
  const char *what = "incident", *value = name;
  if (name == NULL ||
      mssecref_incident_parse_in(name, vocabulary, NULL, NULL) > 0) {
    what = "language", value = tag;
    if (tag == NULL || mssecref_lang_parse(tag, NULL) >= 0)
      what = "customer type", value = cust;
  }
  if (name == NULL && (rc == MSSECREF_ENOTFOUND || rc == MSSECREF_ETOOLONG ||
                       rc == MSSECREF_EOUTOFSCOPE))
    snprintf(buf, cap, "%s",
             rc == MSSECREF_ENOTFOUND ? "none of the names is an incident name"
             : rc == MSSECREF_ETOOLONG
                 ? "more names than a set may hold (MSSECREF_SET_MAX)"
                 : mssecref_strerror(rc));
  else if (rc == MSSECREF_ENOCONTACT || value == NULL)
    snprintf(buf, cap, "%s", mssecref_strerror(rc));
  else
    snprintf(buf, cap, "%s '%.64s': %s", what, value, mssecref_strerror(rc));
  return buf;
}

/* With a URL, host or address: the contact for where the thing is
 * hosted, and the kind of hosting (subsidiaries included, which are not
 * "hosted at Microsoft"). */
static void route_hosted(const char *obs, struct answer *a) {
  const mssecref_contact *c;
  int rc = mssecref_route_observable(a->inc, obs, MSSECREF_OBSERVABLE_ANY,
                                     a->lang, a->cust, &c);
  if (rc == MSSECREF_ENOCONTACT &&
      mssecref_observable_hosting(obs, MSSECREF_OBSERVABLE_ANY, NULL) ==
          MSSECREF_HOSTING_SUBSIDIARY) {
    /* cloud abuse at GitHub or LinkedIn: never Microsoft's abuse report */
    a->why = "no Microsoft contact: the host is at a Microsoft-owned company "
             "that runs its own abuse process; report it to that company";
    a->hosted = 0;
    a->hosting = MSSECREF_HOSTING_SUBSIDIARY;
    return;
  }
  if (rc < 0) {
    a->why =
        rc == MSSECREF_EURL || rc == MSSECREF_EIDN || rc == MSSECREF_ETOOLONG
            ? "malformed URL, host or address in the URL field"
            : mssecref_strerror(rc);
    return;
  }
  a->c = c;
  a->hosted = (rc & MSSECREF_ROUTE_HOSTED) != 0;
  if (rc & (MSSECREF_ROUTE_HOSTED | MSSECREF_ROUTE_SUBSIDIARY)) {
    int h = mssecref_observable_hosting(obs, MSSECREF_OBSERVABLE_ANY, NULL);
    a->hosting = h > 0 && h <= MSSECREF_HOSTING_MAX ? h : 0;
  }
  a->fallback = (a->fallback & 2) | (rc & MSSECREF_ROUTE_FALLBACK);
}

void enrich_route(const char *const *names, size_t count, int is_set,
                  int vocabulary, const char *tag, const char *cust,
                  const char *obs, struct answer *a) {
  const char *name = names[0];
  size_t decided = 0;
  int rc;
  a->why = NULL;
  a->hosted = -1;
  a->hosting = 0;
  if (cust != NULL && *cust == '\0')
    cust = NULL; /* an empty customer field: any customer type */
  if (is_set && count == 0) {
    a->why = "empty set of incident names";
    return;
  }
  rc = is_set ? mssecref_route_set(names, count, vocabulary, tag, cust, &a->c,
                                   &a->lang, &decided)
              : mssecref_route_names_in(name, vocabulary, tag, cust, &a->c,
                                        &a->lang);
  if (rc < 0) {
    a->why = route_error(a->buf, sizeof a->buf, is_set ? NULL : name,
                         vocabulary, tag, cust, rc);
    return;
  }
  if (a->lang != MSSECREF_LANG_JA)
    a->lang = MSSECREF_LANG_EN; /* no tag: no preference, read in English */
  /* it parses: the library just routed it */
  a->inc = mssecref_incident_parse_in(names[decided], vocabulary, NULL, NULL);
  a->cust = cust ? mssecref_customer_parse(cust) : 0;
  a->fallback = rc & (MSSECREF_ROUTE_FALLBACK | MSSECREF_ROUTE_OTHER_LANG);
  if (obs != NULL && *obs != '\0')
    route_hosted(obs, a);
  else if (obs != NULL)
    a->hosted = 0; /* a URL field, empty in this event */
}

static int is_stream(int fd) {
  struct stat st;
  if (isatty(fd))
    return 1;
  return fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

int enrich_stream_output(void) {
  return is_stream(STDOUT_FILENO) || is_stream(STDIN_FILENO);
}

void enrich_sign_in(char *out, size_t cap, const mssecref_contact *c,
                    int cust) {
  int s;
  out[0] = '\0';
  for (s = 1; s <= MSSECREF_SIGN_IN_MAX; s++)
    if (mssecref_contact_sign_in(c, cust ? cust : MSSECREF_CUSTOMER_HOME) &
        (1u << s)) {
      size_t len = strlen(out);
      snprintf(out + len, cap - len, "%s%s", len ? " " : "",
               mssecref_sign_in_name(s));
    }
}

static unsigned long reported;

void enrich_report(unsigned long line, const char *what, const char *why) {
  if (++reported <= 10)
    fprintf(stderr, "%s: enrich: line %lu: %s (%s); passed through\n", progname,
            line, what, why);
}

void enrich_report_total(void) {
  if (reported > 10)
    fprintf(stderr, "%s: enrich: %lu lines passed through unread in all\n",
            progname, reported);
  reported = 0;
}

int cmd_enrich(struct options *o) {
  /* stdio's default is the file system's block (4 KiB): a read and a
   * write system call per dozen events.  (glibc ignores the size unless
   * it is given the buffer.) */
  static char inbuf[1 << 16], outbuf[1 << 16];
  setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  return o->format == FMT_CSV ? enrich_csv(o) : enrich_jsonl(o);
}

/* ---- CSV ---- */

/* The columns enrich adds; mssecref_hosted, mssecref_hosting and
 * mssecref_host (the host judged) only with --url-field.  The error column
 * is always last. */
static const char *const added[] = {"mssecref_id",
                                    "mssecref_incident",
                                    "mssecref_title",
                                    "mssecref_url",
                                    "mssecref_sign_in",
                                    "mssecref_results_returned",
                                    "mssecref_lang_fallback",
                                    "mssecref_review_by",
                                    "mssecref_review_overdue",
                                    "mssecref_hosted",
                                    "mssecref_hosting",
                                    "mssecref_host",
                                    "mssecref_error"};
#define NADDED (sizeof added / sizeof added[0])
#define HOSTED 9
#define HOSTING 10
#define HOST 11

struct columns {
  long field, lang, customer, url; /* -1: not given */
  long added[NADDED]; /* header index of an added column, -1: appended,
                         -2: not written (mssecref_hosted, mssecref_hosting
                         without --url-field) */
  size_t width;       /* fields in the header */
  int appended;       /* every added column is appended: rows can be
                         copied as they came */
};

/* The appended columns of a routed row, made once per distinct answer. */
static char **tails;
static size_t ntails;

static void tails_free(void) {
  size_t i;
  for (i = 0; tails != NULL && i < ntails; i++)
    free(tails[i]);
  free(tails);
  tails = NULL;
}

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

/* A header name as a person typed it: "category, url" names "url". */
static int header_is(const struct csv_field *f, const char *name) {
  const char *s = f->s;
  size_t n = f->n, len = strlen(name);
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  return n == len && memcmp(s, name, n) == 0;
}

static long find_column(const struct csv_row *header, const char *name) {
  const char *known[512];
  size_t i;
  if (name == NULL)
    return -1;
  for (i = 0; i < header->n; i++)
    if (header_is(&header->f[i], name))
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

/* ",id,incident,...,error" for an answer. */
static char *make_tail(const struct columns *col, const char *const *v) {
  char *s = NULL;
  size_t len = 0, k;
  FILE *f = open_memstream(&s, &len);
  if (f == NULL)
    return NULL;
  for (k = 0; k < NADDED; k++)
    if (col->added[k] == -1) {
      fputc(',', f);
      out_csv_field(f, v[k], strlen(v[k]));
    }
  if (fclose(f) != 0) {
    free(s);
    return NULL;
  }
  return s;
}

static const char *cached_tail(const struct columns *col,
                               const struct answer *a, const char *const *v) {
  size_t slot;
  if (tails == NULL) {
    ntails = mssecref_contact_count() * 9 * 3 * 4 * 2 * 3 *
             (MSSECREF_HOSTING_MAX + 1);
    if ((tails = calloc(ntails, sizeof *tails)) == NULL)
      return NULL;
  }
  slot = (size_t)mssecref_contact_index(a->c) * 9 + (size_t)a->inc;
  slot = (slot * 3 + (size_t)a->lang) * 4 + (size_t)a->cust;
  slot = (slot * 2 + (a->fallback != 0)) * 3 + (size_t)(a->hosted + 1);
  slot = slot * (MSSECREF_HOSTING_MAX + 1) + (size_t)a->hosting;
  if (slot >= ntails)
    return NULL;
  if (tails[slot] == NULL)
    tails[slot] = make_tail(col, v);
  return tails[slot];
}

/* The row's own bytes, padded to the header's width, then the added
 * columns. */
static void copy_row(const struct columns *col, const struct csv_row *row,
                     const char *tail) {
  size_t i;
  fwrite(row->raw, 1, row->record, stdout);
  for (i = row->n; i < col->width; i++)
    fputc(',', stdout);
  fputs(tail, stdout);
}

/* Splunk hands a multivalue field to scripts as one cell with a value per
 * line: such a cell is a set of names (mssecref_route_set()).  Returns
 * the number of names put in names[] (pointing into buf), or 0 with *why
 * set. */
#define SET_CELL_MAX (MSSECREF_SET_MAX * (MSSECREF_NAME_MAX + 2))
static size_t split_values(const char *cell, char *buf,
                           const char *names[MSSECREF_SET_MAX + 1],
                           const char **why) {
  size_t n = strlen(cell), k = 0, i, start = 0;
  if (n >= SET_CELL_MAX) {
    *why = "multivalue field too long";
    return 0;
  }
  memcpy(buf, cell, n + 1);
  for (i = 0; i <= n; i++) {
    if (buf[i] != '\n' && buf[i] != '\0')
      continue;
    buf[i] = '\0';
    if (i > start && buf[i - 1] == '\r')
      buf[i - 1] = '\0';
    if (buf[start] != '\0') { /* a blank line is no value */
      if (k == MSSECREF_SET_MAX) {
        *why = "more values than MSSECREF_SET_MAX in a multivalue field";
        return 0;
      }
      names[k++] = buf + start;
    }
    start = i + 1;
  }
  return k;
}

static void enrich_row(const struct options *o, const struct columns *col,
                       const struct csv_row *row, int whole) {
  const char *why = NULL, *incident, *tag = o->lang_tag, *cust = o->customer;
  const char *obs = NULL;
  const char *v[NADDED] = {"", "", "", "", "", "", "", "", "", "", "", "", ""};
  static char sign_in[128], host[MSSECREF_OBSERVABLE_MAX + 1];
  static const mssecref_contact *sign_in_c;
  static int sign_in_cust = -1;
  const char *tail;
  struct answer a;

  incident = cell(row, col->field, &why);
  if (why == NULL && col->lang >= 0)
    tag = cell(row, col->lang, &why);
  if (why == NULL && col->customer >= 0)
    cust = cell(row, col->customer, &why);
  if (why == NULL && col->url >= 0)
    obs = cell(row, col->url, &why);
  if (why == NULL && strchr(incident, '\n') == NULL) {
    enrich_route(&incident, 1, 0, o->vocabulary_id, tag, cust,
                 col->url >= 0 ? obs : NULL, &a);
    why = a.why;
  } else if (why == NULL) {
    static char buf[SET_CELL_MAX];
    const char *names[MSSECREF_SET_MAX + 1];
    size_t k = split_values(incident, buf, names, &why);
    if (why == NULL) {
      enrich_route(names, k, 1, o->vocabulary_id, tag, cust,
                   col->url >= 0 ? obs : NULL, &a);
      why = a.why;
    }
  }
  if (why == NULL) {
    if (a.c != sign_in_c || a.cust != sign_in_cust) {
      enrich_sign_in(sign_in, sizeof sign_in, a.c, a.cust);
      sign_in_c = a.c, sign_in_cust = a.cust;
    }
    v[0] = mssecref_contact_id(a.c);
    v[1] = mssecref_incident_name(a.inc);
    v[2] = mssecref_contact_title(a.c, a.lang);
    v[3] = mssecref_contact_url(a.c, a.lang);
    v[4] = sign_in;
    v[5] = mssecref_contact_results_returned(a.c) ? "true" : "false";
    v[6] = a.fallback ? "true" : "false";
    v[7] = mssecref_contact_review_by(a.c);
    v[8] = mssecref_contact_review_overdue(a.c, review_today) == 1 ? "true"
                                                                   : "false";
    v[HOSTED] = a.hosted == 1 ? "true" : a.hosted == 0 ? "false" : "";
    v[HOSTING] = a.hosting ? mssecref_hosting_name(a.hosting) : "";
    if (a.hosted >= 0 && obs != NULL && *obs != '\0' &&
        mssecref_observable_host(obs, MSSECREF_OBSERVABLE_ANY, host,
                                 sizeof host, NULL) >= 0)
      v[HOST] = host; /* differs per row: such rows are not cached */
    review_note(a.c);
    if (whole && col->appended && col->url < 0 &&
        (tail = cached_tail(col, &a, v)) != NULL) {
      copy_row(col, row, tail);
      return;
    }
  } else {
    if (a.why != NULL && a.hosting == MSSECREF_HOSTING_SUBSIDIARY) {
      v[HOSTED] = "false"; /* a subsidiary keeps its kind */
      v[HOSTING] = mssecref_hosting_name(a.hosting);
    }
    v[NADDED - 1] = why;
  }
  write_row(col, row, v);
}

/* Excel's "CSV UTF-8" starts with a byte-order mark: not part of the first
 * name. */
static void drop_bom(struct csv_row *header) {
  if (header->n > 0 && header->f[0].n >= 3 &&
      memcmp(header->f[0].s, "\xEF\xBB\xBF", 3) == 0) {
    header->f[0].s += 3;
    header->f[0].n -= 3;
  }
}

static int read_header(struct csv_row *header, struct columns *col,
                       const struct options *o) {
  const char *names[NADDED];
  size_t i, k;
  int rc;
  while ((rc = csv_read(stdin, header)) == CSV_ROW && header->blank)
    fputs(header->eol, stdout); /* blank lines before the header */
  if (rc != CSV_ROW) {
    fprintf(stderr, "%s: enrich: %s\n", progname,
            rc == CSV_EOF ? "no header row on standard input"
                          : "cannot read standard input");
    return EXIT_IO;
  }
  drop_bom(header);
  col->width = header->n;
  col->field = find_column(header, o->field);
  col->lang = find_column(header, o->lang_field);
  col->customer = find_column(header, o->customer_field);
  col->url = find_column(header, o->url_field);
  if (col->field < 0 || col->lang == -2 || col->customer == -2 ||
      col->url == -2)
    return EXIT_NOTFOUND;
  col->appended = 1;
  for (k = 0; k < NADDED; k++) {
    col->added[k] =
        (k == HOSTED || k == HOSTING || k == HOST) && col->url < 0 ? -2 : -1;
    names[k] = added[k];
    for (i = 0; i < header->n && col->added[k] != -2; i++)
      if (header_is(&header->f[i], added[k]))
        col->added[k] = (long)i, col->appended = 0;
  }
  write_row(col, header, names);
  fputs(header->eol[0] ? header->eol : "\n", stdout);
  return EXIT_ANSWERED;
}

int enrich_csv(struct options *o) {
  struct csv_row header, row;
  struct columns col;
  int rc, status, stream = enrich_stream_output();
  const char *eol;

  memset(&col, 0, sizeof col);
  col.field = col.lang = col.customer = col.url = -1;
  csv_row_init(&header);
  csv_row_init(&row);
  status = read_header(&header, &col, o);
  eol = header.eol[0] ? header.eol : "\n";
  if (stream && status == EXIT_ANSWERED)
    fflush(stdout);
  while (status == EXIT_ANSWERED && (rc = csv_read(stdin, &row)) != CSV_EOF) {
    if (rc == CSV_EIO || rc == CSV_ENOMEM) {
      fprintf(stderr, "%s: enrich: %s\n", progname,
              rc == CSV_EIO ? "cannot read standard input" : "out of memory");
      status = EXIT_IO;
      break;
    }
    if (!row.blank)
      enrich_row(o, &col, &row, rc == CSV_ROW);
    fputs(row.blank ? row.eol : eol, stdout);
    if (stream && fflush(stdout) != 0)
      break; /* finish_output() reports it */
    if (rc == CSV_EQUOTE) {
      fprintf(stderr, "%s: enrich: input ends inside a quoted field\n",
              progname);
      status = EXIT_IO;
    }
  }
  csv_row_free(&header);
  csv_row_free(&row);
  tails_free();
  review_warn_noted();
  rc = finish_output();
  return status != EXIT_ANSWERED ? status : rc;
}
