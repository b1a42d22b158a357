/* url.c - the rule that keeps the catalogue from sending its users to a
 * host that is not Microsoft's.  Anything a reviewer could misread is
 * refused rather than normalised: the URL must be written in the one form
 * that compares byte for byte. */
#include <stdio.h>
#include <string.h>

#include "gen.h"

static int fail(char *why, size_t whylen, const char *msg) {
  snprintf(why, whylen, "%s", msg);
  return -1;
}

static int check_label(const char *l, size_t n, char *why, size_t whylen) {
  if (n == 0)
    return fail(why, whylen, "empty label in host (a trailing or doubled dot)");
  if (n > 63)
    return fail(why, whylen, "host label longer than 63 bytes");
  if (l[0] == '-' || l[n - 1] == '-')
    return fail(why, whylen, "host label starts or ends with '-'");
  if (n >= 4 && memcmp(l, "xn--", 4) == 0)
    return fail(why, whylen,
                "punycode label in host (an internationalised look-alike)");
  return 0;
}

static int check_host(const char *h, size_t n, char *why, size_t whylen) {
  size_t i, start = 0;
  int all_digits = 1;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)h[i];
    if (c >= 0x80)
      return fail(why, whylen, "non-ASCII host (a look-alike risk)");
    if (c == '%')
      return fail(why, whylen, "percent-encoded host");
    if (c >= 'A' && c <= 'Z')
      return fail(why, whylen, "upper case in host (write it in lower case)");
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '.'))
      return fail(why, whylen, "character not allowed in a host name");
    if (c != '.' && !(c >= '0' && c <= '9'))
      all_digits = 0;
  }
  if (n == 0)
    return fail(why, whylen, "URL has no host");
  if (all_digits)
    return fail(why, whylen, "IP address instead of a host name");
  for (i = 0; i <= n; i++) {
    if (i == n || h[i] == '.') {
      if (check_label(h + start, i - start, why, whylen) != 0)
        return -1;
      start = i + 1;
    }
  }
  return 0;
}

static int on_allowed_domain(const struct gen_catalogue *cat, const char *h,
                             size_t n) {
  int i;
  for (i = 0; i < cat->ndomains; i++) {
    size_t dn = strlen(cat->domains[i]);
    if (n == dn && memcmp(h, cat->domains[i], n) == 0)
      return 1;
    /* whole labels only: "evilmicrosoft.com" is not under microsoft.com */
    if (n > dn && h[n - dn - 1] == '.' &&
        memcmp(h + n - dn, cat->domains[i], dn) == 0)
      return 1;
  }
  return 0;
}

static int is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

static int check_rest(const char *s, char *why, size_t whylen) {
  for (; *s != '\0'; s++) {
    unsigned char c = (unsigned char)*s;
    if (c <= 0x20 || c >= 0x7F)
      return fail(why, whylen,
                  "space or non-ASCII byte in URL (percent-encode it)");
    if (c == '\\')
      return fail(why, whylen, "backslash in URL");
    /* Not URL code points (URL Standard): a browser would percent-encode
     * them, and curl reads {a,b} and [1-3] as globs. */
    if (strchr("\"<>^`{|}[]", c) != NULL) {
      snprintf(why, whylen,
               "character '%c' is not valid in a URL (percent-encode it)", c);
      return -1;
    }
    if (c == '%' && !(is_hex(s[1]) && is_hex(s[2])))
      return fail(why, whylen, "'%' not followed by two hex digits in URL");
  }
  return 0;
}

int gen_check_url(const struct gen_catalogue *cat, const char *url, char *why,
                  size_t whylen) {
  const char *host, *end;
  size_t n;

  if (strlen(url) > GEN_MAX_URL)
    return fail(why, whylen, "URL too long");
  if (strncmp(url, "https://", 8) != 0)
    return fail(why, whylen, "URL is not https:// (lower-case scheme)");
  host = url + 8;
  end = host + strcspn(host, "/?#");
  n = (size_t)(end - host);
  if (memchr(host, '@', n) != NULL)
    return fail(why, whylen, "userinfo ('@') in URL authority");
  if (memchr(host, ':', n) != NULL || memchr(host, '[', n) != NULL)
    return fail(why, whylen, "port or IP literal in URL authority");
  if (check_host(host, n, why, whylen) != 0)
    return -1;
  if (check_rest(end, why, whylen) != 0)
    return -1;
  if (!on_allowed_domain(cat, host, n)) {
    snprintf(why, whylen,
             "host '%.*s' is not on a Microsoft domain listed in [domain] "
             "records",
             (int)n, host);
    return -1;
  }
  return 0;
}
