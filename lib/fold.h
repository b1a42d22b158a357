/*
 * fold.h - the case-folding rule of incident names and aliases, written
 * once: the library (lib/find.c, lib/names.c), the generator's folded
 * keys, the emitted msr_fold_table[] and the mssecref tool's suggestions
 * all use it.
 */
#ifndef MSSECREF_FOLD_H
#define MSSECREF_FOLD_H

/* Case-folding that makes "C2_Server", "c2 server" and "c2-server" alike:
 * A-Z to a-z, '_' and ' ' to '-', every other byte unchanged.  T is
 * unsigned char, or (with GCC and clang) a vector of them, which lib/find.c
 * uses to fold sixteen bytes at once: a comparison gives 1 for a byte and
 * all ones for each lane of a vector, and "& 1" makes both 1. */
#define MSR_DEFINE_FOLD(name, T)                                               \
  static inline T name(T c) {                                                  \
    T upper = (T)(((c >= 'A') & (c <= 'Z') & 1) << 5); /* 0x20 */              \
    T sep = (T)(0 - (((c == '_') | (c == ' ')) & 1));  /* all ones */          \
    return (T)(((c | upper) & ~sep) | ('-' & sep));                            \
  }

MSR_DEFINE_FOLD(msr_fold, unsigned char)

#endif
