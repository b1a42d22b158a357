/* version.c - library version and status messages. */
#include "internal.h"

const char *mssecref_version(void) { return MSSECREF_VERSION_STRING; }

unsigned long mssecref_version_number(void) { return MSSECREF_VERSION_NUMBER; }

int mssecref_version_check(unsigned long header_version) {
  return (header_version >> 16) == MSSECREF_VERSION_MAJOR &&
         header_version <= (unsigned long)MSSECREF_VERSION_NUMBER;
}

/* One line per status, keyed by its name in the header, so adding a
 * status is one line here.  Fixed-width rows rather than pointers: the
 * loader has nothing to relocate. */
static const char messages[][64] = {
    [-MSSECREF_OK] = "success",
    [-MSSECREF_ENULL] = "a required pointer argument is NULL",
    [-MSSECREF_EINVAL] = "value out of range",
    [-MSSECREF_EEMPTY] = "empty name",
    [-MSSECREF_ETOOLONG] = "name longer than MSSECREF_NAME_MAX bytes",
    [-MSSECREF_ENOTFOUND] = "unknown name",
    [-MSSECREF_ESYNTAX] = "malformed name",
    [-MSSECREF_ENOCONTACT] = "no contact serves that combination",
    [-MSSECREF_EURL] = "malformed URL, host name or e-mail address",
    [-MSSECREF_EIDN] = "host name that IDNA (UTS #46) refuses, as browsers do",
    [-MSSECREF_EOUTOFSCOPE] = "known, no Microsoft contact",
    [-MSSECREF_EVOCABULARY] = "unknown vocabulary qualifier",
};

const char *mssecref_strerror(int status) {
  /* unsigned: a positive status wraps to a large index like INT_MIN's */
  unsigned i = 0u - (unsigned)status;
  if (i < sizeof messages / sizeof messages[0] && messages[i][0] != '\0')
    return messages[i];
  return "unknown status";
}
