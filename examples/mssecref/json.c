/* json.c - a checking JSON reader over one line's bytes (see json.h).  The
 * checker is an explicit state machine with a byte stack, so hostile
 * nesting costs memory of the line's own size, never the C stack. */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__) && !defined(MSR_NO_SIMD)
#include <emmintrin.h>
#endif

#include "json.h"

static int is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const char *s, size_t i, size_t n) {
  while (i < n && is_ws((unsigned char)s[i]))
    i++;
  return i;
}

static int hex(unsigned char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* One UTF-8 sequence at s[i] (first byte >= 0x80): its length, or 0 when
 * it is not well-formed (RFC 3629: no overlongs, no surrogates, at most
 * U+10FFFF). */
static size_t utf8_len(const unsigned char *s, size_t i, size_t n) {
  unsigned c = s[i], lo = 0x80, hi = 0xBF;
  size_t len, k;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
  else
    return 0;
  if (n - i < len)
    return 0;
  for (k = 1; k < len; k++) {
    if (s[i + k] < lo || s[i + k] > hi)
      return 0;
    lo = 0x80, hi = 0xBF;
  }
  return len;
}

/* Bytes a string may hold as they are: printable ASCII but '"' and '\\'.
 * The checker skips runs of them first; everything else goes the long
 * way. */
static unsigned char plain[256];

static void init_plain(void) {
  int c;
  for (c = 0x20; c < 0x80; c++)
    plain[c] = c != '"' && c != '\\';
}

/* The high bit of each of 8 bytes (little-endian order) that is not
 * plain: below 0x20, '"', '\\' or from 0x80 up (the usual bit tricks on a
 * 64-bit word).  A borrow can flag a byte after a special one, never
 * before, so the lowest bit set is the first special byte. */
static uint64_t word_special(uint64_t x) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
  return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) |
          x) &
         high;
}

/* Past the plain bytes from s[k]: a word at a time where the machine is
 * little-endian and the compiler counts trailing zeros. */
static size_t skip_plain(const unsigned char *s, size_t k, size_t n) {
#if defined(__SSE2__) && defined(__GNUC__) && !defined(MSR_NO_SIMD)
  /* 16 bytes at a time: '"', '\\', and (signed) below 0x20 catches both
   * control bytes and bytes from 0x80 up */
  const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
                space = _mm_set1_epi8(0x20);
  while (k + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)),
        _mm_cmplt_epi8(v, space)));
    if (m != 0)
      return k + (size_t)__builtin_ctz(m);
    k += 16;
  }
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (k + 8 <= n) {
    uint64_t w, m;
    memcpy(&w, s + k, 8);
    if ((m = word_special(w)) != 0)
      return k + (size_t)(__builtin_ctzll(m) >> 3);
    k += 8;
  }
#endif
  while (k < n && plain[s[k]])
    k++;
  return k;
}

/* A string starting at the quote s[*i]; *i moves past the closing quote. */
static const char *check_string(const char *str, size_t *i, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t k = *i + 1;
  if (!plain['a'])
    init_plain();
  for (;;) {
    size_t len;
    k = skip_plain(s, k, n);
    if (k >= n)
      return "unterminated string";
    if (s[k] == '"')
      break;
    if (s[k] < 0x20)
      return s[k] == 0 ? "NUL byte" : "control character in a string";
    if (s[k] == '\\') {
      if (k + 1 >= n)
        return "unterminated string";
      if (s[k + 1] == 'u') {
        if (n - k < 6 || hex(s[k + 2]) < 0 || hex(s[k + 3]) < 0 ||
            hex(s[k + 4]) < 0 || hex(s[k + 5]) < 0)
          return "bad \\u escape";
        k += 6;
      } else if (strchr("\"\\/bfnrt", s[k + 1]) != NULL && s[k + 1] != 0) {
        k += 2;
      } else {
        return "bad escape";
      }
      continue;
    }
    if (s[k] < 0x80) {
      k++;
      continue;
    }
    if ((len = utf8_len(s, k, n)) == 0)
      return "invalid UTF-8";
    k += len;
  }
  *i = k + 1;
  return NULL;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, any number of digits. */
static const char *check_number(const char *s, size_t *i, size_t n) {
  size_t k = *i, d;
  if (k < n && s[k] == '-')
    k++;
  if (k < n && s[k] == '0')
    k++;
  else if (k < n && s[k] >= '1' && s[k] <= '9')
    while (k < n && s[k] >= '0' && s[k] <= '9')
      k++;
  else
    return "bad number";
  if (k < n && s[k] == '.') {
    for (d = ++k; k < n && s[k] >= '0' && s[k] <= '9';)
      k++;
    if (k == d)
      return "bad number";
  }
  if (k < n && (s[k] == 'e' || s[k] == 'E')) {
    k++;
    if (k < n && (s[k] == '+' || s[k] == '-'))
      k++;
    for (d = k; k < n && s[k] >= '0' && s[k] <= '9';)
      k++;
    if (k == d)
      return "bad number";
  }
  *i = k;
  return NULL;
}

static const char *check_scalar(const char *s, size_t *i, size_t n,
                                enum json_type *type) {
  static const char *const lit[] = {"true", "false", "null"};
  size_t k;
  if (s[*i] == '"') {
    *type = JSON_STRING;
    return check_string(s, i, n);
  }
  if (s[*i] == '-' || (s[*i] >= '0' && s[*i] <= '9')) {
    *type = JSON_NUMBER;
    return check_number(s, i, n);
  }
  for (k = 0; k < 3; k++) {
    size_t len = strlen(lit[k]);
    if (n - *i >= len && memcmp(s + *i, lit[k], len) == 0) {
      *type = JSON_LITERAL;
      *i += len;
      return NULL;
    }
  }
  return s[*i] == 0 ? "NUL byte" : "not a JSON value";
}

/* After '{' and white space: a key, white space, ':'. */
static const char *check_key(const char *s, size_t *i, size_t n) {
  const char *why;
  if (*i >= n || s[*i] != '"')
    return "expected a member name";
  if ((why = check_string(s, i, n)) != NULL)
    return why;
  *i = skip_ws(s, *i, n);
  if (*i >= n || s[*i] != ':')
    return "expected ':'";
  *i = skip_ws(s, *i + 1, n);
  return NULL;
}

/* Records a top-level member: its key ends just before s[colon]. */
static void list_member(const char *s, size_t key_start, size_t value,
                        struct json_member *m, size_t cap, size_t *count) {
  if (m != NULL && *count < cap) {
    size_t end = value;
    while (s[end - 1] != '"')
      end--;
    m[*count].key.start = key_start;
    m[*count].key.end = end;
    m[*count].key.type = JSON_STRING;
    m[*count].value = value;
  }
  ++*count;
}

const char *json_check(const char *s, size_t n, struct json_span *top,
                       struct json_member *members, size_t cap, size_t *count) {
  char stack[JSON_MAX_DEPTH]; /* '{' or '[' per open container */
  size_t depth = 0, i = skip_ws(s, 0, n), nm = 0, key;
  const char *why;
  enum json_type type = JSON_OBJECT;

  if (count == NULL)
    count = &nm;
  *count = 0;
  top->start = i;
  for (;;) { /* here a value begins */
    if (i >= n)
      return "expected a value";
    if (s[i] == '{' || s[i] == '[') {
      if (depth == JSON_MAX_DEPTH)
        return "nested too deeply";
      if (depth == 0)
        type = s[i] == '{' ? JSON_OBJECT : JSON_ARRAY;
      stack[depth++] = s[i];
      i = skip_ws(s, i + 1, n);
      if (i < n && s[i] == (stack[depth - 1] == '{' ? '}' : ']')) {
        depth--;
        i++;
      } else if (stack[depth - 1] == '[') {
        continue;
      } else if ((key = i, why = check_key(s, &i, n)) != NULL) {
        return why;
      } else {
        if (depth == 1)
          list_member(s, key, i, members, cap, count);
        continue;
      }
    } else {
      enum json_type t;
      if ((why = check_scalar(s, &i, n, &t)) != NULL)
        return why;
      if (depth == 0)
        type = t;
    }
    /* after a value: a separator, a closing bracket or the end */
    for (;;) {
      i = skip_ws(s, i, n);
      if (depth == 0) {
        if (i != n)
          return s[i] == 0 ? "NUL byte" : "text after the value";
        top->end = i;
        while (top->end > top->start && is_ws((unsigned char)s[top->end - 1]))
          top->end--;
        top->type = type;
        return NULL;
      }
      if (i >= n)
        return "unterminated object or array";
      if (s[i] == (stack[depth - 1] == '{' ? '}' : ']')) {
        depth--;
        i++;
        continue;
      }
      if (s[i] != ',')
        return s[i] == 0 ? "NUL byte" : "expected ',' or a closing bracket";
      i = skip_ws(s, i + 1, n);
      if (stack[depth - 1] == '{') {
        key = i;
        if ((why = check_key(s, &i, n)) != NULL)
          return why;
        if (depth == 1)
          list_member(s, key, i, members, cap, count);
      }
      break;
    }
  }
}

/* ---- walking a checked value ---- */

/* Past the closing quote of a checked string: the first '"' not escaped
 * by an odd run of backslashes. */
static size_t skip_string(const char *s, size_t i) {
  for (;;) {
    const char *q = strchr(s + i + 1, '"'); /* checked: no NUL before it */
    size_t k = (size_t)(q - s), b = 0;
    while (s[k - 1 - b] == '\\')
      b++;
    i = k;
    if (b % 2 == 0)
      return k + 1;
  }
}

/* The end of the checked value starting at s[i]. */
static size_t skip_value(const char *s, size_t i, size_t end,
                         enum json_type *type) {
  size_t depth = 0;
  if (s[i] == '"') {
    *type = JSON_STRING;
    return skip_string(s, i);
  }
  if (s[i] != '{' && s[i] != '[') {
    *type = s[i] == '-' || (s[i] >= '0' && s[i] <= '9') ? JSON_NUMBER
                                                        : JSON_LITERAL;
    while (i < end && !is_ws((unsigned char)s[i]) && s[i] != ',' &&
           s[i] != '}' && s[i] != ']')
      i++;
    return i;
  }
  *type = s[i] == '{' ? JSON_OBJECT : JSON_ARRAY;
  do {
    if (s[i] == '"') {
      i = skip_string(s, i);
      continue;
    }
    if (s[i] == '{' || s[i] == '[')
      depth++;
    else if (s[i] == '}' || s[i] == ']')
      depth--;
    i++;
  } while (depth > 0);
  return i;
}

struct json_span json_value_at(const char *s, size_t start,
                               struct json_span within) {
  struct json_span v;
  v.start = start;
  v.end = skip_value(s, start, within.end - 1, &v.type);
  return v;
}

void json_iter_init(struct json_iter *it, const char *s, struct json_span v) {
  it->s = s;
  it->pos = v.start + 1;
  it->end = v.end - 1; /* the closing bracket */
}

static int next_value(struct json_iter *it, struct json_span *value) {
  const char *s = it->s;
  size_t i = skip_ws(s, it->pos, it->end);
  value->start = i;
  value->end = skip_value(s, i, it->end, &value->type);
  i = skip_ws(s, value->end, it->end);
  it->pos = i < it->end ? i + 1 : i; /* past the comma */
  return 1;
}

int json_next_member(struct json_iter *it, struct json_span *key,
                     struct json_span *value) {
  const char *s = it->s;
  size_t i = skip_ws(s, it->pos, it->end);
  if (i >= it->end)
    return 0;
  key->start = i;
  key->end = skip_string(s, i);
  key->type = JSON_STRING;
  i = skip_ws(s, key->end, it->end);
  it->pos = i + 1; /* past the colon */
  return next_value(it, value);
}

int json_next_element(struct json_iter *it, struct json_span *value) {
  if (skip_ws(it->s, it->pos, it->end) >= it->end)
    return 0;
  return next_value(it, value);
}

/* ---- strings ---- */

static unsigned hex4(const char *s) {
  return (unsigned)(hex((unsigned char)s[0]) << 12 |
                    hex((unsigned char)s[1]) << 8 |
                    hex((unsigned char)s[2]) << 4 | hex((unsigned char)s[3]));
}

/* The code point of the escape at s[*i] (after the backslash 'u'), joining
 * a surrogate pair; *i moves past it. */
static unsigned unicode_escape(const char *s, size_t *i, size_t end) {
  unsigned cp = hex4(s + *i + 2), lo;
  *i += 6;
  if (cp >= 0xD800 && cp <= 0xDBFF && *i + 6 <= end && s[*i] == '\\' &&
      s[*i + 1] == 'u' && (lo = hex4(s + *i + 2)) >= 0xDC00 && lo <= 0xDFFF) {
    *i += 6;
    return 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
  }
  return cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp;
}

static size_t utf8_put(char *out, unsigned cp) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | cp >> 18);
  out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* With `prefix`, what fits is kept and its length returned. */
static long decode_string(const char *s, struct json_span str, char *out,
                          size_t cap, int prefix) {
  size_t i = str.start + 1, end = str.end - 1, n = 0;
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  if (cap == 0)
    return -1;
  while (i < end) {
    char buf[4];
    size_t len = 1;
    if (s[i] != '\\') {
      buf[0] = s[i++];
    } else if (s[i + 1] == 'u') {
      len = utf8_put(buf, unicode_escape(s, &i, end));
    } else {
      buf[0] = to[strchr(from, s[i + 1]) - from];
      i += 2;
    }
    if (n + len >= cap) {
      if (!prefix)
        return -1;
      break;
    }
    memcpy(out + n, buf, len);
    n += len;
  }
  out[n] = '\0';
  return (long)n;
}

long json_string(const char *s, struct json_span str, char *out, size_t cap) {
  return decode_string(s, str, out, cap, 0);
}

long json_string_prefix(const char *s, struct json_span str, char *out,
                        size_t cap) {
  return decode_string(s, str, out, cap, 1);
}

int json_string_eq(const char *s, struct json_span str, const char *key,
                   size_t n) {
  char buf[256];
  long len;
  size_t raw = str.end - str.start - 2;
  int escaped;
  if (raw < n) /* escapes only make the raw form longer */
    return 0;
  if (n > 0 && s[str.start + 1] != key[0] && s[str.start + 1] != '\\')
    return 0;
  if (raw == n && memcmp(s + str.start + 1, key, n) != 0)
    return 0;
  escaped = memchr(s + str.start + 1, '\\', raw) != NULL;
  if (!escaped)
    return raw == n;
  if (n >= sizeof buf)
    return 0; /* longer than any path the tool is given */
  len = json_string(s, str, buf, sizeof buf);
  return len == (long)n && memcmp(buf, key, n) == 0;
}

/* Whether the decoded key is a proper dotted prefix of path[0..n): the
 * key, then '.'.  Returns the key's length, or 0. */
static size_t dotted_prefix(const char *s, struct json_span key,
                            const char *path, size_t n) {
  const char *dot = path;
  while ((dot = memchr(dot, '.', n - (size_t)(dot - path))) != NULL) {
    size_t k = (size_t)(dot - path);
    if (json_string_eq(s, key, path, k))
      return k;
    dot++;
  }
  return 0;
}

int json_find_listed(const char *s, struct json_span top,
                     const struct json_member *m, size_t count,
                     const char *path, size_t n, struct json_span *out) {
  size_t i, best_len = 0, best = 0, k;
  for (i = count; i-- > 0;) /* the last of duplicates counts */
    if (json_string_eq(s, m[i].key, path, n)) {
      *out = json_value_at(s, m[i].value, top);
      return 1;
    }
  for (i = 0; i < count; i++)
    if (s[m[i].value] == '{' &&
        (k = dotted_prefix(s, m[i].key, path, n)) >= best_len && k > 0)
      best_len = k, best = i;
  if (best_len == 0)
    return 0;
  return json_find(s, json_value_at(s, m[best].value, top), path + best_len + 1,
                   n - best_len - 1, out);
}

int json_find(const char *s, struct json_span obj, const char *path, size_t n,
              struct json_span *out) {
  for (;;) {
    struct json_iter it;
    struct json_span key, value, best;
    size_t best_len = 0, k;
    int exact = 0;
    if (obj.type != JSON_OBJECT)
      return 0;
    json_iter_init(&it, s, obj);
    while (json_next_member(&it, &key, &value)) {
      if (json_string_eq(s, key, path, n)) {
        exact = 1;
        *out = value;
      } else if (!exact && value.type == JSON_OBJECT &&
                 (k = dotted_prefix(s, key, path, n)) >= best_len && k > 0) {
        best_len = k;
        best = value;
      }
    }
    if (exact)
      return 1;
    if (best_len == 0)
      return 0;
    obj = best;
    path += best_len + 1;
    n -= best_len + 1;
  }
}
