/* names.c - stable names of the enums, both ways, and language tags. */
#include "internal.h" /* first: it asks for strnlen() */

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
static const char vocabulary_names[MSSECREF_VOCABULARY_MAX + 1][MSR_NAME_W] = {
    MSR_VOCABULARY_NAMES(MSR_NAME_ENTRY)};
static const char results_names[MSSECREF_RESULTS_MAX + 1][MSR_NAME_W] = {
    MSR_RESULTS_NAMES(MSR_NAME_ENTRY)};
static const char hosting_names[MSSECREF_HOSTING_MAX + 1][MSR_NAME_W] = {
    MSR_HOSTING_NAMES(MSR_NAME_ENTRY)};

/* Unsigned compare: a negative value is out of range like a large one. */
#define NAME_OF(table, v)                                                      \
  ((unsigned)(v) < sizeof(table) / sizeof(table[0]) && table[v][0] != '\0'     \
       ? table[v]                                                              \
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

/* Whether s is name, folded (msr_fold): the NULs compare too, so s is read
 * no further than its NUL or name's length, since the fold of a NUL is a
 * NUL and no name holds one before its end. */
static inline int folded_equal(const char *s, const char *name) {
  size_t i;
  for (i = 0; msr_fold_table[(unsigned char)s[i]] == (unsigned char)name[i];
       i++)
    if (name[i] == '\0')
      return 1;
  return 0;
}

/* The value whose name s is, by the whole name.  The length is measured
 * only when nothing matched, to tell the errors apart. */
/* Each caller gets its own copy, with the table and its size constants. */
static MSR_INLINE int parse_name(const char (*names)[MSR_NAME_W], int count,
                                 const char *s) {
  size_t n;
  int i, rc;
  if (s == NULL)
    return MSSECREF_ENULL;
  if (s[0] != '\0') /* "" is an error, not the unnamed value 0 */
    for (i = 0; i < count; i++)
      if (folded_equal(s, names[i]))
        return i;
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

/* Character classes of language tags, one table lookup per byte; a tag
 * ends at NUL, or at ';' inside a composite locale name. */
enum {
  L_ALPHA = 1,
  L_DIGIT = 2,
  L_SEP = 4,
  L_WIN = 8,
  L_NUL = 16,
  L_SEMI = 32
};
#define L_CLASS(c)                                                             \
  ((((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? L_ALPHA : 0) |                \
   ((c) >= '0' && (c) <= '9' ? L_DIGIT : 0) |                                  \
   ((c) == '-' || (c) == '_' || (c) == '.' || (c) == '@' ? L_SEP : 0) |        \
   ((c) == ' ' || (c) == '(' || (c) == ')' || (c) == '\'' ? L_WIN : 0) |       \
   ((c) == 0 ? L_NUL : 0) | ((c) == ';' ? L_SEMI : 0))
#define L4(c) L_CLASS(c), L_CLASS(c + 1), L_CLASS(c + 2), L_CLASS(c + 3)
#define L16(c) L4(c), L4(c + 4), L4(c + 8), L4(c + 12)
#define L64(c) L16(c), L16(c + 16), L16(c + 32), L16(c + 48)
static const unsigned char lang_class[256] = {L64(0u), L64(64u), L64(128u),
                                              L64(192u)};

/* The primary subtag in lower case, its last 8 letters packed into one
 * integer (first letter highest): each name below is one comparison. */
#define K2(a, b) ((uint64_t)(a) << 8 | (uint64_t)(b))
#define K3(a, b, c) (K2(a, b) << 8 | (uint64_t)(c))
#define K5(a, b, c, d, e) (K3(a, b, c) << 16 | K2(d, e))
#define K7(a, b, c, d, e, f, g) (K5(a, b, c, d, e) << 16 | K2(f, g))
#define K8(a, b, c, d, e, f, g, h)                                             \
  (K7(a, b, c, d, e, f, g) << 8 | (uint64_t)(h))

/* ISO 639-1 ("ja"), ISO 639-2 ("jpn") or Windows' English name
 * ("Japanese"); "", "C" and "POSIX" are the C locale.  -1: another
 * language.  Keys of different lengths differ (letters are not 0). */
static inline int lang_of(uint64_t key) {
  if (key == K2('j', 'a') || key == K3('j', 'p', 'n') ||
      key == K8('j', 'a', 'p', 'a', 'n', 'e', 's', 'e'))
    return MSSECREF_LANG_JA;
  if (key == K2('e', 'n') || key == 0 || key == 'c' ||
      key == K3('e', 'n', 'g') || key == K5('p', 'o', 's', 'i', 'x') ||
      key == K7('e', 'n', 'g', 'l', 'i', 's', 'h'))
    return MSSECREF_LANG_EN;
  return -1;
}

/* BCP 47 tags, POSIX locale names and Windows locale names share the shape
 * language[(-|_)subtag...][.codeset][@modifier]; only the language counts.
 * Windows names ("English_United States.1252") may also hold ' ', '(',
 * ')' and '\'', only after a primary of 4 letters or more, so "ja JP"
 * stays a syntax error.  The tag ends at a byte of class `end`; at most
 * `max` bytes are read.  One pass. */
static inline int lang_span(const unsigned char *s, size_t max, unsigned end) {
  size_t n = 0, primary;
  uint64_t key = 0;
  unsigned c, ok;
  int lang;

  while ((c = lang_class[s[n]]) & L_ALPHA) {
    key = key << 8 | (uint64_t)(s[n] | 0x20);
    if (++n > max)
      return MSSECREF_ETOOLONG;
  }
  primary = n;
  if (!(c & end)) {
    ok = L_ALPHA | L_DIGIT | L_SEP | (primary >= 4 ? L_WIN : 0);
    if (primary == 0 || !(c & (L_SEP | L_WIN) & ok))
      return MSSECREF_ESYNTAX; /* "1ja", "-ja", "ja JP" */
    while ((c = lang_class[s[n]]) & ok)
      if (++n > max)
        return MSSECREF_ETOOLONG;
    if (!(c & end))
      return MSSECREF_ESYNTAX;
  }
  lang = lang_of(primary <= 8 ? key : ~(uint64_t)0);
  return lang >= 0 ? lang : MSSECREF_LANG_EN | MSR_LANG_OTHER;
}

/* Whether s starts with the NUL-terminated `prefix`, reading no further
 * than a mismatch. */
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
      return lang_span(s + i + k, MSSECREF_NAME_MAX - i - k, L_NUL | L_SEMI);
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
/* The tag failed: is it a composite name? */
static int lang_not_tag(const char *tag, int rc) {
  size_t n = 0;
  while ((tag[n] >= 'A' && tag[n] <= 'Z') || tag[n] == '_')
    if (++n > MSSECREF_NAME_MAX)
      return MSSECREF_ETOOLONG;
  if (n > 3 && tag[n] == '=' && starts_with((const unsigned char *)tag, "LC_"))
    return lang_composite((const unsigned char *)tag);
  return rc;
}

/* A composite name is never a tag: it is looked for only when the tag
 * failed, which keeps the common case one pass.  Inlined into both
 * callers below, so the exported function makes no further call. */
static inline int lang(const char *tag) {
  int rc;
  if (tag == NULL)
    return MSSECREF_ENULL;
  rc = lang_span((const unsigned char *)tag, MSSECREF_NAME_MAX, L_NUL);
  return rc >= 0 ? rc : lang_not_tag(tag, rc);
}

int msr_lang(const char *tag) { return lang(tag); }

int mssecref_lang_parse(const char *tag, int *fallback) {
  int rc = lang(tag);
  if (rc < 0)
    return rc;
  if (fallback != NULL)
    *fallback = (rc & MSR_LANG_OTHER) != 0;
  return rc & ~MSR_LANG_OTHER;
}
