/* read.c - splits the catalogue text into records of `key = value` fields,
 * refusing bytes a reviewer could not see in a diff. */
#include <stddef.h>
#include <string.h>

#include "gen.h"

static char *trim(char *s) {
  char *end;
  while (*s == ' ')
    s++;
  end = s + strlen(s);
  while (end > s && end[-1] == ' ')
    *--end = '\0';
  return s;
}

/* Invalid UTF-8, control characters (C0, DEL, C1) and a BOM are refused:
 * each could hide text from a reviewer or break the generated C. */
static int check_bytes(struct gen_catalogue *cat, int line,
                       const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int len = gen_utf8_decode(s + i, n - i, &cp);
    if (len == 0) {
      gen_error(cat, line, "invalid UTF-8 at byte %zu", i + 1);
      return -1;
    }
    if (cp == '\r') {
      gen_error(cat, line, "carriage return (save with LF line endings)");
      return -1;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFEFF) {
      gen_error(cat, line, "control character U+%04X at byte %zu", (unsigned)cp,
                i + 1);
      return -1;
    }
    i += (size_t)len;
  }
  return 0;
}

static struct gen_record *start_record(struct gen_catalogue *cat, char *s,
                                       int line) {
  struct gen_record *r;
  char *end = strchr(s, ']');
  char *kind, *id;

  if (end == NULL || *trim(end + 1) != '\0') {
    gen_error(cat, line, "malformed record header (expected [kind id])");
    return NULL;
  }
  *end = '\0';
  kind = trim(s + 1);
  id = strchr(kind, ' ');
  if (id != NULL) {
    *id = '\0';
    id = trim(id + 1);
  }
  if (cat->nrecords == GEN_MAX_RECORDS) {
    gen_error(cat, line, "too many records (at most %d)", GEN_MAX_RECORDS);
    return NULL;
  }
  r = &cat->records[cat->nrecords++];
  r->kind = kind;
  r->id = id != NULL ? id : "";
  r->line = line;
  r->nfields = 0;
  r->nempty = 0;
  return r;
}

static void add_field(struct gen_catalogue *cat, struct gen_record *r, char *s,
                      int line) {
  char *eq = strchr(s, '=');
  struct gen_field *f;
  char *key, *value;
  int i;

  if (eq == NULL) {
    gen_error(cat, line, "expected 'key = value'");
    return;
  }
  *eq = '\0';
  key = trim(s);
  value = trim(eq + 1);
  if (*key == '\0') {
    gen_error(cat, line, "missing field name before '='");
    return;
  }
  if (*value == '\0') {
    gen_error(cat, line, "empty value for field '%s'", key);
    if (r->nempty < GEN_MAX_EMPTY)
      r->empty[r->nempty++] = key;
    return;
  }
  if (strlen(value) > GEN_MAX_VALUE) {
    gen_error(cat, line, "field '%s' is too long (%zu bytes, at most %d)", key,
              strlen(value), GEN_MAX_VALUE);
    return;
  }
  for (i = 0; i < r->nfields; i++) {
    if (strcmp(r->fields[i].key, key) == 0) {
      /* a [suffixes] key is a suffix: one wording with suffix.c's check */
      gen_error(cat, line, "duplicate %s '%s' (first on line %d)",
                strcmp(r->kind, "suffixes") == 0 ? "suffix" : "field", key,
                r->fields[i].line);
      return;
    }
  }
  if (r->nfields == GEN_MAX_FIELDS) {
    gen_error(cat, line, "too many fields in one record (at most %d)",
              GEN_MAX_FIELDS);
    return;
  }
  f = &r->fields[r->nfields++];
  f->key = key;
  f->value = value;
  f->line = line;
  f->used = 0;
}

void gen_init(struct gen_catalogue *cat, const char *path) {
  memset(cat, 0, offsetof(struct gen_catalogue, records));
  cat->path = path;
}

void gen_read(struct gen_catalogue *cat, char *text, size_t len) {
  struct gen_record *cur = NULL;
  char *p = text, *end = text + len;
  int line = 0, skip = 0;

  while (p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *s;
    size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);

    line++;
    p[n] = '\0';
    s = p;
    p += n + 1;
    if (memchr(s, '\0', n) != NULL) {
      gen_error(cat, line, "control character U+0000");
      continue;
    }
    if (check_bytes(cat, line, (const unsigned char *)s, n) != 0)
      continue;
    s = trim(s);
    if (*s == '\0' || *s == '#')
      continue;
    if (*s == '[') {
      cur = start_record(cat, s, line);
      skip = cur == NULL; /* one error for a bad header, not one per field */
      continue;
    }
    if (skip)
      continue;
    if (cur == NULL) {
      gen_error(cat, line, "field outside a record (start one with [kind id])");
      continue;
    }
    add_field(cat, cur, s, line);
  }
}
