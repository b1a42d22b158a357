/* keyset.c - the string pool every table points into, and the perfect-hash
 * key sets (struct msr_keyset) the library finds names and ids with. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define POOL_MAX (1u << 20)

static char pool[POOL_MAX];
/* Offset 0 is "", as is all of the NUL padding before the first string. */
static uint32_t pool_len = MSR_POOL_HEAD;

/* Identical strings share one copy (URLs repeat across languages). */
uint32_t gen_intern(const char *s) {
  uint32_t off = MSR_POOL_HEAD;
  size_t n;
  if (s == NULL || *s == '\0')
    return 0;
  n = strlen(s);
  while (off < pool_len) {
    size_t m = strlen(pool + off);
    if (m == n && memcmp(pool + off, s, n) == 0)
      return off;
    off += (uint32_t)m + 1;
  }
  if (pool_len + n + 1 + MSR_POOL_TAIL > POOL_MAX) {
    fprintf(stderr, "mssecref-gen: string pool over %u bytes\n", POOL_MAX);
    exit(1);
  }
  memcpy(pool + pool_len, s, n + 1);
  pool_len += (uint32_t)n + 1;
  return off;
}

void gen_emit_pool(FILE *f) {
  uint32_t i;
  fprintf(f, "MSR_HIDDEN const char msr_pool[] = {");
  for (i = 0; i < pool_len + MSR_POOL_TAIL; i++) /* the tail is NUL */
    fprintf(f, "%s'\\x%02x',", i % 12 ? " " : "\n  ", (unsigned char)pool[i]);
  fprintf(f, "\n};\n");
}

/* ---- perfect hash (struct msr_keyset) ---- */

/* What msr_key_slot() mixes for a key, before the multiplier. */
static uint32_t key_mix(const struct msr_keyset *k, const char *key) {
  const unsigned char *s = (const unsigned char *)key;
  uint32_t len = (uint32_t)strlen(key);
  struct msr_keyset identity = *k;
  identity.mult = 1;
  identity.shift = 0;
  return msr_key_slot(&identity, len, s[0], s[len - 1],
                      s[msr_key_pos(k, 0, len)], s[msr_key_pos(k, 1, len)]);
}

/* Is key i the first of the keys that mix like it?  Later ones are
 * chained behind it (struct msr_slot.next). */
static int is_head(const struct msr_keyset *k, const char *const *keys, int i) {
  int j;
  for (j = 0; j < i; j++)
    if (key_mix(k, keys[i]) == key_mix(k, keys[j]))
      return 0;
  return 1;
}

static int count_chained(const struct msr_keyset *k, const char *const *keys,
                         int n) {
  int i, chained = 0;
  for (i = 0; i < n; i++)
    chained += !is_head(k, keys, i);
  return chained;
}

/* The two positions under which the fewest keys mix alike (usually none:
 * then every lookup is one probe). */
static void pick_positions(struct msr_keyset *k, const char *const *keys,
                           int n) {
  uint32_t p0, p1, top = k->maxlen > 1 ? k->maxlen - 1u : 1u;
  int best = n + 1;
  uint8_t best_pos[2] = {1, 1};
  for (p0 = 1; p0 <= top && best > 0; p0++)
    for (p1 = p0; p1 <= top && best > 0; p1++) {
      int chained;
      k->pos[0] = (uint8_t)p0;
      k->pos[1] = (uint8_t)p1;
      chained = count_chained(k, keys, n);
      if (chained < best) {
        best = chained;
        best_pos[0] = (uint8_t)p0;
        best_pos[1] = (uint8_t)p1;
      }
    }
  k->pos[0] = best_pos[0];
  k->pos[1] = best_pos[1];
}

/* Once the positions are chosen, each key's mix and whether it is the
 * first of its mix stay fixed: work them out once. */
struct mixes {
  uint32_t mix[GEN_MAX_ALIASES];
  uint8_t head[GEN_MAX_ALIASES];
};

static void compute_mixes(const struct msr_keyset *k, const char *const *keys,
                          int n, struct mixes *m) {
  int i;
  for (i = 0; i < n; i++) {
    m->mix[i] = key_mix(k, keys[i]);
    m->head[i] = (uint8_t)is_head(k, keys, i);
  }
}

static uint32_t slot_of_mix(const struct msr_keyset *k, uint32_t mix) {
  return (mix * k->mult) >> k->shift;
}

/* The smallest table (at least two slots a key) and an odd multiplier
 * under which the first key of every mix has a slot of its own, or, where
 * a few more slots than keys cannot give that (a multiplicative hash needs
 * about n * n / 23 slots for n keys to be perfect), under which at most
 * one key in 32 shares its slot with another and is chained: a table that
 * fits the cache serves the other 31 in one probe. */
static int collisions(struct msr_keyset *k, const struct mixes *m, int n,
                      uint8_t *used, int limit) {
  int i, c = 0;
  memset(used, 0, 1u << (32 - k->shift));
  for (i = 0; i < n && c <= limit; i++) {
    uint32_t slot = slot_of_mix(k, m->mix[i]);
    if (!m->head[i])
      continue;
    c += used[slot];
    used[slot] = 1;
  }
  return c;
}

static int pick_multiplier(struct msr_keyset *k, const struct mixes *m, int n,
                           uint8_t *used) {
  uint32_t bits, t, mult, best_mult = 0;
  for (bits = 4; (1u << bits) < (uint32_t)n * 2; bits++)
    ;
  for (; bits <= 12; bits++) {
    int best = n + 1;
    k->shift = (uint8_t)(32 - bits);
    for (t = 1, mult = 0x9E3779B9u; t < 100000 && best > 0;
         t++, mult = mult * 1664525u + 1013904223u) {
      int c;
      k->mult = mult | 1u;
      c = collisions(k, m, n, used, best - 1);
      if (c < best)
        best = c, best_mult = k->mult;
    }
    if (best <= n / 32) {
      k->mult = best_mult;
      return 0;
    }
  }
  return -1;
}

/* Each first key at its hash where that slot is free; every other key in
 * the first free slot, linked from the end of the chain at its hash. */
static void fill_slots(const struct msr_keyset *k, const char *const *keys,
                       const struct mixes *m, int n, struct msr_slot *slots) {
  uint32_t free_slot = 0, at;
  int i;
  uint8_t placed[GEN_MAX_ALIASES];
  memset(slots, 0, (1u << (32 - k->shift)) * sizeof *slots);
  for (i = 0; i < n; i++) {
    placed[i] = 0;
    at = slot_of_mix(k, m->mix[i]);
    if (m->head[i] && slots[at].key == 0) {
      slots[at].key = gen_intern(keys[i]);
      slots[at].value = (uint16_t)i;
      placed[i] = 1;
    }
  }
  for (i = 0; i < n; i++) {
    if (placed[i])
      continue;
    while (slots[free_slot].key != 0)
      free_slot++;
    slots[free_slot].key = gen_intern(keys[i]);
    slots[free_slot].value = (uint16_t)i;
    for (at = slot_of_mix(k, m->mix[i]); slots[at].next != 0;
         at = slots[at].next - 1u)
      ;
    slots[at].next = (uint16_t)(free_slot + 1);
  }
}

/* A key set (struct msr_keyset) and its slots; keys[i] stands for
 * value i.  Keys are stored as the library compares them (aliases
 * folded), so hashing the stored key equals hashing the folded name. */
int gen_keyset(const char *const *keys, int n, struct msr_keyset *k,
               struct msr_slot *slots) {
  static uint8_t used[1u << 12];
  static struct mixes m;
  int i;
  memset(k, 0, sizeof *k);
  for (i = 0; i < n; i++)
    if (strlen(keys[i]) > k->maxlen)
      k->maxlen = (uint8_t)strlen(keys[i]);
  pick_positions(k, keys, n);
  compute_mixes(k, keys, n, &m);
  if (n == 0 || pick_multiplier(k, &m, n, used) != 0)
    return -1;
  fill_slots(k, keys, &m, n, slots);
  return 1 << (32 - k->shift);
}

void gen_emit_set(FILE *f, const struct msr_keyset *k) {
  fprintf(f, "{ .mult = %uu, .shift = %u, .pos = { %u, %u }, .maxlen = %u }",
          k->mult, k->shift, k->pos[0], k->pos[1], k->maxlen);
}

void gen_emit_slots(FILE *f, const struct msr_slot *slots, int n) {
  int i;
  for (i = 0; i < n; i++)
    fprintf(f, "%s{ .key = %u, .value = %u, .next = %u },",
            i % 2 ? " " : "\n  ", slots[i].key, slots[i].value, slots[i].next);
}

/* A key set over keys and its slots, as `PREFIX_set` and `PREFIX_slots`. */
int gen_emit_keyset(FILE *f, const char *prefix, const char *const *keys,
                    int n) {
  static struct msr_slot slots[1u << 12];
  struct msr_keyset k;
  int nslots = gen_keyset(keys, n, &k, slots);
  if (nslots < 0) {
    fprintf(stderr, "mssecref-gen: no perfect hash for %s\n", prefix);
    return -1;
  }
  fprintf(f, "MSR_HIDDEN const struct msr_keyset %s_set = ", prefix);
  gen_emit_set(f, &k);
  fprintf(f, ";\nMSR_HIDDEN const struct msr_slot %s_slots[] = {", prefix);
  gen_emit_slots(f, slots, nslots);
  fprintf(f, "\n};\n\n");
  return 0;
}
