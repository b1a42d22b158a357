/* hostname.h - the one reading of a host name's labels, shared by the
 * library (the plain-host fast path of lib/observable.c, the URL Standard's
 * "ends in a number" in lib/url.c) and the generator (catalogue hosts,
 * suffixes and domains in lib/gen/), which compiles lib/hostname.c too.
 * Needs nothing but the C library. */
#ifndef MSSECREF_HOSTNAME_H
#define MSSECREF_HOSTNAME_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) && !defined(MSR_HIDDEN)
#define MSR_HIDDEN __attribute__((visibility("hidden")))
#elif !defined(MSR_HIDDEN)
#define MSR_HIDDEN
#endif

/* RFC 1035's limits, as the URL Standard's "domain to ASCII" checks
 * them: a label of 1 to 63 bytes, a name of at most 253 (one trailing
 * dot aside). */
#define MSR_LABEL_MAX 63
#define MSR_HOSTNAME_MAX 253

/* Where the dots of a host name are: at most 127 in 253 bytes and one
 * trailing dot. */
#define MSR_DOTS_MAX 128
struct msr_dots {
  uint16_t at[MSR_DOTS_MAX];
  size_t n;
};

/* How msr_hostname() reads a name. */
enum msr_hostname_rules {
  /* A host a URL may carry as it is: letters of either case, digits, '-'
   * and '_'; one trailing dot. */
  MSR_HOSTNAME_PLAIN = 0,
  /* The catalogue's one form, compared byte for byte: lower-case letters,
   * digits and '-', never at a label's ends; no trailing dot. */
  MSR_HOSTNAME_CATALOGUE = 1
};

/* Why a name is not one, as -msr_hostname()'s result. */
enum msr_hostname_error {
  MSR_HOSTNAME_BYTE = 1, /* a byte the rules do not allow, at *at */
  MSR_HOSTNAME_EMPTY_LABEL,
  MSR_HOSTNAME_LONG_LABEL,
  MSR_HOSTNAME_HYPHEN,   /* '-' at a label's start or end */
  MSR_HOSTNAME_PUNYCODE, /* an "xn--" label: it needs converting */
  MSR_HOSTNAME_LONG,
  MSR_HOSTNAME_NUMBER /* it ends in a number: an IPv4 address */
};

/* The host name s (ending at its NUL or at `lim` bytes, whichever comes
 * first) read label by label under `rules`: its length, or minus an
 * msr_hostname_error; *at (when not NULL) is where reading stopped.  The
 * offsets of its dots go to *dots.  Never reads s[lim]. */
MSR_HIDDEN long msr_hostname(const char *s, size_t lim, int rules,
                             struct msr_dots *dots, size_t *at);

/* The URL Standard's "ends in a number" for s[0..n): its last label (one
 * trailing dot aside) is decimal digits, or "0x" and hex digits; then the
 * host is read as an IPv4 address. */
MSR_HIDDEN int msr_ends_in_number(const char *s, size_t n);

/* Can s[0..n) (n > 0) end in a number?  A number ends in a digit, a hex
 * digit or the 'x' of "0x", and one dot may follow: most names end in a
 * letter past 'f' and are known not to at once. */
static inline int msr_maybe_number(const char *s, size_t n) {
  unsigned char c =
      (unsigned char)(n > 1 && s[n - 1] == '.' ? s[n - 2] : s[n - 1]);
  unsigned char l = (unsigned char)(c | 0x20);
  return (c >= '0' && c <= '9') || (l >= 'a' && l <= 'f') || l == 'x';
}

/* The URL Standard's IPv4 number parser over s[0..n): its value (over
 * 2^32 saturates at 2^33 - 1), or -1 when it is not a number. */
MSR_HIDDEN int64_t msr_ipv4_number(const char *s, size_t n);

#endif
