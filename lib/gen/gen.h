/*
 * gen.h - the catalogue generator's model: the catalogue file read into
 * records and fields (read.c), checked and resolved into contacts and
 * aliases (check.c, url.c), written out as C tables (emit.c).
 */
#ifndef MSSECREF_GEN_H
#define MSSECREF_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "tables.h"

#define GEN_MAX_RECORDS 512
#define GEN_MAX_FIELDS 256
#define GEN_MAX_VALUE 1024 /* bytes in one value */
#define GEN_MAX_ID MSR_KEY_MAX /* bytes in an id, alias or domain */
#define GEN_MAX_URL 512
#define GEN_MAX_CONTACTS 250 /* contact indices are uint8_t */
#define GEN_MAX_ALIASES 250
#define GEN_MAX_DOMAINS 64
#define GEN_MAX_RELATED 16
#define GEN_MAX_SUFFIXES 250
#define GEN_MAX_HOST 253
#define GEN_MAX_SOURCES 64

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
  int first;
};

struct gen_catalogue {
  /* scalars first: gen_init() clears everything before `records` */
  const char *path;
  int errors;
  int nrecords, ndomains, ncontacts, naliases, nsuffixes;
  const char *incident_title[MSR_NINC][MSR_NLANG];
  int incident_line[MSR_NINC];
  const char *meta_source, *meta_series, *meta_date, *meta_version;
  const char *psl_version; /* [psl] version */
  int psl_line, nsources;
  struct gen_record records[GEN_MAX_RECORDS];
  const char *domains[GEN_MAX_DOMAINS];
  struct gen_contact contacts[GEN_MAX_CONTACTS];
  struct gen_alias aliases[GEN_MAX_ALIASES];
  struct gen_suffix suffixes[GEN_MAX_SUFFIXES];
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
