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

long gen_psl_read(const char *text, size_t len, gen_psl_fn fn, void *ctx) {
  const char *p = text, *end = text + len, *heading = "";
  size_t heading_len = 0;
  int section = -1, seen_marker = 0, line = 0, have_heading = 0;
  long rules = 0;

  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
    const char *s = p;
    p += n + (nl != NULL);
    line++;
    if (n > 0 && s[n - 1] == '\r')
      n--;
    while (n > 0 && (*s == ' ' || *s == '\t'))
      s++, n--;
    if (n == 0) { /* a blank line ends a block */
      have_heading = 0;
      heading = "", heading_len = 0;
      continue;
    }
    if (starts(s, n, "//")) {
      int next = marker(s, n, section);
      if (next != section || contains(s, n, "===END ")) {
        seen_marker = 1;
        section = next;
        continue;
      }
      if (!have_heading) {
        s += 2, n -= 2;
        while (n > 0 && *s == ' ')
          s++, n--;
        heading = s, heading_len = n;
        have_heading = 1;
      }
      continue;
    }
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
      have_heading = 1; /* a comment after a rule is no heading */
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
