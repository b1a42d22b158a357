/* contact.c - a [contact] record checked and resolved into a gen_contact:
 * what it serves, its URLs and successors, sign-in and results, and the
 * dates that say how old its facts are.  Every rule reports its own
 * `file:line: message`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "gen.h"
#include "names.h"

static const char *const lang_names[MSR_NLANG] = {
    MSR_LANG_NAMES(MSR_NAME_ENTRY)};
static const char *const section_names[MSSECREF_SECTION_MAX + 1] = {
    MSR_SECTION_NAMES(MSR_NAME_ENTRY)};
static const char *const sign_in_names[MSSECREF_SIGN_IN_MAX + 1] = {
    MSR_SIGN_IN_NAMES(MSR_NAME_ENTRY)};
static const char *const results_names[MSSECREF_RESULTS_MAX + 1] = {
    MSR_RESULTS_NAMES(MSR_NAME_ENTRY)};

static void contact_serves(struct gen_catalogue *cat, struct gen_record *r,
                           struct gen_contact *c) {
  char w[GEN_MAX_ID + 1];
  int line;
  const char *v = gen_req(cat, r, "serves", &line);
  c->serves_line = line;
  if (v == NULL)
    return;
  while (gen_next_word(&v, w, sizeof w)) {
    char *colon = strchr(w, ':');
    int i, prio;
    char *end;
    if (colon == NULL) {
      gen_error(cat, line, "serves: expected incident:priority, got '%s'", w);
      continue;
    }
    *colon = '\0';
    i = gen_name_index(gen_incident_names, MSR_NINC, w);
    prio = (int)strtol(colon + 1, &end, 10);
    if (i <= 0)
      gen_error(cat, line, "serves: unknown incident '%s'", w);
    else if (*end != '\0' || end == colon + 1 || prio < 1 || prio > 99)
      gen_error(cat, line, "serves: priority of '%s' must be 1-99", w);
    else if (c->priority[i] != 0)
      gen_error(cat, line, "serves: incident '%s' listed twice", w);
    else {
      c->priority[i] = prio;
      c->incidents |= 1u << i;
    }
  }
}

static void contact_sign_in(struct gen_catalogue *cat, struct gen_record *r,
                            struct gen_contact *c) {
  int k;
  for (k = 1; k < MSR_NCUST; k++) {
    char key[48];
    int line;
    const char *v;
    snprintf(key, sizeof key, "sign-in-%s", gen_customer_names[k]);
    if (c->customers & (1u << k)) {
      v = gen_req(cat, r, key, &line);
      if (v != NULL)
        c->sign_in[k] = gen_name_mask(cat, line, v, sign_in_names,
                                      MSSECREF_SIGN_IN_MAX + 1, "sign-in", 0);
    } else if (gen_opt(r, key, &line) != NULL) {
      gen_error(cat, line, "'%s' for a customer type not in 'customers'", key);
    }
  }
}

/* url-evidence explains url (a confirmed move) and the per-language pages;
 * it is required only for a move. */
static void contact_urls(struct gen_catalogue *cat, struct gen_record *r,
                         struct gen_contact *c) {
  int line;
  const char *ja, *en;
  c->url_published = gen_url_field(cat, r, "url-2020", 1);
  c->url[0] = gen_url_field(cat, r, "url", 0);
  c->url_evidence = gen_opt(r, "url-evidence", &line);
  ja = gen_url_field(cat, r, "url-ja", 0);
  en = gen_url_field(cat, r, "url-en", 0);
  if (c->url[0] == NULL) {
    c->url[0] = c->url_published;
    if (c->url_evidence != NULL && ja == NULL && en == NULL)
      gen_error(cat, line,
                "'url-evidence' without 'url', 'url-ja' or 'url-en'");
  } else if (c->url_published != NULL &&
             strcmp(c->url[0], c->url_published) != 0 &&
             c->url_evidence == NULL) {
    gen_error(cat, r->line,
              "[contact %s]: 'url' differs from 'url-2020' without "
              "'url-evidence'",
              r->id);
  }
  if (c->url_evidence == NULL)
    c->url_evidence = "";
  c->url[MSSECREF_LANG_JA] = ja != NULL ? ja : c->url[0];
  c->url[MSSECREF_LANG_EN] = en != NULL ? en : c->url[0];
}

/* A successor is shown beside the URL, so it must say where it comes from
 * and must not be the URL itself. */
static void contact_successors(struct gen_catalogue *cat, struct gen_record *r,
                               struct gen_contact *c) {
  static const char *const keys[MSR_NLANG] = {"successor", "successor-ja",
                                              "successor-en"};
  int lines[MSR_NLANG], line, k, any = 0, reported = 0;
  for (k = 0; k < MSR_NLANG; k++) {
    c->successor[k] = gen_url_field(cat, r, keys[k], 0);
    if (c->successor[k] != NULL)
      gen_opt(r, keys[k], &lines[k]), any = 1;
  }
  c->successor_evidence = gen_opt(r, "successor-evidence", &line);
  if (any && c->successor_evidence == NULL)
    gen_error(cat, r->line,
              "[contact %s]: a successor without 'successor-evidence'", r->id);
  if (!any && c->successor_evidence != NULL)
    gen_error(cat, line, "'successor-evidence' without a successor");
  for (k = 1; k < MSR_NLANG; k++)
    if (c->successor[k] != NULL && c->successor[0] == NULL)
      gen_error(cat, lines[k], "'%s' without 'successor'", keys[k]);
  for (k = 1; k < MSR_NLANG; k++)
    if (c->successor[k] == NULL)
      c->successor[k] = c->successor[0];
  /* One error per successor line: "successor" stands for every language
   * that has no successor of its own. */
  for (k = 0; k < MSR_NLANG; k++) {
    int at = c->successor[k] == c->successor[0] ? 0 : k;
    if (c->successor[k] == NULL) {
      c->successor[k] = "";
      continue;
    }
    if (c->url[k] != NULL && strcmp(c->successor[k], c->url[k]) == 0 &&
        !(at == 0 && reported)) {
      gen_error(cat, lines[at],
                "'%s' is the contact's own URL for %s, not a successor",
                c->successor[k], k ? lang_names[k] : "any language");
      reported |= at == 0;
    }
  }
  if (c->successor_evidence == NULL)
    c->successor_evidence = "";
}

static void contact_results(struct gen_catalogue *cat, struct gen_record *r,
                            struct gen_contact *c) {
  int line;
  const char *v = gen_req(cat, r, "results", &line);
  if (v == NULL)
    return;
  c->results = gen_name_mask(cat, line, v, results_names,
                             MSSECREF_RESULTS_MAX + 1, "results", 1);
  c->results_returned = (c->results >> MSSECREF_RESULTS_SIGNED_IN) & 1u;
}

/* Ids are kept as pointers into the value and resolved once every contact
 * is known, so a record may name one that comes later. */
static void contact_related(struct gen_catalogue *cat, struct gen_record *r,
                            struct gen_contact *c) {
  int line;
  const char *v = gen_opt(r, "related", &line);
  while (v != NULL && *v != '\0') {
    while (*v == ' ')
      v++;
    if (*v == '\0')
      break;
    if (c->nrelated == GEN_MAX_RELATED) {
      gen_error(cat, line, "too many related ids (at most %d)",
                GEN_MAX_RELATED);
      return;
    }
    c->related_lines[c->nrelated] = line;
    c->related_ids[c->nrelated++] = v;
    v += strcspn(v, " ");
  }
}

const char *gen_review_by(struct gen_catalogue *cat, struct gen_record *r,
                          const char *confirmed, int *line) {
  const char *v = gen_date_field(cat, r, "review-by");
  char limit[48];
  int year, month, day;
  *line = r->line;
  if (v == NULL)
    return NULL;
  gen_opt(r, "review-by", line);
  if (confirmed == NULL || !gen_is_date(confirmed) || !gen_is_date(v))
    return v;
  /* 12 months later is the same month and day a year later, or the
   * month's last day when that day does not exist (February 29); dates
   * compare as text. */
  year = atoi(confirmed) + 1;
  month = atoi(confirmed + 5);
  day = atoi(confirmed + 8);
  if (day > msr_month_days(year, month))
    day = msr_month_days(year, month);
  snprintf(limit, sizeof limit, "%04d-%02d-%02d", year % 10000, month, day);
  if (strcmp(v, confirmed) < 0)
    gen_error(cat, *line, "review-by %s is earlier than confirmed %s", v,
              confirmed);
  else if (strcmp(v, limit) > 0)
    gen_error(cat, *line,
              "review-by %s is more than 12 months after confirmed %s "
              "(at most %s)",
              v, confirmed, limit);
  return v;
}

/* A new contact for the record, or NULL (reported, the record skipped)
 * when its id is not kebab-case, is taken, or there is no room. */
static struct gen_contact *new_contact(struct gen_catalogue *cat,
                                       struct gen_record *r) {
  struct gen_contact *c;
  int i;
  if (!gen_is_kebab(r->id)) {
    gen_error(cat, r->line, "contact id '%s' is not lowercase kebab-case",
              r->id);
    gen_skip_record(r);
    return NULL;
  }
  for (i = 0; i < cat->ncontacts; i++)
    if (strcmp(cat->contacts[i].id, r->id) == 0) {
      gen_error(cat, r->line, "duplicate contact id '%s' (first on line %d)",
                r->id, cat->contacts[i].rec->line);
      gen_skip_record(r);
      return NULL;
    }
  if (cat->ncontacts == GEN_MAX_CONTACTS) {
    gen_error(cat, r->line, "too many contacts (at most %d)", GEN_MAX_CONTACTS);
    gen_skip_record(r);
    return NULL;
  }
  c = &cat->contacts[cat->ncontacts++];
  memset(c, 0, sizeof *c);
  c->rec = r;
  c->id = r->id;
  return c;
}

void gen_check_contact(struct gen_catalogue *cat, struct gen_record *r) {
  struct gen_contact *c = new_contact(cat, r);
  const char *v;
  int line;

  if (c == NULL)
    return;
  if ((v = gen_req(cat, r, "section", &line)) != NULL &&
      (c->section =
           gen_name_index(section_names, MSSECREF_SECTION_MAX + 1, v)) < 0)
    gen_error(cat, line, "unknown section '%s'", v);
  contact_serves(cat, r, c);
  if ((v = gen_req(cat, r, "customers", &line)) != NULL)
    c->customers = gen_name_mask(cat, line, v, gen_customer_names, MSR_NCUST,
                                 "customer type", 0);
  gen_text_pair(cat, r, "title", c->title);
  gen_text_pair(cat, r, "summary", c->summary);
  contact_urls(cat, r, c);
  contact_successors(cat, r, c);
  if ((v = gen_req(cat, r, "page-langs", &line)) != NULL &&
      (c->page_langs = gen_name_mask(cat, line, v, lang_names, MSR_NLANG,
                                     "language", 0)) == 0)
    gen_error(cat, line, "'page-langs' names no language");
  if ((v = gen_req(cat, r, "report-langs", &line)) != NULL)
    c->report_langs =
        gen_name_mask(cat, line, v, lang_names, MSR_NLANG, "language", 1);
  contact_sign_in(cat, r, c);
  contact_results(cat, r, c);
  contact_related(cat, r, c);
  if ((v = gen_opt(r, "hosted", &line)) != NULL)
    c->hosted = gen_name_mask(cat, line, v, gen_incident_names, MSR_NINC,
                              "incident", 0);
  c->source = gen_req(cat, r, "source", NULL);
  c->confirmed = gen_date_field(cat, r, "confirmed");
  c->review_by = gen_review_by(cat, r, c->confirmed, &c->review_line);
}
