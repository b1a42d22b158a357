/*
 * fold.h - the case-folding rule of incident names and aliases, written
 * once: the library (lib/find.c, lib/names.c), the generator's folded
 * keys, the emitted msr_fold_table[] and the mssecref tool's suggestions
 * all use it.  It needs nothing but <stdint.h>.
 */
#ifndef MSSECREF_FOLD_H
#define MSSECREF_FOLD_H

#include <stdint.h>

/* Case-folding that makes "C2_Server", "c2 server" and "c2-server" alike:
 * A-Z to a-z, '_' and ' ' to '-', every other byte unchanged.  It is
 * written for a word of bytes at once, so that lib/find.c can compare a
 * name eight or sixteen bytes at a time; msr_fold() below is the same rule
 * on one byte.  Each byte is handled in its own lane: bytes are cut to 7
 * bits before the additions, so no carry crosses into the next byte, and
 * bytes from 0x80 up are left alone.  T is uint64_t, or (with GCC and
 * clang) a vector of them: the operators below mean the same on both. */
#define MSR_BYTES(c) (0x0101010101010101u * (uint64_t)(c))
/* The high bit of a lane of ((x & 0x7F) + 0x7F) | x is clear only where
 * that lane of x is zero, so `sep` gets 0x80 in the lanes of w that hold
 * '_' or ' '. */
#define MSR_DEFINE_FOLD(name, T)                                               \
  static inline T name(T w) {                                                  \
    T low = w & MSR_BYTES(0x7F);                                               \
    T upper = (low + MSR_BYTES(0x80 - 'A')) &    /* >= 'A' */                  \
              ~(low + MSR_BYTES(0x80 - 'Z' - 1)) /* <= 'Z' */                  \
              & ~w & MSR_BYTES(0x80);            /* below 0x80 */              \
    T u = w ^ MSR_BYTES('_'), s = w ^ MSR_BYTES(' ');                          \
    T sep = ~((((u & MSR_BYTES(0x7F)) + MSR_BYTES(0x7F)) | u) &                \
              (((s & MSR_BYTES(0x7F)) + MSR_BYTES(0x7F)) | s)) &               \
            MSR_BYTES(0x80);                                                   \
    T mask = (sep - (sep >> 7)) | sep; /* 0xFF where sep has 0x80 */           \
    return ((w | upper >> 2) & ~mask) | (MSR_BYTES('-') & mask);               \
  }

MSR_DEFINE_FOLD(msr_fold8, uint64_t)

static inline unsigned char msr_fold(unsigned char c) {
  return (unsigned char)msr_fold8(c);
}

#endif
