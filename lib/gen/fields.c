/* fields.c - field access and word parsing shared by every record kind:
 * optional and required fields, space-separated names, text in both
 * languages, dates and URLs.  Each reports its own `file:line: message`. */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "gen.h"

static struct gen_field *find(struct gen_record *r, const char *key) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (strcmp(r->fields[i].key, key) == 0)
      return &r->fields[i];
  return NULL;
}

const char *gen_opt(struct gen_record *r, const char *key, int *line) {
  struct gen_field *f = find(r, key);
  if (f == NULL)
    return NULL;
  f->used = 1;
  if (line != NULL)
    *line = f->line;
  return f->value;
}

static int given_empty(const struct gen_record *r, const char *key) {
  int i;
  for (i = 0; i < r->nempty; i++)
    if (strcmp(r->empty[i], key) == 0)
      return 1;
  return 0;
}

const char *gen_req(struct gen_catalogue *cat, struct gen_record *r,
                    const char *key, int *line) {
  const char *v = gen_opt(r, key, line);
  if (v == NULL) {
    if (!given_empty(r, key))
      gen_error(cat, r->line, "[%s%s%s] is missing required field '%s'",
                r->kind, *r->id ? " " : "", r->id, key);
    if (line != NULL)
      *line = r->line;
  }
  return v;
}

/* A record refused as a whole gets one error, not one per field. */
void gen_skip_record(struct gen_record *r) {
  int i;
  for (i = 0; i < r->nfields; i++)
    r->fields[i].used = 1;
}

void gen_unknown_fields(struct gen_catalogue *cat, struct gen_record *r) {
  int i;
  for (i = 0; i < r->nfields; i++)
    if (!r->fields[i].used)
      gen_error(cat, r->fields[i].line, "unknown field '%s' in [%s]",
                r->fields[i].key, r->kind);
}

/* ---- words and names ---- */

int gen_next_word(const char **p, char *buf, size_t cap) {
  const char *s = *p;
  size_t n;
  while (*s == ' ')
    s++;
  n = strcspn(s, " ");
  if (n == 0)
    return 0;
  if (n >= cap)
    n = cap - 1; /* an over-long word cannot match any name anyway */
  memcpy(buf, s, n);
  buf[n] = '\0';
  *p = s + strcspn(s, " ");
  return 1;
}

int gen_name_index(const char *const *names, int count, const char *w) {
  int i;
  for (i = 0; i < count; i++)
    if (names[i] != NULL && strcmp(names[i], w) == 0)
      return i;
  return -1;
}

unsigned gen_name_mask(struct gen_catalogue *cat, int line, const char *v,
                       const char *const *names, int count, const char *what,
                       int allow_none) {
  char w[GEN_MAX_ID + 1];
  unsigned mask = 0;
  if (allow_none && strcmp(v, "none") == 0)
    return 0;
  while (gen_next_word(&v, w, sizeof w)) {
    int i = gen_name_index(names, count, w);
    if (allow_none && strcmp(w, "none") == 0)
      gen_error(cat, line, "'none' cannot be combined with other %s names",
                what);
    else if (i < 0)
      gen_error(cat, line, "unknown %s '%s'", what, w);
    else if (mask & (1u << i))
      gen_error(cat, line, "%s '%s' listed twice", what, w);
    else
      mask |= 1u << i;
  }
  return mask;
}

/* ---- text, ids, dates, URLs ---- */

static int has_japanese(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  while (n > 0) {
    uint32_t cp = 0;
    int len = gen_utf8_decode(p, n, &cp);
    if (len == 0)
      return 0;
    if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xFF00 && cp <= 0xFFEF))
      return 1;
    p += len, n -= (size_t)len;
  }
  return 0;
}

void gen_text_pair(struct gen_catalogue *cat, struct gen_record *r,
                   const char *base, const char **out) {
  char key[32];
  int line;
  snprintf(key, sizeof key, "%s-ja", base);
  out[MSSECREF_LANG_JA] = gen_req(cat, r, key, &line);
  if (out[MSSECREF_LANG_JA] && !has_japanese(out[MSSECREF_LANG_JA]))
    gen_error(cat, line, "'%s' has no Japanese text", key);
  snprintf(key, sizeof key, "%s-en", base);
  out[MSSECREF_LANG_EN] = gen_req(cat, r, key, &line);
  if (out[MSSECREF_LANG_EN] && has_japanese(out[MSSECREF_LANG_EN]))
    gen_error(cat, line, "'%s' is not English text (Japanese characters)", key);
  out[MSSECREF_LANG_ANY] = out[MSSECREF_LANG_EN];
}

int gen_is_kebab(const char *s) {
  size_t n = strlen(s), i;
  if (n == 0 || n > GEN_MAX_ID || s[0] == '-' || s[n - 1] == '-')
    return 0;
  for (i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return 0;
    if (c == '-' && s[i + 1] == '-')
      return 0;
  }
  return 1;
}

/* A day that exists: lib/date.h, the library's own check. */
int gen_is_date(const char *s) { return msr_date_valid(s); }

const char *gen_date_field(struct gen_catalogue *cat, struct gen_record *r,
                           const char *key) {
  int line;
  const char *v = gen_req(cat, r, key, &line);
  if (v != NULL && !gen_is_date(v))
    gen_error(cat, line, "'%s' is not a date (YYYY-MM-DD): '%s'", key, v);
  return v;
}

const char *gen_url_field(struct gen_catalogue *cat, struct gen_record *r,
                          const char *key, int required) {
  char why[160];
  int line;
  const char *v =
      required ? gen_req(cat, r, key, &line) : gen_opt(r, key, &line);
  if (v != NULL && gen_check_url(cat, v, why, sizeof why) != 0)
    gen_error(cat, line, "%s: %s", key, why);
  return v;
}
