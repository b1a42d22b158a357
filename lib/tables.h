/*
 * tables.h - layout of the compiled catalogue, shared by the generator
 * (lib/gen/) that writes the tables and the library that reads them.
 *
 * The tables hold no pointers: every string is an offset into one pool, so
 * the dynamic loader has nothing to relocate and every process shares the
 * pages.  Offset 0 is always the empty string.
 */
#ifndef MSSECREF_TABLES_H
#define MSSECREF_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "fold.h"
#include "mssecref.h"

#define MSR_NINC (MSSECREF_INCIDENT_MAX + 1)
#define MSR_NLANG (MSSECREF_LANG_MAX + 1)
#define MSR_NCUST (MSSECREF_CUSTOMER_MAX + 1)

/* Index 0 of a per-language array is ANY (or unused). */
struct mssecref_contact {
  uint32_t id;
  uint32_t title[MSR_NLANG];
  uint32_t summary[MSR_NLANG];
  uint32_t url[MSR_NLANG]; /* [ANY] current, [JA], [EN] best for that lang */
  uint32_t url_published;
  uint32_t url_evidence;
  uint32_t source;
  uint32_t confirmed;
  uint16_t related_first; /* into msr_related[] */
  uint8_t related_count;
  uint8_t index;
  uint8_t section;
  uint8_t page_langs;   /* mask of 1u << lang */
  uint8_t report_langs; /* mask of 1u << lang */
  uint8_t customers;    /* mask of 1u << customer */
  uint8_t results_returned;
  uint8_t sign_in[MSR_NCUST]; /* mask of 1u << sign-in, per customer */
  uint8_t priority[MSR_NINC]; /* 0: not served */
  uint16_t incidents;         /* mask of 1u << incident */
  /* since 1.2.0 */
  uint32_t successor[MSR_NLANG]; /* newer address, not a confirmed move */
  uint32_t successor_evidence;
  uint32_t review_by;
  uint8_t results; /* mask of 1u << enum mssecref_results */
};

/* An unqualified name (msr_aliases) or a (vocabulary, value) pair
 * (msr_values, vocabularies then holding that one vocabulary). */
struct msr_alias {
  uint32_t name; /* as the catalogue writes it */
  uint32_t key;  /* normalised (msr_fold) */
  uint16_t vocabularies;
  uint16_t incidents; /* mask, every meaning */
  uint8_t first;      /* the usual meaning; 0: no Microsoft contact */
  uint8_t reason;     /* with first 0: index + 1 in msr_reasons */
  uint8_t judgement;  /* the answer is a judgement, not the source's */
};

/* A host suffix from the catalogue's [suffixes]. */
struct msr_suffix {
  uint32_t name;    /* as the catalogue writes it: "*.azurecontainer.io" */
  uint32_t text;    /* its source, "; " and the detail (pool offset) */
  uint8_t source;   /* enum mssecref_source */
  uint8_t hosting;  /* enum mssecref_hosting */
  uint8_t wildcard; /* "*.": at least one more label is needed */
};

/* The suffixes as a tree of labels read from the right ("net", then
 * "windows", then "core", ...), stored as its edges in one open-addressing
 * hash table keyed by (parent node, label): a host is matched label by
 * label, one probe a label however many suffixes share a parent.  The
 * deepest node that is a suffix wins.  Node 0 is the root; a slot with node
 * 0 is empty. */
struct msr_edge {
  uint32_t label;  /* lower case, in the pool */
  uint16_t parent; /* node the label hangs under */
  uint16_t node;   /* the node it leads to */
  uint16_t suffix; /* index in msr_suffixes + 1, 0: not a suffix */
  uint8_t len;     /* bytes in the label */
};

/* The slot an edge's probe starts at: a hash of the parent, the label's
 * length and its first and last bytes in lower case (the comparison that
 * follows reads the whole label).  The generator and the library share it;
 * `mask` is the number of slots - 1. */
static inline uint32_t msr_edge_slot(uint32_t parent, uint32_t len,
                                     uint32_t first, uint32_t last,
                                     uint32_t mask) {
  uint32_t h = (parent * 0x9E3779B1u) ^ (len << 16) ^ (first << 8) ^ last;
  h *= 0x85EBCA6Bu;
  return (h ^ (h >> 15)) & mask;
}

/* A route answer: contact index + 1 (0: none), and whether neither its
 * page nor its intake is in the language asked for. */
struct msr_route {
  uint8_t contact;
  uint8_t fallback;
};

/* A lookup answer: a run of contact indices in msr_lookup_list[], and the
 * route answer for the same combination. */
struct msr_span {
  uint16_t first;
  uint8_t count;
  struct msr_route route;
};

/* The longest alias or id the generator accepts (GEN_MAX_ID). */
#define MSR_KEY_MAX 64
/* So a name no longer than every key is never MSSECREF_ETOOLONG. */
typedef char msr_key_max_fits[MSR_KEY_MAX < MSSECREF_NAME_MAX ? 1 : -1];

/* The string pool starts with the empty string and ends with NUL padding,
 * so a key may be read as far as the name it is compared with (at most
 * MSR_KEY_MAX bytes and the NUL) without leaving msr_pool (see
 * lib/find.c). */
#define MSR_POOL_HEAD 1
#define MSR_POOL_TAIL (MSR_KEY_MAX + 1)

/* A set of keys (the aliases, or the contact ids) under a perfect hash of a
 * name's length and four of its bytes: the first, the last, and two more at
 * positions the generator picks (clamped to the name).  Alias keys are
 * stored folded (msr_fold) and a name is folded before it is hashed; ids
 * are exact.  Looking at four bytes rather than all of them keeps the hash
 * short; the comparison that follows reads the whole name anyway. */
struct msr_keyset {
  uint32_t mult;  /* odd multiplier the generator found */
  uint8_t shift;  /* 32 - log2(number of slots) */
  uint8_t pos[2]; /* the two extra byte positions */
  uint8_t maxlen; /* the longest key: longer names are not looked up */
};

/* A slot of a key set: the key's offset in msr_pool (0: empty slot), what
 * it stands for (alias or contact index), and the slot (+ 1; 0: none) of
 * the next key that hashes alike.  Keys of one length that agree in all
 * four hashed bytes (say "licence-abuse" and "license-abuse" when no
 * position the generator can pick separates them from every other such
 * pair) share a hash, so the generator chains them through free slots; no
 * catalogue of distinct keys is refused. */
struct msr_slot {
  uint32_t key;
  uint16_t value;
  uint16_t next;
};

/* A vocabulary's values: a key set of their folded names over a run of
 * msr_vocab_slots (slot values index msr_values), and the run of
 * msr_values in catalogue order. */
struct msr_vocab {
  struct msr_keyset set; /* maxlen 0: no values */
  uint16_t slots;
  uint16_t first;
  uint16_t count;
  uint32_t source;
};

/* The slot for a name of `len` bytes (1 <= len <= maxlen) whose bytes,
 * already folded where the set folds, are first, last, at pos[0] and at
 * pos[1].  The generator and the library share this function. */
static inline uint32_t msr_key_slot(const struct msr_keyset *k, uint32_t len,
                                    uint32_t first, uint32_t last, uint32_t p0,
                                    uint32_t p1) {
  uint32_t x = (first | last << 8 | p0 << 16 | p1 << 24) ^ (len * 0x9E3779B1u);
  return (x * k->mult) >> k->shift;
}

/* The clamped position of pos[i] in a name of `len` bytes. */
static inline uint32_t msr_key_pos(const struct msr_keyset *k, int i,
                                   uint32_t len) {
  return k->pos[i] < len ? k->pos[i] : len - 1;
}

/* Byte classes for host, URL and e-mail parsing (msr_host_class[]). */
#define MSR_HC_NAME 1  /* a-z A-Z 0-9 '-' '_' */
#define MSR_HC_DIGIT 2 /* 0-9 */
#define MSR_HC_DOT 4
#define MSR_HC_HIGH 8 /* a byte of a non-ASCII character */
#define MSR_HC_END 16 /* ends a URL's authority: NUL / ? # \\ */
#define MSR_HC_AT 32
#define MSR_HC_COLON 64

static inline unsigned char msr_host_class(unsigned char c) {
  unsigned char k = 0;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_')
    k |= MSR_HC_NAME;
  if (c >= '0' && c <= '9')
    k |= MSR_HC_NAME | MSR_HC_DIGIT;
  if (c == '.')
    k |= MSR_HC_DOT;
  if (c >= 0x80)
    k |= MSR_HC_HIGH;
  if (c == '\0' || c == '/' || c == '?' || c == '#' || c == '\\')
    k |= MSR_HC_END;
  if (c == '@')
    k |= MSR_HC_AT;
  if (c == ':')
    k |= MSR_HC_COLON;
  return k;
}

/* ASCII lower case only: in host names '_' and '-' differ. */
static inline unsigned char msr_lower(unsigned char c) {
  return (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

#if defined(__GNUC__)
#define MSR_HIDDEN __attribute__((visibility("hidden")))
#else
#define MSR_HIDDEN
#endif

/* Defined in the generated tables (build/gen/tables.c). */
extern MSR_HIDDEN const char msr_pool[];
/* msr_fold() of every byte, written by the generator: a table lookup is
 * cheaper than the branches on the hot path, and cannot drift from it. */
extern MSR_HIDDEN const unsigned char msr_fold_table[256];
/* msr_host_class() of every byte, and ASCII lower case (msr_lower()). */
extern MSR_HIDDEN const unsigned char msr_class_table[256];
extern MSR_HIDDEN const unsigned char msr_lower_table[256];
extern MSR_HIDDEN const struct mssecref_contact msr_contacts[];
extern MSR_HIDDEN const size_t msr_contact_count;
extern MSR_HIDDEN const uint8_t msr_related[];
extern MSR_HIDDEN const struct msr_alias msr_aliases[];
extern MSR_HIDDEN const size_t msr_alias_count;
extern MSR_HIDDEN const struct msr_keyset msr_alias_set;   /* folded keys */
extern MSR_HIDDEN const struct msr_slot msr_alias_slots[]; /* alias index */
extern MSR_HIDDEN const struct msr_keyset msr_id_set;      /* exact ids */
extern MSR_HIDDEN const struct msr_slot msr_id_slots[];    /* contact index */
extern MSR_HIDDEN const uint8_t msr_lookup_list[];
extern MSR_HIDDEN const struct msr_span msr_spans[MSR_NINC][MSR_NLANG]
                                                 [MSR_NCUST];
extern MSR_HIDDEN const uint32_t msr_incident_titles[MSR_NINC][MSR_NLANG];
extern MSR_HIDDEN const struct msr_suffix msr_suffixes[];
extern MSR_HIDDEN const size_t msr_suffix_count;
extern MSR_HIDDEN const struct msr_edge msr_edges[];
extern MSR_HIDDEN const uint32_t msr_edge_mask; /* slots - 1 */
/* The route when the observable is Microsoft-managed; contact 0 where the
 * usual route stands. */
extern MSR_HIDDEN const struct msr_route msr_hosted[MSR_NINC][MSR_NLANG]
                                                   [MSR_NCUST];
extern MSR_HIDDEN const struct msr_alias msr_values[];
extern MSR_HIDDEN const struct msr_vocab
    msr_vocabs[MSSECREF_VOCABULARY_MAX + 1];
extern MSR_HIDDEN const struct msr_slot msr_vocab_slots[];
extern MSR_HIDDEN const uint32_t msr_reasons[][MSR_NLANG];
extern MSR_HIDDEN const uint8_t msr_precedence[MSR_NINC];
extern MSR_HIDDEN const uint32_t msr_meta_source;
extern MSR_HIDDEN const uint32_t msr_meta_series;
extern MSR_HIDDEN const uint32_t msr_meta_date;
extern MSR_HIDDEN const uint32_t msr_meta_version;
extern MSR_HIDDEN const uint32_t msr_meta_review_by;
extern MSR_HIDDEN const uint32_t msr_meta_psl_version;

#endif
