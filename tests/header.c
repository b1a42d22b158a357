/* header.c - include/mssecref.h compiles alone as strict C99. */
#include <mssecref.h>

int header_c99_probe(void);
int header_c99_probe(void) {
  const mssecref_contact *c = 0;
  return mssecref_route(MSSECREF_INCIDENT_UNSAFE_WEBSITE, MSSECREF_LANG_JA,
                        MSSECREF_CUSTOMER_HOME, &c);
}
