/* contact.c - a contact as the fields the tool prints. */
#include <stdio.h>

#include "tool.h"

void rec_mask(struct record *r, const char *key, unsigned mask,
              const char *(*name)(int), int max) {
  int v;
  rec_list(r, key);
  for (v = 1; v <= max; v++)
    if (mask & (1u << v))
      rec_item(r, name(v));
}

static unsigned sign_in_any(const mssecref_contact *c) {
  unsigned m = 0;
  int k;
  for (k = 1; k <= MSSECREF_CUSTOMER_MAX; k++)
    m |= mssecref_contact_sign_in(c, k);
  return m;
}

const char *review_today = "";

int review_warn(const mssecref_contact *c) {
  if (mssecref_contact_review_overdue(c, review_today) != 1)
    return 0;
  fprintf(stderr,
          "%s: warning: contact '%s' was due for review by %s (today is %s; "
          "confirmed %s): its facts may be out of date\n",
          progname, mssecref_contact_id(c), mssecref_contact_review_by(c),
          review_today, mssecref_contact_confirmed(c));
  return 1;
}

/* Contact indices are below 250 (the generator's limit). */
static unsigned char noted[256];

void review_note(const mssecref_contact *c) {
  noted[mssecref_contact_index(c) & 0xFF] = 1;
}

void review_warn_noted(void) {
  size_t i;
  for (i = 0; i < mssecref_contact_count() && i < sizeof noted; i++)
    if (noted[i])
      review_warn(mssecref_contact_at(i));
}

void contact_record(struct record *r, const mssecref_contact *c, int incident,
                    int lang, int customer, int fallback) {
  size_t k;
  rec_init(r);
  rec_str(r, "id", mssecref_contact_id(c));
  rec_str(r, "incident", incident ? mssecref_incident_name(incident) : "");
  rec_str(r, "title", mssecref_contact_title(c, lang));
  rec_str(r, "summary", mssecref_contact_summary(c, lang));
  rec_str(r, "url", mssecref_contact_url(c, lang));
  rec_str(r, "url_as_published", mssecref_contact_url_published(c));
  rec_str(r, "url_evidence", mssecref_contact_url_evidence(c));
  rec_str(r, "successor_url", mssecref_contact_successor_url(c, lang));
  rec_str(r, "successor_evidence", mssecref_contact_successor_evidence(c));
  rec_mask(r, "sign_in",
           customer ? mssecref_contact_sign_in(c, customer) : sign_in_any(c),
           mssecref_sign_in_name, MSSECREF_SIGN_IN_MAX);
  rec_bool(r, "results_returned", mssecref_contact_results_returned(c));
  rec_mask(r, "results", mssecref_contact_results(c), mssecref_results_name,
           MSSECREF_RESULTS_MAX);
  rec_str(r, "lang", mssecref_lang_name(lang));
  rec_bool(r, "lang_fallback", fallback);
  rec_str(r, "customer", customer ? mssecref_customer_name(customer) : "");
  rec_str(r, "section", mssecref_section_name(mssecref_contact_section(c)));
  rec_mask(r, "customers", mssecref_contact_customers(c),
           mssecref_customer_name, MSSECREF_CUSTOMER_MAX);
  rec_mask(r, "incidents", mssecref_contact_incidents(c),
           mssecref_incident_name, MSSECREF_INCIDENT_MAX);
  rec_mask(r, "page_langs", mssecref_contact_page_langs(c), mssecref_lang_name,
           MSSECREF_LANG_MAX);
  rec_mask(r, "report_langs", mssecref_contact_report_langs(c),
           mssecref_lang_name, MSSECREF_LANG_MAX);
  rec_list(r, "related");
  for (k = 0; k < mssecref_contact_related_count(c); k++)
    rec_item(r, mssecref_contact_id(mssecref_contact_related(c, k)));
  rec_str(r, "source", mssecref_contact_source(c));
  rec_str(r, "confirmed", mssecref_contact_confirmed(c));
  rec_str(r, "review_by", mssecref_contact_review_by(c));
  rec_bool(r, "review_overdue", review_warn(c));
}

/* The columns of a text table: enough to choose, short enough to read. */
void contact_brief(struct record *r, const mssecref_contact *c, int incident,
                   int lang) {
  char prio[16];
  rec_init(r);
  if (incident) {
    snprintf(prio, sizeof prio, "%d", mssecref_contact_priority(c, incident));
    rec_copy(r, "priority", prio);
  }
  rec_str(r, "id", mssecref_contact_id(c));
  rec_str(r, "title", mssecref_contact_title(c, lang));
  rec_str(r, "url", mssecref_contact_url(c, lang));
}
