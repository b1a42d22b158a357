/* out.h - what the mssecref tool prints: records of named fields, written
 * as an aligned text table, JSON, JSON Lines (ECS-shaped) or CSV.  Every
 * write is checked; out_failed() says whether any failed. */
#ifndef MSSECREF_TOOL_OUT_H
#define MSSECREF_TOOL_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The last three belong to one command each: mmexternal to enrich,
 * rsyslog and syslog-ng to export. */
enum out_format {
  FMT_TEXT,
  FMT_JSON,
  FMT_JSONL,
  FMT_CSV,
  FMT_MMEXTERNAL,
  FMT_RSYSLOG,
  FMT_SYSLOG_NG
};
enum field_type { F_STR, F_BOOL, F_LIST }; /* F_LIST: space-separated */

#define REC_MAX 64

struct field {
  const char *key;
  const char *value; /* F_BOOL: "true" or "false" */
  enum field_type type;
};

struct record {
  struct field f[REC_MAX];
  int n;
  char buf[2048]; /* storage for composed values (lists) */
  size_t used;
  size_t last; /* where the last list starts in buf */
};

void rec_init(struct record *r);
void rec_str(struct record *r, const char *key, const char *value);
/* A value copied into the record's own storage. */
void rec_copy(struct record *r, const char *key, const char *value);
void rec_bool(struct record *r, const char *key, int value);
/* Starts a list field; rec_item() appends to the last one. */
void rec_list(struct record *r, const char *key);
void rec_item(struct record *r, const char *item);
const char *rec_get(const struct record *r, const char *key);

/* Writes records in a format: JSON as one array (or one object when
 * `single`), JSONL one ECS record per line, CSV with a header, text as an
 * aligned table (a key/value table when `single`). */
void out_records(FILE *f, enum out_format fmt, struct record *recs, int n,
                 int single);

/* CSV rows without the header line; one record as a JSON object. */
void out_csv_rows(FILE *f, const struct record *recs, int n);
void out_json_object(FILE *f, const struct record *r);

/* Building blocks, also used by enrich. */
void out_json_string(FILE *f, const char *s, size_t n);
void out_csv_field(FILE *f, const char *s, size_t n);
/* Display width of UTF-8 text in terminal columns (East Asian wide = 2). */
size_t text_width(const char *s);

/* width.c: the code point of the UTF-8 sequence at s (NUL-terminated) in
 * *cp, UTF8_INVALID for a byte that starts none; its length in bytes. */
#define UTF8_INVALID 0xFFFFFFFFu
size_t utf8_next(const char *s, uint32_t *cp);

/* out.c: s on f, at most max bytes, "..." when cut; what would change how
 * a terminal shows what follows (C0 and C1 controls, DEL, bidirectional
 * marks, embeddings, overrides and isolates, the line and paragraph
 * separators, bytes that are not UTF-8) as '?',
 * one column each, as text_width() counts them. */
void put_untrusted(FILE *f, const char *s, size_t max);

#endif
