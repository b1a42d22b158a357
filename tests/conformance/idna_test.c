/* idna_test.c - Unicode's UTS #46 conformance data (IdnaTestV2.txt): the
 * toASCII result (nontransitional) of every line, or its failure, as
 * msr_domain_to_ascii() computes it with the URL Standard's settings
 * (CheckHyphens and VerifyDnsLength off, so V2, V3, A4_1, A4_2 and X4_2
 * are not errors; no STD3 rules, so U1 is not).
 *
 * Every check is made, NFC, the Bidi rule (B1-B6), ContextJ (C1-C2) and
 * the leading-mark check (V5) included.  The known exceptions are the lines
 * the file fails only by its STD3 rules (V6 with an ASCII character other
 * than a letter, digit, '-' or '.'), which the URL Standard turns off, and
 * the lines it accepts with an "xn--" label that UTS #46 revision 33
 * refuses (refused_since_16()): every one is listed in the file given as the
 * second argument, and the test fails when the lines found differ from that
 * list, or on any other disagreement.  One more kind of exception: a domain
 * that maps to the empty string, which the URL Standard refuses after UTS #46.
 *
 * Usage: idna_test IdnaTestV2.txt EXCEPTIONS.txt [--write] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idna.h"
#include "mssecref.h"

#define LINE_MAX_ 4096

static size_t put_utf8(char *o, unsigned long c) {
  if (c < 0x80)
    return o[0] = (char)c, 1;
  if (c < 0x800)
    return o[0] = (char)(0xC0 | c >> 6), o[1] = (char)(0x80 | (c & 63)), 2;
  if (c < 0x10000) {
    o[0] = (char)(0xE0 | c >> 12);
    o[1] = (char)(0x80 | ((c >> 6) & 63));
    o[2] = (char)(0x80 | (c & 63));
    return 3;
  }
  o[0] = (char)(0xF0 | c >> 18);
  o[1] = (char)(0x80 | ((c >> 12) & 63));
  o[2] = (char)(0x80 | ((c >> 6) & 63));
  o[3] = (char)(0x80 | (c & 63));
  return 4;
}

/* Trims a field and undoes the \uXXXX and \x{XXXX} escapes in place. */
static char *unescape(char *s) {
  char *o, *r, *end;
  while (*s == ' ' || *s == '\t')
    s++;
  end = s + strlen(s);
  while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
    *--end = '\0';
  for (o = r = s; *r != '\0';) {
    if (r[0] == '\\' && r[1] == 'u') {
      char hex[5] = {r[2], r[3], r[4], r[5], 0};
      unsigned long c = strtoul(hex, NULL, 16);
      r += 6;
      if (c >= 0xD800 && c <= 0xDBFF && r[0] == '\\' && r[1] == 'u') {
        char lo[5] = {r[2], r[3], r[4], r[5], 0};
        c = 0x10000 + ((c - 0xD800) << 10) + (strtoul(lo, NULL, 16) - 0xDC00);
        r += 6;
      }
      o += put_utf8(o, c);
    } else if (r[0] == '\\' && r[1] == 'x' && r[2] == '{') {
      char *close;
      unsigned long c = strtoul(r + 3, &close, 16);
      r = close + 1;
      o += put_utf8(o, c);
    } else {
      *o++ = *r++;
    }
  }
  *o = '\0';
  return s;
}

/* Has the expected ASCII result an "xn--" label that UTS #46 revision 33
 * (Unicode 16.0), which the URL Standard calls, refuses although this file
 * (revision 31) accepts it: one decoding to a label that begins with
 * "xn--" (its Punycode begins "xn--xn--") or to ASCII only (its Punycode
 * ends in the '-' after the basic code points)? */
static int refused_since_16(const char *s) {
  for (;;) {
    size_t n = strcspn(s, ".");
    if (n >= 4 && strncmp(s, "xn--", 4) == 0 &&
        ((n >= 8 && strncmp(s + 4, "xn--", 4) == 0) || s[n - 1] == '-'))
      return 1;
    if (s[n] == '\0')
      return 0;
    s += n + 1;
  }
}

/* Has the ASCII result a code point STD3 rules disallow (anything but
 * letters, digits, '-' and '.')?  The file reports those as V6; the URL
 * Standard sets UseSTD3ASCIIRules to false. */
static int std3_ascii(const char *s) {
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' ||
          *s == '.'))
      return 1;
  return 0;
}

/* The error codes of a status field that count with the URL Standard's
 * settings, as a space-separated list ("" when none); *v6_only is set when
 * V6 is the only one. */
static void codes(const char *status, char *out, int *v6_only) {
  const char *p = status;
  int v6 = 0, other = 0;
  *out = '\0';
  while (*p != '\0') {
    char code[8];
    size_t n = 0;
    while (*p == '[' || *p == ']' || *p == ',' || *p == ' ')
      p++;
    while (*p && *p != ',' && *p != ']' && *p != ' ' && n < 7)
      code[n++] = *p++;
    code[n] = '\0';
    if (n == 0)
      continue;
    if (!strcmp(code, "V2") || !strcmp(code, "V3") || !strcmp(code, "U1") ||
        !strcmp(code, "A4_1") || !strcmp(code, "A4_2") || !strcmp(code, "X4_2"))
      continue;
    if (!strcmp(code, "V6"))
      v6 = 1;
    else
      other = 1;
    if (*out)
      strcat(out, " ");
    strcat(out, code);
  }
  *v6_only = v6 && !other;
}

int main(int argc, char **argv) {
  static char line[LINE_MAX_], expected_list[1 << 20], found_list[1 << 20];
  FILE *in, *ex;
  int lineno = 0, total = 0, pass = 0, excepted = 0, empty = 0, fail = 0;
  int write = argc > 3 && strcmp(argv[3], "--write") == 0;
  size_t found_len = 0;
  if (argc < 3 || (in = fopen(argv[1], "r")) == NULL) {
    fprintf(stderr, "usage: idna_test IdnaTestV2.txt EXCEPTIONS [--write]\n");
    return 2;
  }
  while (fgets(line, sizeof line, in) != NULL) {
    char *f[7], *p = line, out[MSR_DOMAIN_MAX + 1], errs[128];
    int nf = 0, changed = 0, v6_only;
    const char *want, *status;
    long rc;
    lineno++;
    if ((p = strchr(line, '#')) != NULL)
      *p = '\0';
    p = line;
    line[strcspn(line, "\r\n")] = '\0';
    while (nf < 7) {
      char *semi = strchr(p, ';');
      if (semi)
        *semi = '\0';
      f[nf++] = p;
      if (!semi)
        break;
      p = semi + 1;
    }
    if (nf < 5)
      continue;
    for (nf = 0; nf < 5; nf++)
      f[nf] = unescape(f[nf]);
    total++;
    want = *f[3] ? f[3] : *f[1] ? f[1] : f[0];
    status = *f[4] ? f[4] : f[2];
    codes(status, errs, &v6_only);
    rc = msr_domain_to_ascii((const unsigned char *)f[0], strlen(f[0]), out,
                             &changed);
    if (*errs == '\0') {
      if (rc >= 0 && strcmp(out, want) == 0) {
        pass++;
      } else if (rc == MSSECREF_EURL && *want == '\0') {
        empty++; /* the URL Standard refuses an empty domain */
      } else if (rc == MSSECREF_EIDN && refused_since_16(want)) {
        excepted++;
        found_len += (size_t)snprintf(found_list + found_len,
                                      sizeof found_list - found_len,
                                      "%d [] 16.0\n", lineno);
      } else {
        printf("IdnaTestV2 line %d: %s: expected %s, got %s (%ld)\n", lineno,
               f[0], want, rc >= 0 ? out : "failure", rc);
        fail++;
      }
    } else if (rc < 0) {
      pass++;
    } else if (v6_only && std3_ascii(out)) {
      excepted++;
      found_len += (size_t)snprintf(found_list + found_len,
                                    sizeof found_list - found_len,
                                    "%d [%s] STD3\n", lineno, errs);
    } else {
      printf("IdnaTestV2 line %d: %s: expected [%s], got %s\n", lineno, f[0],
             errs, out);
      fail++;
    }
  }
  fclose(in);
  if (write) {
    if ((ex = fopen(argv[2], "w")) == NULL)
      return 2;
    fputs("# IdnaTestV2-15.1.0.txt lines the library accepts although the\n"
          "# file refuses them: [V6] STD3 = an ASCII character the file's\n"
          "# STD3 rules refuse ('$', ',', '?'), which the URL Standard\n"
          "# turns off (UseSTD3ASCIIRules=false); the URL parser then\n"
          "# refuses only its forbidden domain code points.\n"
          "# [] 16.0 = accepted by this file (UTS #46 revision 31), refused\n"
          "# since revision 33 (Unicode 16.0), which the URL Standard calls:\n"
          "# an xn-- label decoding to ASCII only or to another xn-- label.\n"
          "# Written by idna_test --write.\n",
          ex);
    fputs(found_list, ex);
    fclose(ex);
  } else {
    size_t n = 0;
    if ((ex = fopen(argv[2], "r")) == NULL) {
      perror(argv[2]);
      return 2;
    }
    while (fgets(line, sizeof line, ex) != NULL)
      if (line[0] != '#' && n + strlen(line) < sizeof expected_list)
        memcpy(expected_list + n, line, strlen(line) + 1), n += strlen(line);
    fclose(ex);
    if (strcmp(expected_list, found_list) != 0) {
      printf("IdnaTestV2: the lines accepted by STD3 rules alone differ "
             "from %s (rerun with --write and review the diff)\n",
             argv[2]);
      fail++;
    }
  }
  printf("IdnaTestV2: %d lines: %d agree, %d known exceptions (STD3 rules "
         "off, or refused since UTS #46 16.0; listed in %s), %d empty domains "
         "the URL Standard refuses, %d "
         "disagreements\n",
         total, pass, excepted, argv[2], empty, fail);
  return fail ? 1 : 0;
}
