/* ucd.h - the Unicode character properties UTS #46's validity checks and
 * NFC need, compiled by lib/gen/ucd.c from Unicode's data files
 * (lib/data/README.md): the layout shared by the generator and the
 * library, and the functions that use it (lib/nfc.c, lib/idna_check.c).
 *
 * Every code point has one packed property value: its canonical combining
 * class, Bidi_Class, Joining_Type, whether it is a mark (General_Category
 * M), and two flags for NFC. */
#ifndef MSSECREF_UCD_H
#define MSSECREF_UCD_H

#include <stddef.h>
#include <stdint.h>

#include "tables.h"

/* Bidi_Class, the values RFC 5893's Bidi rule names; every other class
 * (B, S, WS and the explicit embeddings and isolates) is MSR_BIDI_OTHER. */
enum msr_bidi {
  MSR_BIDI_OTHER,
  MSR_BIDI_L,
  MSR_BIDI_R,
  MSR_BIDI_AL,
  MSR_BIDI_EN,
  MSR_BIDI_ES,
  MSR_BIDI_ET,
  MSR_BIDI_AN,
  MSR_BIDI_CS,
  MSR_BIDI_NSM,
  MSR_BIDI_BN,
  MSR_BIDI_ON
};

/* Joining_Type (ArabicShaping.txt), for ContextJ's rule on U+200C. */
enum msr_joining { MSR_JT_U, MSR_JT_C, MSR_JT_D, MSR_JT_L, MSR_JT_R, MSR_JT_T };

#define MSR_UCD_CCC(v) ((v)&0xFFu)
#define MSR_UCD_BIDI(v) (((v) >> 8) & 0xFu)
#define MSR_UCD_JT(v) (((v) >> 12) & 0x7u)
#define MSR_UCD_MARK 0x8000u /* General_Category Mn, Mc or Me */
/* NFC may change a string holding this code point: it has a non-zero
 * combining class, composes with a code point before it, or is not its
 * own NFC (a singleton or excluded decomposition).  A string with none of
 * these is in NFC. */
#define MSR_UCD_NFC_MAYBE 0x10000u
#define MSR_UCD_DECOMPOSES 0x20000u /* in msr_ucd_decomp_cp[] */
#define MSR_UCD_PACK(ccc, bidi, jt)                                            \
  ((uint32_t)(ccc) | (uint32_t)(bidi) << 8 | (uint32_t)(jt) << 12)

/* Canonical_Combining_Class of a virama, which ContextJ looks for. */
#define MSR_CCC_VIRAMA 9

/* Hangul syllables compose and decompose by arithmetic (The Unicode
 * Standard, section 3.12), not by table. */
#define MSR_HANGUL_S 0xAC00u
#define MSR_HANGUL_L 0x1100u
#define MSR_HANGUL_V 0x1161u
#define MSR_HANGUL_T 0x11A7u
#define MSR_HANGUL_LCOUNT 19u
#define MSR_HANGUL_VCOUNT 21u
#define MSR_HANGUL_TCOUNT 28u
#define MSR_HANGUL_SCOUNT (19u * 21u * 28u)

/* Generated (build/gen/ucd_tables.c).  Property ranges: code points from
 * msr_ucd_start[i] (ascending, the first is 0) have msr_ucd_value[i].
 * Full canonical decompositions (Hangul syllables left out): code point
 * msr_ucd_decomp_cp[i] (ascending) decomposes to the
 * msr_ucd_decomp_val[i] & 7 code points at msr_ucd_decomp_pool[
 * msr_ucd_decomp_val[i] >> 3].  Primary composites: the pair of code
 * points key = first << 21 | second (ascending) composes to
 * msr_ucd_comp_value[i]. */
extern MSR_HIDDEN const size_t msr_ucd_count;
extern MSR_HIDDEN const uint32_t msr_ucd_start[];
extern MSR_HIDDEN const uint32_t msr_ucd_value[];
extern MSR_HIDDEN const size_t msr_ucd_decomp_count;
extern MSR_HIDDEN const uint32_t msr_ucd_decomp_cp[];
extern MSR_HIDDEN const uint16_t msr_ucd_decomp_val[];
extern MSR_HIDDEN const uint32_t msr_ucd_decomp_pool[];
extern MSR_HIDDEN const size_t msr_ucd_comp_count;
extern MSR_HIDDEN const uint64_t msr_ucd_comp_key[];
extern MSR_HIDDEN const uint32_t msr_ucd_comp_value[];

#define MSR_UCD_DECOMP_MAX 4 /* the longest full canonical decomposition */

/* The packed properties of cp. */
uint32_t msr_ucd(uint32_t cp);

/* NFC of in[0..n) (n <= MSR_DOMAIN_MAX) into out[0..cap) (in and out may
 * be the same array; out NULL only compares).  Returns the length, or
 * MSSECREF_ETOOLONG when it exceeds cap.  *same is set when the result
 * equals the input.  Uses 16 KiB of stack when anything may change. */
long msr_nfc(const uint32_t *in, size_t n, uint32_t *out, size_t cap,
             int *same);

/* UTS #46's validity criteria that need these properties, for one label
 * in[0..n) (not empty): no leading combining mark, and ContextJ's rules for
 * U+200C and U+200D (CheckJoiners).  0 or MSSECREF_EIDN. */
int msr_label_check(const uint32_t *in, size_t n);

/* Is a domain holding in[0..n) a Bidi domain name (a code point of
 * Bidi_Class R, AL or AN)? */
int msr_bidi_domain(const uint32_t *in, size_t n);

/* RFC 5893's Bidi rule (section 2, conditions 1-6) for one label
 * in[0..n) (not empty) of a Bidi domain name.  0 or MSSECREF_EIDN. */
int msr_bidi_rule(const uint32_t *in, size_t n);

#endif
