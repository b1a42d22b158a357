/* find.c - a name to the one key it can be (a perfect hash of its length
 * and four of its bytes), then one comparison with that key.  Aliases and
 * contact ids are both found this way; see struct msr_keyset.
 *
 * With SSE2 (every x86-64), the name is read in aligned 16-byte blocks, as
 * the C library's own string functions read: an aligned block never
 * crosses into another page, so nothing past the block that holds the NUL
 * is touched and no input can fault.  Bytes of that block past the NUL (and
 * before the name's start) are loaded but never decide anything: the
 * length comes from the first NUL, and the comparison masks them out.
 * Elsewhere, and with MSR_NO_SIMD, the name is read one byte at a time. */
#include "internal.h"

#if defined(__SSE2__) && !defined(MSR_NO_SIMD)
#include <emmintrin.h>
#define MSR_SIMD 1
#else
#define MSR_SIMD 0
#endif

/* The bytes outside the name that a block read loads are no object the
 * caller owns, so the sanitizers must not instrument the loads that touch
 * them: every function of this file that reads in blocks, or that find()
 * is inlined into, carries this attribute.  They check every other file. */
#if defined(__clang__)
#define MSR_BLOCK_READS __attribute__((no_sanitize("address", "thread", "memory", "hwaddress")))
#elif defined(__GNUC__)
#define MSR_BLOCK_READS __attribute__((no_sanitize_address, no_sanitize_thread))
#else
#define MSR_BLOCK_READS
#endif

/* Each caller gets its own copy of find(), with `fold` a constant. */
#if defined(__GNUC__)
#define MSR_INLINE inline __attribute__((always_inline))
#else
#define MSR_INLINE inline
#endif

static inline uint32_t fold_if(int fold, unsigned char c) {
  return fold ? msr_fold_table[c] : c;
}

/* The slot a name of `len` bytes hashes to. */
static inline const struct msr_slot *slot_of(const struct msr_slot *slots,
                                             const struct msr_keyset *k,
                                             int fold, const unsigned char *s,
                                             uint32_t len) {
  return &slots[msr_key_slot(k, len, fold_if(fold, s[0]),
                             fold_if(fold, s[len - 1]),
                             fold_if(fold, s[msr_key_pos(k, 0, len)]),
                             fold_if(fold, s[msr_key_pos(k, 1, len)]))];
}

#if MSR_SIMD
/* msr_fold() of 16 bytes: A-Z to a-z, '_' and ' ' to '-'.  Bytes from
 * 0x80 up compare as negative, so they are left alone as msr_fold does. */
static inline __m128i fold16(__m128i v) {
  __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  __m128i sep = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
  v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  return _mm_or_si128(_mm_andnot_si128(sep, v),
                      _mm_and_si128(sep, _mm_set1_epi8('-')));
}

MSR_BLOCK_READS
static inline unsigned zero_bits(const char *block) {
  __m128i v = _mm_load_si128((const __m128i *)(const void *)block);
  return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
}

static inline const char *block_of(const char *s) {
  return (const char *)((uintptr_t)s & ~(uintptr_t)15);
}

/* The length of s, or max + 1 when it is longer than max. */
MSR_BLOCK_READS
static inline size_t name_len(const char *s, size_t max) {
  size_t r = (uintptr_t)s & 15, off = 0, len;
  const char *p = block_of(s);
  unsigned z = zero_bits(p) >> r << r; /* bytes before s are not its NUL */
  while (z == 0) {
    off += 16;
    if (off > r + max)
      return max + 1;
    z = zero_bits(p + off);
  }
  len = off + (size_t)__builtin_ctz(z) - r;
  return len > max ? max + 1 : len;
}

/* Does s (len bytes) equal key?  Compares the blocks holding s and its NUL
 * with the key read from as many bytes before it as s is into its first
 * block, so both line up without shifting: bit i of a block's mask is
 * byte i of that block, and only the bits of s and its NUL count. */
MSR_BLOCK_READS
static inline int name_equal(const char *s, size_t len, const char *key,
                             int fold) {
  size_t r = (uintptr_t)s & 15, end = r + len, off;
  const char *p = block_of(s);
  unsigned bad = 0, low = (unsigned)r;
  for (off = 0; off <= end; off += 16) {
    __m128i v = _mm_load_si128((const __m128i *)(const void *)(p + off));
    __m128i k = _mm_loadu_si128((const __m128i *)(const void *)(key - r + off));
    unsigned need = 0xFFFFu >> low << low;
    if (end - off < 16)
      need &= (2u << (end - off)) - 1u;
    if (fold)
      v = fold16(v);
    bad |= ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, k)) & need;
    low = 0;
  }
  return bad == 0;
}
#else
static inline size_t name_len(const char *s, size_t max) {
  return msr_strnlen(s, max);
}

static inline int name_equal(const char *s, size_t len, const char *key,
                             int fold) {
  (void)len;
  return msr_equal(s, key, fold ? msr_fold_table : NULL);
}
#endif

MSR_BLOCK_READS MSR_INLINE
static int find(const char *s, const struct msr_keyset *k,
                const struct msr_slot *slots, int fold) {
  size_t len;
  const struct msr_slot *slot;
  if (s == NULL)
    return MSSECREF_ENULL;
  if (s[0] == '\0')
    return MSSECREF_EEMPTY;
  len = name_len(s, k->maxlen);
  if (len > k->maxlen) /* no key is this long */
    return msr_not_found(s);
  slot = slot_of(slots, k, fold, (const unsigned char *)s, (uint32_t)len);
  while (slot->key == 0 || !name_equal(s, len, msr_str(slot->key), fold)) {
    if (slot->next == 0)
      return msr_not_found(s);
    slot = &slots[slot->next - 1];
  }
  return slot->value;
}

MSR_BLOCK_READS
int msr_alias_find(const char *name) {
  return find(name, &msr_alias_set, msr_alias_slots, 1);
}

MSR_BLOCK_READS
int msr_id_find(const char *id) {
  return find(id, &msr_id_set, msr_id_slots, 0);
}

/* A vocabulary's own key set: its slots are a run of msr_vocab_slots. */
MSR_BLOCK_READS
int msr_vocab_find(const char *value, int vocabulary) {
  const struct msr_vocab *v = &msr_vocabs[vocabulary];
  return find(value, &v->set, msr_vocab_slots + v->slots, 1);
}
