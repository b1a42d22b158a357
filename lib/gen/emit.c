/* emit.c - writes the checked catalogue as C tables: one string pool,
 * integer offsets, perfect-hash slots for names and ids, and every lookup
 * and route answer precomputed, so that the library only indexes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define POOL_MAX (1u << 20)

static char pool[POOL_MAX];
/* Offset 0 is "", as is all of the NUL padding before the first string. */
static uint32_t pool_len = MSR_POOL_HEAD;

/* Identical strings share one copy (URLs repeat across languages). */
static uint32_t intern(const char *s) {
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
static int is_head(const struct msr_keyset *k, const char *const *keys,
                   int i) {
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
 * under which the first key of every mix has a slot of its own. */
static int pick_multiplier(struct msr_keyset *k, const struct mixes *m,
                           int n, uint8_t *used) {
  uint32_t bits, t, mult;
  for (bits = 4; (1u << bits) < (uint32_t)n * 2; bits++)
    ;
  for (; bits <= 12; bits++)
    for (t = 1, mult = 0x9E3779B9u; t < 100000;
         t++, mult = mult * 1664525u + 1013904223u) {
      int i, ok = 1;
      k->mult = mult | 1u;
      k->shift = (uint8_t)(32 - bits);
      memset(used, 0, 1u << bits);
      for (i = 0; i < n && ok; i++) {
        uint32_t slot = slot_of_mix(k, m->mix[i]);
        if (!m->head[i])
          continue;
        ok = !used[slot];
        used[slot] = 1;
      }
      if (ok)
        return 0;
    }
  return -1;
}

/* Each first key at its hash; each later one in the first free slot,
 * linked from the end of its chain. */
static void fill_slots(const struct msr_keyset *k, const char *const *keys,
                       const struct mixes *m, int n, struct msr_slot *slots) {
  uint32_t free_slot = 0, at;
  int i;
  memset(slots, 0, (1u << (32 - k->shift)) * sizeof *slots);
  for (i = 0; i < n; i++)
    if (m->head[i]) {
      at = slot_of_mix(k, m->mix[i]);
      slots[at].key = intern(keys[i]);
      slots[at].value = (uint16_t)i;
    }
  for (i = 0; i < n; i++) {
    if (m->head[i])
      continue;
    while (slots[free_slot].key != 0)
      free_slot++;
    slots[free_slot].key = intern(keys[i]);
    slots[free_slot].value = (uint16_t)i;
    for (at = slot_of_mix(k, m->mix[i]); slots[at].next != 0;
         at = slots[at].next - 1u)
      ;
    slots[at].next = (uint16_t)(free_slot + 1);
  }
}

/* ---- output helpers ---- */

static void bytes(FILE *f, const char *name, const char *type,
                  const uint8_t *v, size_t n) {
  size_t i;
  fprintf(f, "MSR_HIDDEN const %s %s[] = {", type, name);
  for (i = 0; i < n; i++)
    fprintf(f, "%s%u,", i % 16 ? " " : "\n  ", (unsigned)v[i]);
  fprintf(f, "%s};\n\n", n ? "\n" : "0");
}

/* Character constants, not integers: bytes above 127 then convert to
 * char without a warning whether char is signed or not. */
static void emit_byte_tables(FILE *f) {
  uint8_t t[256];
  int c;
  for (c = 0; c < 256; c++)
    t[c] = msr_fold((unsigned char)c);
  bytes(f, "msr_fold_table", "unsigned char", t, 256);
  for (c = 0; c < 256; c++)
    t[c] = msr_host_class((unsigned char)c);
  bytes(f, "msr_class_table", "unsigned char", t, 256);
  for (c = 0; c < 256; c++)
    t[c] = msr_lower((unsigned char)c);
  bytes(f, "msr_lower_table", "unsigned char", t, 256);
}

static void emit_pool(FILE *f) {
  uint32_t i;
  fprintf(f, "MSR_HIDDEN const char msr_pool[] = {");
  for (i = 0; i < pool_len + MSR_POOL_TAIL; i++) /* the tail is NUL */
    fprintf(f, "%s'\\x%02x',", i % 12 ? " " : "\n  ",
            (unsigned char)pool[i]);
  fprintf(f, "\n};\n");
}

static void emit_contact(FILE *f, const struct gen_contact *c, int index,
                         int related_first) {
  int k;
  fprintf(f, "  { /* %s */\n    %u,\n    {", c->id, intern(c->id));
  for (k = 0; k < MSR_NLANG; k++)
    fprintf(f, " %u,", intern(c->title[k]));
  fprintf(f, " },\n    {");
  for (k = 0; k < MSR_NLANG; k++)
    fprintf(f, " %u,", intern(c->summary[k]));
  fprintf(f, " },\n    {");
  for (k = 0; k < MSR_NLANG; k++)
    fprintf(f, " %u,", intern(c->url[k]));
  fprintf(f, " },\n    %u, %u, %u, %u,\n", intern(c->url_published),
          intern(c->url_evidence), intern(c->source), intern(c->confirmed));
  fprintf(f, "    %d, %d, %d, %d, %u, %u, %u, %d,\n    {", related_first,
          c->nrelated, index, c->section, c->page_langs, c->report_langs,
          c->customers, c->results_returned);
  for (k = 0; k < MSR_NCUST; k++)
    fprintf(f, " %u,", c->sign_in[k]);
  fprintf(f, " },\n    {");
  for (k = 0; k < MSR_NINC; k++)
    fprintf(f, " %d,", c->priority[k]);
  fprintf(f, " },\n    %u,\n    {", c->incidents);
  for (k = 0; k < MSR_NLANG; k++)
    fprintf(f, " %u,", intern(c->successor[k]));
  fprintf(f, " },\n    %u, %u, %u,\n  },\n", intern(c->successor_evidence),
          intern(c->review_by), c->results);
}

static void emit_contacts(FILE *f, const struct gen_catalogue *cat) {
  uint8_t related[GEN_MAX_CONTACTS * GEN_MAX_RELATED];
  size_t nrel = 0;
  int i, k;
  fprintf(f, "MSR_HIDDEN const struct mssecref_contact msr_contacts[] = {\n");
  for (i = 0; i < cat->ncontacts; i++) {
    emit_contact(f, &cat->contacts[i], i, (int)nrel);
    for (k = 0; k < cat->contacts[i].nrelated; k++)
      related[nrel++] = (uint8_t)cat->contacts[i].related[k];
  }
  fprintf(f, "};\n\nMSR_HIDDEN const size_t msr_contact_count = %d;\n\n",
          cat->ncontacts);
  bytes(f, "msr_related", "uint8_t", related, nrel);
}

uint32_t gen_intern(const char *s) { return intern(s); }

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

static int emit_keyset(FILE *f, const char *prefix, const char *const *keys,
                       int n) {
  static struct msr_slot slots[1u << 12];
  struct msr_keyset k;
  int i, nslots = gen_keyset(keys, n, &k, slots);
  if (nslots < 0) {
    fprintf(stderr, "mssecref-gen: no perfect hash for %s\n", prefix);
    return -1;
  }
  fprintf(f, "MSR_HIDDEN const struct msr_keyset %s_set = "
             "{ %uu, %u, { %u, %u }, %u };\n",
          prefix, k.mult, k.shift, k.pos[0], k.pos[1], k.maxlen);
  fprintf(f, "MSR_HIDDEN const struct msr_slot %s_slots[] = {", prefix);
  for (i = 0; i < nslots; i++)
    fprintf(f, "%s{ %u, %u, %u },", i % 4 ? " " : "\n  ", slots[i].key,
            slots[i].value, slots[i].next);
  fprintf(f, "\n};\n\n");
  return 0;
}

static int emit_aliases(FILE *f, const struct gen_catalogue *cat) {
  const char *keys[GEN_MAX_ALIASES];
  int i;
  fprintf(f, "MSR_HIDDEN const struct msr_alias msr_aliases[] = {\n");
  for (i = 0; i < cat->naliases; i++) {
    const struct gen_alias *a = &cat->aliases[i];
    fprintf(f, "  { %u, %u, %u, %u, %d, %d, %d },\n", intern(a->name),
            intern(a->key), a->vocabularies, a->incidents, a->first,
            a->reason, a->judgement);
    keys[i] = a->key;
  }
  fprintf(f, "};\n\nMSR_HIDDEN const size_t msr_alias_count = %d;\n",
          cat->nroutable);
  if (emit_keyset(f, "msr_alias", keys, cat->naliases) != 0)
    return -1;
  for (i = 0; i < cat->ncontacts; i++)
    keys[i] = cat->contacts[i].id;
  return emit_keyset(f, "msr_id", keys, cat->ncontacts);
}

/* ---- precomputed lookups ---- */

static int matches(const struct gen_contact *c, int inc, int lang, int cust) {
  return (inc == 0 || c->priority[inc] != 0) &&
         (lang == 0 || ((c->page_langs | c->report_langs) & (1u << lang))) &&
         (cust == 0 || (c->customers & (1u << cust)));
}

/* Contacts matching (inc, lang, cust) in priority order into out. */
static int ordered(const struct gen_catalogue *cat, int inc, int lang,
                   int cust, uint8_t *out) {
  int n = 0, i, j;
  for (i = 0; i < cat->ncontacts; i++) {
    if (!matches(&cat->contacts[i], inc, lang, cust))
      continue;
    /* insertion sort: stable, and the lists are a handful long */
    for (j = n; j > 0 && inc != 0 &&
                cat->contacts[out[j - 1]].priority[inc] >
                    cat->contacts[i].priority[inc];
         j--)
      out[j] = out[j - 1];
    out[j] = (uint8_t)i;
    n++;
  }
  return n;
}

static void emit_spans(FILE *f, const struct gen_catalogue *cat) {
  static uint8_t list[MSR_NINC * MSR_NLANG * MSR_NCUST * GEN_MAX_CONTACTS];
  size_t nlist = 0;
  int inc, lang, cust;

  fprintf(f, "MSR_HIDDEN const struct msr_span "
             "msr_spans[MSR_NINC][MSR_NLANG][MSR_NCUST] = {\n");
  for (inc = 0; inc < MSR_NINC; inc++) {
    fprintf(f, "  {\n");
    for (lang = 0; lang < MSR_NLANG; lang++) {
      fprintf(f, "    {");
      for (cust = 0; cust < MSR_NCUST; cust++) {
        uint8_t any[GEN_MAX_CONTACTS];
        int n = ordered(cat, inc, lang, cust, list + nlist);
        int nany = ordered(cat, inc, 0, cust, any);
        int route = 0, fallback = 0;
        /* priority decides; language only tells whether it is served */
        if (inc != 0 && nany > 0) {
          route = any[0] + 1;
          fallback = !matches(&cat->contacts[any[0]], inc, lang, cust);
        }
        fprintf(f, " { %u, %d, { %d, %d } },", (unsigned)nlist, n, route,
                fallback);
        nlist += (size_t)n;
      }
      fprintf(f, " },\n");
    }
    fprintf(f, "  },\n");
  }
  fprintf(f, "};\n\n");
  bytes(f, "msr_lookup_list", "uint8_t", list, nlist);
}

/* ---- host suffixes: a tree of labels from the right ---- */

#define MAX_NODES 1024

struct node {
  const char *label; /* points into a suffix key; not NUL-terminated */
  size_t len;
  int parent, suffix; /* suffix: index + 1, or 0 */
};

static struct node nodes[MAX_NODES];
static int nnodes;

static int child(int parent, const char *label, size_t len) {
  int i;
  for (i = 1; i < nnodes; i++)
    if (nodes[i].parent == parent && nodes[i].len == len &&
        memcmp(nodes[i].label, label, len) == 0)
      return i;
  if (nnodes == MAX_NODES) {
    fprintf(stderr, "mssecref-gen: more than %d suffix labels\n", MAX_NODES);
    exit(1);
  }
  nodes[nnodes].label = label;
  nodes[nnodes].len = len;
  nodes[nnodes].parent = parent;
  nodes[nnodes].suffix = 0;
  return nnodes++;
}

static void build_tree(const struct gen_catalogue *cat) {
  int i;
  nnodes = 1; /* the root */
  nodes[0].parent = -1;
  for (i = 0; i < cat->nsuffixes; i++) {
    const char *key = cat->suffixes[i].key;
    size_t end = strlen(key);
    int at = 0;
    for (;;) {
      size_t start = end;
      while (start > 0 && key[start - 1] != '.')
        start--;
      at = child(at, key + start, end - start);
      if (start == 0)
        break;
      end = start - 1;
    }
    nodes[at].suffix = i + 1;
  }
}

/* Every edge at the slot its hash names, or the next free one. */
static void emit_edges(FILE *f, const struct gen_catalogue *cat) {
  static struct msr_edge slots[4 * MAX_NODES];
  uint32_t size = 16, i;
  int k;
  build_tree(cat);
  while (size < 2u * (uint32_t)nnodes)
    size *= 2;
  memset(slots, 0, sizeof slots);
  for (k = 1; k < nnodes; k++) {
    const struct node *x = &nodes[k];
    char label[64];
    uint32_t at = msr_edge_slot((uint32_t)x->parent, (uint32_t)x->len,
                                (unsigned char)x->label[0],
                                (unsigned char)x->label[x->len - 1], size - 1);
    for (; slots[at].node != 0;
         at = (at + 1) & (size - 1))
      ;
    snprintf(label, sizeof label, "%.*s", (int)x->len, x->label);
    slots[at].label = intern(label);
    slots[at].parent = (uint16_t)x->parent;
    slots[at].node = (uint16_t)k;
    slots[at].suffix = (uint16_t)x->suffix;
    slots[at].len = (uint8_t)x->len;
  }
  fprintf(f, "MSR_HIDDEN const uint32_t msr_edge_mask = %u;\n", size - 1);
  fprintf(f, "MSR_HIDDEN const struct msr_edge msr_edges[] = {\n");
  for (i = 0; i < size; i++)
    fprintf(f, "  { %u, %u, %u, %u, %u },\n", slots[i].label,
            slots[i].parent, slots[i].node, slots[i].suffix, slots[i].len);
  fprintf(f, "};\n\n");
}

/* The source's text, and the line's detail after "; ". */
static uint32_t source_text(const struct gen_catalogue *cat,
                            const struct gen_suffix *x) {
  static char buf[2 * GEN_MAX_VALUE + 4];
  const char *text = cat->sources[x->src].text;
  if (x->detail == NULL)
    return intern(text);
  snprintf(buf, sizeof buf, "%s; %s", text, x->detail);
  return intern(buf);
}

static void emit_suffixes(FILE *f, const struct gen_catalogue *cat) {
  int i;
  fprintf(f, "MSR_HIDDEN const struct msr_suffix msr_suffixes[] = {\n");
  for (i = 0; i < cat->nsuffixes; i++) {
    const struct gen_suffix *x = &cat->suffixes[i];
    fprintf(f, "  { %u, %u, %d, %d, %d },\n", intern(x->name),
            source_text(cat, x), x->source, x->hosting, x->wildcard);
  }
  if (cat->nsuffixes == 0)
    fprintf(f, "  { 0, 0, 0, 0, 0 },\n");
  fprintf(f, "};\n\nMSR_HIDDEN const size_t msr_suffix_count = %d;\n\n",
          cat->nsuffixes);
  emit_edges(f, cat);
}

/* The contact taking `inc` when hosted at Microsoft, if it serves `cust`:
 * index + 1, or 0 where the usual route stands. */
static void emit_hosted(FILE *f, const struct gen_catalogue *cat) {
  int inc, lang, cust, i;
  fprintf(f, "MSR_HIDDEN const struct msr_route "
             "msr_hosted[MSR_NINC][MSR_NLANG][MSR_NCUST] = {\n");
  for (inc = 0; inc < MSR_NINC; inc++) {
    fprintf(f, "  {\n");
    for (lang = 0; lang < MSR_NLANG; lang++) {
      fprintf(f, "    {");
      for (cust = 0; cust < MSR_NCUST; cust++) {
        int route = 0, fallback = 0;
        for (i = 0; i < cat->ncontacts && inc != 0; i++) {
          const struct gen_contact *c = &cat->contacts[i];
          if ((c->hosted & (1u << inc)) &&
              (cust == 0 || (c->customers & (1u << cust)))) {
            route = i + 1;
            fallback = lang != 0 &&
                       !((c->page_langs | c->report_langs) & (1u << lang));
          }
        }
        fprintf(f, " { %d, %d },", route, fallback);
      }
      fprintf(f, " },\n");
    }
    fprintf(f, "  },\n");
  }
  fprintf(f, "};\n\n");
}

static void emit_meta(FILE *f, const struct gen_catalogue *cat) {
  int inc, lang;
  fprintf(f, "MSR_HIDDEN const uint32_t "
             "msr_incident_titles[MSR_NINC][MSR_NLANG] = {\n");
  for (inc = 0; inc < MSR_NINC; inc++) {
    fprintf(f, "  {");
    for (lang = 0; lang < MSR_NLANG; lang++)
      fprintf(f, " %u,", inc ? intern(cat->incident_title[inc][lang]) : 0);
    fprintf(f, " },\n");
  }
  fprintf(f, "};\n\n");
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_source = %u;\n",
          intern(cat->meta_source));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_series = %u;\n",
          intern(cat->meta_series));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_date = %u;\n",
          intern(cat->meta_date));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_version = %u;\n",
          intern(cat->meta_version));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_review_by = %u;\n\n",
          intern(cat->meta_review_by));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_psl_version = %u;\n\n",
          intern(cat->psl_version));
}

/* Written to a temporary name and renamed, so a failed run never leaves a
 * half-written table for make to trust. */
int gen_emit(const struct gen_catalogue *cat, const char *out_path) {
  char tmp[4096];
  FILE *f;
  int ok;

  if (snprintf(tmp, sizeof tmp, "%s.tmp", out_path) >= (int)sizeof tmp) {
    fprintf(stderr, "mssecref-gen: output path too long\n");
    return -1;
  }
  f = fopen(tmp, "w");
  if (f == NULL) {
    perror(tmp);
    return -1;
  }
  fprintf(f, "/* Generated by mssecref-gen from %s. Do not edit. */\n"
             "#include \"tables.h\"\n\n",
          cat->path);
  emit_contacts(f, cat);
  ok = emit_aliases(f, cat) == 0;
  emit_spans(f, cat);
  emit_suffixes(f, cat);
  emit_hosted(f, cat);
  emit_meta(f, cat);
  gen_emit_vocab(f, cat);
  emit_byte_tables(f);
  emit_pool(f); /* last: every string above has been interned */
  if (ferror(f))
    ok = 0;
  if (fclose(f) != 0)
    ok = 0;
  if (!ok) {
    fprintf(stderr, "mssecref-gen: cannot write %s\n", tmp);
    remove(tmp);
    return -1;
  }
  if (rename(tmp, out_path) != 0) {
    perror(out_path);
    remove(tmp);
    return -1;
  }
  return 0;
}
