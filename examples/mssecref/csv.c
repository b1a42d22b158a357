/* csv.c - RFC 4180 records from a stream, with every byte kept.  Lenient
 * where the RFC is strict (a quote inside an unquoted field is data), so no
 * input row is ever dropped. */
#define _POSIX_C_SOURCE 200809L /* getc_unlocked */
#include <stdlib.h>
#include <string.h>

#include "csv.h"

void csv_row_init(struct csv_row *r) { memset(r, 0, sizeof *r); }

void csv_row_free(struct csv_row *r) {
  free(r->f);
  free(r->buf);
  csv_row_init(r);
}

static int put(struct csv_row *r, char c) {
  if (r->len + 1 >= r->bufcap) {
    size_t cap = r->bufcap ? r->bufcap * 2 : 1024;
    char *b = realloc(r->buf, cap);
    if (b == NULL)
      return -1;
    r->buf = b;
    r->bufcap = cap;
  }
  r->buf[r->len++] = c;
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
  return put(r, '\0');
}

static void fix_pointers(struct csv_row *r) {
  size_t i;
  for (i = 0; i < r->n; i++)
    r->f[i].s = r->buf + r->f[i].off;
}

int csv_read(FILE *f, struct csv_row *r) {
  int c, quoted = 0, in_quotes = 0, any = 0;
  size_t start = 0;

  r->n = 0;
  r->len = 0;
  r->eol = "";
  r->blank = 0;
  for (;;) {
    c = getc_unlocked(f);
    if (c == EOF) {
      if (ferror(f))
        return CSV_EIO;
      if (!any)
        return CSV_EOF;
      if (end_field(r, start) != 0)
        return CSV_ENOMEM;
      fix_pointers(r);
      return in_quotes ? CSV_EQUOTE : CSV_ROW;
    }
    any = 1;
    if (in_quotes) {
      if (c == '"') {
        int d = getc_unlocked(f);
        if (d == '"') {
          if (put(r, '"') != 0)
            return CSV_ENOMEM;
          continue;
        }
        in_quotes = 0;
        if (d == EOF)
          continue;
        ungetc(d, f);
        continue;
      }
      if (put(r, (char)c) != 0)
        return CSV_ENOMEM;
      continue;
    }
    if (c == '"' && r->len == start && !quoted) {
      quoted = in_quotes = 1;
      continue;
    }
    if (c == ',') {
      if (end_field(r, start) != 0)
        return CSV_ENOMEM;
      start = r->len;
      quoted = 0;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\r') {
        int d = getc_unlocked(f);
        if (d != '\n') {
          /* a lone CR inside an unquoted field is data */
          if (d != EOF)
            ungetc(d, f);
          if (put(r, '\r') != 0)
            return CSV_ENOMEM;
          continue;
        }
        r->eol = "\r\n";
      } else {
        r->eol = "\n";
      }
      r->blank = r->n == 0 && r->len == 0 && !quoted;
      if (end_field(r, start) != 0)
        return CSV_ENOMEM;
      fix_pointers(r);
      return CSV_ROW;
    }
    if (put(r, (char)c) != 0)
      return CSV_ENOMEM;
  }
}
