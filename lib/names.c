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
static const char results_names[MSSECREF_RESULTS_MAX + 1][MSR_NAME_W] = {
    MSR_RESULTS_NAMES(MSR_NAME_ENTRY)};
static const char hosting_names[MSSECREF_HOSTING_MAX + 1][MSR_NAME_W] = {
    MSR_HOSTING_NAMES(MSR_NAME_ENTRY)};

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
const char *mssecref_results_name(int v) { return NAME_OF(results_names, v); }

/* How many leading bytes of name s matches, folded (msr_fold): s is read
 * no further than its NUL or name's length, since the fold of a NUL is a
 * NUL and no name holds one before its end. */
static size_t folded_match(const char *s, const char *name) {
  size_t i = 0;
  while (name[i] != '\0' &&
         msr_fold_table[(unsigned char)s[i]] == (unsigned char)name[i])
    i++;
  return i;
}

/* The value whose name s is, by the whole name.  The length is measured
 * only when nothing matched, to tell the errors apart. */
static int parse_name(const char (*names)[MSR_NAME_W], int count,
                      const char *s) {
  size_t n;
  int i, rc;
  if (s == NULL)
    return MSSECREF_ENULL;
  for (i = 0; i < count; i++) {
    n = folded_match(s, names[i]);
    if (n > 0 && names[i][n] == '\0' && s[n] == '\0')
      return i;
  }
  rc = msr_check_name(s, &n);
  return rc != MSSECREF_OK ? rc : MSSECREF_ENOTFOUND;
}

int msr_customer(const char *s) {
  return parse_name(customer_names, MSR_NCUST, s);
}

int mssecref_customer_parse(const char *s) { return msr_customer(s); }
int mssecref_section_parse(const char *s) {
  return parse_name(section_names, MSSECREF_SECTION_MAX + 1, s);
}
int mssecref_sign_in_parse(const char *s) {
  return parse_name(sign_in_names, MSSECREF_SIGN_IN_MAX + 1, s);
}
int mssecref_vocabulary_parse(const char *s) {
  return parse_name(vocabulary_names, MSSECREF_VOCABULARY_MAX + 1, s);
}
int mssecref_results_parse(const char *s) {
  return parse_name(results_names, MSSECREF_RESULTS_MAX + 1, s);
}

/* A qualifier: the vocabulary named by s[0..n), folded like names.  s is
 * not NUL-terminated there (the value follows), so the length bounds it. */
int msr_vocabulary_n(const char *s, size_t n) {
  int i;
  for (i = 1; i <= MSSECREF_VOCABULARY_MAX; i++) {
    const char *name = vocabulary_names[i];
    size_t k = 0;
    while (k < n && name[k] != '\0' &&
           msr_fold_table[(unsigned char)s[k]] == (unsigned char)name[k])
      k++;
    if (k == n && name[n] == '\0')
      return i;
  }
  return MSSECREF_ENOTFOUND;
}

const char *mssecref_hosting_name(int v) { return NAME_OF(hosting_names, v); }

int mssecref_hosting_parse(const char *s) {
  return parse_name(hosting_names, MSSECREF_HOSTING_MAX + 1, s);
}

static int is_alpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static int is_alnum(unsigned char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}
static int is_sep(unsigned char c) {
  return c == '-' || c == '_' || c == '.' || c == '@';
}

/* Windows locale names ("English_United States.1252") spell the language
 * out and may hold these in the rest: only after a primary of 4 letters or
 * more, so "ja JP" stays a syntax error. */
static int is_windows(unsigned char c) {
  return c == ' ' || c == '(' || c == ')' || c == '\'';
}

static int is_end(unsigned char c, unsigned char stop) {
  return c == '\0' || c == stop;
}

/* BCP 47 tags, POSIX locale names and Windows locale names share the shape
 * language[(-|_)subtag...][.codeset][@modifier]; only the language counts:
 * ISO 639-1 ("ja"), ISO 639-2 ("jpn") or Windows' English name
 * ("Japanese").  The tag ends at NUL or `stop`; at most `max` bytes are
 * read.  One pass. */
static int lang_span(const unsigned char *s, size_t max, unsigned char stop) {
  size_t n = 0, primary;
  int wide;

  while (is_alpha(s[n]))
    if (++n > max)
      return MSSECREF_ETOOLONG;
  primary = n;
  wide = primary >= 4;
  if (!is_end(s[n], stop) &&
      (primary == 0 || !(is_sep(s[n]) || (wide && is_windows(s[n])))))
    return MSSECREF_ESYNTAX; /* "1ja", "-ja", "ja JP" */
  for (; !is_end(s[n], stop); n++) {
    if (!is_alnum(s[n]) && !is_sep(s[n]) && !(wide && is_windows(s[n])))
      return MSSECREF_ESYNTAX;
    if (n >= max)
      return MSSECREF_ETOOLONG;
  }
  if ((primary == 2 && folded_match((const char *)s, "ja") == 2) ||
      (primary == 3 && folded_match((const char *)s, "jpn") == 3) ||
      (primary == 8 && folded_match((const char *)s, "japanese") == 8))
    return MSSECREF_LANG_JA;
  if (primary == 0 || /* "": unset, the C locale */
      (primary == 2 && folded_match((const char *)s, "en") == 2) ||
      (primary == 3 && folded_match((const char *)s, "eng") == 3) ||
      (primary == 7 && folded_match((const char *)s, "english") == 7) ||
      (primary == 1 && (s[0] | 0x20) == 'c') ||
      (primary == 5 && folded_match((const char *)s, "posix") == 5))
    return MSSECREF_LANG_EN;
  return MSSECREF_LANG_EN | MSR_LANG_OTHER;
}

/* Whether s starts with the NUL-terminated `prefix` (no C library call:
 * the library imports nothing). */
static int starts_with(const unsigned char *s, const char *prefix) {
  size_t i;
  for (i = 0; prefix[i] != '\0'; i++)
    if (s[i] != (unsigned char)prefix[i])
      return 0; /* also stops at the NUL of a shorter s */
  return 1;
}

/* What setlocale(LC_ALL, NULL) returns when the categories differ,
 * "LC_CTYPE=en_US.UTF-8;...;LC_MESSAGES=ja_JP.UTF-8;...": the language of
 * messages is LC_MESSAGES's.  Read no further than a name is. */
static int lang_composite(const unsigned char *s) {
  static const char key[] = "LC_MESSAGES=";
  size_t i = 0, k = sizeof key - 1;
  for (;;) {
    if (i + k <= MSSECREF_NAME_MAX && starts_with(s + i, key))
      return lang_span(s + i + k, MSSECREF_NAME_MAX - i - k, ';');
    while (i < MSSECREF_NAME_MAX && s[i] != ';' && s[i] != '\0')
      i++;
    if (s[i] == '\0')
      return MSSECREF_ESYNTAX; /* no LC_MESSAGES */
    if (i++ >= MSSECREF_NAME_MAX)
      return MSSECREF_ETOOLONG;
  }
}

/* Returns the language, with MSR_LANG_OTHER set when the tag named
 * another language, or a negative status. */
int msr_lang(const char *tag) {
  size_t n = 0;
  if (tag == NULL)
    return MSSECREF_ENULL;
  while ((tag[n] >= 'A' && tag[n] <= 'Z') || tag[n] == '_')
    if (++n > MSSECREF_NAME_MAX)
      return MSSECREF_ETOOLONG;
  if (n > 3 && tag[n] == '=' && starts_with((const unsigned char *)tag, "LC_"))
    return lang_composite((const unsigned char *)tag);
  return lang_span((const unsigned char *)tag, MSSECREF_NAME_MAX, '\0');
}

int mssecref_lang_parse(const char *tag, int *fallback) {
  int rc = msr_lang(tag);
  if (rc < 0)
    return rc;
  if (fallback != NULL)
    *fallback = (rc & MSR_LANG_OTHER) != 0;
  return rc & ~MSR_LANG_OTHER;
}
