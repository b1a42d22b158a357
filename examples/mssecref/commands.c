/* commands.c - route, lookup, list, show and incidents. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

/* Parses INCIDENT (in --vocabulary); on failure reports it with
 * suggestions, except a known name with no Microsoft contact, which the
 * caller answers with print_no_contact(). */
static int incident_arg(const struct options *o, const char *name,
                        unsigned *alternatives) {
  int inc =
      mssecref_incident_parse_in(name, o->vocabulary_id, NULL, alternatives);
  if (inc < 0 && inc != MSSECREF_EOUTOFSCOPE)
    suggest_incident(name, inc);
  return inc;
}

/* The vocabulary a name is read in: --vocabulary, or its own qualifier
 * ("ms-graph:unknown"); 0 when neither says. */
static int qualifier(const struct options *o, const char *name) {
  char prefix[64];
  const char *colon = strchr(name, ':');
  int v;
  if (o->vocabulary_id != 0 || colon == NULL ||
      (size_t)(colon - name) >= sizeof prefix)
    return o->vocabulary_id;
  memcpy(prefix, name, (size_t)(colon - name));
  prefix[colon - name] = '\0';
  v = mssecref_vocabulary_parse(prefix);
  return v > 0 ? v : 0;
}

int print_no_contact(const struct options *o, const char *name) {
  struct record r;
  const char *reason = "";
  int rc;
  mssecref_incident_reason(name, o->vocabulary_id, o->lang, &reason);
  rec_init(&r);
  rec_str(&r, "name", name);
  rec_str(&r, "vocabulary", mssecref_vocabulary_name(qualifier(o, name)));
  rec_str(&r, "answer", "known, no Microsoft contact");
  rec_str(&r, "reason", reason);
  rec_str(&r, "lang", mssecref_lang_name(o->lang));
  out_records(stdout, o->format, &r, 1, 1);
  rc = finish_output();
  return rc == EXIT_IO ? EXIT_IO : EXIT_NO_CONTACT;
}

static void warn_ambiguous(const char *name, int inc, unsigned alternatives) {
  int k;
  const char *sep = "";
  if (alternatives == 0)
    return;
  fprintf(stderr, "%s: '%s' is ambiguous: answering for %s; it can also mean ",
          progname, name, mssecref_incident_name(inc));
  for (k = 1; k <= MSSECREF_INCIDENT_MAX; k++)
    if (alternatives & (1u << k)) {
      fprintf(stderr, "%s%s", sep, mssecref_incident_name(k));
      sep = ", ";
    }
  fputc('\n', stderr);
}

/* Where the observable is hosted, as route's extra fields: the suffix it
 * is under (a subsidiary's too), its kind of hosting and its source. */
static void hosted_fields(struct record *r, const struct options *o) {
  size_t index = 0;
  const char *suffix = "";
  int hosting =
      mssecref_observable_hosting(o->observable, o->observable_kind, &index);
  int source = hosting > 0 ? mssecref_suffix_at(index, &suffix) : 0;
  static char host[1025]; /* the record keeps the pointer until output */
  if (mssecref_observable_host(o->observable, o->observable_kind, host,
                               sizeof host, NULL) < 0)
    host[0] = '\0';
  rec_str(r, "observable", o->observable);
  rec_str(r, "host", host); /* the host judged, as a browser resolves it */
  rec_bool(r, "hosted_at_microsoft",
           hosting > 0 && hosting != MSSECREF_HOSTING_SUBSIDIARY);
  rec_str(r, "hosted_suffix", suffix);
  rec_str(r, "hosted_source", hosting > 0 ? mssecref_source_name(source) : "");
  rec_str(r, "hosting", hosting > 0 ? mssecref_hosting_name(hosting) : "");
  rec_str(r, "hosted_source_text",
          hosting > 0 ? mssecref_suffix_source_text(index) : "");
}

/* A subsidiary's host with an incident only the abuse report takes: no
 * Microsoft contact; the company's own process (named by the source). */
static int subsidiary_failed(const struct options *o, int inc) {
  size_t index = 0;
  const char *suffix = "";
  if (mssecref_observable_hosting(o->observable, o->observable_kind, &index) !=
      MSSECREF_HOSTING_SUBSIDIARY)
    return 0;
  mssecref_suffix_at(index, &suffix);
  fprintf(stderr,
          "%s: %s is under %s, a Microsoft-owned company that runs "
          "its own abuse process (%s): no Microsoft contact takes %s there; "
          "report it to that company\n",
          progname, o->observable, suffix, mssecref_suffix_source_text(index),
          mssecref_incident_name(inc));
  return 1;
}

static int route_failed(const struct options *o, int inc, int rc) {
  if (rc == MSSECREF_ENOCONTACT) {
    if (o->observable != NULL && subsidiary_failed(o, inc))
      return EXIT_NOTFOUND;
    fprintf(stderr, "%s: no contact for %s and customer type %s\n", progname,
            mssecref_incident_name(inc),
            o->customer_id ? mssecref_customer_name(o->customer_id) : "any");
    return EXIT_NOTFOUND;
  }
  fprintf(stderr, "%s: ", progname);
  put_untrusted(stderr, o->observable, 1100);
  fprintf(stderr, ": %s\n", mssecref_strerror(rc));
  return EXIT_USAGE; /* a malformed --url, --host or --email */
}

int cmd_route(struct options *o) {
  const mssecref_contact *c;
  struct record r;
  unsigned alternatives = 0;
  int inc, rc;

  if ((inc = incident_arg(o, o->arg, &alternatives)) < 0)
    return inc == MSSECREF_EOUTOFSCOPE ? print_no_contact(o, o->arg)
                                       : EXIT_NOTFOUND;
  if (o->observable != NULL)
    rc = mssecref_route_observable(inc, o->observable, o->observable_kind,
                                   o->lang, o->customer_id, &c);
  else
    rc = mssecref_route(inc, o->lang, o->customer_id, &c);
  if (rc < 0)
    return route_failed(o, inc, rc);
  if (!(rc & MSSECREF_ROUTE_HOSTED) || mssecref_contact_priority(c, inc))
    warn_ambiguous(o->arg, inc, alternatives);
  contact_record(&r, c, inc, o->lang, o->customer_id,
                 (rc & MSSECREF_ROUTE_FALLBACK) || o->lang_other);
  rec_mask(&r, "alternatives", alternatives, mssecref_incident_name,
           MSSECREF_INCIDENT_MAX);
  if (o->observable != NULL)
    hosted_fields(&r, o);
  out_records(stdout, o->format, &r, 1, 1);
  return finish_output();
}

/* A suffix as a record: its text, kind of hosting and source. */
static void suffix_fields(struct record *r, size_t index, int with_text) {
  const char *suffix = "";
  int source = mssecref_suffix_at(index, &suffix);
  rec_str(r, "suffix", suffix);
  rec_str(r, "hosting", mssecref_hosting_name(mssecref_suffix_hosting(index)));
  rec_str(r, "source", mssecref_source_name(source));
  if (with_text)
    rec_str(r, "source_text", mssecref_suffix_source_text(index));
}

/* Exit 0 when Microsoft-managed, 1 when not (a subsidiary's host is shown
 * with its suffix and kind, and exits 1), 2 when malformed. */
int cmd_hosted(struct options *o) {
  static char host[1025];
  struct record r;
  size_t index = 0;
  int rc = mssecref_observable_hosting(o->arg, MSSECREF_OBSERVABLE_ANY, &index);
  int managed = rc > 0 && rc != MSSECREF_HOSTING_SUBSIDIARY;
  if (rc < 0) {
    fprintf(stderr, "%s: %s\n", progname, mssecref_strerror(rc));
    return EXIT_USAGE;
  }
  if (mssecref_observable_host(o->arg, MSSECREF_OBSERVABLE_ANY, host,
                               sizeof host, NULL) < 0)
    host[0] = '\0';
  rec_init(&r);
  rec_str(&r, "observable", o->arg);
  rec_str(&r, "host", host);
  rec_bool(&r, "hosted_at_microsoft", managed);
  if (rc > 0) {
    suffix_fields(&r, index, 1);
  } else {
    rec_str(&r, "suffix", "");
    rec_str(&r, "hosting", "");
    rec_str(&r, "source", "");
    rec_str(&r, "source_text", "");
  }
  out_records(stdout, o->format, &r, 1, 1);
  rc = managed ? EXIT_ANSWERED : EXIT_NOTFOUND;
  return finish_output() == EXIT_IO ? EXIT_IO : rc;
}

/* Every suffix of the catalogue, in its order; text leaves out the long
 * source text, which json, jsonl and csv carry. */
int cmd_suffixes(struct options *o) {
  size_t n = mssecref_suffix_count(), i;
  struct record *recs = malloc(n * sizeof *recs);
  if (recs == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return EXIT_IO;
  }
  for (i = 0; i < n; i++) {
    rec_init(&recs[i]);
    suffix_fields(&recs[i], i, o->format != FMT_TEXT);
  }
  out_records(stdout, o->format, recs, (int)n, 0);
  free(recs);
  return finish_output();
}

/* The reader gets another language: the tag named one we lack, or the
 * contact's page and intake are not in the language asked for. */
static int lang_fallback(const mssecref_contact *c, const struct options *o) {
  return o->lang_other ||
         !((mssecref_contact_page_langs(c) | mssecref_contact_report_langs(c)) &
           (1u << o->lang));
}

/* Contacts from mssecref_lookup() as records; text gets the brief form. */
static int print_contacts(struct options *o, int inc, int single) {
  const mssecref_contact *c[64];
  struct record *recs;
  int n, i;

  n = mssecref_lookup(inc, MSSECREF_LANG_ANY, o->customer_id, c, 64);
  if (n <= 0)
    return EXIT_NOTFOUND;
  if (n > 64)
    n = 64; /* the catalogue holds fewer; a larger one would be cut here */
  recs = malloc((size_t)n * sizeof *recs);
  if (recs == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return EXIT_IO;
  }
  for (i = 0; i < n; i++) {
    if (o->format == FMT_TEXT)
      contact_brief(&recs[i], c[i], inc, o->lang);
    else
      contact_record(&recs[i], c[i], inc, o->lang, o->customer_id,
                     lang_fallback(c[i], o));
  }
  out_records(stdout, o->format, recs, n, single);
  free(recs);
  return finish_output();
}

int cmd_lookup(struct options *o) {
  unsigned alternatives = 0;
  int inc = MSSECREF_INCIDENT_ANY;
  if (o->arg != NULL && (inc = incident_arg(o, o->arg, &alternatives)) < 0)
    return inc == MSSECREF_EOUTOFSCOPE ? print_no_contact(o, o->arg)
                                       : EXIT_NOTFOUND;
  if (o->arg != NULL)
    warn_ambiguous(o->arg, inc, alternatives);
  return print_contacts(o, inc, 0);
}

int cmd_list(struct options *o) { return print_contacts(o, 0, 0); }

int cmd_show(struct options *o) {
  const mssecref_contact *c;
  struct record r;
  int rc = mssecref_contact_by_id(o->arg, &c);
  if (rc < 0) {
    suggest_id(o->arg, rc);
    return EXIT_NOTFOUND;
  }
  contact_record(&r, c, 0, o->lang, o->customer_id, lang_fallback(c, o));
  out_records(stdout, o->format, &r, 1, 1);
  return finish_output();
}

/* Every value of one vocabulary with its answer: the incident and the
 * contact for --customer and --lang, or the reason there is none. */
static int vocabulary_values(struct options *o) {
  int v = o->vocabulary_id;
  size_t n = mssecref_value_count(v), i;
  struct record *recs = malloc((n ? n : 1) * sizeof *recs);
  if (recs == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return EXIT_IO;
  }
  for (i = 0; i < n; i++) {
    const char *name, *reason = "";
    const mssecref_contact *c = NULL;
    unsigned incidents = 0;
    int judgement = 0;
    int first = mssecref_value_at(v, i, &name, &incidents, &judgement);
    rec_init(&recs[i]);
    rec_str(&recs[i], "name", name);
    rec_str(&recs[i], "vocabulary", mssecref_vocabulary_name(v));
    if (first > 0 && mssecref_route(first, o->lang, o->customer_id, &c) < 0)
      c = NULL;
    if (first == 0)
      mssecref_incident_reason(name, v, o->lang, &reason);
    rec_str(&recs[i], "answer", first > 0 ? "incident" : "no-contact");
    rec_str(&recs[i], "incident", mssecref_incident_name(first));
    rec_mask(&recs[i], "alternatives", incidents & ~(1u << first),
             mssecref_incident_name, MSSECREF_INCIDENT_MAX);
    rec_str(&recs[i], "contact", c ? mssecref_contact_id(c) : "");
    rec_str(&recs[i], "url", c ? mssecref_contact_url(c, o->lang) : "");
    rec_str(&recs[i], "reason", reason);
    rec_str(&recs[i], "basis", judgement ? "judgement" : "source");
  }
  out_records(stdout, o->format, recs, (int)n, 0);
  free(recs);
  return finish_output();
}

/* Every name mssecref_incident_parse() takes, with its vocabularies. */
int cmd_incidents(struct options *o) {
  size_t n = mssecref_alias_count(), i;
  struct record *recs;
  if (o->vocabulary_id != 0)
    return vocabulary_values(o);
  recs = malloc(n * sizeof *recs);
  if (recs == NULL) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return EXIT_IO;
  }
  for (i = 0; i < n; i++) {
    const char *name;
    unsigned vocab, incidents;
    int first = mssecref_alias_at(i, &name, &vocab, &incidents);
    rec_init(&recs[i]);
    rec_str(&recs[i], "name", name);
    rec_str(&recs[i], "incident", mssecref_incident_name(first));
    rec_mask(&recs[i], "alternatives", incidents & ~(1u << first),
             mssecref_incident_name, MSSECREF_INCIDENT_MAX);
    rec_mask(&recs[i], "vocabularies", vocab, mssecref_vocabulary_name,
             MSSECREF_VOCABULARY_MAX);
    /* in a text table, the title once, on the canonical name's row */
    rec_str(&recs[i], "title",
            o->format != FMT_TEXT ||
                    (vocab & (1u << MSSECREF_VOCABULARY_MSSECREF))
                ? mssecref_incident_title(first, o->lang)
                : "");
  }
  out_records(stdout, o->format, recs, (int)n, 0);
  free(recs);
  return finish_output();
}
