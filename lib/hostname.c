/* hostname.c - host names label by label (see hostname.h).  One scanner
 * serves the library's hot path and the generator's checks: the rules are
 * a constant in each inlined copy, so the fast path pays nothing for the
 * catalogue's. */
#include "hostname.h"

enum { HN_LOWER = 1, HN_UPPER = 2, HN_DIGIT = 4, HN_HYPHEN = 8, HN_LOW = 16 };
#define HN_CLASS(c)                                                            \
  (((c) >= 'a' && (c) <= 'z' ? HN_LOWER : 0) |                                 \
   ((c) >= 'A' && (c) <= 'Z' ? HN_UPPER : 0) |                                 \
   ((c) >= '0' && (c) <= '9' ? HN_DIGIT : 0) | ((c) == '-' ? HN_HYPHEN : 0) |  \
   ((c) == '_' ? HN_LOW : 0))
#define HN4(c) HN_CLASS(c), HN_CLASS(c + 1), HN_CLASS(c + 2), HN_CLASS(c + 3)
#define HN16(c) HN4(c), HN4(c + 4), HN4(c + 8), HN4(c + 12)
#define HN64(c) HN16(c), HN16(c + 16), HN16(c + 32), HN16(c + 48)
static const unsigned char hn_class[256] = {HN64(0u), HN64(64u), HN64(128u),
                                            HN64(192u)};

#if defined(__GNUC__)
#define HN_INLINE inline __attribute__((always_inline))
#else
#define HN_INLINE inline
#endif

static int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (unsigned char)(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int64_t msr_ipv4_number(const char *s, size_t n) {
  int radix = 10;
  int64_t v = 0;
  size_t i;
  if (n == 0)
    return -1;
  if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
    radix = 16, s += 2, n -= 2;
  else if (n >= 2 && s[0] == '0')
    radix = 8, s++, n--;
  for (i = 0; i < n; i++) {
    int d = hex_digit((unsigned char)s[i]);
    if (d < 0 || d >= radix)
      return -1;
    v = v * radix + d;
    if (v > 0x1FFFFFFFFll)
      v = 0x1FFFFFFFFll;
  }
  return v;
}

int msr_ends_in_number(const char *s, size_t n) {
  size_t start, i;
  if (n > 0 && s[n - 1] == '.')
    n--; /* one empty last part is dropped */
  start = n;
  while (start > 0 && s[start - 1] != '.')
    start--;
  if (start == n)
    return 0;
  for (i = start; i < n && s[i] >= '0' && s[i] <= '9'; i++)
    ;
  if (i == n)
    return 1;
  /* otherwise only "0x" and hex digits parse as a number */
  return n - start >= 2 && s[start] == '0' && (s[start + 1] | 0x20) == 'x' &&
         msr_ipv4_number(s + start, n - start) >= 0;
}

static HN_INLINE int is_xn(const char *s, size_t lim, size_t i) {
  return i + 3 < lim && (s[i] | 0x20) == 'x' && (s[i + 1] | 0x20) == 'n' &&
         s[i + 2] == '-' && s[i + 3] == '-';
}

static long fail(int why, size_t n, size_t *at) {
  if (at != NULL)
    *at = n;
  return -why;
}

/* One label from s[n]: where it ends, or minus an error. */
static HN_INLINE long label(const char *s, size_t lim, int rules, size_t n,
                            size_t *at) {
  const unsigned ok = rules == MSR_HOSTNAME_CATALOGUE
                          ? HN_LOWER | HN_DIGIT | HN_HYPHEN
                          : HN_LOWER | HN_UPPER | HN_DIGIT | HN_HYPHEN | HN_LOW;
  size_t start = n;
  if (is_xn(s, lim, n))
    return fail(MSR_HOSTNAME_PUNYCODE, n, at);
  while (n < lim && (hn_class[(unsigned char)s[n]] & ok))
    n++;
  if (n - start > MSR_LABEL_MAX)
    return fail(MSR_HOSTNAME_LONG_LABEL, start, at);
  if (rules == MSR_HOSTNAME_CATALOGUE && n > start &&
      (s[start] == '-' || s[n - 1] == '-'))
    return fail(MSR_HOSTNAME_HYPHEN, start, at);
  return (long)n;
}

static HN_INLINE long scan(const char *s, size_t lim, int rules,
                           struct msr_dots *dots, size_t *at) {
  size_t n = 0, start = 0;
  long end;
  dots->n = 0;
  for (;;) {
    if ((end = label(s, lim, rules, start, at)) < 0)
      return end;
    n = (size_t)end;
    if (n == lim || s[n] != '.')
      break;
    if (n == start)
      return fail(MSR_HOSTNAME_EMPTY_LABEL, n, at);
    if (dots->n == MSR_DOTS_MAX)
      return fail(MSR_HOSTNAME_LONG, n, at);
    dots->at[dots->n++] = (uint16_t)n;
    start = n + 1;
  }
  if (n < lim && s[n] != '\0')
    return fail(MSR_HOSTNAME_BYTE, n, at);
  if (n == start && (n == 0 || rules == MSR_HOSTNAME_CATALOGUE))
    return fail(MSR_HOSTNAME_EMPTY_LABEL, n, at); /* "", or "x." */
  if (n - (n == start) > MSR_HOSTNAME_MAX)
    return fail(MSR_HOSTNAME_LONG, n, at);
  if (msr_maybe_number(s, n) && msr_ends_in_number(s, n))
    return fail(MSR_HOSTNAME_NUMBER, n, at);
  if (at != NULL)
    *at = n;
  return (long)n;
}

long msr_hostname(const char *s, size_t lim, int rules, struct msr_dots *dots,
                  size_t *at) {
  return rules == MSR_HOSTNAME_CATALOGUE
             ? scan(s, lim, MSR_HOSTNAME_CATALOGUE, dots, at)
             : scan(s, lim, MSR_HOSTNAME_PLAIN, dots, at);
}
