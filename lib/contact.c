/* contact.c - the catalogue by index and id, and the contact accessors. */
#include "internal.h"

size_t mssecref_contact_count(void) { return msr_contact_count; }

const mssecref_contact *mssecref_contact_at(size_t index) {
  return index < msr_contact_count ? &msr_contacts[index] : NULL;
}

int mssecref_contact_by_id(const char *id, const mssecref_contact **out) {
  int i;
  if (id == NULL || out == NULL)
    return MSSECREF_ENULL;
  i = msr_id_find(id);
  if (i < 0)
    return i;
  *out = &msr_contacts[i];
  return MSSECREF_OK;
}

#define VALID_LANG(l) ((l) >= 1 && (l) <= MSSECREF_LANG_MAX)

const char *mssecref_contact_id(const mssecref_contact *c) {
  return c ? msr_str(c->id) : NULL;
}
int mssecref_contact_index(const mssecref_contact *c) {
  return c ? c->index : -1;
}
int mssecref_contact_section(const mssecref_contact *c) {
  return c ? c->section : 0;
}
const char *mssecref_contact_title(const mssecref_contact *c, int lang) {
  return c && VALID_LANG(lang) ? msr_str(c->title[lang]) : NULL;
}
const char *mssecref_contact_summary(const mssecref_contact *c, int lang) {
  return c && VALID_LANG(lang) ? msr_str(c->summary[lang]) : NULL;
}
const char *mssecref_contact_url(const mssecref_contact *c, int lang) {
  return c && lang >= 0 && lang <= MSSECREF_LANG_MAX ? msr_str(c->url[lang])
                                                     : NULL;
}
const char *mssecref_contact_url_published(const mssecref_contact *c) {
  return c ? msr_str(c->url_published) : NULL;
}
const char *mssecref_contact_url_evidence(const mssecref_contact *c) {
  return c ? msr_str(c->url_evidence) : NULL;
}
unsigned mssecref_contact_page_langs(const mssecref_contact *c) {
  return c ? c->page_langs : 0;
}
unsigned mssecref_contact_report_langs(const mssecref_contact *c) {
  return c ? c->report_langs : 0;
}
unsigned mssecref_contact_customers(const mssecref_contact *c) {
  return c ? c->customers : 0;
}
unsigned mssecref_contact_incidents(const mssecref_contact *c) {
  return c ? c->incidents : 0;
}
int mssecref_contact_priority(const mssecref_contact *c, int incident) {
  return c && incident >= 1 && incident <= MSSECREF_INCIDENT_MAX
             ? c->priority[incident]
             : 0;
}
unsigned mssecref_contact_sign_in(const mssecref_contact *c, int customer) {
  return c && customer >= 1 && customer <= MSSECREF_CUSTOMER_MAX
             ? c->sign_in[customer]
             : 0;
}
int mssecref_contact_results_returned(const mssecref_contact *c) {
  return c ? c->results_returned : 0;
}
size_t mssecref_contact_related_count(const mssecref_contact *c) {
  return c ? c->related_count : 0;
}
const mssecref_contact *mssecref_contact_related(const mssecref_contact *c,
                                                 size_t index) {
  if (c == NULL || index >= c->related_count)
    return NULL;
  return &msr_contacts[msr_related[c->related_first + index]];
}
const char *mssecref_contact_source(const mssecref_contact *c) {
  return c ? msr_str(c->source) : NULL;
}
const char *mssecref_contact_confirmed(const mssecref_contact *c) {
  return c ? msr_str(c->confirmed) : NULL;
}

/* ---- since 1.2.0 ---- */

unsigned mssecref_contact_results(const mssecref_contact *c) {
  return c ? c->results : 0;
}
const char *mssecref_contact_successor_url(const mssecref_contact *c,
                                           int lang) {
  return c && lang >= 0 && lang <= MSSECREF_LANG_MAX
             ? msr_str(c->successor[lang])
             : NULL;
}
const char *mssecref_contact_successor_evidence(const mssecref_contact *c) {
  return c ? msr_str(c->successor_evidence) : NULL;
}
