/* out.c - records and the four output formats of the mssecref tool. */
#include <assert.h>
#include <string.h>

#include "out.h"

void rec_init(struct record *r) {
  r->n = 0;
  r->used = 0;
}

static void add(struct record *r, const char *key, const char *value,
                enum field_type type) {
  /* callers add a fixed number of fields: more than REC_MAX is a bug in
   * the tool, and a silently missing field would be a wrong answer */
  assert(r->n < REC_MAX);
  r->f[r->n].key = key;
  r->f[r->n].value = value != NULL ? value : "";
  r->f[r->n].type = type;
  r->n++;
}

void rec_str(struct record *r, const char *key, const char *value) {
  add(r, key, value, F_STR);
}

void rec_bool(struct record *r, const char *key, int value) {
  add(r, key, value ? "true" : "false", F_BOOL);
}

void rec_list(struct record *r, const char *key) {
  r->last = r->used;
  r->buf[r->used++] = '\0';
  add(r, key, r->buf + r->last, F_LIST);
}

/* Items are short names (ids, enum names); the buffer holds them all. */
void rec_item(struct record *r, const char *item) {
  char *start = r->buf + r->last;
  size_t len = strlen(start), n = strlen(item);
  if (r->used + n + 2 > sizeof r->buf)
    return;
  if (len > 0)
    start[len++] = ' ';
  memcpy(start + len, item, n + 1);
  r->used += n + (len > 0 ? 1 : 0);
}

void rec_copy(struct record *r, const char *key, const char *value) {
  rec_list(r, key);
  rec_item(r, value);
  r->f[r->n - 1].type = F_STR;
}

const char *rec_get(const struct record *r, const char *key) {
  int i;
  for (i = 0; i < r->n; i++)
    if (strcmp(r->f[i].key, key) == 0)
      return r->f[i].value;
  return NULL;
}

/* ---- JSON ---- */

void out_json_string(FILE *f, const char *s, size_t n) {
  size_t i, run;
  fputc('"', f);
  for (i = 0; i < n; i++) {
    unsigned char c;
    /* bytes that need no escape go out as one run */
    for (run = i; run < n && (unsigned char)s[run] >= 0x20 && s[run] != '"' &&
                  s[run] != '\\' && s[run] != 0x7F;)
      run++;
    fwrite(s + i, 1, run - i, f);
    if ((i = run) == n)
      break;
    c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", f);
    else if (c == '\r')
      fputs("\\r", f);
    else if (c == '\t')
      fputs("\\t", f);
    else if (c < 0x20 || c == 0x7F)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

static void json_value(FILE *f, const struct field *fl) {
  const char *p = fl->value;
  int first = 1;
  if (fl->type == F_BOOL) {
    fputs(fl->value, f);
    return;
  }
  if (fl->type == F_STR) {
    out_json_string(f, fl->value, strlen(fl->value));
    return;
  }
  fputc('[', f);
  while (*p != '\0') {
    size_t n = strcspn(p, " ");
    fputs(first ? "" : ",", f);
    out_json_string(f, p, n);
    first = 0;
    p += n;
    while (*p == ' ')
      p++;
  }
  fputc(']', f);
}

static void json_object(FILE *f, const struct record *r) {
  int i, first = 1;
  fputc('{', f);
  for (i = 0; i < r->n; i++) {
    fputs(first ? "" : ",", f);
    out_json_string(f, r->f[i].key, strlen(r->f[i].key));
    fputc(':', f);
    json_value(f, &r->f[i]);
    first = 0;
  }
  fputc('}', f);
}

/* ECS: an enrichment event whose reference is the contact URL, the
 * contact's own fields under "mssecref". */
static void jsonl_record(FILE *f, const struct record *r) {
  const char *url = rec_get(r, "url");
  fputs("{\"event\":{\"kind\":\"enrichment\"", f);
  if (url != NULL && *url != '\0') {
    fputs(",\"reference\":", f);
    out_json_string(f, url, strlen(url));
  }
  fputs("},\"mssecref\":", f);
  json_object(f, r);
  fputs("}\n", f);
}

/* ---- CSV (RFC 4180) ---- */

void out_csv_field(FILE *f, const char *s, size_t n) {
  size_t i;
  if (n == strcspn(s, ",\"\r\n") && memchr(s, '\0', n) == NULL) {
    fwrite(s, 1, n, f);
    return;
  }
  fputc('"', f);
  for (i = 0; i < n; i++) {
    if (s[i] == '"')
      fputc('"', f);
    fputc(s[i], f);
  }
  fputc('"', f);
}

static void csv_records(FILE *f, const struct record *recs, int n) {
  int k;
  if (n == 0)
    return;
  for (k = 0; k < recs[0].n; k++) {
    fputs(k ? "," : "", f);
    out_csv_field(f, recs[0].f[k].key, strlen(recs[0].f[k].key));
  }
  fputs("\r\n", f);
  out_csv_rows(f, recs, n);
}

void out_csv_rows(FILE *f, const struct record *recs, int n) {
  int i, k;
  for (i = 0; i < n; i++) {
    for (k = 0; k < recs[i].n; k++) {
      fputs(k ? "," : "", f);
      out_csv_field(f, recs[i].f[k].value, strlen(recs[i].f[k].value));
    }
    fputs("\r\n", f);
  }
}

/* ---- text ---- */

/* Terminal output must not carry escapes from data: a C1 control such as
 * U+009B is CSI to many terminals, a right-to-left override reorders the
 * line, and a lone byte 0x9B is CSI to an 8-bit terminal. */
static int terminal_control(uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E ||
         c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == UTF8_INVALID;
}

void put_untrusted(FILE *f, const char *s, size_t max) {
  size_t i = 0;
  while (s[i] != '\0' && i < max) {
    uint32_t c;
    size_t len = utf8_next(s + i, &c);
    if (terminal_control(c))
      fputc('?', f);
    else
      fwrite(s + i, 1, len, f);
    i += len;
  }
  if (s[i] != '\0')
    fputs("...", f);
}

static void put_safe(FILE *f, const char *s) { put_untrusted(f, s, SIZE_MAX); }

static void pad(FILE *f, const char *s, size_t width) {
  size_t w = text_width(s);
  put_safe(f, s);
  while (w++ < width)
    fputc(' ', f);
}

static void text_single(FILE *f, const struct record *r) {
  size_t width = 0, w;
  int i;
  for (i = 0; i < r->n; i++)
    if ((w = text_width(r->f[i].key)) > width)
      width = w;
  for (i = 0; i < r->n; i++) {
    if (r->f[i].value[0] == '\0') {
      put_safe(f, r->f[i].key); /* no trailing blanks */
    } else {
      pad(f, r->f[i].key, width + 2);
      put_safe(f, r->f[i].value);
    }
    fputc('\n', f);
  }
}

/* Columns are the fields of the first record; the last one is not padded
 * (no trailing blanks). */
static void text_table(FILE *f, const struct record *recs, int n) {
  size_t width[REC_MAX];
  int i, k, ncol = n ? recs[0].n : 0;
  for (k = 0; k < ncol; k++) {
    width[k] = text_width(recs[0].f[k].key);
    for (i = 0; i < n; i++) {
      size_t w = text_width(recs[i].f[k].value);
      if (w > width[k])
        width[k] = w;
    }
  }
  for (k = 0; k < ncol; k++) {
    if (k + 1 < ncol)
      pad(f, recs[0].f[k].key, width[k] + 2);
    else
      put_safe(f, recs[0].f[k].key);
  }
  fputc('\n', f);
  for (i = 0; i < n; i++) {
    for (k = 0; k < ncol; k++) {
      if (k + 1 < ncol)
        pad(f, recs[i].f[k].value, width[k] + 2);
      else
        put_safe(f, recs[i].f[k].value);
    }
    fputc('\n', f);
  }
}

void out_json_object(FILE *f, const struct record *r) { json_object(f, r); }

void out_records(FILE *f, enum out_format fmt, struct record *recs, int n,
                 int single) {
  int i;
  switch (fmt) {
  case FMT_JSON:
    if (single && n == 1) {
      json_object(f, &recs[0]);
    } else {
      fputc('[', f);
      for (i = 0; i < n; i++) {
        fputs(i ? ",\n " : "", f);
        json_object(f, &recs[i]);
      }
      fputc(']', f);
    }
    fputc('\n', f);
    break;
  case FMT_JSONL:
    for (i = 0; i < n; i++)
      jsonl_record(f, &recs[i]);
    break;
  case FMT_CSV:
    csv_records(f, recs, n);
    break;
  default: /* FMT_TEXT; the commands' own formats never get here */
    if (single && n == 1)
      text_single(f, &recs[0]);
    else
      text_table(f, recs, n);
    break;
  }
}
