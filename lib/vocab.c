/* vocab.c - vocabulary-qualified names ("ms-graph:unknown", MISP's
 * rsit:fraud="phishing"), names read in one vocabulary, the reasons for
 * "no Microsoft contact", and each vocabulary's values. */
#include <string.h>

#include "internal.h"

#define VALID_VOCABULARY(v) ((unsigned)(v) <= MSSECREF_VOCABULARY_MAX)

/* s[0..n) as a value of vocabulary v: an entry code, or < 0.  The value is
 * copied so that it ends in a NUL where the key set's reader expects one;
 * the copy is zeroed, so the block reads see no undefined bytes. */
static int value_in(const char *s, size_t n, int v) {
  char buf[MSR_KEY_MAX + 16];
  int i;
  if (n == 0 || n > msr_vocabs[v].set.maxlen)
    return MSSECREF_ENOTFOUND;
  memset(buf, 0, sizeof buf);
  memcpy(buf, s, n);
  i = msr_vocab_find(buf, v);
  return i < 0 ? i : (i | MSR_VALUE);
}

/* "vocabulary:value", "vocabulary:predicate=value" with the value in
 * double quotes or not (MISP machine tags), or, when `vocabulary` is
 * given, a bare value.  The name is at most MSSECREF_NAME_MAX bytes and
 * read no further. */
int msr_qualified(const char *name, int vocabulary) {
  const char *colon, *value, *eq;
  size_t len, n;
  int v, rc = msr_check_name(name, &len);
  if (rc != MSSECREF_OK)
    return rc;
  colon = memchr(name, ':', len);
  if (colon == NULL)
    return vocabulary == 0 ? MSSECREF_ENOTFOUND
                           : value_in(name, len, vocabulary);
  v = msr_vocabulary_n(name, (size_t)(colon - name));
  if (v < 0 || (vocabulary != 0 && v != vocabulary))
    return MSSECREF_EVOCABULARY;
  value = colon + 1;
  n = len - (size_t)(value - name);
  if ((eq = memchr(value, '=', n)) != NULL) {
    /* the predicate (an RSIT class) must be a value of the vocabulary */
    if (value_in(value, (size_t)(eq - value), v) < 0)
      return MSSECREF_ENOTFOUND;
    n -= (size_t)(eq + 1 - value);
    value = eq + 1;
  }
  if (n >= 2 && value[0] == '"' && value[n - 1] == '"')
    value++, n -= 2;
  return value_in(value, n, v);
}

int mssecref_incident_parse_in(const char *name, int vocabulary,
                               unsigned *vocabularies,
                               unsigned *alternatives) {
  int i;
  if (!VALID_VOCABULARY(vocabulary))
    return MSSECREF_EINVAL;
  if ((i = msr_name(name, vocabulary)) < 0)
    return i;
  return msr_answer(msr_entry(i), vocabularies, alternatives);
}

int mssecref_incident_reason(const char *name, int vocabulary, int lang,
                             const char **reason) {
  const struct msr_alias *a;
  int i;
  if (reason == NULL)
    return MSSECREF_ENULL;
  if (!VALID_VOCABULARY(vocabulary) || (unsigned)lang > MSSECREF_LANG_MAX)
    return MSSECREF_EINVAL;
  if ((i = msr_name(name, vocabulary)) < 0)
    return i;
  a = msr_entry(i);
  if (a->first != 0) {
    *reason = "";
    return a->first;
  }
  *reason = a->reason == 0
                ? ""
                : msr_str(msr_reasons[a->reason - 1]
                                     [lang ? lang : MSSECREF_LANG_EN]);
  return 0;
}

size_t mssecref_value_count(int vocabulary) {
  return VALID_VOCABULARY(vocabulary) ? msr_vocabs[vocabulary].count : 0;
}

int mssecref_value_at(int vocabulary, size_t index, const char **value,
                      unsigned *incidents, int *judgement) {
  const struct msr_alias *a;
  if (!VALID_VOCABULARY(vocabulary) ||
      index >= msr_vocabs[vocabulary].count)
    return MSSECREF_EINVAL;
  a = &msr_values[msr_vocabs[vocabulary].first + index];
  if (value != NULL)
    *value = msr_str(a->name);
  if (incidents != NULL)
    *incidents = a->incidents;
  if (judgement != NULL)
    *judgement = a->judgement;
  return a->first;
}

const char *mssecref_vocabulary_source(int vocabulary) {
  return vocabulary >= 1 && vocabulary <= MSSECREF_VOCABULARY_MAX
             ? msr_str(msr_vocabs[vocabulary].source)
             : NULL;
}
