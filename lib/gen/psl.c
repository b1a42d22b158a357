/* psl.c - a one-pass reader of the Public Suffix List: no allocation, no
 * NUL needed, every byte read through the bounds it was given. */
#include <string.h>

#include "psl.h"

static int starts(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix);
  return n >= k && memcmp(s, prefix, k) == 0;
}

static int contains(const char *s, size_t n, const char *what) {
  size_t k = strlen(what), i;
  for (i = 0; i + k <= n; i++)
    if (memcmp(s + i, what, k) == 0)
      return 1;
  return 0;
}

/* A marker line sets the section: ICANN, private, or none (-1). */
static int marker(const char *s, size_t n, int section) {
  if (contains(s, n, "===BEGIN ICANN DOMAINS==="))
    return GEN_PSL_ICANN;
  if (contains(s, n, "===BEGIN PRIVATE DOMAINS==="))
    return GEN_PSL_PRIVATE;
  if (contains(s, n, "===END ICANN DOMAINS===") ||
      contains(s, n, "===END PRIVATE DOMAINS==="))
    return -1;
  return section;
}

/* The line at p (up to end), without "\r" and leading blanks; where the
 * next one starts in *next. */
static const char *line_at(const char *p, const char *end, size_t *n,
                           const char **next) {
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  *n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
  *next = p + *n + (nl != NULL);
  if (*n > 0 && p[*n - 1] == '\r')
    (*n)--;
  while (*n > 0 && (*p == ' ' || *p == '\t'))
    p++, (*n)--;
  return p;
}

/* A comment's text, after "//" and spaces. */
static const char *comment_text(const char *s, size_t n, size_t *out) {
  s += 2, n -= 2;
  while (n > 0 && *s == ' ')
    s++, n--;
  *out = n;
  return s;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int starts_nocase(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix), i;
  if (n < k)
    return 0;
  for (i = 0; i < k; i++)
    if (lower((unsigned char)s[i]) != prefix[i])
      return 0;
  return 1;
}

/* Does a comment block that starts after a blank line open a new section?
 * The PSL's sections open with "// Name : URL" (or "// tld : Registry")
 * and, in the private section, "// Submitted by ..." on the next line
 * (some write "submitted", "Submited", or no URL: "// GitHub, Inc.").
 * Any other block after a blank line ("// Microsoft Fabric", a run of rules)
 * is a sub-block of the section before it, as Amazon's are. */
static int opens_section(const char *head, size_t head_len, const char *next,
                         const char *end) {
  size_t n, tn;
  const char *after, *s, *t;
  if (contains(head, head_len, " : "))
    return 1;
  if (next >= end)
    return 0;
  s = line_at(next, end, &n, &after);
  if (!starts(s, n, "//"))
    return 0;
  t = comment_text(s, n, &tn);
  return starts_nocase(t, tn, "submitted by") ||
         starts_nocase(t, tn, "submited by");
}

long gen_psl_read(const char *text, size_t len, gen_psl_fn fn, void *ctx) {
  const char *p = text, *end = text + len, *heading = "", *concludes = NULL;
  size_t heading_len = 0, concludes_len = 0;
  int section = -1, seen_marker = 0, line = 0, block_start = 1;
  long rules = 0;

  while (p < end) {
    size_t n;
    const char *next, *s = line_at(p, end, &n, &next);
    p = next;
    line++;
    if (n == 0) { /* a blank line: the next comment may open a section */
      block_start = 1;
      continue;
    }
    if (starts(s, n, "//")) {
      size_t tn;
      const char *t;
      int was_start = block_start, next_section = marker(s, n, section);
      block_start = 0;
      if (next_section != section || contains(s, n, "===END ")) {
        seen_marker = 1;
        section = next_section;
        heading = "", heading_len = 0, concludes = NULL;
        continue;
      }
      t = comment_text(s, n, &tn);
      /* "// concludes Amazon" closes a section that said its sub-sections
       * would run until that tag */
      if (concludes != NULL && starts(t, tn, "concludes ") &&
          tn - 10 == concludes_len && memcmp(t + 10, concludes, tn - 10) == 0) {
        heading = "", heading_len = 0, concludes = NULL;
        continue;
      }
      if (was_start && concludes == NULL &&
          (heading_len == 0 || opens_section(t, tn, next, end))) {
        heading = t, heading_len = tn;
        continue;
      }
      if (heading_len > 0 && contains(t, tn, "until \"concludes\""))
        gen_psl_heading_name(heading, heading_len, &concludes,
                             &concludes_len);
      continue;
    }
    block_start = 0;
    if (section < 0)
      continue;
    {
      struct gen_psl_rule r;
      size_t k = 0;
      while (k < n && s[k] != ' ' && s[k] != '\t')
        k++;
      r.section = section;
      r.heading = heading;
      r.heading_len = heading_len;
      r.rule = s;
      r.rule_len = k;
      r.line = line;
      fn(ctx, &r);
      rules++;
    }
  }
  return seen_marker ? rules : -1;
}

static size_t colon_at(const char *h, size_t n) {
  size_t i;
  for (i = 0; i + 3 <= n; i++)
    if (memcmp(h + i, " : ", 3) == 0)
      return i;
  return n;
}

void gen_psl_heading_name(const char *h, size_t n, const char **out,
                          size_t *out_len) {
  *out = h;
  *out_len = colon_at(h, n);
}

/* Lists before 2023 put the delegation date first: "azure : 2014-12-18
 * Microsoft Corporation". */
static int dated(const char *s, size_t n) {
  static const char shape[] = "0000-00-00 ";
  size_t i;
  if (n < sizeof shape - 1)
    return 0;
  for (i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == '0' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i])
      return 0;
  return 1;
}

void gen_psl_heading_registry(const char *h, size_t n, const char **out,
                              size_t *out_len) {
  size_t c = colon_at(h, n);
  *out = c < n ? h + c + 3 : h + n;
  *out_len = c < n ? n - c - 3 : 0;
  if (dated(*out, *out_len))
    *out += 11, *out_len -= 11;
}
