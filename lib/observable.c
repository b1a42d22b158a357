/* observable.c - which kind an observable is, and its host: a URL's (by
 * lib/url.c), a bare host name's, or an e-mail address's domain as mail
 * headers write addresses.  Reading is in two passes only when needed: the
 * string as given, and, when it holds a byte that normalising would change
 * (a tab or newline, leading or trailing space, a defanged form), a
 * normalised copy.  Either way nothing past MSSECREF_OBSERVABLE_MAX + 1
 * bytes from the first is read. */
#include "internal.h" /* first: it asks for strnlen() */

#include "observable.h"

#define RAW_LIM (MSSECREF_OBSERVABLE_MAX + 1)

static int ieq_prefix(const char *s, size_t lim, const char *word) {
  size_t i;
  for (i = 0; word[i] != '\0'; i++)
    if (i >= lim || (s[i] | 0x20) != word[i])
      return 0;
  return 1;
}

/* The length of s up to its NUL, with `clean` the first dirty byte
 * making MSR_RETRY; no NUL within lim is MSSECREF_ETOOLONG. */
static long length(const char *s, size_t lim, int clean) {
  size_t n;
  for (n = 0; n < lim && s[n] != '\0'; n++)
    if (clean && msr_dirty((unsigned char)s[n]))
      return MSR_RETRY;
  return n == lim ? MSSECREF_ETOOLONG : (long)n;
}

/* A host name as DNS carries it: letters, digits, '-' and '_' in labels
 * (non-ASCII ones are xn-- by now), no empty label (but one trailing dot),
 * labels of at most 63 bytes, at most 253 in all; "*." may lead. */
static int dns_name(const struct msr_host *h) {
  size_t n = h->n, i, start = 0;
  if (h->flags & MSSECREF_HOST_IP)
    return 0;
  if (n > 0 && h->p[n - 1] == '.')
    n--;
  if (n == 0 || n > 253)
    return MSSECREF_EURL;
  if (n > 2 && h->p[0] == '*' && h->p[1] == '.')
    i = start = 2; /* "*.sharepoint.com", as allow lists write suffixes */
  else
    i = 0;
  for (; i <= n; i++)
    if (i == n || h->p[i] == '.') {
      if (i == start || i - start > 63)
        return MSSECREF_EURL;
      start = i + 1;
    } else if (!(msr_url_class[(unsigned char)h->p[i]] &
                 (MSR_UC_PLAIN | MSR_UC_X))) {
      return MSSECREF_EURL; /* "host,", "(host)": letters, digits, - and _ */
    }
  return 0;
}

/* One pass over a bare host name: its end, what it needs, and its labels
 * as DNS carries them; plain ASCII names go no further. */
static int host_kind(const char *s, size_t lim, int clean, struct msr_host *h) {
  size_t n = 0, start;
  unsigned acc = 0;
  int rc, bad_label = 0;
  for (;;) { /* label by label */
    start = n;
    for (;;) {
      while (n < lim && (msr_url_class[(unsigned char)s[n]] & MSR_UC_PLAIN))
        n++;
      if (n == lim || (s[n] | 0x20) != 'x')
        break;
      if (n == start && msr_xn_at(s, lim, n))
        acc |= MSR_UC_CONV;
      n++;
    }
    if (n == lim || s[n] != '.')
      break;
    bad_label |= n - start - 1 > 62; /* empty, or over 63 bytes */
    n++;
  }
  bad_label |= n - start > 63;
  for (; n < lim && s[n] != '\0'; n++) /* the rest, if any: the long way */
    acc |= msr_url_class[(unsigned char)s[n]] | MSR_UC_CONV;
  if (n == lim)
    return MSSECREF_ETOOLONG;
  if (clean && (acc & MSR_UC_DIRTY))
    return MSR_RETRY;
  if ((acc & MSR_UC_CONV) || bad_label || n > 254) {
    if ((rc = msr_host_parse(s, n, h)) != 0)
      return rc;
    return dns_name(h);
  }
  if (n == 0 || (n == 254 && s[253] != '.'))
    return MSSECREF_EURL;
  if (msr_maybe_number(s, n))
    return msr_host_ascii(s, n, h);
  h->p = s, h->n = n;
  return 0;
}

/* An address literal "[192.0.2.1]" or "[IPv6:2001:db8::1]". */
static int domain_literal(const char *s, size_t n, struct msr_host *h) {
  if (n < 3 || s[n - 1] != ']')
    return MSSECREF_EURL;
  if (n > 6 && ieq_prefix(s + 1, n - 2, "ipv6:")) {
    char v6[MSR_DOMAIN_MAX];
    size_t k;
    v6[0] = '[';
    for (k = 0; k < n - 7; k++)
      v6[k + 1] = s[6 + k];
    v6[k + 1] = ']';
    return msr_host_parse(v6, k + 2, h);
  }
  if (msr_host_parse(s + 1, n - 2, h) != 0 || !(h->flags & MSSECREF_HOST_IP))
    return MSSECREF_EURL;
  return 0;
}

/* "user@host", "Name <user@host>", "<user@host>",
 * "mailto:user@host?subject=...", "\"a@b\"@host": the domain after the
 * address's last '@'. */
/* An address list ("a@x, b@y", "<a@x>, <b@y>", "a@x b@y") names several
 * domains, and no one of them is the answer.  Outside quoted strings:
 * a second '<' in s[0..len), or a ',', ';', space or tab in the address
 * s[a..e). */
static int address_list(const char *s, size_t len, size_t a, size_t e) {
  size_t i, lt = 0;
  int quoted = 0;
  for (i = 0; i < len; i++) {
    if (quoted && s[i] == '\\' && i + 1 < len) {
      i++; /* an escaped byte inside quotes */
      continue;
    }
    if (s[i] == '"')
      quoted = !quoted;
    else if (!quoted && s[i] == '<' && ++lt > 1)
      return 1;
    else if (!quoted && i >= a && i < e &&
             (s[i] == ',' || s[i] == ';' || s[i] == ' ' || s[i] == '\t'))
      return 1;
  }
  return 0;
}

/* A percent-encoded ',' or ';' in s[a..e) (a mailto: URL's list). */
static int escaped_separator(const char *s, size_t a, size_t e) {
  size_t i;
  for (i = a; i + 2 < e; i++)
    if (s[i] == '%' &&
        (ieq_prefix(s + i + 1, 2, "2c") || ieq_prefix(s + i + 1, 2, "3b")))
      return 1;
  return 0;
}

#define NOWHERE ((size_t)-1)

/* Where the address is in the header form s[0..n): between the '<' and
 * '>' of an angle address that ends the string (spaces and comments
 * aside), or the text of a bare address, comments after it allowed
 * ("a@b (CEO)").  Quoted strings and comments are text, so
 * "\"<x@y>\"@host", "a@host (<x@y>)" and "John (Sales) <j@host>" are at
 * host.  MSSECREF_EURL when text follows the angle address, a word with
 * an '@' runs into its '<' ("a@evil.example<x@y>"), a second one opens, a
 * comment stands inside the address, or a quote or comment is left open. */
/* The length of the domain after the '@' at s[at] in a display name,
 * up to what ends a word there. */
static size_t display_domain(const char *s, size_t n, size_t at) {
  size_t j = at + 1;
  while (j < n && !strchr(" \t()\"',;<", s[j]))
    j++;
  return j - at - 1;
}

/* An address in the display name ("'john@host' <john@host>", as Outlook
 * writes one) is allowed when its domain is the angle address's: another
 * makes two addresses, and which one is meant cannot be told. */
static int same_domain(const char *s, size_t n, size_t dn_at, size_t lt,
                       size_t gt) {
  size_t k, at = NOWHERE, len = display_domain(s, n, dn_at);
  for (k = lt + 1; k < gt; k++)
    if (s[k] == '@')
      at = k;
  if (at == NOWHERE || gt - at - 1 != len)
    return 0;
  for (k = 0; k < len; k++)
    if (msr_lower((unsigned char)s[dn_at + 1 + k]) !=
        msr_lower((unsigned char)s[at + 1 + k]))
      return 0;
  return 1;
}

static int address_span(const char *s, size_t n, size_t *a, size_t *e) {
  size_t i, lt = NOWHERE, gt = NOWHERE, text_end = 0, dn_at = NOWHERE;
  int quoted = 0, depth = 0, at_word = 0, comment = 0, split = 0;
  for (i = 0; i < n; i++) {
    char c = s[i];
    if (quoted || depth > 0) {
      if (c == '\\' && i + 1 < n)
        i++;
      else if (quoted && c == '"')
        quoted = 0, text_end = i + 1;
      else if (!quoted && (c == '(' || c == ')'))
        depth += c == '(' ? 1 : -1;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '(') {
      if (c == '(' && lt != NOWHERE && gt == NOWHERE)
        return MSSECREF_EURL; /* inside the angle address */
      depth = c == '(', comment |= c == '(', at_word = 0;
      continue;
    }
    if (gt != NOWHERE || (c == '<' && (lt != NOWHERE || at_word)) ||
        (c == '>' && lt == NOWHERE))
      return MSSECREF_EURL;
    split |= comment && lt == NOWHERE && c != '<';
    if (c == '<')
      lt = i;
    else if (c == '>')
      gt = i;
    quoted = c == '"';
    at_word |= c == '@';
    if (c == '@' && lt == NOWHERE)
      dn_at = i;
    text_end = i + 1;
  }
  if (quoted || depth > 0 || (lt != NOWHERE && gt == NOWHERE) ||
      (lt == NOWHERE && split) || /* "a (x) @b": a comment in the address */
      (lt != NOWHERE && dn_at != NOWHERE && !same_domain(s, n, dn_at, lt, gt)))
    return MSSECREF_EURL;
  *a = lt != NOWHERE ? lt + 1 : 0;
  *e = lt != NOWHERE ? gt : text_end;
  return 0;
}

static int email_kind(const char *s, size_t lim, int clean,
                      struct msr_host *h) {
  long len = length(s, lim, clean);
  size_t a = 0, e, i, at;
  int rc, mailto, quoted;
  if (len < 0)
    return (int)len;
  e = (size_t)len;
  mailto = ieq_prefix(s, e, "mailto:");
  if (mailto) { /* "mailto:a@x,b@y" lists too, "%2C" for its ',' */
    for (a = 7, i = a; i < e && s[i] != '?' && s[i] != '#';)
      i++;
    e = i;
  } else if ((rc = address_span(s, e, &a, &e)) != 0) {
    return rc;
  }
  while (a < e && (s[a] == ' ' || s[a] == '\t'))
    a++;
  while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
    e--;
  if (address_list(s, mailto ? e : (size_t)len, a, e) ||
      (mailto && escaped_separator(s, a, e)))
    return MSSECREF_EURL;
  for (at = e, i = a, quoted = 0; i < e; i++) /* the last '@' unquoted */
    if (quoted && s[i] == '\\')
      i++;
    else if (s[i] == '"')
      quoted = !quoted;
    else if (s[i] == '@' && !quoted)
      at = i;
  if (at == e || at == a || at + 1 == e)
    return MSSECREF_EURL;
  if (s[at + 1] == '[')
    return domain_literal(s + at + 1, e - at - 1, h);
  if ((rc = msr_host_parse(s + at + 1, e - at - 1, h)) != 0)
    return rc;
  return dns_name(h);
}

/* "scheme://" at the start: a URL, whatever its path holds. */
static int scheme_slashes(const char *s, size_t lim) {
  size_t j = msr_scheme_length(s, lim);
  return j > 0 && j + 2 < lim && s[j + 1] == '/' && s[j + 2] == '/';
}

static int special_prefix(const char *s, size_t lim) {
  size_t i;
  for (i = 0; i < lim && i < 6 && s[i] != ':' && s[i] != '\0'; i++)
    ;
  return i < lim && s[i] == ':' && msr_scheme_special(s, i) != 0;
}

/* guess(): a URL between angle brackets, to be moved out of them. */
#define MSR_BRACKETED 100

/* Does s[0..i) read as the start of a URL without a scheme: no space
 * (prose and display names have them, URLs do not), and a '?', '#', '@' or
 * '\\', or a '/' after what could be a host ("evil.example/",
 * "evil%2Eexample/", "1249763330/", "/") rather than a word
 * ("IT/Helpdesk")? */
static int url_before(const char *s, size_t i) {
  size_t j, slash = NOWHERE;
  int url = 0, word = 1;
  for (j = 0; j < i; j++) {
    char c = s[j];
    if (c == ' ')
      return 0;
    if (slash == NOWHERE && c == '/') {
      slash = j;
      url |= j == 0 || !word;
    }
    url |= c == '?' || c == '#' || c == '@' || c == '\\';
    if (slash == NOWHERE)
      word &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
              c == '_';
  }
  return url;
}

/* Is s[0..i) an encoded word ("=?UTF-8?B?...?="), a display name? */
static int encoded_word(const char *s, size_t i) {
  return i >= 4 && s[0] == '=' && s[1] == '?' && s[i - 2] == '?' &&
         s[i - 1] == '=';
}

/* Does the '<' at s[i] open a bracketed form, as mail and chat write one:
 * at the start, after a space (a tab or line break before it became one),
 * after an encoded word, or after text that is no URL ("Click
 * here<https://...>", "IT/Helpdesk<it@host>")?  Inside a URL
 * ("evil.example/?u=<x@y>", "evil.example/x(<x@y>") it is part of the
 * URL. */
static int opens_bracket(const char *s, size_t i) {
  return i == 0 || s[i - 1] == ' ' || encoded_word(s, i) || !url_before(s, i);
}

/* Where the URL after a '<' starts, s[p] following the '<': after an
 * optional "URL:", a special or defanged scheme or "//"; else NOWHERE. */
static size_t url_after(const char *s, size_t n, size_t p) {
  size_t m;
  if (ieq_prefix(s + p, n - p, "url:"))
    p += 4;
  m = n - p;
  if ((m >= 2 && s[p] == '/' && s[p + 1] == '/') || special_prefix(s + p, m) ||
      msr_defanged_scheme(s + p, m) > 0)
    return p;
  return NOWHERE;
}

/* A URL after a '<', as mail and chat write one ("<URL:...>", "Click
 * <https://...> now"): its offsets in s (up to its '>', or the end), or 0
 * when no '<' opens one.  Text around it is never the URL. */
static int bracketed_url(const char *s, size_t n, size_t *a, size_t *e) {
  const char *lt = memchr(s, '<', n);
  for (; lt != NULL; lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s))) {
    size_t p = url_after(s, n, (size_t)(lt + 1 - s));
    const char *gt;
    if (p == NOWHERE || !opens_bracket(s, (size_t)(lt - s)))
      continue;
    gt = memchr(s + p, '>', n - p);
    *a = p, *e = gt != NULL ? (size_t)(gt - s) : n;
    return 1;
  }
  return 0;
}

/* "... <local@domain>" (trailing spaces aside): the address decides
 * whatever the display name holds ('/', '?' and '#' are allowed there,
 * "=?UTF-8?B?...?=" is common). */
static int bracketed_address(const char *s, size_t n) {
  size_t i;
  int at = 0;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  if (n < 2 || s[n - 1] != '>')
    return 0;
  for (i = n - 1; i > 0 && s[i - 1] != '<'; i--)
    at |= s[i - 1] == '@';
  return at && i > 0 && opens_bracket(s, i - 1); /* an '@' after a '<' */
}

/* A URL without a scheme, then a URL in angle brackets
 * ("x.sharepoint.com/s/doc<https://evil.example/phish>"): a link's text
 * and its target as Outlook writes them in plain text, or a URL holding
 * the other in its path.  Which one a click opens cannot be told. */
static int url_then_bracketed_url(const char *s, size_t n) {
  const char *lt;
  for (lt = memchr(s, '<', n); lt != NULL;
       lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s)))
    if (url_after(s, n, (size_t)(lt + 1 - s)) != NOWHERE &&
        url_before(s, (size_t)(lt - s)))
      return 1;
  return 0;
}

/* The forms with angle brackets in s[0..n) (its NUL at n when `ended`, else
 * it goes on past the limit): a URL between them (MSR_BRACKETED, read in
 * the second pass), an address ending in one (MSSECREF_OBSERVABLE_EMAIL,
 * only when the whole string was read), or 0.  With `clean`, a byte the second
 * pass removes or refangs may make or break one ("<\t//x", "a <b@c> \f"):
 * only the normalised copy tells (MSR_RETRY). */
static int bracket_form(const char *s, size_t n, int ended, int clean) {
  size_t a, e, i;
  if (memchr(s, '<', n) == NULL)
    return 0;
  for (i = 0; clean && i < n; i++)
    if (msr_dirty((unsigned char)s[i]))
      return MSR_RETRY;
  if (url_then_bracketed_url(s, n))
    return MSSECREF_EURL;
  if (bracketed_url(s, n, &a, &e))
    return clean ? MSR_RETRY : MSR_BRACKETED;
  return ended && bracketed_address(s, n) ? MSSECREF_OBSERVABLE_EMAIL : 0;
}

/* MSSECREF_OBSERVABLE_ANY: the kind, MSR_BRACKETED, MSR_RETRY or
 * MSSECREF_ETOOLONG.  A
 * scheme or a path makes a URL before any '@' is looked at, so a URL's
 * path, query or fragment is never read as an e-mail domain. */
static int guess(const char *s, size_t lim, int clean) {
  size_t i = 0, lt = (size_t)-1, n;
  int at = 0, colon = 0, kind;
  if (ieq_prefix(s, lim, "mailto:") || s[0] == '"')
    return MSSECREF_OBSERVABLE_EMAIL;
  if (s[0] == '/' || s[0] == '\\')
    return MSSECREF_OBSERVABLE_URL;
  if (special_prefix(s, lim) || scheme_slashes(s, lim))
    return MSSECREF_OBSERVABLE_URL;
  if (clean && msr_defanged_scheme(s, lim) > 0)
    return MSR_RETRY; /* "hxxp:" is read as "http:", a URL */
  n = strnlen(s, lim);
  if ((kind = bracket_form(s, n, n < lim, clean)) != 0)
    return kind;
  for (; i < lim && s[i] != '\0'; i++) {
    unsigned char c = (unsigned char)s[i];
    if (clean && msr_dirty(c))
      return MSR_RETRY;
    if (c == '<' && lt == (size_t)-1)
      lt = i;
    else if (c == '@')
      at = 1;
    else if (c == ':') {
      colon = 1;
      if (i + 2 < lim && s[i + 1] == '/' && s[i + 2] == '/' && lt == (size_t)-1)
        return MSSECREF_OBSERVABLE_URL; /* "scheme://" */
    } else if ((c == '/' || c == '\\' || c == '?' || c == '#') &&
               lt == (size_t)-1) {
      if (c == '\\' && i + 1 < lim && s[i + 1] == '.')
        return MSSECREF_EURL;         /* a regular expression's "\.": no URL */
      return MSSECREF_OBSERVABLE_URL; /* "host/path", "host?query" */
    }
  }
  if (i == lim)
    return MSSECREF_ETOOLONG;
  if (at)
    return MSSECREF_OBSERVABLE_EMAIL;
  return colon ? MSSECREF_OBSERVABLE_URL : MSSECREF_OBSERVABLE_HOST;
}

static int parse(const char *s, size_t lim, int kind, int clean,
                 struct msr_host *h) {
  int rc;
  if (kind == MSSECREF_OBSERVABLE_ANY && (kind = guess(s, lim, clean)) < 0)
    return kind;
  if (kind == MSSECREF_OBSERVABLE_URL && ieq_prefix(s, lim, "mailto:"))
    kind = MSSECREF_OBSERVABLE_EMAIL; /* a URL naming an address */
  h->flags |= (unsigned)kind << MSSECREF_HOST_KIND_SHIFT;
  switch (kind) {
  case MSSECREF_OBSERVABLE_URL:
    if ((rc = msr_url(s, lim, clean, h)) != 0)
      return rc;
    /* without a scheme nothing but the analyst says it is a URL: its host
       must be a host name ("evil.example,x.sharepoint.com/" is two) */
    return h->flags & MSSECREF_HOST_NO_SCHEME ? dns_name(h) : 0;
  case MSSECREF_OBSERVABLE_HOST:
    return host_kind(s, lim, clean, h);
  default:
    return email_kind(s, lim, clean, h);
  }
}

/* The copy read on the second pass: C0 controls and spaces stripped from
 * both ends (from the end only when the string ends within the limit),
 * tabs and newlines removed, defanged forms refanged.  *lim is what may be
 * read of it. */
static size_t normalize(const char *obs, char *buf, size_t *lim,
                        unsigned *flags) {
  size_t i, n = 0;
  int changed = 0;
  int folded = 0;
  for (i = 0; i < RAW_LIM && obs[i] != '\0'; i++) {
    unsigned char c = (unsigned char)obs[i];
    if (c == '\t' || c == '\n' || c == '\r' || (n == 0 && c <= 0x20)) {
      folded |= n > 0;
      continue;
    }
    /* a folded header line ("Name\r\n\t<a@host>") keeps its space before
       '<'; in a URL the tab goes, as the URL Standard removes it */
    if (c == '<' && folded && buf[n - 1] != ' ' && !url_before(buf, n))
      buf[n++] = ' ';
    folded = 0;
    buf[n++] = (char)c;
  }
  if (i < RAW_LIM)
    while (n > 0 && (unsigned char)buf[n - 1] <= 0x20)
      n--;
  n = msr_refang(buf, n, &changed);
  if (changed)
    *flags |= MSSECREF_HOST_REFANGED;
  buf[n] = '\0';
  *lim = i < RAW_LIM ? n + 1 : n;
  return n;
}

static void to_lower_buf(struct msr_host *h) {
  size_t i;
  for (i = 0; i < h->n; i++)
    h->buf[i] = (char)msr_lower((unsigned char)h->p[i]);
  h->buf[h->n] = '\0';
  h->p = h->buf;
}

/* A URL between angle brackets moved to the start of buf, alone, its
 * scheme refanged there ("<hxxps://...>"): then the kind is a URL. */
static int unbracket(char *buf, size_t *lim, int kind, unsigned *flags) {
  size_t a, e, n = strnlen(buf, *lim);
  int changed = 0, closed;
  if (!bracketed_url(buf, n, &a, &e))
    return kind;
  closed = e < n || n < *lim; /* its '>', or the string's end, was read */
  memmove(buf, buf + a, e - a);
  n = msr_refang(buf, e - a, &changed);
  if (changed)
    *flags |= MSSECREF_HOST_REFANGED;
  buf[n] = '\0';
  *lim = closed ? n + 1 : n; /* else it goes on past the limit */
  return MSSECREF_OBSERVABLE_URL;
}

/* The second pass, on a normalised copy; kept out of msr_observable() so
 * that the first pass needs no stack buffer (nor its canary check). */
static MSR_NOINLINE int second_pass(const char *obs, int kind,
                                    struct msr_host *h) {
  char buf[RAW_LIM + 1];
  size_t lim;
  int rc;
  h->flags = 0;
  if (normalize(obs, buf, &lim, &h->flags) == 0) /* lim 0: it goes on */
    return lim == 0 ? MSSECREF_ETOOLONG : MSSECREF_EEMPTY;
  if (kind == MSSECREF_OBSERVABLE_ANY &&
      (kind = guess(buf, lim, 0)) == MSR_BRACKETED)
    kind = unbracket(buf, &lim, MSSECREF_OBSERVABLE_URL, &h->flags);
  else if (kind == MSSECREF_OBSERVABLE_URL && buf[0] == '<')
    kind = unbracket(buf, &lim, kind, &h->flags);
  if (kind < 0)
    return kind;
  if ((rc = parse(buf, lim, kind, 0, h)) != 0)
    return rc;
  if (h->p != h->buf) /* it points into buf, which goes away */
    to_lower_buf(h);
  return 0;
}

int msr_observable(const char *obs, int kind, struct msr_host *h) {
  int rc;
  h->flags = 0;
  if (kind == MSSECREF_OBSERVABLE_HOST)
    rc = host_kind(obs, RAW_LIM, 1, h);
  else if ((unsigned)kind > MSSECREF_OBSERVABLE_EMAIL)
    return MSSECREF_EINVAL;
  else if (kind == MSSECREF_OBSERVABLE_URL && obs[0] == '<')
    rc = MSR_RETRY; /* "<https://...>": the second pass unbrackets it */
  else
    rc = parse(obs, RAW_LIM, kind, 1, h);
  if (rc != MSR_RETRY) {
    h->flags |= (unsigned)kind << MSSECREF_HOST_KIND_SHIFT;
    return rc;
  }
  return second_pass(obs, kind, h);
}
