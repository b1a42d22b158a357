/* version.c - library version and status messages. */
#include "internal.h"

const char *mssecref_version(void) { return MSSECREF_VERSION_STRING; }

unsigned long mssecref_version_number(void) {
  return MSSECREF_VERSION_NUMBER;
}

int mssecref_version_check(unsigned long header_version) {
  return (header_version >> 16) == MSSECREF_VERSION_MAJOR &&
         header_version <= (unsigned long)MSSECREF_VERSION_NUMBER;
}

const char *mssecref_strerror(int status) {
  switch (status) {
  case MSSECREF_OK:
    return "success";
  case MSSECREF_ENULL:
    return "a required pointer argument is NULL";
  case MSSECREF_EINVAL:
    return "value out of range";
  case MSSECREF_EEMPTY:
    return "empty name";
  case MSSECREF_ETOOLONG:
    return "name longer than MSSECREF_NAME_MAX bytes";
  case MSSECREF_ENOTFOUND:
    return "unknown name";
  case MSSECREF_ESYNTAX:
    return "malformed name";
  case MSSECREF_ENOCONTACT:
    return "no contact serves that combination";
  case MSSECREF_EURL:
    return "malformed URL, host name or e-mail address";
  case MSSECREF_EIDN:
    return "non-ASCII host name (convert it to its xn-- form first)";
  case MSSECREF_EOUTOFSCOPE:
    return "known, no Microsoft contact";
  case MSSECREF_EVOCABULARY:
    return "unknown vocabulary qualifier";
  default:
    return "unknown status";
  }
}
