/* idna.h - UTS #46 (IDNA) for the URL Standard's "domain to ASCII": the
 * mapping table layout shared by the generator (lib/gen/idna.c) and the
 * library (lib/idna.c), and the conversion itself. */
#ifndef MSSECREF_IDNA_H
#define MSSECREF_IDNA_H

#include <stddef.h>
#include <stdint.h>

#include "tables.h"

/* A range's value: its status in the top two bits; for MAPPED, the length
 * of the mapping and its offset in msr_idna_map[]. */
#define MSR_IDNA_VALID 0
#define MSR_IDNA_IGNORED 1
#define MSR_IDNA_MAPPED 2
#define MSR_IDNA_DISALLOWED 3
#define MSR_IDNA_STATUS_SHIFT 30
#define MSR_IDNA_LEN_SHIFT 24
#define MSR_IDNA_LEN_MAX 63
#define MSR_IDNA_OFF_MASK 0xFFFFFFu
#define MSR_IDNA_STATUS(v) ((v) >> MSR_IDNA_STATUS_SHIFT)
#define MSR_IDNA_LEN(v) (((v) >> MSR_IDNA_LEN_SHIFT) & MSR_IDNA_LEN_MAX)
#define MSR_IDNA_OFF(v) ((v)&MSR_IDNA_OFF_MASK)

/* Generated (build/gen/idna_tables.c): the ranges start at
 * msr_idna_start[i] (ascending, the first is 0) and have
 * msr_idna_value[i]. */
extern MSR_HIDDEN const size_t msr_idna_count;
extern MSR_HIDDEN const uint32_t msr_idna_start[];
extern MSR_HIDDEN const uint32_t msr_idna_value[];
extern MSR_HIDDEN const uint32_t msr_idna_map[];

/* The index of the range holding cp among count ranges starting at
 * starts[] (ascending, the first 0): one binary search.  The layout of
 * both Unicode tables, the mapping (below) and the properties (ucd.h). */
static inline size_t msr_range_index(const uint32_t *starts, size_t count,
                                     uint32_t cp) {
  size_t lo = 0, hi = count;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (starts[mid] <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

/* The longest domain, in bytes, before or after conversion. */
#define MSR_DOMAIN_MAX 1024

/* UTS #46 ToASCII as the URL Standard calls it (nontransitional, no STD3
 * rules, CheckHyphens and VerifyDnsLength off) of the UTF-8 `in[0..n)`.
 * Writes the ASCII domain and its NUL to out (MSR_DOMAIN_MAX + 1 bytes)
 * and returns its length; MSSECREF_EIDN when UTS #46 refuses the domain,
 * MSSECREF_ETOOLONG when the result would exceed MSR_DOMAIN_MAX.  *changed
 * is set when anything but ASCII lower-casing happened. */
long msr_domain_to_ascii(const unsigned char *in, size_t n, char *out,
                         int *changed);

#endif
