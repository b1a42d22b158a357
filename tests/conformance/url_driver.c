/* url_driver.c - feeds url_diff.js's inputs through the library in one
 * process: each stdin line is an input in hex (so tabs, newlines and any
 * byte survive), each stdout line "rc flags host" (host "-" on error).
 * With --suffixes, prints the Microsoft-managed suffixes instead. */
#include <stdio.h>
#include <string.h>

#include <mssecref.h>

static int unhex(int c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                : -1;
}

int main(int argc, char **argv) {
  static char line[16384], input[8192], host[2048];
  if (argc > 1 && strcmp(argv[1], "--suffixes") == 0) {
    size_t i;
    for (i = 0; i < mssecref_suffix_count(); i++) {
      const char *s = NULL;
      mssecref_suffix_at(i, &s);
      printf("%s\n", s);
    }
    return 0;
  }
  while (fgets(line, sizeof line, stdin) != NULL) {
    size_t i, n = 0;
    unsigned flags = 0;
    int rc;
    for (i = 0;
         unhex(line[i]) >= 0 && unhex(line[i + 1]) >= 0 && n + 1 < sizeof input;
         i += 2)
      input[n++] = (char)(unhex(line[i]) * 16 + unhex(line[i + 1]));
    input[n] = '\0';
    rc = mssecref_observable_host(input, MSSECREF_OBSERVABLE_URL, host,
                                  sizeof host, &flags);
    printf("%d %u %s\n", rc, flags,
           rc >= 0 ? (rc == 0 ? "(empty)" : host) : "-");
  }
  return 0;
}
