/* ucd.c - mssecref-ucd-gen UnicodeData.txt CompositionExclusions.txt
 * DerivedJoiningType.txt IdnaMappingTable.txt OUT.c: compiles the
 * character properties UTS #46 needs beyond its mapping table (NFC, the
 * leading-mark check, ContextJ, the Bidi rule) into the library's
 * read-only, pointer-free tables (lib/ucd.h).
 *
 * The property files are Unicode 15.0 (Debian's unicode-data package) and
 * the mapping table is 15.1.  The build checks that this cannot matter:
 * every code point the mapping table calls valid is assigned in 15.0, or
 * lies in a range 15.1 added whose properties are the defaults the tables
 * give an unlisted code point (combining class 0, Bidi_Class L, Joining
 * Type U, not a mark, no decomposition). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ucd.h"
#include "ucdfile.h"

#define NCP 0x110000u
#define MAX_DECOMP 4096
#define MAX_COMP 2048

/* Unicode 15.1's new code points the mapping table calls valid: CJK
 * Unified Ideographs Extension I (Lo, Bidi_Class L, no decomposition). */
static const uint32_t new_in_15_1[][2] = {{0x2EBF0, 0x2EE5D}};

static uint8_t ccc[NCP], bidi[NCP], jt[NCP], mark[NCP], assigned[NCP];
static uint8_t excluded[NCP], second[NCP];
/* The one-level canonical decomposition (at most two code points). */
static uint32_t dec1[NCP][2];
static uint8_t dec1_len[NCP];

static uint32_t decomp_cp[MAX_DECOMP], decomp_pool[MAX_DECOMP * 4];
static uint16_t decomp_val[MAX_DECOMP];
static size_t ndecomp, npool;
static uint64_t comp_key[MAX_COMP];
static uint32_t comp_value[MAX_COMP];
static size_t ncomp;

static void die(const char *file, int line, const char *msg) {
  fprintf(stderr, "mssecref-ucd-gen: %s:%d: %s\n", file, line, msg);
  exit(1);
}

static void range(const char *s, uint32_t *lo, uint32_t *hi, const char *file,
                  int line) {
  if (ucd_range(s, lo, hi) != 0)
    die(file, line, "bad code point range");
}

static int bidi_of(const char *s, const char *file, int line) {
  static const char *const names[] = {"",   "L",  "R",  "AL",  "EN", "ES",
                                      "ET", "AN", "CS", "NSM", "BN", "ON"};
  static const char *const other[] = {"B",   "S",   "WS",  "LRE", "LRO", "RLE",
                                      "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};
  size_t i;
  for (i = 1; i < sizeof names / sizeof *names; i++)
    if (strcmp(s, names[i]) == 0)
      return (int)i;
  for (i = 0; i < sizeof other / sizeof *other; i++)
    if (strcmp(s, other[i]) == 0)
      return MSR_BIDI_OTHER;
  die(file, line, "unknown Bidi_Class");
  return 0;
}

static void unicode_data_line(char *s, const char *file, int line,
                              uint32_t *first) {
  char *f[15], *p;
  uint32_t cp, lo, c;
  int nf = ucd_fields(s, f, 15);
  if (nf < 6 || f[0][0] == '\0')
    return;
  cp = (uint32_t)strtoul(f[0], &p, 16);
  if (*p != '\0' || cp >= NCP)
    die(file, line, "bad code point");
  if (strstr(f[1], ", First>") != NULL) {
    *first = cp;
    return;
  }
  lo = strstr(f[1], ", Last>") != NULL ? *first : cp;
  for (c = lo; c <= cp; c++) {
    assigned[c] = 1;
    ccc[c] = (uint8_t)atoi(f[3]);
    bidi[c] = (uint8_t)bidi_of(f[4], file, line);
    mark[c] = f[2][0] == 'M';
  }
  if (f[5][0] != '\0' && f[5][0] != '<') { /* canonical decomposition */
    p = f[5];
    while (*p != '\0') {
      if (dec1_len[cp] == 2)
        die(file, line, "canonical decomposition of more than two");
      dec1[cp][dec1_len[cp]++] = (uint32_t)strtoul(p, &p, 16);
      while (*p == ' ')
        p++;
    }
  }
}

static void read_file(const char *path,
                      void (*each)(char *, const char *, int, uint32_t *)) {
  char line[1024];
  int n = 0;
  uint32_t state = 0;
  FILE *in = fopen(path, "r");
  if (in == NULL) {
    perror(path);
    exit(1);
  }
  while (fgets(line, sizeof line, in) != NULL)
    each(line, path, ++n, &state);
  fclose(in);
}

static void exclusion_line(char *s, const char *file, int line,
                           uint32_t *unused) {
  char *f[2];
  uint32_t lo, hi, c;
  (void)unused;
  if (ucd_fields(s, f, 2) < 1 || f[0][0] == '\0')
    return;
  range(f[0], &lo, &hi, file, line);
  for (c = lo; c <= hi; c++)
    excluded[c] = 1;
}

static void joining_line(char *s, const char *file, int line,
                         uint32_t *unused) {
  static const char types[] = "UCDLRT"; /* enum msr_joining's order */
  char *f[2];
  const char *t;
  uint32_t lo, hi, c;
  (void)unused;
  if (ucd_fields(s, f, 2) < 2 || f[0][0] == '\0')
    return;
  range(f[0], &lo, &hi, file, line);
  if (strlen(f[1]) != 1 || (t = strchr(types, f[1][0])) == NULL)
    die(file, line, "unknown Joining_Type");
  for (c = lo; c <= hi; c++)
    jt[c] = (uint8_t)(t - types);
}

/* The mapping table's valid code points must have their properties here
 * (see the file comment). */
static void valid_line(char *s, const char *file, int line, uint32_t *unused) {
  char *f[3];
  uint32_t lo, hi, c;
  size_t i;
  (void)unused;
  if (ucd_fields(s, f, 3) < 2 || f[0][0] == '\0')
    return;
  if (strcmp(f[1], "valid") != 0 && strcmp(f[1], "deviation") != 0 &&
      strcmp(f[1], "disallowed_STD3_valid") != 0)
    return;
  range(f[0], &lo, &hi, file, line);
  for (c = lo; c <= hi; c++) {
    int known = assigned[c];
    for (i = 0; i < sizeof new_in_15_1 / sizeof *new_in_15_1; i++)
      known |= c >= new_in_15_1[i][0] && c <= new_in_15_1[i][1];
    if (!known) {
      fprintf(stderr,
              "mssecref-ucd-gen: U+%04X is valid in %s but has no "
              "properties\n",
              (unsigned)c, file);
      exit(1);
    }
  }
}

/* Extension I's Bidi_Class, which an unlisted code point does not get. */
static void default_new_in_15_1(void) {
  size_t i;
  uint32_t c;
  for (i = 0; i < sizeof new_in_15_1 / sizeof *new_in_15_1; i++)
    for (c = new_in_15_1[i][0]; c <= new_in_15_1[i][1]; c++)
      if (!assigned[c])
        bidi[c] = MSR_BIDI_L;
}

/* The full canonical decomposition of cp into out; its length. */
static size_t full_decomposition(uint32_t cp, uint32_t *out) {
  size_t n = 0, i;
  if (dec1_len[cp] == 0) {
    out[0] = cp;
    return 1;
  }
  for (i = 0; i < dec1_len[cp]; i++)
    n += full_decomposition(dec1[cp][i], out + n);
  return n;
}

static void build_decompositions(void) {
  uint32_t cp;
  for (cp = 0; cp < NCP; cp++) {
    uint32_t buf[16];
    size_t n, i;
    if (dec1_len[cp] == 0)
      continue;
    n = full_decomposition(cp, buf);
    if (n > MSR_UCD_DECOMP_MAX || ndecomp == MAX_DECOMP ||
        npool + n > sizeof decomp_pool / sizeof *decomp_pool ||
        (npool << 3) > 0xFFFF)
      die("UnicodeData", 0, "decomposition tables full");
    decomp_cp[ndecomp] = cp;
    decomp_val[ndecomp++] = (uint16_t)(npool << 3 | n);
    for (i = 0; i < n; i++)
      decomp_pool[npool++] = buf[i];
    /* Primary composites: two code points, starters, not excluded. */
    if (dec1_len[cp] == 2 && !excluded[cp] && ccc[cp] == 0 &&
        ccc[dec1[cp][0]] == 0) {
      if (ncomp == MAX_COMP)
        die("UnicodeData", 0, "composition table full");
      comp_key[ncomp] = (uint64_t)dec1[cp][0] << 21 | dec1[cp][1];
      comp_value[ncomp++] = cp;
      second[dec1[cp][1]] = 1;
    }
  }
}

static int cmp_key(const void *a, const void *b) {
  uint64_t x = ((const uint64_t *)a)[0], y = ((const uint64_t *)b)[0];
  return x < y ? -1 : x > y;
}

/* Sorts the composition pairs by key, keeping values with their keys. */
static void sort_compositions(void) {
  static uint64_t pairs[MAX_COMP][2];
  size_t i;
  for (i = 0; i < ncomp; i++)
    pairs[i][0] = comp_key[i], pairs[i][1] = comp_value[i];
  qsort(pairs, ncomp, sizeof *pairs, cmp_key);
  for (i = 0; i < ncomp; i++)
    comp_key[i] = pairs[i][0], comp_value[i] = (uint32_t)pairs[i][1];
}

static uint32_t value_of(uint32_t cp) {
  uint32_t v = MSR_UCD_PACK(ccc[cp], bidi[cp], jt[cp]);
  int hangul_vt =
      (cp >= MSR_HANGUL_V && cp < MSR_HANGUL_V + MSR_HANGUL_VCOUNT) ||
      (cp > MSR_HANGUL_T && cp < MSR_HANGUL_T + MSR_HANGUL_TCOUNT);
  if (mark[cp])
    v |= MSR_UCD_MARK;
  if (dec1_len[cp] > 0)
    v |= MSR_UCD_DECOMPOSES;
  /* Not its own NFC: a singleton, an excluded or non-starter
   * decomposition. */
  if (dec1_len[cp] > 0 && (dec1_len[cp] == 1 || excluded[cp] || ccc[cp] != 0 ||
                           ccc[dec1[cp][0]] != 0))
    v |= MSR_UCD_NFC_MAYBE;
  if (ccc[cp] != 0 || second[cp] || hangul_vt)
    v |= MSR_UCD_NFC_MAYBE;
  return v;
}

static void emit_u32(FILE *f, const char *name, const uint32_t *a, size_t n) {
  size_t i;
  fprintf(f, "const uint32_t %s[%zu] = {", name, n);
  for (i = 0; i < n; i++)
    fprintf(f, "%s0x%X,", i % 8 ? "" : "\n", (unsigned)a[i]);
  fprintf(f, "};\n");
}

static int emit(const char *path) {
  static uint32_t starts[NCP], values[NCP];
  size_t n = 0, i;
  uint32_t cp;
  FILE *f = fopen(path, "w");
  if (f == NULL) {
    perror(path);
    return 1;
  }
  for (cp = 0; cp < NCP; cp++) {
    uint32_t v = value_of(cp);
    if (n == 0 || values[n - 1] != v)
      starts[n] = cp, values[n++] = v;
  }
  fprintf(f, "/* Generated by mssecref-ucd-gen from Unicode's data files; "
             "do not edit. */\n#include \"ucd.h\"\n\n");
  fprintf(f, "const size_t msr_ucd_count = %zu;\n", n);
  emit_u32(f, "msr_ucd_start", starts, n);
  emit_u32(f, "msr_ucd_value", values, n);
  fprintf(f, "const size_t msr_ucd_decomp_count = %zu;\n", ndecomp);
  emit_u32(f, "msr_ucd_decomp_cp", decomp_cp, ndecomp);
  fprintf(f, "const uint16_t msr_ucd_decomp_val[%zu] = {", ndecomp);
  for (i = 0; i < ndecomp; i++)
    fprintf(f, "%s0x%X,", i % 8 ? "" : "\n", (unsigned)decomp_val[i]);
  fprintf(f, "};\n");
  emit_u32(f, "msr_ucd_decomp_pool", decomp_pool, npool);
  fprintf(f, "const size_t msr_ucd_comp_count = %zu;\n", ncomp);
  fprintf(f, "const uint64_t msr_ucd_comp_key[%zu] = {", ncomp);
  for (i = 0; i < ncomp; i++)
    fprintf(f, "%s0x%llXu,", i % 4 ? "" : "\n",
            (unsigned long long)comp_key[i]);
  fprintf(f, "};\n");
  emit_u32(f, "msr_ucd_comp_value", comp_value, ncomp);
  if (fclose(f) != 0) {
    perror(path);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: mssecref-ucd-gen UnicodeData.txt "
                    "CompositionExclusions.txt DerivedJoiningType.txt "
                    "IdnaMappingTable.txt OUT.c\n");
    return 2;
  }
  read_file(argv[1], unicode_data_line);
  read_file(argv[2], exclusion_line);
  read_file(argv[3], joining_line);
  read_file(argv[4], valid_line);
  default_new_in_15_1();
  build_decompositions();
  sort_compositions();
  return emit(argv[5]);
}
