/* codeset.c - text output in the locale's codeset.  The catalogue is
 * UTF-8; a terminal set to EUC-JP or Shift_JIS gets its own bytes through
 * iconv (part of the C library), or the English text when the Japanese
 * cannot be converted.  JSON, JSON Lines and CSV stay UTF-8.  The C and
 * POSIX locales pass bytes through unchanged, as before. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tool.h"

static char codeset[64];
static FILE *real_stdout;
static char *text;
static size_t text_len;

/* The codeset a locale name asks for: "ja_JP.eucJP" -> "eucJP", and
 * Windows' "Japanese_Japan.932" -> "CP932".  Empty when none is named. */
static void codeset_of_name(const char *name, char *out, size_t cap) {
  const char *dot = strchr(name, '.');
  size_t n, i;
  out[0] = '\0';
  if (dot == NULL || cap < 3)
    return;
  dot++;
  n = strcspn(dot, "@;");
  for (i = 0; i < n && isdigit((unsigned char)dot[i]); i++)
    ;
  snprintf(out, cap, "%s%.*s", i == n ? "CP" : "", (int)n, dot);
}

static int is_utf8(const char *cs) {
  return strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0 ||
         strcmp(cs, "") == 0;
}

/* The locale's codeset for LC_CTYPE: from the C library when the locale
 * is installed, else from its name.  Empty: pass bytes through. */
static void find_codeset(void) {
  static const char *const vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  const char *name = "", *got;
  size_t i;
  for (i = 0; i < 3 && *name == '\0'; i++)
    if (getenv(vars[i]) != NULL)
      name = getenv(vars[i]);
  codeset[0] = '\0';
  got = setlocale(LC_CTYPE, "");
  if (got != NULL && strcmp(got, "C") != 0 && strcmp(got, "POSIX") != 0)
    snprintf(codeset, sizeof codeset, "%s", nl_langinfo(CODESET));
  else if (got == NULL)
    codeset_of_name(name, codeset, sizeof codeset);
  setlocale(LC_CTYPE, "C");
}

/* Converts s to the codeset; -1 when a character has no equivalent. */
static int convert(iconv_t cd, const char *s, size_t n, FILE *to) {
  char buf[4096];
  char *in = (char *)(uintptr_t)s;
  iconv(cd, NULL, NULL, NULL, NULL);
  while (n > 0) {
    char *o = buf;
    size_t room = sizeof buf;
    size_t rc = iconv(cd, &in, &n, &o, &room);
    if (to != NULL)
      fwrite(buf, 1, (size_t)(o - buf), to);
    if (rc == (size_t)-1 && o == buf)
      return -1; /* EILSEQ or EINVAL, not just a full buffer */
  }
  return 0;
}

/* Whether every Japanese text of the catalogue converts. */
static int japanese_converts(iconv_t cd) {
  size_t i;
  int k;
  for (i = 0; i < mssecref_contact_count(); i++) {
    const mssecref_contact *c = mssecref_contact_at(i);
    const char *t = mssecref_contact_title(c, MSSECREF_LANG_JA),
               *s = mssecref_contact_summary(c, MSSECREF_LANG_JA);
    if (convert(cd, t, strlen(t), NULL) != 0 ||
        convert(cd, s, strlen(s), NULL) != 0)
      return 0;
  }
  for (k = 1; k <= MSSECREF_INCIDENT_MAX; k++) {
    const char *t = mssecref_incident_title(k, MSSECREF_LANG_JA);
    if (t != NULL && convert(cd, t, strlen(t), NULL) != 0)
      return 0;
  }
  return 1;
}

void codeset_begin(struct options *o) {
  iconv_t cd;
  FILE *m;
  if (o->format != FMT_TEXT)
    return;
  find_codeset();
  if (is_utf8(codeset))
    return;
  cd = iconv_open(codeset, "UTF-8");
  if (cd == (iconv_t)-1)
    return; /* a codeset iconv does not know: bytes as they are */
  if (o->lang == MSSECREF_LANG_JA && !japanese_converts(cd)) {
    o->lang = MSSECREF_LANG_EN;
    o->lang_other = 1;
  }
  iconv_close(cd);
#ifdef __GLIBC__ /* stdout is a variable there, and may be assigned */
  if ((m = open_memstream(&text, &text_len)) != NULL) {
    real_stdout = stdout;
    stdout = m;
  }
#else
  (void)m;
#endif
}

int codeset_end(int rc) {
  iconv_t cd;
  char *conv = NULL;
  size_t conv_len = 0;
  FILE *m;
  if (real_stdout == NULL)
    return rc;
  fclose(stdout);
  stdout = real_stdout;
  real_stdout = NULL;
  cd = iconv_open(codeset, "UTF-8");
  m = open_memstream(&conv, &conv_len);
  if (cd != (iconv_t)-1 && m != NULL && convert(cd, text, text_len, m) == 0 &&
      fclose(m) == 0) {
    fwrite(conv, 1, conv_len, stdout);
  } else {
    /* a character of the data itself (an argument, a host name) has no
     * equivalent: the text as it is */
    if (m != NULL && conv == NULL)
      fclose(m);
    fwrite(text, 1, text_len, stdout);
  }
  if (cd != (iconv_t)-1)
    iconv_close(cd);
  free(conv);
  free(text);
  text = NULL;
  return rc == EXIT_ANSWERED ? finish_output() : rc;
}
