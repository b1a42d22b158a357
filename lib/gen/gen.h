/*
 * gen.h - the catalogue generator's model and its stages, in order:
 *   read      file.c, read.c,      the file into records of fields
 *             utf8.c
 *   fields    fields.c, url.c      field access, words, dates, URLs
 *   records   check.c dispatches each record to its kind: meta.c
 *             ([catalogue], [domain]), incident.c, aliases.c, contact.c,
 *             suffix.c ([psl], [suffix-source], [suffixes]), vocab.c
 *             ([reason], [vocabulary])
 *   rules     rules.c, vocab_rules.c, suffix_rules.c: what needs every record
 *   emit      emit.c, keyset.c, emit_suffix.c, vocab_emit.c: C tables
 * Every stage reports through diag.c.
 */
#ifndef MSSECREF_GEN_H
#define MSSECREF_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tables.h"

#define GEN_MAX_RECORDS 512
#define GEN_MAX_FIELDS 256
#define GEN_MAX_VALUE 1024     /* bytes in one value */
#define GEN_MAX_ID MSR_KEY_MAX /* bytes in an id, alias or domain */
#define GEN_MAX_URL 512
#define GEN_MAX_CONTACTS 250 /* contact indices are uint8_t */
#define GEN_MAX_ALIASES 1000 /* slot values are uint16_t */
#define GEN_MAX_VALUES 1000  /* (vocabulary, value) pairs */
#define GEN_MAX_REASONS 64
#define GEN_MAX_DOMAINS 64
#define GEN_MAX_RELATED 16
#define GEN_MAX_SUFFIXES 250
#define GEN_MAX_HOST 253
#define GEN_MAX_SOURCES 64

#define GEN_MAX_EMPTY 8

#define GEN_NVOCAB (MSSECREF_VOCABULARY_MAX + 1)
/* The vocabularies built from other records rather than from their own. */
#define GEN_BUILT_IN                                                           \
  ((1u << MSSECREF_VOCABULARY_MSSECREF) | (1u << MSSECREF_VOCABULARY_COMMON))

struct gen_field {
  const char *key;
  const char *value;
  int line;
  int used; /* consumed by check.c; left over means unknown */
};

struct gen_record {
  const char *kind;
  const char *id; /* "" when the header has none */
  int line;
  struct gen_field fields[GEN_MAX_FIELDS];
  int nfields;
  /* fields given with an empty value: already reported, so not reported
   * again as missing */
  const char *empty[GEN_MAX_EMPTY];
  int nempty;
};

struct gen_contact {
  const struct gen_record *rec;
  const char *id;
  const char *title[MSR_NLANG];
  const char *summary[MSR_NLANG];
  const char *url[MSR_NLANG];
  const char *url_published;
  const char *url_evidence;
  const char *source;
  const char *confirmed;
  const char *related_ids[GEN_MAX_RELATED];
  int related_lines[GEN_MAX_RELATED];
  int related[GEN_MAX_RELATED];
  int nrelated;
  int section;
  unsigned page_langs, report_langs, customers, incidents;
  int results_returned;
  unsigned sign_in[MSR_NCUST];
  int priority[MSR_NINC];
  int serves_line;
  unsigned hosted; /* incidents taken when hosted at Microsoft */
  const char *successor[MSR_NLANG]; /* "" where there is none */
  const char *successor_evidence;
  const char *review_by;
  int review_line;
  unsigned results; /* mask of 1u << enum mssecref_results */
};

/* A [suffix-source ID] record: where suffixes come from. */
struct gen_source {
  const char *id;
  const char *text;
  const char *psl_section;  /* type psl: the PSL section it is */
  const char *psl_registry; /* type tld: the registry of its TLDs */
  int line;
  int type; /* enum mssecref_source */
  int used;
};

struct gen_suffix {
  const char *name; /* as written */
  const char *key;  /* without "*." */
  int line;
  int source;  /* enum mssecref_source, from its gen_source */
  int hosting; /* enum mssecref_hosting */
  int wildcard;
  const char *source_id; /* resolved once every source is known */
  size_t source_id_len;
  int src;            /* index in sources */
  const char *detail; /* after '|', or NULL */
};

struct gen_alias {
  const char *name;
  char key[GEN_MAX_ID + 1];
  int line;
  unsigned vocabularies;
  unsigned incidents;
  int first;     /* 0: known, no Microsoft contact */
  int reason;    /* index + 1 in reasons when first is 0 */
  int judgement; /* the answer is ours, not the source's */
};

/* A "no Microsoft contact" reason ([reason ID]). */
struct gen_reason {
  const char *id;
  const char *text[MSR_NLANG];
  int line;
};

/* One (vocabulary, value) pair of a [vocabulary NAME] record (vocab.c). */
struct gen_value {
  struct gen_alias a; /* the answer; a.vocabularies is 1 << vocabulary */
  int vocabulary;
  const char *reason_id; /* "none REASON", resolved once all are read */
  const char *same_as;   /* "same-as VALUE", resolved likewise */
  int unique;            /* the first value with its folded key */
};

struct gen_vocab {
  const char *source;
  int line;  /* 0: no record */
  int first; /* its values in cat->values, contiguous */
  int count;
};

struct gen_catalogue {
  /* scalars first: gen_init() clears everything before `records` */
  const char *path;
  int errors;
  int quiet; /* count errors without printing them (the fuzz harness) */
  int nrecords, ndomains, ncontacts, naliases, nsuffixes;
  const char *incident_title[MSR_NINC][MSR_NLANG];
  int incident_line[MSR_NINC];
  const char *meta_source, *meta_series, *meta_date, *meta_version;
  int nreasons, nvalues;
  int nroutable;            /* aliases[0 .. nroutable-1] have an incident */
  int precedence[MSR_NINC]; /* 1 decides a set first */
  struct gen_vocab vocabs[MSSECREF_VOCABULARY_MAX + 1];
  const char *meta_review_by;
  int meta_review_line;
  const char *psl_version; /* [psl] version */
  int psl_line, nsources;
  struct gen_record records[GEN_MAX_RECORDS];
  const char *domains[GEN_MAX_DOMAINS];
  struct gen_contact contacts[GEN_MAX_CONTACTS];
  struct gen_alias aliases[GEN_MAX_ALIASES];
  struct gen_suffix suffixes[GEN_MAX_SUFFIXES];
  /* vocabularies (vocab.c) */
  struct gen_reason reasons[GEN_MAX_REASONS];
  struct gen_value values[GEN_MAX_VALUES];
  struct gen_source sources[GEN_MAX_SOURCES];
};

/* ---- read.c ---- */

/* An empty catalogue read from `path` (used in messages). */
/* enums.c: the enums' names by value (NULL where a value has none), and
 * the value named by w[0..n) in such a table, or -1. */
extern const char *const gen_incident_names[MSR_NINC];
extern const char *const gen_vocabulary_names[GEN_NVOCAB];
extern const char *const gen_customer_names[MSR_NCUST];
int gen_index_of(const char *const *names, int count, const char *w, size_t n);

void gen_init(struct gen_catalogue *cat, const char *path);
/* Splits `text` (modified in place) into records. */
void gen_read(struct gen_catalogue *cat, char *text, size_t len);

/* file.c: the file at `path` with a NUL after its `*len` bytes (malloc'd),
 * or NULL with errno set. */
char *gen_read_file(const char *path, size_t *len);

/* utf8.c: length of the valid UTF-8 sequence at s (1..4), 0 if invalid;
 * the code point goes to *cp. */
int gen_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* ---- diag.c ---- */

/* Reports `file:line: message` on stderr (unless quiet) and counts it. */
void gen_error(struct gen_catalogue *cat, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* 1 (after a summary on stderr) when any error was reported, else 0. */
int gen_failed(const struct gen_catalogue *cat);

/* ---- fields.c: field access and value checks; each reports its own
 * `file:line: message` ---- */

/* The value of `key` (marked used), its line in *line; NULL if absent. */
const char *gen_opt(struct gen_record *r, const char *key, int *line);
/* gen_opt(), reporting a missing field; *line is the record's then. */
const char *gen_req(struct gen_catalogue *cat, struct gen_record *r,
                    const char *key, int *line);
/* Marks every field used: a record refused as a whole gets one error. */
void gen_skip_record(struct gen_record *r);
/* Reports every field no checker used. */
void gen_unknown_fields(struct gen_catalogue *cat, struct gen_record *r);
/* The next space-separated word of *p into buf (cut to cap - 1); 0 at the
 * end. */
int gen_next_word(const char **p, char *buf, size_t cap);
/* The index of `w` in names[0 .. count-1], or -1. */
int gen_name_index(const char *const *names, int count, const char *w);
/* A space-separated list of names into a mask of 1u << index; "none"
 * alone means 0 when allow_none. */
unsigned gen_name_mask(struct gen_catalogue *cat, int line, const char *v,
                       const char *const *names, int count, const char *what,
                       int allow_none);
/* BASE-ja and BASE-en, each in its language, into out[JA], out[EN] and
 * out[ANY] (the English one). */
void gen_text_pair(struct gen_catalogue *cat, struct gen_record *r,
                   const char *base, const char **out);
/* A required YYYY-MM-DD day that exists. */
const char *gen_date_field(struct gen_catalogue *cat, struct gen_record *r,
                           const char *key);
/* A URL gen_check_url() accepts. */
const char *gen_url_field(struct gen_catalogue *cat, struct gen_record *r,
                          const char *key, int required);
int gen_is_kebab(const char *s);
int gen_is_date(const char *s); /* YYYY-MM-DD */

/* url.c: 0 when `url` is an https URL on an allowed domain, else writes a
 * reason to `why`. */
int gen_check_url(const struct gen_catalogue *cat, const char *url, char *why,
                  size_t whylen);

/* ---- the records, one checker a kind (check.c dispatches) ---- */

/* check.c: validates the records and fills contacts and aliases. */
void gen_check(struct gen_catalogue *cat);

/* meta.c: [catalogue] and [domain] records. */
void gen_check_catalogue(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_domain(struct gen_catalogue *cat, struct gen_record *r);

/* incident.c: an [incident] record. */
void gen_check_incident(struct gen_catalogue *cat, struct gen_record *r);

/* aliases.c: the [aliases] record; adding an unqualified name (alias) and
 * its answer; the folded key of an alias or value (-1 when the name has
 * characters a key may not). */
void gen_check_aliases(struct gen_catalogue *cat, struct gen_record *r);
struct gen_alias *gen_add_alias(struct gen_catalogue *cat, const char *name,
                                int line, unsigned incidents, int first,
                                unsigned vocabularies);
int gen_fold_key(const char *name, char *key);

/* contact.c: a [contact] record into cat->contacts. */
void gen_check_contact(struct gen_catalogue *cat, struct gen_record *r);
/* contact.c: the record's review-by date (required): a date, not before
 * `confirmed`, at most 12 months after it.  Stores its line in *line. */
const char *gen_review_by(struct gen_catalogue *cat, struct gen_record *r,
                          const char *confirmed, int *line);

/* suffix.c: the [psl], [suffix-source ID] and [suffixes] records. */
void gen_check_psl(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_suffix_source(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_suffixes(struct gen_catalogue *cat, struct gen_record *r);

/* vocab.c: [reason] and [vocabulary] records, an [incident] record's
 * precedence, and a new (vocabulary, value) pair (NULL: reported). */
void gen_check_reason(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_vocabulary(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_precedence(struct gen_catalogue *cat, struct gen_record *r,
                          int incident);
struct gen_value *gen_new_value(struct gen_catalogue *cat, int line,
                                const char *name, int vocabulary);

/* ---- rules that need every record ---- */

/* rules.c: related ids to contact indices; no two contacts with one
 * priority for an incident; every incident served for home and
 * enterprise; one hosted contact an incident; the catalogue's review-by
 * not later than any contact's. */
void gen_resolve_related(struct gen_catalogue *cat);
void gen_check_priorities(struct gen_catalogue *cat);
void gen_check_coverage(struct gen_catalogue *cat, int last_line);
void gen_check_hosted(struct gen_catalogue *cat);
void gen_check_review_order(struct gen_catalogue *cat);

/* suffix_rules.c: each suffix's source, the PSL's ICANN rules and the
 * recorded PSL version, once every record is read. */
void gen_resolve_suffixes(struct gen_catalogue *cat, int last_line);

/* vocab_rules.c: the vocabulary rules, and the aliases the values add. */
void gen_vocab_finish(struct gen_catalogue *cat, int last_line);

/* ---- emission ---- */

/* emit.c: writes the tables as C source; 0 on success.  One alias or
 * value as a struct msr_alias initializer. */
int gen_emit(const struct gen_catalogue *cat, const char *out_path);
void gen_emit_alias(FILE *f, const struct gen_alias *a);

/* keyset.c: a string's offset in the pool; the pool as C; a perfect-hash
 * key set over keys (slot values 0..n-1) into slots, returning the number
 * of slots or -1; a key set and slots as C initializers; a key set and its
 * slots as the tables PREFIX_set and PREFIX_slots (-1: no hash found). */
uint32_t gen_intern(const char *s);
void gen_emit_pool(FILE *f);
int gen_keyset(const char *const *keys, int n, struct msr_keyset *k,
               struct msr_slot *slots);
void gen_emit_set(FILE *f, const struct msr_keyset *k);
void gen_emit_slots(FILE *f, const struct msr_slot *slots, int n);
int gen_emit_keyset(FILE *f, const char *prefix, const char *const *keys,
                    int n);

/* emit_suffix.c: the suffixes and the tree of their labels. */
void gen_emit_suffixes(FILE *f, const struct gen_catalogue *cat);

/* vocab_emit.c: the vocabulary tables. */
void gen_emit_vocab(FILE *f, const struct gen_catalogue *cat);

#endif
