/* nfc_test.c - Unicode's normalization conformance data
 * (NormalizationTest.txt) against msr_nfc(), the NFC step of UTS #46:
 * every line's invariants c2 == NFC(c1) == NFC(c2) == NFC(c3) and
 * c4 == NFC(c4) == NFC(c5), and part 2's: every code point not listed in
 * part 1 is its own NFC.  Prints its counts; exits 1 on any failure.
 *
 * Usage: nfc_test NormalizationTest.txt */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idna.h"
#include "mssecref.h"
#include "ucd.h"

#define FIELD_MAX 64
#define NCP 0x110000u

static unsigned char listed[NCP];

/* One field of code points ("0044 0307") into cp; its length. */
static size_t parse_field(const char *s, uint32_t *cp) {
  size_t n = 0;
  char *end;
  while (n < FIELD_MAX) {
    unsigned long c = strtoul(s, &end, 16);
    if (end == s)
      break;
    cp[n++] = (uint32_t)c;
    s = end;
  }
  return n;
}

static int equal(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  return na == nb && memcmp(a, b, na * sizeof *a) == 0;
}

/* Does NFC(in) equal want?  Reports the line when not. */
static int nfc_is(const uint32_t *in, size_t n, const uint32_t *want,
                  size_t nwant, int lineno, int column) {
  uint32_t out[FIELD_MAX * MSR_UCD_DECOMP_MAX];
  int same = 0;
  long m = msr_nfc(in, n, out, sizeof out / sizeof *out, &same);
  if (m >= 0 && equal(out, (size_t)m, want, nwant) &&
      same == equal(in, n, want, nwant))
    return 1;
  printf("NormalizationTest line %d: NFC(c%d) differs\n", lineno, column);
  return 0;
}

static int check_line(char *line, int lineno, int part1, int *fail) {
  uint32_t c[5][FIELD_MAX];
  size_t n[5];
  int i;
  char *p = line;
  for (i = 0; i < 5; i++) {
    char *semi = strchr(p, ';');
    if (semi == NULL)
      return 0;
    *semi = '\0';
    n[i] = parse_field(p, c[i]);
    p = semi + 1;
  }
  if (part1 && n[0] == 1)
    listed[c[0][0]] = 1;
  for (i = 0; i < 3; i++)
    *fail += !nfc_is(c[i], n[i], c[1], n[1], lineno, i + 1);
  for (i = 3; i < 5; i++)
    *fail += !nfc_is(c[i], n[i], c[3], n[3], lineno, i + 1);
  return 1;
}

int main(int argc, char **argv) {
  static char line[4096];
  FILE *in;
  int lineno = 0, lines = 0, fail = 0, part1 = 0, singles = 0;
  uint32_t cp;
  if (argc != 2 || (in = fopen(argv[1], "r")) == NULL) {
    fprintf(stderr, "usage: nfc_test NormalizationTest.txt\n");
    return 2;
  }
  while (fgets(line, sizeof line, in) != NULL) {
    lineno++;
    if (line[0] == '@')
      part1 = strncmp(line, "@Part1", 6) == 0;
    else if (line[0] != '#')
      lines += check_line(line, lineno, part1, &fail);
  }
  fclose(in);
  for (cp = 0; cp < NCP; cp++) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || listed[cp])
      continue;
    singles++;
    fail += !nfc_is(&cp, 1, &cp, 1, 0, 0);
  }
  printf("NormalizationTest: %d lines (5 NFC invariants each) and %d code "
         "points that are their own NFC: %d failures\n",
         lines, singles, fail);
  return fail ? 1 : 0;
}
