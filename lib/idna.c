/* idna.c - UTS #46 ToASCII as the URL Standard's "domain to ASCII" runs
 * it: map every code point by the compiled IdnaMappingTable, normalize to
 * NFC, split into labels at '.', decode and check "xn--" labels, check
 * every label (lib/idna_check.c: no leading mark, ContextJ, the Bidi rule)
 * and write non-ASCII labels as Punycode (RFC 3492). */
#include "internal.h" /* first: it asks for strnlen() */

#include "idna.h"
#include "internal.h"
#include "ucd.h"

#define CP_MAX MSR_DOMAIN_MAX /* code points after mapping */

/* Punycode's parameters (RFC 3492, section 5). */
enum {
  BASE = 36,
  TMIN = 1,
  TMAX = 26,
  SKEW = 38,
  DAMP = 700,
  INITIAL_BIAS = 72,
  INITIAL_N = 128
};

static uint32_t lookup(uint32_t cp) {
  return msr_idna_value[msr_range_index(msr_idna_start, msr_idna_count, cp)];
}

/* One UTF-8 sequence at s[0..n): its length, or 0 when it is not valid
 * (the URL Standard's decoder would put U+FFFD there, which UTS #46
 * disallows: the domain fails either way). */
static size_t utf8(const unsigned char *s, size_t n, uint32_t *cp) {
  size_t len, i;
  uint32_t c, min;
  if (s[0] < 0x80)
    return *cp = s[0], 1;
  if (s[0] >= 0xC2 && s[0] <= 0xDF)
    len = 2, c = s[0] & 0x1Fu, min = 0x80;
  else if ((s[0] & 0xF0) == 0xE0)
    len = 3, c = s[0] & 0x0Fu, min = 0x800;
  else if (s[0] >= 0xF0 && s[0] <= 0xF4)
    len = 4, c = s[0] & 0x07u, min = 0x10000;
  else
    return 0;
  if (len > n)
    return 0;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = c << 6 | (s[i] & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

/* Step 1 of UTS #46 processing: the mapped code points, or < 0. */
static long map_domain(const unsigned char *in, size_t n, uint32_t *cp,
                       int *changed) {
  size_t i = 0, k = 0;
  while (i < n) {
    uint32_t c, v;
    size_t len = utf8(in + i, n - i, &c);
    if (len == 0)
      return MSSECREF_EIDN;
    i += len;
    if (c < 0x80) { /* every ASCII code point is valid or lower-cased */
      if (k == CP_MAX)
        return MSSECREF_ETOOLONG;
      cp[k++] = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
      continue;
    }
    *changed = 1;
    v = lookup(c);
    switch (MSR_IDNA_STATUS(v)) {
    case MSR_IDNA_VALID:
      if (k == CP_MAX)
        return MSSECREF_ETOOLONG;
      cp[k++] = c;
      break;
    case MSR_IDNA_MAPPED: {
      size_t m = MSR_IDNA_LEN(v), j;
      if (k + m > CP_MAX)
        return MSSECREF_ETOOLONG;
      for (j = 0; j < m; j++)
        cp[k++] = msr_idna_map[MSR_IDNA_OFF(v) + j];
      break;
    }
    case MSR_IDNA_IGNORED:
      break;
    default:
      return MSSECREF_EIDN;
    }
  }
  return (long)k;
}

static uint32_t adapt(uint32_t delta, uint32_t points, int first) {
  uint32_t k = 0;
  delta = first ? delta / DAMP : delta / 2;
  delta += delta / points;
  while (delta > ((BASE - TMIN) * TMAX) / 2) {
    delta /= BASE - TMIN;
    k += BASE;
  }
  return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
}

static uint32_t threshold(uint32_t k, uint32_t bias) {
  return k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
}

static int digit_value(uint32_t c) {
  if (c >= 'a' && c <= 'z')
    return (int)(c - 'a');
  if (c >= '0' && c <= '9')
    return (int)(c - '0' + 26);
  return -1; /* upper case was mapped to lower case in step 1 */
}

/* Punycode decoding of in[0..n) into out (at most CP_MAX code points). */
static long puny_decode(const uint32_t *in, size_t n, uint32_t *out) {
  size_t b = 0, j, len = 0, pos;
  uint32_t i = 0, code = INITIAL_N, bias = INITIAL_BIAS;
  for (j = 0; j < n; j++)
    if (in[j] == '-')
      b = j;
  for (j = 0; j < b; j++) {
    if (in[j] >= 0x80)
      return -1;
    out[len++] = in[j];
  }
  for (pos = b > 0 ? b + 1 : 0; pos < n;) {
    uint32_t old = i, w = 1, k;
    for (k = BASE;; k += BASE) {
      int d;
      uint32_t t;
      if (pos >= n || (d = digit_value(in[pos++])) < 0)
        return -1;
      if ((uint32_t)d > (0xFFFFFFFFu - i) / w)
        return -1;
      i += (uint32_t)d * w;
      t = threshold(k, bias);
      if ((uint32_t)d < t)
        break;
      if (w > 0xFFFFFFFFu / (BASE - t))
        return -1;
      w *= BASE - t;
    }
    bias = adapt(i - old, (uint32_t)len + 1, old == 0);
    if (i / (len + 1) > 0x10FFFF - code)
      return -1;
    code += i / (uint32_t)(len + 1);
    i %= (uint32_t)(len + 1);
    if (code >= 0xD800 && code <= 0xDFFF)
      return -1;
    if (len == CP_MAX)
      return MSSECREF_ETOOLONG;
    { /* insert at i: carried forward, a loop no compiler turns into a
         call to memmove (the library imports nothing) */
      uint32_t carry = code;
      for (j = i; j <= len; j++) {
        uint32_t t = out[j];
        out[j] = carry;
        carry = t;
      }
    }
    i++;
    len++;
  }
  return (long)len;
}

/* Appends c to out[*k], at most MSR_DOMAIN_MAX bytes. */
static int put(char *out, size_t *k, uint32_t c) {
  if (*k == MSR_DOMAIN_MAX)
    return MSSECREF_ETOOLONG;
  out[(*k)++] = (char)c;
  return 0;
}

static int put_digit(char *out, size_t *k, uint32_t d) {
  return put(out, k, d < 26 ? 'a' + d : '0' + d - 26);
}

/* "xn--" and the Punycode encoding of cp[0..n). */
static int puny_encode(const uint32_t *cp, size_t n, char *out, size_t *k) {
  size_t j, h, b = 0;
  uint32_t code = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  if (put(out, k, 'x') || put(out, k, 'n') || put(out, k, '-') ||
      put(out, k, '-'))
    return MSSECREF_ETOOLONG;
  for (j = 0; j < n; j++)
    if (cp[j] < 0x80 && (b++, put(out, k, cp[j])))
      return MSSECREF_ETOOLONG;
  if (b > 0 && put(out, k, '-'))
    return MSSECREF_ETOOLONG;
  for (h = b; h < n; code++, delta++) {
    uint32_t m = 0x110000;
    for (j = 0; j < n; j++)
      if (cp[j] >= code && cp[j] < m)
        m = cp[j];
    delta += (m - code) * (uint32_t)(h + 1); /* < 2^32: n <= CP_MAX */
    code = m;
    for (j = 0; j < n; j++) {
      if (cp[j] < code) {
        delta++;
      } else if (cp[j] == code) {
        uint32_t q = delta, kk;
        for (kk = BASE;; kk += BASE) {
          uint32_t t = threshold(kk, bias);
          if (q < t)
            break;
          if (put_digit(out, k, t + (q - t) % (BASE - t)))
            return MSSECREF_ETOOLONG;
          q = (q - t) / (BASE - t);
        }
        if (put_digit(out, k, q))
          return MSSECREF_ETOOLONG;
        bias = adapt(delta, (uint32_t)h + 1, h == b);
        delta = 0;
        h++;
      }
    }
  }
  return 0;
}

static int is_ascii(const uint32_t *cp, size_t n) {
  size_t j;
  for (j = 0; j < n; j++)
    if (cp[j] >= 0x80)
      return 0;
  return 1;
}

static int xn_prefix(const uint32_t *cp, size_t n) {
  return n >= 4 && cp[0] == 'x' && cp[1] == 'n' && cp[2] == '-' && cp[3] == '-';
}

/* A decoded "xn--" label: not empty, not ASCII only, not itself "xn--"
 * (UTS #46 revision 33, Unicode 16.0: section 4 step 4.1 and validity
 * criterion 4; the URL Standard calls the current UTS #46), every code
 * point valid, no '.', in NFC.  Revision 31 (15.1) let "xn--abc-" through
 * as "abc", so a spoofed "xn--" label meant another name; Node 20's parser
 * still keeps it as written. */
static int check_decoded(const uint32_t *cp, size_t n) {
  size_t j;
  int same = 0;
  if (n == 0 || is_ascii(cp, n) || xn_prefix(cp, n))
    return MSSECREF_EIDN;
  for (j = 0; j < n; j++) {
    if (cp[j] == '.')
      return MSSECREF_EIDN;
    if (cp[j] >= 0x80 && MSR_IDNA_STATUS(lookup(cp[j])) != MSR_IDNA_VALID)
      return MSSECREF_EIDN;
  }
  if (msr_nfc(cp, n, NULL, 0, &same) < 0 || !same)
    return MSSECREF_EIDN;
  return 0;
}

/* The labels of a domain in their Unicode form, '.'-separated in cp[]. */
struct labels {
  uint32_t *cp;
  size_t n;
};

/* Step 4 for the label cp[s..e): decodes an "xn--" label and checks the
 * label, then moves its Unicode form to cp[*w..] (never past s: Punycode
 * only shrinks). */
static int unicode_label(struct labels *l, size_t s, size_t e, size_t *w,
                         int *changed) {
  uint32_t dec[CP_MAX];
  const uint32_t *u = l->cp + s;
  size_t n = e - s, j;
  int ascii = is_ascii(u, n);
  if (xn_prefix(u, n)) {
    long m;
    *changed = 1;
    if (!ascii)
      return MSSECREF_EIDN;
    if ((m = puny_decode(u + 4, n - 4, dec)) < 0)
      return m == MSSECREF_ETOOLONG ? MSSECREF_ETOOLONG : MSSECREF_EIDN;
    if (check_decoded(dec, (size_t)m) != 0)
      return MSSECREF_EIDN;
    u = dec, n = (size_t)m, ascii = is_ascii(dec, n);
  }
  if (!ascii && msr_label_check(u, n) != 0)
    return MSSECREF_EIDN;
  for (j = 0; j < n; j++)
    l->cp[(*w)++] = u[j];
  return 0;
}

/* Steps 3 and 4: every label checked and in its Unicode form. */
static int unicode_labels(struct labels *l, int *changed) {
  size_t start = 0, j, w = 0, m = l->n;
  for (j = 0; j <= m; j++) {
    int rc;
    if (j < m && l->cp[j] != '.')
      continue;
    if ((rc = unicode_label(l, start, j, &w, changed)) != 0)
      return rc;
    if (j < m)
      l->cp[w++] = '.';
    start = j + 1;
  }
  l->n = w;
  return 0;
}

/* CheckBidi: in a Bidi domain name, every label keeps RFC 5893's rule. */
static int check_bidi(const struct labels *l) {
  size_t start = 0, j;
  if (!msr_bidi_domain(l->cp, l->n))
    return 0;
  for (j = 0; j <= l->n; j++) {
    if (j < l->n && l->cp[j] != '.')
      continue;
    if (j > start && msr_bidi_rule(l->cp + start, j - start) != 0)
      return MSSECREF_EIDN;
    start = j + 1;
  }
  return 0;
}

/* ToASCII: non-ASCII labels (decoded "xn--" ones among them) as
 * Punycode. */
static long to_ascii(const struct labels *l, char *out) {
  size_t start = 0, j, k = 0;
  for (j = 0; j <= l->n; j++) {
    const uint32_t *u = l->cp + start;
    size_t n = j - start, i;
    if (j < l->n && l->cp[j] != '.')
      continue;
    if (!is_ascii(u, n)) { /* a decoded "xn--" label is never ASCII */
      if (puny_encode(u, n, out, &k) != 0)
        return MSSECREF_ETOOLONG;
    } else {
      for (i = 0; i < n; i++)
        if (put(out, &k, u[i]))
          return MSSECREF_ETOOLONG;
    }
    if (j < l->n && put(out, &k, '.'))
      return MSSECREF_ETOOLONG;
    start = j + 1;
  }
  if (k == 0)
    return MSSECREF_EURL; /* the URL Standard refuses an empty result */
  out[k] = '\0';
  return (long)k;
}

long msr_domain_to_ascii(const unsigned char *in, size_t n, char *out,
                         int *changed) {
  uint32_t cp[CP_MAX];
  struct labels l = {cp, 0};
  int same, rc;
  long m = map_domain(in, n, cp, changed);
  if (m < 0)
    return m;
  l.n = (size_t)m;
  if (*changed && (m = msr_nfc(cp, l.n, cp, CP_MAX, &same)) < 0)
    return m; /* step 2 */
  l.n = (size_t)m;
  if ((rc = unicode_labels(&l, changed)) != 0)
    return rc;
  if (*changed && check_bidi(&l) != 0)
    return MSSECREF_EIDN;
  return to_ascii(&l, out);
}
