/* route.c - where to report an incident: the smallest useful program on
 * libmssecref.  Usage: route INCIDENT [LANG [CUSTOMER]]
 *   route phishing ja home */
#include <stdio.h>

#include <mssecref.h>

static void print_sign_in(unsigned mask) {
  int s;
  const char *sep = "";
  for (s = 1; s <= MSSECREF_SIGN_IN_MAX; s++)
    if (mask & (1u << s)) {
      printf("%s%s", sep, mssecref_sign_in_name(s));
      sep = ", ";
    }
  printf("\n");
}

int main(int argc, char **argv) {
  const mssecref_contact *c;
  unsigned alternatives = 0;
  int incident, lang = MSSECREF_LANG_EN, customer = MSSECREF_CUSTOMER_ANY;
  int rc, fallback = 0;

  if (argc < 2 || argc > 4) {
    fprintf(stderr, "usage: route INCIDENT [LANG [home|enterprise]]\n");
    return 2;
  }
  incident = mssecref_incident_parse(argv[1], NULL, &alternatives);
  if (incident < 0) {
    fprintf(stderr, "route: %s: %s\n", argv[1], mssecref_strerror(incident));
    return 1;
  }
  if (argc > 2 && (lang = mssecref_lang_parse(argv[2], &fallback)) < 0) {
    fprintf(stderr, "route: %s: %s\n", argv[2], mssecref_strerror(lang));
    return 2;
  }
  if (argc > 3 && (customer = mssecref_customer_parse(argv[3])) < 0) {
    fprintf(stderr, "route: %s: %s\n", argv[3], mssecref_strerror(customer));
    return 2;
  }
  rc = mssecref_route(incident, lang, customer, &c);
  if (rc < 0) {
    fprintf(stderr, "route: %s\n", mssecref_strerror(rc));
    return 1;
  }
  printf("incident:  %s", mssecref_incident_name(incident));
  if (alternatives != 0)
    printf(" (ambiguous: \"%s\" can also mean another incident)", argv[1]);
  printf("\ncontact:   %s\n", mssecref_contact_id(c));
  printf("title:     %s\n", mssecref_contact_title(c, lang));
  printf("summary:   %s\n", mssecref_contact_summary(c, lang));
  printf("url:       %s\n", mssecref_contact_url(c, lang));
  printf("sign-in:   ");
  print_sign_in(mssecref_contact_sign_in(c, customer ? customer
                                                     : MSSECREF_CUSTOMER_HOME));
  printf("results:   %s\n", mssecref_contact_results_returned(c)
                                ? "returned to reporters who sign in"
                                : "not returned");
  if (fallback)
    printf("note:      \"%s\" is not Japanese or English; showing %s\n",
           argv[2], mssecref_lang_name(lang));
  if (rc == 1)
    printf("note:      this contact's page is not in %s\n",
           mssecref_lang_name(lang));
  return 0;
}
