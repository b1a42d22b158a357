/* refang.c - undoes the defanging threat-intel feeds and analysts apply to
 * indicators so that nobody clicks them.  Each convention is a fixed,
 * documented rule (mssecref.h, README.md); nothing is guessed:
 *   scheme  hxxp hxxps hxtp hxtps h**p h__p fxp fxps (any case) -> http(s),
 * ftp(s)
 *   '.'     [.] (.) {.} [dot] (dot) {dot}
 *   ':'     [:]        "://"  [://]        '/'  [/]
 *   '@'     [@] [at] (at) {at}
 * A token with spaces on both sides ("evil [.] com") takes them with it.
 * Every replacement is no longer than what it replaces, so the work is
 * done in place. */
#include "internal.h" /* first: it asks for strnlen() */
#include "observable.h"

static const struct {
  char from[6];
  char to[4];
} tokens[] = {
    {"[.]", "."},   {"(.)", "."},   {"{.}", "."},  {"[dot]", "."},
    {"(dot)", "."}, {"{dot}", "."}, {"[:]", ":"},  {"[://]", "://"},
    {"[/]", "/"},   {"[@]", "@"},   {"[at]", "@"}, {"(at)", "@"},
    {"{at}", "@"},
};

static unsigned char lower(unsigned char c) {
  return (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

/* The length of tokens[t].from when it starts at s[i], else 0. */
static size_t token_at(const char *s, size_t n, size_t i, size_t t) {
  size_t k;
  for (k = 0; tokens[t].from[k] != '\0'; k++)
    if (i + k >= n || lower((unsigned char)s[i + k]) != tokens[t].from[k])
      return 0;
  return k;
}

static int masked(unsigned char c) {
  c = lower(c);
  return c == 'x' || c == 't' || c == '*' || c == '_';
}

size_t msr_defanged_scheme(const char *s, size_t n) {
  size_t len;
  unsigned char c0 = n > 0 ? lower((unsigned char)s[0]) : 0;
  if (c0 == 'h' && n >= 4 && masked((unsigned char)s[1]) &&
      masked((unsigned char)s[2]) && lower((unsigned char)s[3]) == 'p' &&
      !(lower((unsigned char)s[1]) == 't' && lower((unsigned char)s[2]) == 't'))
    len = 4;
  else if (c0 == 'f' && n >= 3 && masked((unsigned char)s[1]) &&
           lower((unsigned char)s[1]) != 't' &&
           lower((unsigned char)s[2]) == 'p')
    len = 3;
  else
    return 0;
  if (len < n && lower((unsigned char)s[len]) == 's')
    len++;
  if (len >= n || (s[len] != ':' && s[len] != '['))
    return 0;
  return len;
}

/* "hxxp", "h**p", "fxp"... rewritten in place. */
static int refang_scheme(char *s, size_t n) {
  if (msr_defanged_scheme(s, n) == 0)
    return 0;
  s[1] = 't';
  if (lower((unsigned char)s[0]) == 'h')
    s[2] = 't';
  return 1;
}

/* The token at s[i], if any, written to s[*k..]: its length, else 0. */
static size_t replace_token(char *s, size_t n, size_t i, size_t *k) {
  size_t t, len, m;
  for (t = 0; t < sizeof tokens / sizeof tokens[0]; t++)
    if ((len = token_at(s, n, i, t)) > 0) {
      for (m = 0; tokens[t].to[m] != '\0'; m++)
        s[(*k)++] = tokens[t].to[m];
      return len;
    }
  return 0;
}

/* A token written with spaces on both sides, as in prose ("evil [.] com"):
 * the spaces go too, since no host holds one.  out[start..*k) is the
 * replacement, s[*i] what follows the token. */
static void unpad(char *s, size_t start, size_t *k, size_t *i, size_t n) {
  size_t to = start, j;
  if (start == 0 || s[start - 1] != ' ' || *i >= n || s[*i] != ' ')
    return;
  while (to > 0 && s[to - 1] == ' ')
    to--;
  for (j = start; j < *k; j++)
    s[to++] = s[j];
  *k = to;
  while (*i < n && s[*i] == ' ')
    (*i)++;
}

size_t msr_refang(char *s, size_t n, int *changed) {
  size_t i = 0, k = 0;
  if (n > 0 && refang_scheme(s, n))
    *changed = 1;
  while (i < n) {
    size_t start = k, len = 0;
    if (s[i] == '[' || s[i] == '(' || s[i] == '{')
      len = replace_token(s, n, i, &k);
    if (len == 0) {
      s[k++] = s[i++];
      continue;
    }
    *changed = 1;
    i += len;
    unpad(s, start, &k, &i, n);
  }
  return k;
}
