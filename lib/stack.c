/* stack.c - the stack protector's failure hook, inside the library.
 * The parsers of lib/observable.c, lib/url.c and lib/idna.c keep their
 * working buffers on the stack (no allocation), so -fstack-protector-strong
 * guards them; the hook they call on a smashed stack is defined here,
 * hidden, so that the library still imports nothing from the C library.
 * It stops the process at once, as the C library's own does. */
#include "tables.h"

MSR_HIDDEN void __stack_chk_fail(void);

MSR_HIDDEN void __stack_chk_fail(void) { __builtin_trap(); }
