/* every_name.c - linked with a library built from a test catalogue
 * (tests/chain.sh): every alias, in three spellings, and every contact id
 * must be found, whatever the hash does with them.  Exit 0 when all are. */
#include <stdio.h>
#include <string.h>

#include <mssecref.h>

/* The alias as tools write it: form 1 upper case, form 2 '_' for '-'. */
static void spell(const char *name, int form, char *out, size_t cap) {
  size_t i;
  for (i = 0; name[i] != '\0' && i + 1 < cap; i++) {
    char c = name[i];
    if (form == 1 && c >= 'a' && c <= 'z')
      c = (char)(c - 32);
    if (form == 2 && c == '-')
      c = '_';
    out[i] = c;
  }
  out[i] = '\0';
}

int main(void) {
  size_t i, checked = 0;
  int form, bad = 0;
  for (i = 0; i < mssecref_alias_count(); i++) {
    const char *name;
    int first = mssecref_alias_at(i, &name, NULL, NULL);
    for (form = 0; form < 3; form++) {
      char s[300];
      spell(name, form, s, sizeof s);
      checked++;
      if (mssecref_incident_parse(s, NULL, NULL) != first) {
        fprintf(stderr, "every_name: alias '%s' not found\n", s);
        bad = 1;
      }
    }
  }
  for (i = 0; i < mssecref_contact_count(); i++) {
    const mssecref_contact *c = NULL;
    const char *id = mssecref_contact_id(mssecref_contact_at(i));
    checked++;
    if (mssecref_contact_by_id(id, &c) != 0 ||
        mssecref_contact_index(c) != (int)i) {
      fprintf(stderr, "every_name: id '%s' not found\n", id);
      bad = 1;
    }
  }
  if (mssecref_incident_parse("licence-abusee", NULL, NULL) !=
      MSSECREF_ENOTFOUND) {
    fprintf(stderr, "every_name: a longer name was found\n");
    bad = 1;
  }
  printf("every_name: %zu names checked\n", checked);
  return bad;
}
