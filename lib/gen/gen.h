/*
 * gen.h - the catalogue generator's model: the catalogue file read into
 * records and fields (read.c), checked and resolved into contacts
 * (contact.c) and aliases (check.c, url.c), written out as C tables
 * (emit.c).
 */
#ifndef MSSECREF_GEN_H
#define MSSECREF_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tables.h"

#define GEN_MAX_RECORDS 512
#define GEN_MAX_FIELDS 256
#define GEN_MAX_VALUE 1024 /* bytes in one value */
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
  int source;      /* enum mssecref_source, from its gen_source */
  int hosting;     /* enum mssecref_hosting */
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
  int nrecords, ndomains, ncontacts, naliases, nsuffixes;
  const char *incident_title[MSR_NINC][MSR_NLANG];
  int incident_line[MSR_NINC];
  const char *meta_source, *meta_series, *meta_date, *meta_version;
  int nreasons, nvalues;
  int nroutable; /* aliases[0 .. nroutable-1] have an incident */
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

/* read.c: an empty catalogue read from `path` (used in messages). */
void gen_init(struct gen_catalogue *cat, const char *path);

/* Reports `file:line: message` on stderr and counts the error. */
void gen_error(struct gen_catalogue *cat, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* read.c: splits `text` (modified in place) into records. */
void gen_read(struct gen_catalogue *cat, char *text, size_t len);

/* check.c: validates the records and fills contacts and aliases. */
void gen_check(struct gen_catalogue *cat);

/* check.c: adds an unqualified name (alias) and its answer. */
struct gen_alias *gen_add_alias(struct gen_catalogue *cat, const char *name,
                                int line, unsigned incidents, int first,
                                unsigned vocabularies);
/* check.c: the folded key of an alias or value; -1 when the name has
 * characters a key may not. */
int gen_fold_key(const char *name, char *key);

/* vocab.c: [reason] and [vocabulary] records, an [incident] record's
 * precedence, and the rules that need every record read. */
void gen_check_reason(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_vocabulary(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_precedence(struct gen_catalogue *cat, struct gen_record *r,
                          int incident);
void gen_vocab_finish(struct gen_catalogue *cat, int last_line);

/* emit.c: a string's offset in the pool; a perfect-hash key set over keys
 * (slot values 0..n-1) into slots, returning the number of slots or -1. */
uint32_t gen_intern(const char *s);
int gen_keyset(const char *const *keys, int n, struct msr_keyset *k,
               struct msr_slot *slots);
/* vocab_emit.c: the vocabulary tables. */
void gen_emit_vocab(FILE *f, const struct gen_catalogue *cat);
/* check.c: field access and value checks, shared with contact.c.  Each
 * reports its own `file:line: message`. */
const char *gen_opt(struct gen_record *r, const char *key, int *line);
const char *gen_req(struct gen_catalogue *cat, struct gen_record *r,
                    const char *key, int *line);
unsigned gen_name_mask(struct gen_catalogue *cat, int line, const char *v,
                       const char *const *names, int count, const char *what,
                       int allow_none);
int gen_name_index(const char *const *names, int count, const char *w);
int gen_next_word(const char **p, char *buf, size_t cap);
void gen_text_pair(struct gen_catalogue *cat, struct gen_record *r,
                   const char *base, const char **out);
const char *gen_date_field(struct gen_catalogue *cat, struct gen_record *r,
                           const char *key);
const char *gen_url_field(struct gen_catalogue *cat, struct gen_record *r,
                          const char *key, int required);
int gen_is_kebab(const char *s);
int gen_is_date(const char *s); /* YYYY-MM-DD */
void gen_skip_record(struct gen_record *r);

/* contact.c: a [contact] record into cat->contacts. */
void gen_check_contact(struct gen_catalogue *cat, struct gen_record *r);

/* contact.c: the record's review-by date (required): a date, not before
 * `confirmed`, at most 12 months after it.  Stores its line in *line. */
const char *gen_review_by(struct gen_catalogue *cat, struct gen_record *r,
                          const char *confirmed, int *line);

/* contact.c: the catalogue's review-by is not later than any contact's. */
void gen_check_review_order(struct gen_catalogue *cat);
/* suffix.c: the [psl], [suffix-source ID] and [suffixes] records, and
 * (gen_resolve_suffixes, once every record is read) each suffix's source,
 * the PSL rules and the recorded PSL version. */
void gen_check_psl(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_suffix_source(struct gen_catalogue *cat, struct gen_record *r);
void gen_check_suffixes(struct gen_catalogue *cat, struct gen_record *r);
void gen_resolve_suffixes(struct gen_catalogue *cat, int last_line);

/* url.c: 0 when `url` is an https URL on an allowed domain, else writes a
 * reason to `why`. */
int gen_check_url(const struct gen_catalogue *cat, const char *url,
                  char *why, size_t whylen);

/* utf8.c: length of the valid UTF-8 sequence at s (1..4), 0 if invalid;
 * the code point goes to *cp. */
int gen_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* emit.c: writes the tables as C source; 0 on success. */
int gen_emit(const struct gen_catalogue *cat, const char *out_path);

#endif
