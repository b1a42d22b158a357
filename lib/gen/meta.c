/* meta.c - the [catalogue] record (where the facts come from, how old they
 * are) and the [domain] records (the only hosts a URL may name). */
#include <string.h>

#include "gen.h"
#include "hostname.h"

void gen_check_catalogue(struct gen_catalogue *cat, struct gen_record *r) {
  if (cat->meta_source != NULL) {
    gen_error(cat, r->line, "duplicate [catalogue] record");
    return;
  }
  cat->meta_source = gen_url_field(cat, r, "source", 1);
  gen_req(cat, r, "source-title", NULL);
  gen_date_field(cat, r, "published");
  cat->meta_series = gen_url_field(cat, r, "series", 1);
  cat->meta_version = gen_req(cat, r, "data-version", NULL);
  cat->meta_date = gen_date_field(cat, r, "confirmed");
  cat->meta_review_by =
      gen_review_by(cat, r, cat->meta_date, &cat->meta_review_line);
  if (cat->meta_source == NULL)
    cat->meta_source = ""; /* so a second record is still reported */
}

/* A domain is a host name in the catalogue's one form (lib/hostname.c)
 * with at least one dot. */
static int is_domain(const char *s) {
  struct msr_dots dots;
  size_t n = strlen(s);
  return n <= GEN_MAX_ID &&
         msr_hostname(s, n, MSR_HOSTNAME_CATALOGUE, &dots, NULL) >= 0 &&
         dots.n > 0;
}

void gen_check_domain(struct gen_catalogue *cat, struct gen_record *r) {
  int i;
  gen_req(cat, r, "note", NULL);
  if (!is_domain(r->id)) {
    gen_error(cat, r->line,
              "domain '%s' is not a lower-case host name with a dot", r->id);
    return;
  }
  for (i = 0; i < cat->ndomains; i++)
    if (strcmp(cat->domains[i], r->id) == 0) {
      gen_error(cat, r->line, "duplicate domain '%s'", r->id);
      return;
    }
  if (cat->ndomains == GEN_MAX_DOMAINS) {
    gen_error(cat, r->line, "too many domains (at most %d)", GEN_MAX_DOMAINS);
    return;
  }
  cat->domains[cat->ndomains++] = r->id;
}
