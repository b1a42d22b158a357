/* emit.c - writes the checked catalogue as C tables: integer offsets into
 * one string pool and perfect-hash slots for names and ids (keyset.c), the
 * suffixes (emit_suffix.c) and vocabularies (vocab_emit.c), and every
 * lookup and route answer precomputed, so that the library only indexes.
 * Every struct is written with designated initializers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ---- output helpers ---- */

static void bytes(FILE *f, const char *name, const char *type, const uint8_t *v,
                  size_t n) {
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

/* " .name = { a, b, c }," for a per-language array of strings. */
static void strings(FILE *f, const char *name, const char *const *v) {
  int k;
  fprintf(f, "    .%s = {", name);
  for (k = 0; k < MSR_NLANG; k++)
    fprintf(f, " %u,", gen_intern(v[k]));
  fprintf(f, " },\n");
}

static void numbers(FILE *f, const char *name, const int *v, int n) {
  int k;
  fprintf(f, "    .%s = {", name);
  for (k = 0; k < n; k++)
    fprintf(f, " %d,", v[k]);
  fprintf(f, " },\n");
}

/* Designated initializers: reordering struct mssecref_contact cannot
 * misplace a field. */
static void emit_contact(FILE *f, const struct gen_contact *c, int index,
                         int related_first) {
  int sign_in[MSR_NCUST], k;
  uint32_t confirmed, source, evidence, published;
  fprintf(f, "  { /* %s */\n    .id = %u,\n", c->id, gen_intern(c->id));
  strings(f, "title", c->title);
  strings(f, "summary", c->summary);
  strings(f, "url", c->url);
  /* Interned one by one, not as arguments of one call: the pool, and so
   * the tables, must not depend on the order a compiler evaluates
   * arguments in (this is the order GCC used). */
  confirmed = gen_intern(c->confirmed);
  source = gen_intern(c->source);
  evidence = gen_intern(c->url_evidence);
  published = gen_intern(c->url_published);
  fprintf(f,
          "    .url_published = %u, .url_evidence = %u,\n"
          "    .source = %u, .confirmed = %u,\n",
          published, evidence, source, confirmed);
  fprintf(f,
          "    .related_first = %d, .related_count = %d, .index = %d,\n"
          "    .section = %d, .page_langs = %u, .report_langs = %u,\n"
          "    .customers = %u, .results_returned = %d,\n",
          related_first, c->nrelated, index, c->section, c->page_langs,
          c->report_langs, c->customers, c->results_returned);
  for (k = 0; k < MSR_NCUST; k++)
    sign_in[k] = (int)c->sign_in[k];
  numbers(f, "sign_in", sign_in, MSR_NCUST);
  numbers(f, "priority", c->priority, MSR_NINC);
  fprintf(f, "    .incidents = %u,\n", c->incidents);
  strings(f, "successor", c->successor);
  source = gen_intern(c->review_by); /* the same reason */
  fprintf(f,
          "    .successor_evidence = %u, .review_by = %u, .results = %u,\n"
          "  },\n",
          gen_intern(c->successor_evidence), source, c->results);
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

void gen_emit_alias(FILE *f, const struct gen_alias *a) {
  uint32_t key = gen_intern(a->key); /* first, as in emit_contact() */
  fprintf(f,
          "  { .name = %u, .key = %u, .vocabularies = %u, .incidents = %u,\n"
          "    .first = %d, .reason = %d, .judgement = %d },\n",
          gen_intern(a->name), key, a->vocabularies, a->incidents, a->first,
          a->reason, a->judgement);
}

static int emit_aliases(FILE *f, const struct gen_catalogue *cat) {
  const char *keys[GEN_MAX_ALIASES];
  int i;
  /* Only the names with an incident: the key set of the hot path stays
   * small enough to be perfect in few slots; a name with no Microsoft
   * contact is found in its vocabularies' own sets (lib/vocab.c). */
  fprintf(f, "MSR_HIDDEN const struct msr_alias msr_aliases[] = {\n");
  for (i = 0; i < cat->nroutable; i++) {
    const struct gen_alias *a = &cat->aliases[i];
    gen_emit_alias(f, a);
    keys[i] = a->key;
  }
  fprintf(f, "};\n\nMSR_HIDDEN const size_t msr_alias_count = %d;\n",
          cat->nroutable);
  if (gen_emit_keyset(f, "msr_alias", keys, cat->nroutable) != 0)
    return -1;
  for (i = 0; i < cat->ncontacts; i++)
    keys[i] = cat->contacts[i].id;
  return gen_emit_keyset(f, "msr_id", keys, cat->ncontacts);
}

/* ---- precomputed lookups ---- */

static int matches(const struct gen_contact *c, int inc, int lang, int cust) {
  return (inc == 0 || c->priority[inc] != 0) &&
         (lang == 0 || ((c->page_langs | c->report_langs) & (1u << lang))) &&
         (cust == 0 || (c->customers & (1u << cust)));
}

/* Contacts matching (inc, lang, cust) in priority order into out. */
static int ordered(const struct gen_catalogue *cat, int inc, int lang, int cust,
                   uint8_t *out) {
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
        fprintf(f,
                "\n      { .first = %u, .count = %d,"
                " .route = { .contact = %d, .fallback = %d } },",
                (unsigned)nlist, n, route, fallback);
        nlist += (size_t)n;
      }
      fprintf(f, " },\n");
    }
    fprintf(f, "  },\n");
  }
  fprintf(f, "};\n\n");
  bytes(f, "msr_lookup_list", "uint8_t", list, nlist);
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
        fprintf(f, "\n      { .contact = %d, .fallback = %d },", route,
                fallback);
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
      fprintf(f, " %u,", inc ? gen_intern(cat->incident_title[inc][lang]) : 0);
    fprintf(f, " },\n");
  }
  fprintf(f, "};\n\n");
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_source = %u;\n",
          gen_intern(cat->meta_source));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_series = %u;\n",
          gen_intern(cat->meta_series));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_date = %u;\n",
          gen_intern(cat->meta_date));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_version = %u;\n",
          gen_intern(cat->meta_version));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_review_by = %u;\n\n",
          gen_intern(cat->meta_review_by));
  fprintf(f, "MSR_HIDDEN const uint32_t msr_meta_psl_version = %u;\n\n",
          gen_intern(cat->psl_version));
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
  fprintf(f,
          "/* Generated by mssecref-gen from %s. Do not edit. */\n"
          "#include \"tables.h\"\n\n",
          cat->path);
  emit_contacts(f, cat);
  ok = emit_aliases(f, cat) == 0;
  emit_spans(f, cat);
  gen_emit_suffixes(f, cat);
  emit_hosted(f, cat);
  emit_meta(f, cat);
  gen_emit_vocab(f, cat);
  emit_byte_tables(f);
  gen_emit_pool(f); /* last: every string above has been interned */
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
