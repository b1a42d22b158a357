/* url.c - the rule that keeps the catalogue from sending its users to a
 * host that is not Microsoft's.  Anything a reviewer could misread is
 * refused rather than normalised: the URL must be written in the one form
 * that compares byte for byte. */
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "hostname.h"

static int fail(char *why, size_t whylen, const char *msg) {
  snprintf(why, whylen, "%s", msg);
  return -1;
}

/* What a byte the catalogue's host rule refuses says about the URL. */
static const char *bad_byte(unsigned char c) {
  return c >= 0x80              ? "non-ASCII host (a look-alike risk)"
         : c == '%'             ? "percent-encoded host"
         : c >= 'A' && c <= 'Z' ? "upper case in host (write it in lower case)"
                                : "character not allowed in a host name";
}

/* The host h[0..n) by the library's own reading (lib/hostname.c), in its
 * catalogue form. */
static int check_host(const char *h, size_t n, char *why, size_t whylen) {
  struct msr_dots dots;
  size_t at = 0;
  long rc = msr_hostname(h, n, MSR_HOSTNAME_CATALOGUE, &dots, &at);
  switch (-rc) {
  case MSR_HOSTNAME_BYTE:
    return fail(why, whylen, bad_byte((unsigned char)h[at]));
  case MSR_HOSTNAME_EMPTY_LABEL:
    return fail(why, whylen,
                n == 0 ? "URL has no host"
                       : "empty label in host (a trailing or doubled dot)");
  case MSR_HOSTNAME_LONG_LABEL:
    return fail(why, whylen, "host label longer than 63 bytes");
  case MSR_HOSTNAME_HYPHEN:
    return fail(why, whylen, "host label starts or ends with '-'");
  case MSR_HOSTNAME_PUNYCODE:
    return fail(why, whylen,
                "punycode label in host (an internationalised look-alike)");
  case MSR_HOSTNAME_LONG:
    return fail(why, whylen, "host name longer than 253 bytes");
  case MSR_HOSTNAME_NUMBER:
    return fail(why, whylen, "IP address instead of a host name");
  default:
    return 0;
  }
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
