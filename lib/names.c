/* names.c - stable names of the enums, both ways, and language tags. */
#include "internal.h"
#include "names.h"

/* Fixed-width character arrays rather than arrays of pointers: the loader
 * has nothing to relocate and the pages stay shared. */
static const char incident_names[MSR_NINC][MSR_NAME_W] = {
    MSR_INCIDENT_NAMES(MSR_NAME_ENTRY)};
static const char lang_names[MSR_NLANG][MSR_NAME_W] = {
    MSR_LANG_NAMES(MSR_NAME_ENTRY)};
static const char customer_names[MSR_NCUST][MSR_NAME_W] = {
    MSR_CUSTOMER_NAMES(MSR_NAME_ENTRY)};
static const char section_names[MSSECREF_SECTION_MAX + 1][MSR_NAME_W] = {
    MSR_SECTION_NAMES(MSR_NAME_ENTRY)};
static const char sign_in_names[MSSECREF_SIGN_IN_MAX + 1][MSR_NAME_W] = {
    MSR_SIGN_IN_NAMES(MSR_NAME_ENTRY)};
static const char vocabulary_names[MSSECREF_VOCABULARY_MAX + 1][MSR_NAME_W] =
    {MSR_VOCABULARY_NAMES(MSR_NAME_ENTRY)};

/* Unsigned compare: a negative value is out of range like a large one. */
#define NAME_OF(table, v)                                                    \
  ((unsigned)(v) < sizeof(table) / sizeof(table[0]) && table[v][0] != '\0'  \
       ? table[v]                                                            \
       : NULL)

const char *mssecref_incident_name(int v) { return NAME_OF(incident_names, v); }
const char *mssecref_lang_name(int v) { return NAME_OF(lang_names, v); }
const char *mssecref_customer_name(int v) { return NAME_OF(customer_names, v); }
const char *mssecref_section_name(int v) { return NAME_OF(section_names, v); }
const char *mssecref_sign_in_name(int v) { return NAME_OF(sign_in_names, v); }
const char *mssecref_vocabulary_name(int v) {
  return NAME_OF(vocabulary_names, v);
}

static int folded_equal(const char *s, size_t n, const char *name) {
  size_t i;
  for (i = 0; i < n; i++)
    if (name[i] == '\0' || msr_fold((unsigned char)s[i]) != (unsigned char)name[i])
      return 0;
  return name[n] == '\0';
}

static int parse_name(const char (*names)[MSR_NAME_W], int count,
                      const char *s) {
  size_t n;
  int i, rc = msr_check_name(s, &n);
  if (rc != MSSECREF_OK)
    return rc;
  for (i = 0; i < count; i++)
    if (names[i][0] != '\0' && folded_equal(s, n, names[i]))
      return i;
  return MSSECREF_ENOTFOUND;
}

int mssecref_customer_parse(const char *s) {
  return parse_name(customer_names, MSR_NCUST, s);
}
int mssecref_section_parse(const char *s) {
  return parse_name(section_names, MSSECREF_SECTION_MAX + 1, s);
}
int mssecref_sign_in_parse(const char *s) {
  return parse_name(sign_in_names, MSSECREF_SIGN_IN_MAX + 1, s);
}
int mssecref_vocabulary_parse(const char *s) {
  return parse_name(vocabulary_names, MSSECREF_VOCABULARY_MAX + 1, s);
}

static int is_alpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static int is_alnum(unsigned char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}

/* BCP 47 tags and POSIX locale names share the shape
 * language[(-|_)subtag...][.codeset][@modifier]; only the language counts. */
int mssecref_lang_parse(const char *tag, int *fallback) {
  const unsigned char *s = (const unsigned char *)tag;
  size_t n, i, primary = 0;
  int lang;

  if (tag == NULL)
    return MSSECREF_ENULL;
  n = msr_name_len(tag);
  if (n > MSSECREF_NAME_MAX)
    return MSSECREF_ETOOLONG;
  while (primary < n && is_alpha(s[primary]))
    primary++;
  if (n > 0 && primary == 0)
    return MSSECREF_ESYNTAX;
  for (i = primary; i < n; i++)
    if (!is_alnum(s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.' &&
        s[i] != '@')
      return MSSECREF_ESYNTAX;
  if (primary > 0 && primary < n && s[primary] != '-' && s[primary] != '_' &&
      s[primary] != '.' && s[primary] != '@')
    return MSSECREF_ESYNTAX;
  if (primary == 2 && (s[0] | 0x20) == 'j' && (s[1] | 0x20) == 'a')
    lang = MSSECREF_LANG_JA;
  else
    lang = MSSECREF_LANG_EN;
  if (fallback != NULL)
    *fallback = !(primary == 0 || lang == MSSECREF_LANG_JA ||
                  (primary == 2 && (s[0] | 0x20) == 'e' && (s[1] | 0x20) == 'n') ||
                  (primary == 1 && (s[0] == 'C' || s[0] == 'c')) ||
                  (primary == 5 && folded_equal(tag, 5, "posix")));
  return lang;
}
