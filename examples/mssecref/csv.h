/* csv.h - an RFC 4180 reader for `mssecref enrich`: fields keep their
 * exact bytes (embedded commas, quotes, CR and LF, NUL) and their length. */
#ifndef MSSECREF_TOOL_CSV_H
#define MSSECREF_TOOL_CSV_H

#include <stddef.h>
#include <stdio.h>

struct csv_field {
  char *s; /* NUL-terminated copy; may also contain NUL bytes */
  size_t n;
  size_t off; /* where s starts in the row's buffer */
};

struct csv_row {
  struct csv_field *f;
  size_t n, cap;
  char *buf; /* field bytes, one after another */
  size_t len, bufcap;
  const char *eol; /* how the record ended: "\r\n", "\n" or "" at EOF */
  int blank;       /* an empty line: no field, not even "" */
  char *raw;       /* the record's physical lines */
  size_t record;   /* raw[0..record): the record's bytes without its eol */
  size_t rawlen, rawcap;
  char *line; /* getline's buffer */
  size_t linecap;
};

enum csv_status {
  CSV_ROW = 0, /* a record was read */
  CSV_EOF = 1, /* no more input */
  CSV_ENOMEM = -1,
  CSV_EIO = -2,
  CSV_EQUOTE = -3 /* input ended inside a quoted field: the row is kept */
};

void csv_row_init(struct csv_row *r);
void csv_row_free(struct csv_row *r);
/* Reads the next record of f into r. */
int csv_read(FILE *f, struct csv_row *r);

#endif
