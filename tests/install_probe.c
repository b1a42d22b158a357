/* install_probe.c - built against an installed libmssecref through
 * pkg-config by tests/install.sh. */
#include <stdio.h>
#include <string.h>

#include <mssecref.h>

int main(void) {
  const mssecref_contact *c;
  if (!mssecref_version_check(MSSECREF_VERSION_NUMBER))
    return 1;
  if (mssecref_route(mssecref_incident_parse("c2-server", NULL, NULL),
                     MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c) != 0)
    return 1;
  puts(mssecref_contact_url(c, MSSECREF_LANG_EN));
  return strcmp(mssecref_contact_id(c), "report-abuse") != 0;
}
