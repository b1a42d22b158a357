/* find.c - a name to the one key it can be (a perfect hash of its length
 * and four of its bytes), then one comparison with that key.  Aliases and
 * contact ids are both found this way; see struct msr_keyset.
 *
 * The name is never read past its NUL, nor past maxlen + 1 bytes when it
 * is longer than every key: strnlen() measures it, and the comparison then
 * loads only those bytes, in 8-byte words that overlap rather than run
 * past the end, and folds them with lib/fold.h's rule.  Every load is an
 * ordinary one the sanitizers check.  The key side may run past a shorter key
 * into the rest of msr_pool, whose NUL padding keeps it inside the array
 * (tables.h); such a key differs from the name within its first len bytes
 * anyway. */
#include "internal.h" /* first: it asks for strnlen() */

/* With GCC and clang, sixteen bytes are folded and compared at once in a
 * vector (SSE2 on x86-64, NEON on arm64); MSR_NO_VECTOR builds the
 * byte-table path other compilers get (make check-portable). */
#if defined(__GNUC__) && !defined(MSR_NO_VECTOR)
#define MSR_VECTOR 1
typedef uint64_t msr_word2 __attribute__((vector_size(16)));
typedef unsigned char msr_bytes16 __attribute__((vector_size(16)));
MSR_DEFINE_FOLD(msr_fold16, msr_bytes16)
#else
#define MSR_VECTOR 0
#endif

static inline uint32_t fold_if(int fold, unsigned char c) {
  return fold ? msr_fold_table[c] : c;
}

/* msr_fold() of each byte of a word. */
static inline uint64_t fold_word(uint64_t w) {
#if MSR_VECTOR
  msr_word2 v = {w, 0};
  return ((msr_word2)msr_fold16((msr_bytes16)v))[0];
#else
  unsigned char b[sizeof w];
  size_t i;
  memcpy(b, &w, sizeof w);
  for (i = 0; i < sizeof w; i++)
    b[i] = msr_fold_table[b[i]];
  memcpy(&w, b, sizeof w);
  return w;
#endif
}

static MSR_INLINE uint64_t fold_word_if(int fold, uint64_t w) {
  return fold ? fold_word(w) : w;
}

/* Unaligned loads that compile to one instruction. */
static inline uint64_t load8(const char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

static inline uint64_t load4(const char *p) {
  uint32_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

/* The slot a name of `len` bytes hashes to. */
static MSR_INLINE const struct msr_slot *
slot_of(const struct msr_slot *slots, const struct msr_keyset *k, int fold,
        const unsigned char *s, uint32_t len) {
  return &slots[msr_key_slot(k, len, fold_if(fold, s[0]),
                             fold_if(fold, s[len - 1]),
                             fold_if(fold, s[msr_key_pos(k, 0, len)]),
                             fold_if(fold, s[msr_key_pos(k, 1, len)]))];
}

/* The bits that differ between s and key (s folded where the set folds)
 * in the words at offsets at[0..3]. */
static MSR_INLINE uint64_t diff4(const char *s, const char *key,
                                 const size_t at[4], int fold) {
#if MSR_VECTOR
  msr_word2 x = {load8(s + at[0]), load8(s + at[1])};
  msr_word2 y = {load8(s + at[2]), load8(s + at[3])};
  msr_word2 kx = {load8(key + at[0]), load8(key + at[1])};
  msr_word2 ky = {load8(key + at[2]), load8(key + at[3])};
  msr_word2 d;
  if (fold) {
    x = (msr_word2)msr_fold16((msr_bytes16)x);
    y = (msr_word2)msr_fold16((msr_bytes16)y);
  }
  d = (x ^ kx) | (y ^ ky);
  return d[0] | d[1];
#else
  uint64_t d = 0;
  int i;
  for (i = 0; i < 4; i++)
    d |= fold_word_if(fold, load8(s + at[i])) ^ load8(key + at[i]);
  return d;
#endif
}

/* For len >= 8: the words at 0, 8, 16 and len - 8 (pulled back to len - 8
 * where they would pass it), so names of up to 32 bytes take no
 * length-dependent branch; a word at a time beyond. */
static MSR_INLINE uint64_t diff_long(const char *s, size_t len, const char *key,
                                     int fold) {
  size_t last = len - 8, i;
  size_t at[4];
  uint64_t d;
  at[0] = 0;
  at[1] = last < 8 ? last : 8;
  at[2] = last < 16 ? last : 16;
  at[3] = last;
  d = diff4(s, key, at, fold);
  for (i = 24; i < last; i += 8)
    d |= fold_word_if(fold, load8(s + i)) ^ load8(key + i);
  return d;
}

/* For 1 <= len < 8: two overlapping 4-byte words, or the first, middle and
 * last bytes. */
static MSR_INLINE uint64_t diff_short(const char *s, size_t len,
                                      const char *key, int fold) {
  uint64_t a, b;
  if (len >= 4) {
    a = load4(s) | load4(s + len - 4) << 32;
    b = load4(key) | load4(key + len - 4) << 32;
  } else {
    a = (uint64_t)(unsigned char)s[0] |
        (uint64_t)(unsigned char)s[len / 2] << 8 |
        (uint64_t)(unsigned char)s[len - 1] << 16;
    b = (uint64_t)(unsigned char)key[0] |
        (uint64_t)(unsigned char)key[len / 2] << 8 |
        (uint64_t)(unsigned char)key[len - 1] << 16;
  }
  return fold_word_if(fold, a) ^ b;
}

/* Does s (len bytes, none of them NUL) equal key?  Folding makes no NUL,
 * so a shorter key differs within len bytes; a longer one has no NUL at
 * len. */
static MSR_INLINE int name_equal(const char *s, size_t len, const char *key,
                                 int fold) {
  uint64_t d =
      len >= 8 ? diff_long(s, len, key, fold) : diff_short(s, len, key, fold);
  return d == 0 && key[len] == '\0';
}

/* Each caller gets its own copy of find(), with `fold` a constant. */
static MSR_INLINE int find(const char *s, const struct msr_keyset *k,
                           const struct msr_slot *slots, int fold) {
  size_t len;
  const struct msr_slot *slot;
  if (s == NULL)
    return MSSECREF_ENULL;
  len = strnlen(s, (size_t)k->maxlen + 1);
  if (len == 0)
    return MSSECREF_EEMPTY;
  if (len > k->maxlen) /* no key is this long */
    return msr_not_found(s);
  slot = slot_of(slots, k, fold, (const unsigned char *)s, (uint32_t)len);
  while (slot->key == 0 || !name_equal(s, len, msr_str(slot->key), fold)) {
    if (slot->next == 0) /* len <= MSR_KEY_MAX < MSSECREF_NAME_MAX */
      return MSSECREF_ENOTFOUND;
    slot = &slots[slot->next - 1];
  }
  return slot->value;
}

int msr_alias_find(const char *name) {
  return find(name, &msr_alias_set, msr_alias_slots, 1);
}

int msr_id_find(const char *id) {
  return find(id, &msr_id_set, msr_id_slots, 0);
}

/* A vocabulary's own key set: its slots are a run of msr_vocab_slots. */
int msr_vocab_find(const char *value, int vocabulary) {
  const struct msr_vocab *v = &msr_vocabs[vocabulary];
  return find(value, &v->set, msr_vocab_slots + v->slots, 1);
}
