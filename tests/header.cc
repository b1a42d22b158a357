// header.cc - include/mssecref.h from C++: compiles, links and answers.
#include <mssecref.h>

#include <cstdio>
#include <cstring>

int main() {
  const mssecref_contact *c = 0;
  unsigned alternatives = 0;
  int inc = mssecref_incident_parse("phishing", 0, &alternatives);
  if (inc != MSSECREF_INCIDENT_UNSAFE_WEBSITE || alternatives == 0)
    return 1;
  if (mssecref_route(inc, MSSECREF_LANG_JA, MSSECREF_CUSTOMER_HOME, &c) < 0)
    return 1;
  if (std::strcmp(mssecref_contact_id(c), "report-unsafe-site") != 0)
    return 1;
  if (!mssecref_version_check(MSSECREF_VERSION_NUMBER))
    return 1;
  std::printf("C++: %s\n", mssecref_contact_url(c, MSSECREF_LANG_JA));
  return 0;
}
