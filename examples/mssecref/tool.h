/* tool.h - the mssecref command-line tool's shared declarations. */
#ifndef MSSECREF_TOOL_H
#define MSSECREF_TOOL_H

#include <mssecref.h>

#include "out.h"

/* Exit codes (mssecref(1)). */
enum {
  EXIT_ANSWERED = 0,
  EXIT_NOTFOUND = 1, /* nothing found, or an unknown name */
  EXIT_USAGE = 2,
  EXIT_IO = 3,        /* input or output error */
  EXIT_NO_CONTACT = 4 /* a known name with no Microsoft contact */
};

struct options {
  const char *command;
  const char *arg;        /* INCIDENT or ID */
  const char *lang_tag;   /* --lang, else from the environment */
  const char *customer;   /* --customer */
  enum out_format format; /* --format */
  int format_given;
  const char *field;          /* enrich --field */
  const char *lang_field;     /* enrich --lang-field */
  const char *customer_field; /* enrich --customer-field */
  const char *columns;        /* export --columns */
  const char *observable;     /* route --url/--host/--email */
  int observable_kind;        /* enum mssecref_observable */
  const char *url_field;      /* enrich --url-field */
  int no_header;              /* export --no-header */
  int lang;                   /* parsed language */
  int lang_other;             /* the tag named another language */
  int customer_id;            /* parsed customer type, 0: any */
  const char *vocabulary;     /* --vocabulary */
  int vocabulary_id;          /* parsed vocabulary, 0: any */
  const char *today;          /* --today YYYY-MM-DD */
};

int cmd_route(struct options *o);
int cmd_lookup(struct options *o);
int cmd_list(struct options *o);
int cmd_show(struct options *o);
int cmd_incidents(struct options *o);
int cmd_export(struct options *o);
int cmd_enrich(struct options *o);
int cmd_hosted(struct options *o);
int cmd_suffixes(struct options *o);

/* contact.c: a mask of enum values as a list field of their names. */
void rec_mask(struct record *r, const char *key, unsigned mask,
              const char *(*name)(int), int max);

/* contact.c: the day (YYYY-MM-DD) answers are checked against their
 * records' review-by dates: --today, else MSSECREF_TODAY, else the system
 * clock (UTC).  Set by main() before any command runs. */
extern const char *review_today;

/* contact.c: the record is past its review-by date on review_today: says
 * so on stderr, once per call (an answer may be out of date; never a
 * failure). */
int review_warn(const mssecref_contact *c);

/* contact.c: for commands that answer many rows (export, enrich): note
 * each contact a row uses, then warn once per noted contact past its
 * review date. */
void review_note(const mssecref_contact *c);
void review_warn_noted(void);

/* contact.c: a contact as a record, for `lang` and `customer`; a record
 * past its review date also gets review_warn(). */
void contact_record(struct record *r, const mssecref_contact *c, int incident,
                    int lang, int customer, int fallback);
void contact_brief(struct record *r, const mssecref_contact *c, int incident,
                   int lang);

/* commands.c: the answer for a name known to have no Microsoft contact:
 * its reason as a record on stdout; EXIT_NO_CONTACT (or EXIT_IO). */
int print_no_contact(const struct options *o, const char *name);

/* suggest.c: "unknown X 'name'" and the nearest known names, on stderr. */
void suggest_incident(const char *name, int status);
void suggest_id(const char *id, int status);
void suggest_from(const char *what, const char *name, const char *const *known,
                  size_t n);

/* codeset.c: text output in the locale's codeset (iconv), English when
 * the Japanese cannot be converted; other formats stay UTF-8.  Call begin
 * before the command and end with its result. */
void codeset_begin(struct options *o);
int codeset_end(int rc);

/* main.c */
extern const char *progname;
int finish_output(void); /* flushes stdout: EXIT_IO when a write failed */

#endif
