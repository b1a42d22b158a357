/* nfc.c - Unicode Normalization Form C (UAX #15) over code point arrays,
 * for UTS #46's step 2 and its NFC check of decoded "xn--" labels:
 * canonical decomposition, canonical ordering, canonical composition. The
 * data is lib/ucd.h's, generated from UnicodeData.txt and
 * CompositionExclusions.txt. */
#include "internal.h" /* first: it asks for strnlen() */

#include "idna.h"
#include "ucd.h"

/* Decomposition can grow a string four times (MSR_UCD_DECOMP_MAX) and
 * composition only shrinks it again, so this holds any domain's. */
#define WORK_MAX (MSR_DOMAIN_MAX * MSR_UCD_DECOMP_MAX)

uint32_t msr_ucd(uint32_t cp) {
  size_t lo = 0, hi = msr_ucd_count;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (msr_ucd_start[mid] <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return msr_ucd_value[lo];
}

static int is_hangul_syllable(uint32_t cp) {
  return cp >= MSR_HANGUL_S && cp < MSR_HANGUL_S + MSR_HANGUL_SCOUNT;
}

/* Appends cp's full canonical decomposition to w[*k]. */
static void decompose(uint32_t cp, uint32_t *w, size_t *k) {
  if (is_hangul_syllable(cp)) {
    uint32_t s = cp - MSR_HANGUL_S, t = s % MSR_HANGUL_TCOUNT;
    uint32_t nv = MSR_HANGUL_VCOUNT * MSR_HANGUL_TCOUNT;
    w[(*k)++] = MSR_HANGUL_L + s / nv;
    w[(*k)++] = MSR_HANGUL_V + (s % nv) / MSR_HANGUL_TCOUNT;
    if (t != 0)
      w[(*k)++] = MSR_HANGUL_T + t;
    return;
  }
  if (msr_ucd(cp) & MSR_UCD_DECOMPOSES) {
    size_t lo = 0, hi = msr_ucd_decomp_count, j;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (msr_ucd_decomp_cp[mid] < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < msr_ucd_decomp_count && msr_ucd_decomp_cp[lo] == cp) {
      uint16_t v = msr_ucd_decomp_val[lo];
      for (j = 0; j < (v & 7u); j++)
        w[(*k)++] = msr_ucd_decomp_pool[(v >> 3) + j];
      return;
    }
  }
  w[(*k)++] = cp;
}

/* Canonical ordering: each run of non-starters sorted by combining class,
 * stably (insertion sort; a run is a few marks in any real name). */
static void reorder(uint32_t *w, size_t n) {
  size_t i;
  for (i = 1; i < n; i++) {
    uint32_t c = w[i];
    unsigned cc = MSR_UCD_CCC(msr_ucd(c));
    size_t j = i;
    if (cc == 0)
      continue;
    while (j > 0) {
      unsigned pc = MSR_UCD_CCC(msr_ucd(w[j - 1]));
      if (pc <= cc)
        break;
      w[j] = w[j - 1];
      j--;
    }
    w[j] = c;
  }
}

/* The primary composite of a and b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
  uint64_t key = (uint64_t)a << 21 | b;
  size_t lo = 0, hi = msr_ucd_comp_count;
  if (a >= MSR_HANGUL_L && a < MSR_HANGUL_L + MSR_HANGUL_LCOUNT &&
      b >= MSR_HANGUL_V && b < MSR_HANGUL_V + MSR_HANGUL_VCOUNT)
    return MSR_HANGUL_S +
           ((a - MSR_HANGUL_L) * MSR_HANGUL_VCOUNT + (b - MSR_HANGUL_V)) *
               MSR_HANGUL_TCOUNT;
  if (is_hangul_syllable(a) && (a - MSR_HANGUL_S) % MSR_HANGUL_TCOUNT == 0 &&
      b > MSR_HANGUL_T && b < MSR_HANGUL_T + MSR_HANGUL_TCOUNT)
    return a + (b - MSR_HANGUL_T);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (msr_ucd_comp_key[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < msr_ucd_comp_count && msr_ucd_comp_key[lo] == key
             ? msr_ucd_comp_value[lo]
             : 0;
}

/* Canonical composition of w[0..n) in place; the new length.  A code point
 * joins the last starter unless something between them is blocking it: a
 * starter, or a mark of the same or a higher class (after ordering, the
 * last one kept tells). */
static size_t compose(uint32_t *w, size_t n) {
  size_t i, k = 0, starter = 0;
  int have_starter = 0;
  unsigned last_cc = 0;
  for (i = 0; i < n; i++) {
    uint32_t c = w[i], comp;
    unsigned cc = MSR_UCD_CCC(msr_ucd(c));
    if (have_starter && (k == starter + 1 || (last_cc != 0 && last_cc < cc)) &&
        (comp = compose_pair(w[starter], c)) != 0) {
      w[starter] = comp;
      continue;
    }
    if (cc == 0)
      starter = k, have_starter = 1;
    last_cc = cc;
    w[k++] = c;
  }
  return k;
}

static int all_stable(const uint32_t *in, size_t n) {
  size_t j;
  for (j = 0; j < n; j++)
    if (in[j] >= 0x80 && (msr_ucd(in[j]) & MSR_UCD_NFC_MAYBE))
      return 0;
  return 1;
}

/* The full algorithm, apart so that the fast path needs no 16 KiB frame. */
static MSR_NOINLINE long nfc_slow(const uint32_t *in, size_t n, uint32_t *out,
                                  size_t cap, int *same) {
  uint32_t w[WORK_MAX];
  size_t j, k = 0;
  for (j = 0; j < n && j < MSR_DOMAIN_MAX; j++)
    decompose(in[j], w, &k);
  if (j < n)
    return MSSECREF_ETOOLONG;
  reorder(w, k);
  k = compose(w, k);
  if (out != NULL && k > cap)
    return MSSECREF_ETOOLONG;
  *same = k == n;
  for (j = 0; j < k; j++) {
    if (*same && in[j] != w[j])
      *same = 0;
    if (out != NULL)
      out[j] = w[j];
  }
  return (long)k;
}

long msr_nfc(const uint32_t *in, size_t n, uint32_t *out, size_t cap,
             int *same) {
  size_t j;
  if (!all_stable(in, n))
    return nfc_slow(in, n, out, cap, same);
  if (out != NULL && n > cap)
    return MSSECREF_ETOOLONG;
  for (j = 0; j < n && out != NULL && out != in; j++)
    out[j] = in[j];
  *same = 1;
  return (long)n;
}
