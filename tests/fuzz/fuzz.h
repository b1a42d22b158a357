/* fuzz.h - shared by the fuzz harnesses: each defines
 * LLVMFuzzerTestOneInput(); libFuzzer drives it under `make fuzz`, and
 * replay.c feeds it the committed corpus under `make check`. */
#ifndef MSSECREF_FUZZ_H
#define MSSECREF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a NUL-terminated string in memory of its own, so that a
 * read past the end is caught by the sanitizers.  Freed by the caller. */
static inline char *fuzz_string(const uint8_t *data, size_t size) {
  char *s = malloc(size + 1);
  if (s == NULL)
    abort();
  memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

/* A property that must hold for every input; abort() makes the fuzzer and
 * the replay report it like a crash. */
#define FUZZ_ASSERT(cond)                                                      \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

#endif
