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

/* The reader's state between lines: the section, the heading of the
 * block the rules are in, and the name whose "// concludes" tag closes a
 * section that said its sub-sections run until it. */
struct reader {
  const char *end, *heading, *concludes;
  size_t heading_len, concludes_len;
  int section, seen_marker, block_start;
};

static void no_heading(struct reader *rd) {
  rd->heading = "", rd->heading_len = 0, rd->concludes = NULL;
}

/* A "//" line s[0..n): a section marker, a "// concludes" tag, a heading,
 * or a comment inside a block; the line after it starts at next. */
static void comment_line(struct reader *rd, const char *s, size_t n,
                         const char *next) {
  size_t tn;
  const char *t;
  int was_start = rd->block_start, next_section = marker(s, n, rd->section);
  rd->block_start = 0;
  if (next_section != rd->section || contains(s, n, "===END ")) {
    rd->seen_marker = 1;
    rd->section = next_section;
    no_heading(rd);
    return;
  }
  t = comment_text(s, n, &tn);
  /* "// concludes Amazon" closes a section that said its sub-sections
   * would run until that tag */
  if (rd->concludes != NULL && starts(t, tn, "concludes ") &&
      tn - 10 == rd->concludes_len &&
      memcmp(t + 10, rd->concludes, tn - 10) == 0) {
    no_heading(rd);
    return;
  }
  if (was_start && rd->concludes == NULL &&
      (rd->heading_len == 0 || opens_section(t, tn, next, rd->end))) {
    rd->heading = t, rd->heading_len = tn;
    return;
  }
  if (rd->heading_len > 0 && contains(t, tn, "until \"concludes\""))
    gen_psl_heading_name(rd->heading, rd->heading_len, &rd->concludes,
                         &rd->concludes_len);
}

/* A rule line s[0..n): the rule is up to its first space or tab. */
static void rule_line(const struct reader *rd, const char *s, size_t n,
                      int line, gen_psl_fn fn, void *ctx) {
  struct gen_psl_rule r;
  size_t k = 0;
  while (k < n && s[k] != ' ' && s[k] != '\t')
    k++;
  r.section = rd->section;
  r.heading = rd->heading;
  r.heading_len = rd->heading_len;
  r.rule = s;
  r.rule_len = k;
  r.line = line;
  fn(ctx, &r);
}

long gen_psl_read(const char *text, size_t len, gen_psl_fn fn, void *ctx) {
  const char *p = text;
  struct reader rd;
  int line = 0;
  long rules = 0;

  rd.end = text + len;
  rd.section = -1, rd.seen_marker = 0, rd.block_start = 1;
  rd.concludes_len = 0;
  no_heading(&rd);
  while (p < rd.end) {
    size_t n;
    const char *next, *s = line_at(p, rd.end, &n, &next);
    p = next;
    line++;
    if (n == 0) { /* a blank line: the next comment may open a section */
      rd.block_start = 1;
      continue;
    }
    if (starts(s, n, "//")) {
      comment_line(&rd, s, n, next);
      continue;
    }
    rd.block_start = 0;
    if (rd.section < 0)
      continue;
    rule_line(&rd, s, n, line, fn, ctx);
    rules++;
  }
  return rd.seen_marker ? rules : -1;
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
