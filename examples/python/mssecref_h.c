/* mssecref_h: include/mssecref.h's integer constants as a Python module,
 * _mssecref_h.py, which the ctypes binding imports instead of copying them.
 *
 * The names come from the header through constants.inc, which the Makefile
 * extracts with sed (every object-like #define with a number and every
 * enumerator); the values come from the compiler, so the header stays the
 * one source of both and a constant the header adds reaches Python with
 * the next build. */
#include <stdio.h>

#include "mssecref.h"

static void emit(const char *name, long value) {
  printf("%s = %ld\n", name, value);
}

int main(void) {
  puts("\"\"\"include/mssecref.h's integer constants, written by the build "
       "(examples/python/mssecref_h.c).  Do not edit.\"\"\"");
  puts("");
#define C(name) emit(#name, (long)(name));
#include "constants.inc"
#undef C
  /* The header's one function-like macro that Python needs. */
  puts("");
  puts("");
  puts("def MSSECREF_HOST_KIND(flags):");
  printf("    return (flags >> MSSECREF_HOST_KIND_SHIFT) & %u\n",
         MSSECREF_HOST_KIND(~0u));
  return fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
}
