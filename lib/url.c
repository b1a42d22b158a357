/* url.c - the host of a URL exactly as the URL Standard's basic URL parser
 * finds it for the special schemes (http, https, ws, wss, ftp, file) with
 * no base URL: any run of '/' and '\' after the scheme, userinfo up to the
 * last '@', the authority ending at '/', '\', '?' or '#', a port of digits
 * up to 65535, then the host parser: IPv6 literal, percent-decoding,
 * domain to ASCII (lib/idna.c), forbidden code points, the IPv4 parser
 * with its number forms.  Whatever follows the authority is never read. */
#include "internal.h"
#include "observable.h"

#define FAIL MSSECREF_EURL

#define FORB_HOST(c)                                                           \
  ((c) == 0x00 || (c) == 0x09 || (c) == 0x0A || (c) == 0x0D || (c) == ' ' ||   \
   (c) == '#' || (c) == '/' || (c) == ':' || (c) == '<' || (c) == '>' ||       \
   (c) == '?' || (c) == '@' || (c) == '[' || (c) == '\\' || (c) == ']' ||      \
   (c) == '^' || (c) == '|')
#define CLASS(c)                                                               \
  (((c) <= 0x20 || (c) == '[' || (c) == '(' || (c) == '{' ? MSR_UC_DIRTY       \
                                                          : 0) |               \
   ((c) == '%' || (c) >= 0x80 ? MSR_UC_CONV : 0) |                             \
   ((c) <= 0x1F || (c) == '%' || (c) == 0x7F || FORB_HOST(c) ? MSR_UC_FORB     \
                                                             : 0) |            \
   ((c) == 0 || (c) == '/' || (c) == '\\' || (c) == '?' || (c) == '#'          \
        ? MSR_UC_END                                                           \
        : 0) |                                                                 \
   ((c) == '@' ? MSR_UC_AT : 0) | ((c) == ':' ? MSR_UC_COLON : 0) |            \
   ((c) == '.' ? MSR_UC_DOT : 0) | ((c) == 'x' || (c) == 'X' ? MSR_UC_X : 0) | \
   ((((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ||               \
     ((c) >= '0' && (c) <= '9') || (c) == '-' || (c) == '_') &&                \
            (c) != 'x' && (c) != 'X'                                           \
        ? MSR_UC_PLAIN                                                         \
        : 0))
#define C4(c) CLASS(c), CLASS(c + 1), CLASS(c + 2), CLASS(c + 3)
#define C16(c) C4(c), C4(c + 4), C4(c + 8), C4(c + 12)
#define C64(c) C16(c), C16(c + 16), C16(c + 32), C16(c + 48)

const unsigned short msr_url_class[256] = {C64(0u), C64(64u), C64(128u),
                                           C64(192u)};

static int hex(unsigned char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (unsigned char)(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* ---- IPv4 ---- */

static size_t put_decimal(char *out, unsigned v) {
  char tmp[4];
  size_t n = 0, k = 0;
  do
    tmp[n++] = (char)('0' + v % 10);
  while ((v /= 10) > 0);
  while (n > 0)
    out[k++] = tmp[--n];
  return k;
}

static int ipv4(const char *s, size_t n, struct msr_host *h) {
  int64_t num[4];
  size_t parts = 0, start = 0, i, k = 0;
  uint64_t v;
  if (n > 0 && s[n - 1] == '.')
    n--;
  for (i = 0; i <= n; i++) {
    if (i < n && s[i] != '.')
      continue;
    if (parts == 4)
      return FAIL;
    if ((num[parts++] = msr_ipv4_number(s + start, i - start)) < 0)
      return FAIL;
    start = i + 1;
  }
  for (i = 0; i + 1 < parts; i++)
    if (num[i] > 255)
      return FAIL;
  if (num[parts - 1] >= (int64_t)1 << (8 * (5 - parts)))
    return FAIL;
  v = (uint64_t)num[parts - 1];
  for (i = 0; i + 1 < parts; i++)
    v += (uint64_t)num[i] << (8 * (3 - i));
  for (i = 0; i < 4; i++) {
    k += put_decimal(h->buf + k, (unsigned)(v >> (24 - 8 * i)) & 255);
    if (i < 3)
      h->buf[k++] = '.';
  }
  h->buf[k] = '\0';
  h->p = h->buf, h->n = k;
  h->flags |= MSSECREF_HOST_IP;
  return 0;
}

/* ---- IPv6 ---- */

static int ipv6_v4(const char *s, size_t n, size_t *p, uint16_t *a,
                   int *piece) {
  int seen = 0;
  if (*piece > 6)
    return FAIL;
  while (*p < n) {
    int part = -1;
    if (seen > 0) {
      if (s[*p] != '.' || seen >= 4)
        return FAIL;
      ++*p;
    }
    if (*p >= n || s[*p] < '0' || s[*p] > '9')
      return FAIL;
    while (*p < n && s[*p] >= '0' && s[*p] <= '9') {
      int d = s[(*p)++] - '0';
      if (part == 0)
        return FAIL;
      part = part < 0 ? d : part * 10 + d;
      if (part > 255)
        return FAIL;
    }
    a[*piece] = (uint16_t)(a[*piece] * 0x100 + part);
    if (++seen == 2 || seen == 4)
      ++*piece;
  }
  return seen == 4 ? 0 : FAIL;
}

static int ipv6_parse(const char *s, size_t n, uint16_t *a) {
  size_t p = 0;
  int piece = 0, compress = -1;
  if (n > 0 && s[0] == ':') {
    if (n < 2 || s[1] != ':')
      return FAIL;
    p = 2, compress = ++piece;
  }
  while (p < n) {
    unsigned value = 0, len = 0;
    if (piece == 8)
      return FAIL;
    if (s[p] == ':') {
      if (compress >= 0)
        return FAIL;
      p++, compress = ++piece;
      continue;
    }
    while (len < 4 && p < n && hex((unsigned char)s[p]) >= 0)
      value = value * 16 + (unsigned)hex((unsigned char)s[p++]), len++;
    if (p < n && s[p] == '.') {
      if (len == 0)
        return FAIL;
      p -= len;
      if (ipv6_v4(s, n, &p, a, &piece) != 0)
        return FAIL;
      break;
    }
    if (p < n && s[p] == ':') {
      if (++p == n)
        return FAIL;
    } else if (p < n) {
      return FAIL;
    }
    a[piece++] = (uint16_t)value;
  }
  if (compress >= 0) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = a[piece];
      a[piece] = a[compress + swaps - 1];
      a[compress + swaps - 1] = t;
      piece--, swaps--;
    }
  } else if (piece != 8) {
    return FAIL;
  }
  return 0;
}

/* "[...]" as the URL Standard serialises it: the first longest run of two
 * or more zero pieces compressed, lower-case hex. */
static int ipv6(const char *s, size_t n, struct msr_host *h) {
  uint16_t a[8] = {0};
  int i, best = -1, best_len = 1, ignore = 0;
  size_t k = 0;
  if (ipv6_parse(s, n, a) != 0)
    return FAIL;
  for (i = 0; i < 8; i++) {
    int j = i;
    while (j < 8 && a[j] == 0)
      j++;
    if (j - i > best_len)
      best = i, best_len = j - i;
    if (j > i)
      i = j - 1;
  }
  h->buf[k++] = '[';
  for (i = 0; i < 8; i++) {
    static const char digits[] = "0123456789abcdef";
    int shift, started = 0;
    if (ignore && a[i] == 0)
      continue;
    ignore = 0;
    if (i == best) {
      h->buf[k++] = ':';
      if (i == 0)
        h->buf[k++] = ':';
      ignore = 1;
      continue;
    }
    for (shift = 12; shift >= 0; shift -= 4) {
      unsigned d = (a[i] >> shift) & 15u;
      if (d != 0 || started || shift == 0)
        h->buf[k++] = digits[d], started = 1;
    }
    if (i != 7)
      h->buf[k++] = ':';
  }
  h->buf[k++] = ']';
  h->buf[k] = '\0';
  h->p = h->buf, h->n = k;
  h->flags |= MSSECREF_HOST_IP;
  return 0;
}

/* ---- the host parser ---- */

int msr_xn_at(const char *s, size_t lim, size_t i) {
  return (i == 0 || s[i - 1] == '.') && i + 3 < lim && (s[i] | 0x20) == 'x' &&
         (s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' && s[i + 3] == '-';
}

/* Percent-decodes and runs domain to ASCII into h->buf. */
static long to_ascii(const char *s, size_t n, struct msr_host *h) {
  unsigned char tmp[MSR_DOMAIN_MAX];
  size_t i, m = 0;
  int changed = 0;
  long len;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (m == sizeof tmp)
      return MSSECREF_ETOOLONG;
    if (c == '%' && i + 2 < n && hex((unsigned char)s[i + 1]) >= 0 &&
        hex((unsigned char)s[i + 2]) >= 0) {
      c = (unsigned char)(hex((unsigned char)s[i + 1]) * 16 +
                          hex((unsigned char)s[i + 2]));
      i += 2;
      h->flags |= MSSECREF_HOST_DECODED;
    }
    tmp[m++] = c;
  }
  len = msr_domain_to_ascii(tmp, m, h->buf, &changed);
  if (changed)
    h->flags |= MSSECREF_HOST_IDN;
  return len;
}

int msr_host_ascii(const char *s, size_t n, struct msr_host *h) {
  if (msr_maybe_number(s, n) && msr_ends_in_number(s, n))
    return ipv4(s, n, h);
  h->p = s, h->n = n;
  return 0;
}

int msr_host_parse(const char *s, size_t n, struct msr_host *h) {
  size_t i;
  unsigned acc = 0;
  if (n == 0)
    return FAIL;
  if (s[0] == '[')
    return s[n - 1] == ']' && n >= 2 ? ipv6(s + 1, n - 2, h) : FAIL;
  for (i = 0; i < n; i++) {
    unsigned k = msr_url_class[(unsigned char)s[i]];
    acc |= k;
    if ((k & MSR_UC_X) && msr_xn_at(s, n, i))
      acc |= MSR_UC_CONV;
  }
  return msr_host_scanned(s, n, acc, h);
}

int msr_host_scanned(const char *s, size_t n, unsigned acc,
                     struct msr_host *h) {
  size_t i;
  long len;
  if (n == 0)
    return FAIL;
  if (s[0] == '[')
    return msr_host_parse(s, n, h);
  if (!(acc & MSR_UC_CONV))
    return acc & MSR_UC_FORB ? FAIL : msr_host_ascii(s, n, h);
  if ((len = to_ascii(s, n, h)) < 0)
    return (int)len;
  for (i = 0; i < (size_t)len; i++)
    if (msr_url_class[(unsigned char)h->buf[i]] & MSR_UC_FORB)
      return FAIL;
  return msr_host_ascii(h->buf, (size_t)len, h);
}

/* ---- the URL ---- */

enum scheme { NONE, SPECIAL, FILE_, DEFANGED, MAILTO, OTHER };

static int ieq(const char *s, size_t n, const char *word) {
  size_t i;
  for (i = 0; i < n; i++)
    if (word[i] == '\0' || (s[i] | 0x20) != word[i])
      return 0;
  return word[n] == '\0';
}

int msr_scheme_special(const char *s, size_t n) {
  if (ieq(s, n, "http") || ieq(s, n, "https") || ieq(s, n, "ws") ||
      ieq(s, n, "wss") || ieq(s, n, "ftp"))
    return MSR_SCHEME_SPECIAL;
  return ieq(s, n, "file") ? MSR_SCHEME_FILE : 0;
}

/* The scheme s[0..n), s[n] being its ':'.  A defanged one is the same rule
 * refang.c undoes. */
static enum scheme scheme_kind(const char *s, size_t n) {
  switch (msr_scheme_special(s, n)) {
  case MSR_SCHEME_SPECIAL:
    return SPECIAL;
  case MSR_SCHEME_FILE:
    return FILE_;
  default:
    break;
  }
  if (ieq(s, n, "mailto"))
    return MAILTO;
  return msr_defanged_scheme(s, n + 1) == n ? DEFANGED : OTHER;
}

static int is_alpha(unsigned char c) {
  c = (unsigned char)(c | 0x20);
  return c >= 'a' && c <= 'z';
}

static int scheme_char(unsigned char c) {
  return (msr_url_class[c] & (MSR_UC_PLAIN | MSR_UC_X | MSR_UC_DOT) &&
          c != '_') ||
         c == '+';
}

static int ends_authority(unsigned char c) {
  return msr_url_class[c] & MSR_UC_END;
}

/* The end of the authority starting at s[p]: its index, MSR_RETRY or
 * MSSECREF_ETOOLONG.  *at is the index of its last '@' and *colon of the
 * first ':' after it ((size_t)-1: none); *acc is what the host part (after
 * the last '@', before that ':') holds (msr_url_class, MSR_UC_CONV for an
 * "xn--" label), *bracket says a '[' was seen. */
static long authority_end(const char *s, size_t lim, int clean, size_t p,
                          size_t *at, size_t *colon, unsigned *acc,
                          int *bracket) {
  size_t label = p; /* where the current label of the host starts */
  *at = *colon = (size_t)-1;
  *bracket = 0;
  *acc = 0;
  for (; p < lim; p++) {
    unsigned k = msr_url_class[(unsigned char)s[p]];
    if (k & MSR_UC_PLAIN)
      continue;
    if (k & MSR_UC_END)
      break;
    if (k & MSR_UC_DIRTY) {
      if (clean)
        return MSR_RETRY;
      *bracket |= s[p] == '[';
    }
    if (k & MSR_UC_AT) {
      *at = p, *colon = (size_t)-1, *acc = 0, label = p + 1;
      continue;
    }
    if ((k & MSR_UC_COLON) && *colon == (size_t)-1)
      *colon = p;
    if (*colon != (size_t)-1)
      continue;
    *acc |= k;
    if (k & MSR_UC_DOT)
      label = p + 1;
    else if ((k & MSR_UC_X) && p == label && p + 3 < lim &&
             (s[p + 1] | 0x20) == 'n' && s[p + 2] == '-' && s[p + 3] == '-')
      *acc |= MSR_UC_CONV; /* an "xn--" label needs converting */
  }
  return p == lim ? MSSECREF_ETOOLONG : (long)p;
}

static int port_ok(const char *s, size_t n) {
  size_t i;
  unsigned long v = 0;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 0;
    v = v * 10 + (unsigned long)(s[i] - '0');
    if (v > 65535)
      return 0;
  }
  return 1;
}

/* userinfo '@' host ':' port, for a special scheme. */
static int authority(const char *s, size_t lim, int clean, size_t p,
                     struct msr_host *h) {
  size_t at, hs, he, colon;
  unsigned acc;
  int inside = 0, bracket;
  long end = authority_end(s, lim, clean, p, &at, &colon, &acc, &bracket);
  if (end < 0)
    return (int)end;
  hs = at == (size_t)-1 ? p : at + 1;
  he = colon == (size_t)-1 ? (size_t)end : colon;
  if (bracket) /* a ':' inside "[...]" is the IPv6 address's */
    for (he = hs; he < (size_t)end; he++) {
      if (s[he] == '[')
        inside = 1;
      else if (s[he] == ']')
        inside = 0;
      else if (s[he] == ':' && !inside)
        break;
    }
  if (he == hs)
    return FAIL; /* no host ("https://user@/", "https://:80/") */
  if (he < (size_t)end && !port_ok(s + he + 1, (size_t)end - he - 1))
    return FAIL;
  if (bracket)
    return msr_host_parse(s + hs, he - hs, h);
  return msr_host_scanned(s + hs, he - hs, acc, h);
}

static size_t skip_slashes(const char *s, size_t lim, size_t p) {
  while (p < lim && (s[p] == '/' || s[p] == '\\'))
    p++;
  return p;
}

/* In the first pass, a character the second pass removes or refangs
 * right after the scheme may make (or unmake) its "//": "file:/\t/x",
 * "t:/[/]x".  Such input is left to the second pass. */
static int dirty_slashes(const char *s, size_t lim, size_t p) {
  size_t i;
  for (i = p; i < p + 2 && i < lim && s[i] != '\0'; i++)
    if (msr_dirty((unsigned char)s[i]))
      return 1;
  return 0;
}

/* file: a host only after two slashes, and not a drive letter or
 * "localhost"; no host is the empty host. */
static int file_host(const char *s, size_t lim, int clean, size_t p,
                     struct msr_host *h) {
  size_t at, colon;
  unsigned acc;
  long end;
  int rc, bracket;
  if (clean && dirty_slashes(s, lim, p))
    return MSR_RETRY;
  if (!(p + 1 < lim && (s[p] == '/' || s[p] == '\\') &&
        (s[p + 1] == '/' || s[p + 1] == '\\'))) {
    h->p = h->buf, h->n = 0;
    return 0;
  }
  if ((end = authority_end(s, lim, clean, p + 2, &at, &colon, &acc, &bracket)) <
      0)
    return (int)end;
  p += 2;
  if ((size_t)end == p ||
      ((size_t)end - p == 2 && is_alpha((unsigned char)s[p]) &&
       (s[p + 1] == ':' || s[p + 1] == '|'))) {
    h->p = h->buf, h->n = 0;
    return 0;
  }
  if ((rc = msr_host_parse(s + p, (size_t)end - p, h)) != 0)
    return rc;
  if (h->n == 9 && ieq(h->p, 9, "localhost"))
    h->n = 0;
  return 0;
}

/* "host:port..." without a scheme: digits (or nothing) up to the end of
 * the authority. */
static int looks_like_port(const char *s, size_t lim, size_t p, int clean) {
  while (p < lim && s[p] >= '0' && s[p] <= '9')
    p++;
  if (clean && p < lim && msr_dirty((unsigned char)s[p]))
    return MSR_RETRY; /* "host:\t443" reads as "host:443" */
  return p < lim && ends_authority((unsigned char)s[p]);
}

size_t msr_scheme_length(const char *s, size_t lim) {
  size_t j;
  if (lim == 0 || !is_alpha((unsigned char)s[0]))
    return 0;
  for (j = 1; j < lim && scheme_char((unsigned char)s[j]); j++)
    ;
  return j < lim && s[j] == ':' ? j : 0;
}

/* What WebDAV writes after a UNC path's server: "SSL", "SSL@443", "80". */
static int webdav_suffix(const char *s, size_t n) {
  size_t i = 0;
  if (n >= 3 && ieq(s, 3, "ssl")) {
    if (n == 3)
      return 1;
    if (s[3] != '@')
      return 0;
    i = 4;
  }
  if (i == n)
    return 0;
  for (; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

/* A Windows UNC path, "\\server\share" or WebDAV's
 * "\\server@SSL@443\DavWWWRoot\...", as EDR alerts carry them: the server
 * is the host (a URL reading would take it for userinfo and "SSL" for the
 * host). */
static int unc_path(const char *s, size_t lim, int clean, struct msr_host *h) {
  size_t end, at = (size_t)-1;
  for (end = 2; end < lim && s[end] != '\0' && s[end] != '\\' && s[end] != '/';
       end++) {
    if (clean && msr_dirty((unsigned char)s[end]))
      return MSR_RETRY;
    if (s[end] == '@' && at == (size_t)-1)
      at = end;
  }
  if (end == lim)
    return MSSECREF_ETOOLONG;
  if (at != (size_t)-1 && !webdav_suffix(s + at + 1, end - at - 1))
    return FAIL;
  return msr_host_parse(s + 2, (at != (size_t)-1 ? at : end) - 2, h);
}

/* Is s[0..n) a scheme's name without its ':' ("https", "hxxps")? */
static int scheme_word(const char *s, size_t n) {
  char t[8];
  if (n == 0 || n > 6)
    return 0;
  memcpy(t, s, n);
  t[n] = ':';
  return msr_scheme_special(s, n) || msr_defanged_scheme(t, n + 1) == n;
}

/* Does a broken or quoted scheme stand where a URL without a scheme has
 * its host: "//" after an empty port ("'https://x'", "(https://x)",
 * "url=https://x") or after a scheme's bare name ("https//x")?  Then the
 * URL is refused rather than judged at the host "'https".  The authority
 * starts at s[p]; 1, 0 or MSR_RETRY (a byte the second pass removes). */
static int slashes_after_authority(const char *s, size_t lim, int clean,
                                   size_t p) {
  size_t start = p;
  for (; p < lim && s[p] != '\0'; p++) {
    if (clean && msr_dirty((unsigned char)s[p]))
      return MSR_RETRY;
    if (s[p] == '/' || s[p] == '\\')
      break;
    if (s[p] == '?' || s[p] == '#')
      return 0;
  }
  if (p + 1 >= lim || s[p] == '\0')
    return 0;
  if (clean && msr_dirty((unsigned char)s[p + 1]))
    return MSR_RETRY;
  if (s[p + 1] != '/' && s[p + 1] != '\\')
    return 0;
  return (p > start && s[p - 1] == ':') || scheme_word(s + start, p - start);
}

int msr_url(const char *s, size_t lim, int clean, struct msr_host *h) {
  size_t j = 0;
  int port;
  enum scheme kind = NONE;
  if (clean && lim > 0 && msr_dirty((unsigned char)s[0]))
    return MSR_RETRY;
  /* "http:" and "https:" first: what nearly every URL starts with */
  if ((s[0] | 0x20) == 'h' && (s[1] | 0x20) == 't' && (s[2] | 0x20) == 't' &&
      (s[3] | 0x20) == 'p') {
    j = (s[4] | 0x20) == 's' ? 5 : 4;
    if (s[j] == ':')
      return authority(s, lim, clean, skip_slashes(s, lim, j + 1), h);
  }
  if ((j = msr_scheme_length(s, lim)) > 0)
    kind = scheme_kind(s, j);
  if (clean && (kind == NONE || kind == OTHER) &&
      msr_defanged_scheme(s, lim) > 0)
    return MSR_RETRY; /* "h**ps://", "hxxps[:]//" */
  switch (kind) {
  case SPECIAL:
    return authority(s, lim, clean, skip_slashes(s, lim, j + 1), h);
  case FILE_:
    return file_host(s, lim, clean, j + 1, h);
  case DEFANGED:
    return clean ? MSR_RETRY : FAIL;
  case MAILTO:
    return FAIL; /* read as an e-mail address (observable.c) */
  case OTHER:
    if (clean && dirty_slashes(s, lim, j + 1))
      return MSR_RETRY;
    if (j + 2 < lim && s[j + 1] == '/' && s[j + 2] == '/')
      return authority(s, lim, clean, j + 3, h);
    if ((port = looks_like_port(s, lim, j + 1, clean)) <= 0)
      return port < 0 ? port : FAIL;
    break; /* "host:port/path" */
  case NONE:
    break;
  }
  h->flags |= MSSECREF_HOST_NO_SCHEME;
  if (lim > 2 && s[0] == '\\' && s[1] == '\\' && s[2] != '\\' && s[2] != '/')
    return unc_path(s, lim, clean, h);
  j = skip_slashes(s, lim, 0);
  if ((port = slashes_after_authority(s, lim, clean, j)) != 0)
    return port < 0 ? port : FAIL;
  return authority(s, lim, clean, j, h);
}
