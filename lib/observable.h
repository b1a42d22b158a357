/* observable.h - reading an observable (URL, host name, e-mail address) the
 * way a browser or mail system would, down to the ASCII host a verdict is
 * made on.  lib/observable.c picks the kind and normalises analysts' forms,
 * lib/url.c is the URL Standard's host parsing, lib/refang.c undoes
 * defanging, lib/idna.c is UTS #46. */
#ifndef MSSECREF_OBSERVABLE_H
#define MSSECREF_OBSERVABLE_H

#include "hostname.h"
#include "idna.h"

/* The host found: `p[0..n)` is ASCII, either inside the caller's string
 * (then possibly in upper case) or in `buf` (lower case).  `flags` holds
 * MSSECREF_HOST_* bits and the kind read (MSSECREF_HOST_KIND_SHIFT). */
struct msr_host {
  const char *p;
  size_t n;
  unsigned flags;
  char buf[MSR_DOMAIN_MAX + 1];
};

/* Internal status: the string needs normalising (tab, newline, leading or
 * trailing space, a defanged form) before it can be read. */
#define MSR_RETRY (-100)

/* observable.c: the host of `obs` read as `kind`; 0 or a negative status. */
int msr_observable(const char *obs, int kind, struct msr_host *h);

/* url.c: the host of the URL s (NUL-terminated, or readable up to `lim`
 * bytes: needing more is MSSECREF_ETOOLONG).  With `clean`, bytes that
 * normalising would change give MSR_RETRY. */
int msr_url(const char *s, size_t lim, int clean, struct msr_host *h);

/* url.c: the URL Standard's host parser for a special scheme, over the
 * readable s[0..n). */
int msr_host_parse(const char *s, size_t n, struct msr_host *h);

/* url.c: byte classes for one-pass scanning. */
#define MSR_UC_DIRTY 1   /* normalising may change it: C0, space, [ ( { */
#define MSR_UC_CONV 2    /* the host needs domain to ASCII: '%', >= 0x80 */
#define MSR_UC_FORB 4    /* a forbidden domain code point */
#define MSR_UC_END 8     /* ends an authority: NUL / \\ ? # */
#define MSR_UC_AT 16     /* '@' */
#define MSR_UC_COLON 32  /* ':' */
#define MSR_UC_DOT 64    /* '.' */
#define MSR_UC_X 128     /* 'x' or 'X': maybe an "xn--" label */
#define MSR_UC_PLAIN 256 /* a-z A-Z 0-9 '-' '_' but x X: needs nothing */
extern MSR_HIDDEN const unsigned short msr_url_class[256];

/* Would normalising change byte c? */
static inline int msr_dirty(unsigned char c) {
  return msr_url_class[c] & MSR_UC_DIRTY;
}

/* url.c: the host parser when s[0..n) has been scanned already and has
 * none of the bytes that need converting or are forbidden: only the IPv4
 * question is left. */
int msr_host_ascii(const char *s, size_t n, struct msr_host *h);

/* url.c: msr_host_parse() given what a scan found in s[0..n) (the OR of
 * msr_url_class, with MSR_UC_CONV for an "xn--" label). */
int msr_host_scanned(const char *s, size_t n, unsigned acc, struct msr_host *h);

/* url.c: is the scheme s[0..n) one of the URL Standard's special schemes
 * (http, https, ws, wss, ftp; any case), "file", or neither (0)? */
#define MSR_SCHEME_SPECIAL 1
#define MSR_SCHEME_FILE 2
int msr_scheme_special(const char *s, size_t n);

/* url.c: the length of the scheme s starts with, up to its ':' (s readable
 * up to lim bytes or its NUL), or 0. */
size_t msr_scheme_length(const char *s, size_t lim);

/* url.c: does an "xn--" label start at s[i] (s readable up to lim)? */
int msr_xn_at(const char *s, size_t lim, size_t i);

/* refang.c: undoes defanging in s[0..n) in place ("hxxps" -> "https",
 * "[.]" -> ".", "[at]" -> "@", ...); returns the new length and sets
 * *changed when anything was undone. */
size_t msr_refang(char *s, size_t n, int *changed);

/* refang.c: the length of a defanged scheme ("hxxps", "h**p", "fxp")
 * followed by ':' or '[' at the start of s (readable up to n bytes or its
 * NUL), else 0. */
size_t msr_defanged_scheme(const char *s, size_t n);

#endif
