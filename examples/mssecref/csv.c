/* csv.c - RFC 4180 records from a stream, with every byte kept.  Lenient
 * where the RFC is strict (a quote inside an unquoted field is data), so no
 * input row is ever dropped.  Records are read a physical line at a time
 * (getline); a quoted field that holds line breaks takes more lines.
 * Unquoted fields, the usual case, are cut with memchr. */
#define _POSIX_C_SOURCE 200809L /* getline */
#include <stdlib.h>
#include <string.h>

#include "csv.h"

void csv_row_init(struct csv_row *r) { memset(r, 0, sizeof *r); }

void csv_row_free(struct csv_row *r) {
  free(r->f);
  free(r->buf);
  free(r->raw);
  free(r->line);
  csv_row_init(r);
}

/* Room for `more` bytes of field data and a NUL. */
static int reserve(struct csv_row *r, size_t more) {
  if (r->len + more + 1 >= r->bufcap) {
    size_t cap = r->bufcap ? r->bufcap : 1024;
    char *b;
    while (cap <= r->len + more + 1)
      cap *= 2;
    if ((b = realloc(r->buf, cap)) == NULL)
      return -1;
    r->buf = b;
    r->bufcap = cap;
  }
  return 0;
}

static int put(struct csv_row *r, const char *s, size_t n) {
  if (reserve(r, n) != 0)
    return -1;
  memcpy(r->buf + r->len, s, n);
  r->len += n;
  return 0;
}

/* Ends the current field: its bytes run from `start` to the end of buf.
 * Offsets, not pointers, until the row is complete (buf may move). */
static int end_field(struct csv_row *r, size_t start) {
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 16;
    struct csv_field *f = realloc(r->f, cap * sizeof *f);
    if (f == NULL)
      return -1;
    r->f = f;
    r->cap = cap;
  }
  r->f[r->n].off = start;
  r->f[r->n].n = r->len - start;
  r->n++;
  if (reserve(r, 0) != 0)
    return -1;
  r->buf[r->len++] = '\0';
  return 0;
}

static void fix_pointers(struct csv_row *r) {
  size_t i;
  for (i = 0; i < r->n; i++)
    r->f[i].s = r->buf + r->f[i].off;
}

/* Appends the next physical line to raw; 0 at the end of input. */
static int more(FILE *f, struct csv_row *r, int *status) {
  ssize_t got = getline(&r->line, &r->linecap, f);
  if (got < 0) {
    *status = ferror(f) ? CSV_EIO : CSV_EOF;
    return 0;
  }
  if (r->rawlen + (size_t)got + 1 > r->rawcap) {
    size_t cap = r->rawcap ? r->rawcap : 1024;
    char *b;
    while (cap < r->rawlen + (size_t)got + 1)
      cap *= 2;
    if ((b = realloc(r->raw, cap)) == NULL) {
      *status = CSV_ENOMEM;
      return 0;
    }
    r->raw = b;
    r->rawcap = cap;
  }
  memcpy(r->raw + r->rawlen, r->line, (size_t)got);
  r->rawlen += (size_t)got;
  return 1;
}

/* Where the record ends in raw: before its "\n" or "\r\n" (r->eol says
 * which), or at the end of input. */
static size_t record_end(struct csv_row *r) {
  size_t end = r->rawlen;
  r->eol = "";
  if (end > 0 && r->raw[end - 1] == '\n') {
    end--;
    r->eol = "\n";
    if (end > 0 && r->raw[end - 1] == '\r')
      end--, r->eol = "\r\n";
  }
  return end;
}

/* A quoted field from raw[*i] (just past its opening quote), "" as one
 * quote; more lines are read while it is open.  Returns CSV_ROW, or
 * CSV_EQUOTE when the input ends inside it, or an error. */
static int quoted(FILE *f, struct csv_row *r, size_t *i) {
  int status;
  for (;;) {
    char *q = memchr(r->raw + *i, '"', r->rawlen - *i);
    if (q == NULL) {
      if (put(r, r->raw + *i, r->rawlen - *i) != 0)
        return CSV_ENOMEM;
      *i = r->rawlen;
      if (!more(f, r, &status))
        return status == CSV_EOF ? CSV_EQUOTE : status;
      continue;
    }
    if (put(r, r->raw + *i, (size_t)(q - (r->raw + *i))) != 0)
      return CSV_ENOMEM;
    *i = (size_t)(q - r->raw) + 1;
    if (*i < r->rawlen && r->raw[*i] == '"') { /* "" is one quote */
      if (put(r, "\"", 1) != 0)
        return CSV_ENOMEM;
      (*i)++;
      continue;
    }
    return CSV_ROW;
  }
}

int csv_read(FILE *f, struct csv_row *r) {
  size_t i = 0, end, start;
  int status = CSV_ROW;

  r->n = 0;
  r->len = 0;
  r->rawlen = 0;
  r->blank = 0;
  r->eol = "";
  if (!more(f, r, &status))
    return status;
  end = record_end(r);
  r->blank = end == 0 && r->eol[0] != '\0';
  for (;;) {
    char *comma;
    start = r->len;
    if (i < end && r->raw[i] == '"') {
      i++;
      status = quoted(f, r, &i);
      if (status != CSV_ROW && status != CSV_EQUOTE)
        return status;
      end = record_end(r);
      if (status == CSV_EQUOTE) { /* the row is kept as far as it goes */
        end = i;
        r->eol = "";
      }
    }
    /* the rest of the field is data up to a comma or the record's end */
    comma = i < end ? memchr(r->raw + i, ',', end - i) : NULL;
    if (put(r, r->raw + i, (comma ? (size_t)(comma - r->raw) : end) - i) != 0 ||
        end_field(r, start) != 0)
      return CSV_ENOMEM;
    if (comma == NULL)
      break;
    i = (size_t)(comma - r->raw) + 1;
  }
  r->record = end;
  fix_pointers(r);
  return status;
}
