/* vocab_emit.c - the vocabulary tables: every (vocabulary, value) pair,
 * a key set per vocabulary, the no-contact reasons and the precedence of
 * incidents in a set (see vocab.c for the rules they satisfy). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define NVOCAB GEN_NVOCAB
#define BUILT_IN GEN_BUILT_IN

static const char *built_in_source(int voc) {
  return voc == MSSECREF_VOCABULARY_MSSECREF
             ? "The library's own incident names ([incident] records)"
             : "Everyday words for the incidents, a judgement ([aliases] "
               "lines marked common)";
}

static void emit_values(FILE *f, const struct gen_catalogue *cat) {
  int i;
  fprintf(f, "MSR_HIDDEN const struct msr_alias msr_values[] = {\n");
  for (i = 0; i < cat->nvalues; i++) {
    gen_emit_alias(f, &cat->values[i].a);
  }
  if (cat->nvalues == 0)
    fprintf(f, "  { .name = 0 },\n");
  fprintf(f, "};\n\n");
}

/* One key set per vocabulary, their slots one after another. */
static void emit_sets(FILE *f, const struct gen_catalogue *cat) {
  static struct msr_slot all[1u << 15], slots[1u << 12];
  static const char *keys[GEN_MAX_VALUES];
  static int index[GEN_MAX_VALUES];
  struct msr_keyset sets[NVOCAB];
  int first[NVOCAB], voc, i, nall = 0;

  for (voc = 0; voc < NVOCAB; voc++) {
    const struct gen_vocab *x = &cat->vocabs[voc];
    int n = 0, nslots;
    memset(&sets[voc], 0, sizeof sets[voc]);
    first[voc] = nall;
    for (i = x->first; i < x->first + x->count; i++)
      if (cat->values[i].unique) {
        index[n] = i;
        keys[n++] = cat->values[i].a.key;
      }
    if (n == 0)
      continue;
    nslots = gen_keyset(keys, n, &sets[voc], slots);
    if (nslots < 0 || nall + nslots > (int)(sizeof all / sizeof all[0])) {
      fprintf(stderr, "mssecref-gen: no perfect hash for %s\n",
              gen_vocabulary_names[voc]);
      exit(1);
    }
    for (i = 0; i < nslots; i++) {
      all[nall + i] = slots[i];
      if (slots[i].key != 0)
        all[nall + i].value = (uint16_t)index[slots[i].value];
    }
    nall += nslots;
  }
  fprintf(f, "MSR_HIDDEN const struct msr_vocab msr_vocabs[%d] = {\n", NVOCAB);
  for (voc = 0; voc < NVOCAB; voc++) {
    const struct gen_vocab *x = &cat->vocabs[voc];
    const char *src = voc == 0                   ? ""
                      : (BUILT_IN & (1u << voc)) ? built_in_source(voc)
                                                 : x->source;
    fprintf(f,
            "  { /* %s */\n    .set = ", voc ? gen_vocabulary_names[voc] : "-");
    gen_emit_set(f, &sets[voc]);
    fprintf(f,
            ",\n    .slots = %d, .first = %d, .count = %d, .source = %u },\n",
            first[voc], x->first, x->count, gen_intern(src));
  }
  fprintf(f, "};\n\nMSR_HIDDEN const struct msr_slot msr_vocab_slots[] = {");
  gen_emit_slots(f, all, nall);
  fprintf(f, "%s\n};\n\n", nall ? "" : "{ .key = 0 }");
}

void gen_emit_vocab(FILE *f, const struct gen_catalogue *cat) {
  int i, k;
  emit_values(f, cat);
  emit_sets(f, cat);
  fprintf(f, "MSR_HIDDEN const uint32_t msr_reasons[][MSR_NLANG] = {\n");
  for (i = 0; i < cat->nreasons; i++) {
    fprintf(f, "  {");
    for (k = 0; k < MSR_NLANG; k++)
      fprintf(f, " %u,", gen_intern(cat->reasons[i].text[k]));
    fprintf(f, " }, /* %s */\n", cat->reasons[i].id);
  }
  if (cat->nreasons == 0)
    fprintf(f, "  { 0, 0, 0 },\n");
  /* without a precedence: after every one given, in enum order */
  fprintf(f, "};\n\nMSR_HIDDEN const uint8_t msr_precedence[MSR_NINC] = {");
  for (i = 0; i < MSR_NINC; i++)
    fprintf(f, " %d,",
            i == 0               ? 0
            : cat->precedence[i] ? cat->precedence[i]
                                 : 100 + i);
  fprintf(f, " };\n\n");
}
