/* vocab.c - vocabulary-qualified names ("ms-graph:unknown", MISP's
 * rsit:fraud="phishing"), names read in one vocabulary, the reasons for
 * "no Microsoft contact", and each vocabulary's values. */
#include "internal.h"

#define VALID_VOCABULARY(v) ((unsigned)(v) <= MSSECREF_VOCABULARY_MAX)

static int equal_folded(const char *s, size_t n, const char *key) {
  size_t i;
  for (i = 0; i < n; i++)
    if (msr_fold_table[(unsigned char)s[i]] != (unsigned char)key[i])
      return 0;
  return key[n] == '\0';
}

/* s[0..n) as a value of vocabulary v: an entry code, or < 0.  The part of
 * a qualified name is not NUL-terminated, so it is hashed and compared by
 * its length here, with the hash the generator used (tables.h), rather
 * than copied for lib/find.c: the library calls no C library function. */
static int value_in(const char *s, size_t n, int v) {
  const struct msr_vocab *x = &msr_vocabs[v];
  const struct msr_keyset *k = &x->set;
  const struct msr_slot *slots = msr_vocab_slots + x->slots, *slot;
  const unsigned char *u = (const unsigned char *)s;
  const unsigned char *fold = msr_fold_table;
  uint32_t len = (uint32_t)n;
  if (n == 0 || n > k->maxlen)
    return MSSECREF_ENOTFOUND;
  slot = &slots[msr_key_slot(k, len, fold[u[0]], fold[u[len - 1]],
                             fold[u[msr_key_pos(k, 0, len)]],
                             fold[u[msr_key_pos(k, 1, len)]])];
  for (;;) {
    if (slot->key != 0 && equal_folded(s, n, msr_str(slot->key)))
      return slot->value | MSR_VALUE;
    if (slot->next == 0)
      return MSSECREF_ENOTFOUND;
    slot = &slots[slot->next - 1];
  }
}

/* The first c in s[0..n), or NULL. */
static const char *find_byte(const char *s, size_t n, char c) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] == c)
      return s + i;
  return NULL;
}

/* "vocabulary:value" or "vocabulary:predicate=value" with the value in
 * double quotes or not (MISP machine tags).  The name is at most
 * MSSECREF_NAME_MAX bytes and read no further. */
int msr_qualified(const char *name, int vocabulary) {
  const char *colon, *value, *eq;
  size_t len, n;
  int v, rc = msr_check_name(name, &len);
  if (rc != MSSECREF_OK)
    return rc;
  colon = find_byte(name, len, ':');
  if (colon == NULL && vocabulary == 0) {
    /* a name with no Microsoft contact means the same in every
     * vocabulary that lists it (the generator checks) */
    for (v = 1; v <= MSSECREF_VOCABULARY_MAX; v++)
      if ((rc = msr_vocab_find(name, v)) >= 0)
        return rc | MSR_VALUE;
    return MSSECREF_ENOTFOUND;
  }
  if (colon == NULL)
    return MSSECREF_ENOTFOUND; /* the name as it is was looked up */
  v = msr_vocabulary_n(name, (size_t)(colon - name));
  if (v < 0 || (vocabulary != 0 && v != vocabulary))
    return MSSECREF_EVOCABULARY;
  value = colon + 1;
  n = len - (size_t)(value - name);
  if ((eq = find_byte(value, n, '=')) != NULL) {
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
                               unsigned *vocabularies, unsigned *alternatives) {
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
  *reason =
      a->reason == 0
          ? ""
          : msr_str(msr_reasons[a->reason - 1][lang ? lang : MSSECREF_LANG_EN]);
  return 0;
}

size_t mssecref_value_count(int vocabulary) {
  return VALID_VOCABULARY(vocabulary) ? msr_vocabs[vocabulary].count : 0;
}

int mssecref_value_at(int vocabulary, size_t index, const char **value,
                      unsigned *incidents, int *judgement) {
  const struct msr_alias *a;
  if (!VALID_VOCABULARY(vocabulary) || index >= msr_vocabs[vocabulary].count)
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
