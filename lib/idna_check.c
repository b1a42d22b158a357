/* idna_check.c - UTS #46's validity criteria that need character
 * properties (section 4.1): a label must not begin with a combining mark;
 * CheckJoiners, RFC 5892's ContextJ rules (Appendix A.1 and A.2); and
 * CheckBidi, RFC 5893's Bidi rule.  The URL Standard sets both flags. */
#include "internal.h" /* first: it asks for strnlen() */

#include "ucd.h"

#define ZWNJ 0x200Cu
#define ZWJ 0x200Du

static unsigned joining(uint32_t cp) { return MSR_UCD_JT(msr_ucd(cp)); }

/* RFC 5892, A.1: ZWNJ is allowed after a virama, or between a left- or
 * dual-joining letter and a right- or dual-joining one, transparent
 * letters skipped on both sides. */
static int zwnj_ok(const uint32_t *in, size_t n, size_t i) {
  size_t j;
  unsigned t = MSR_JT_T;
  if (i > 0 && MSR_UCD_CCC(msr_ucd(in[i - 1])) == MSR_CCC_VIRAMA)
    return 1;
  for (j = i; j > 0 && (t = joining(in[j - 1])) == MSR_JT_T; j--)
    ;
  if (j == 0 || (t != MSR_JT_L && t != MSR_JT_D))
    return 0;
  for (j = i + 1; j < n && (t = joining(in[j])) == MSR_JT_T; j++)
    ;
  return j < n && (t == MSR_JT_R || t == MSR_JT_D);
}

int msr_label_check(const uint32_t *in, size_t n) {
  size_t i;
  if (in[0] >= 0x80 && (msr_ucd(in[0]) & MSR_UCD_MARK))
    return MSSECREF_EIDN;
  for (i = 0; i < n; i++) {
    if (in[i] == ZWJ &&
        !(i > 0 && MSR_UCD_CCC(msr_ucd(in[i - 1])) == MSR_CCC_VIRAMA))
      return MSSECREF_EIDN; /* RFC 5892, A.2: only after a virama */
    if (in[i] == ZWNJ && !zwnj_ok(in, n, i))
      return MSSECREF_EIDN;
  }
  return 0;
}

static unsigned bidi(uint32_t cp) { return MSR_UCD_BIDI(msr_ucd(cp)); }

int msr_bidi_domain(const uint32_t *in, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned b;
    if (in[i] < 0x80)
      continue; /* no ASCII code point is R, AL or AN */
    b = bidi(in[i]);
    if (b == MSR_BIDI_R || b == MSR_BIDI_AL || b == MSR_BIDI_AN)
      return 1;
  }
  return 0;
}

/* The classes RFC 5893 allows in a label (conditions 2 and 5) and at its
 * end before any NSM (conditions 3 and 6), as bit sets. */
#define BIT(c) (1u << (c))
#define RTL_ALLOWED                                                            \
  (BIT(MSR_BIDI_R) | BIT(MSR_BIDI_AL) | BIT(MSR_BIDI_AN) | BIT(MSR_BIDI_EN) |  \
   BIT(MSR_BIDI_ES) | BIT(MSR_BIDI_CS) | BIT(MSR_BIDI_ET) | BIT(MSR_BIDI_ON) | \
   BIT(MSR_BIDI_BN) | BIT(MSR_BIDI_NSM))
#define LTR_ALLOWED                                                            \
  (BIT(MSR_BIDI_L) | BIT(MSR_BIDI_EN) | BIT(MSR_BIDI_ES) | BIT(MSR_BIDI_CS) |  \
   BIT(MSR_BIDI_ET) | BIT(MSR_BIDI_ON) | BIT(MSR_BIDI_BN) | BIT(MSR_BIDI_NSM))
#define RTL_END                                                                \
  (BIT(MSR_BIDI_R) | BIT(MSR_BIDI_AL) | BIT(MSR_BIDI_EN) | BIT(MSR_BIDI_AN))
#define LTR_END (BIT(MSR_BIDI_L) | BIT(MSR_BIDI_EN))

int msr_bidi_rule(const uint32_t *in, size_t n) {
  unsigned first = bidi(in[0]), seen = 0, allowed, end;
  size_t i, last = n;
  int rtl = first == MSR_BIDI_R || first == MSR_BIDI_AL;
  if (!rtl && first != MSR_BIDI_L)
    return MSSECREF_EIDN; /* condition 1 */
  allowed = rtl ? RTL_ALLOWED : LTR_ALLOWED;
  end = rtl ? RTL_END : LTR_END;
  for (i = 0; i < n; i++)
    seen |= BIT(bidi(in[i]));
  if (seen & ~allowed)
    return MSSECREF_EIDN; /* conditions 2 and 5 */
  while (last > 0 && bidi(in[last - 1]) == MSR_BIDI_NSM)
    last--;
  if (last == 0 || !(BIT(bidi(in[last - 1])) & end))
    return MSSECREF_EIDN; /* conditions 3 and 6 */
  if (rtl && (seen & BIT(MSR_BIDI_EN)) && (seen & BIT(MSR_BIDI_AN)))
    return MSSECREF_EIDN; /* condition 4 */
  return 0;
}
