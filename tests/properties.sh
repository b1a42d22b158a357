#!/bin/sh
# Facts about the built shared library, not timings:
# - no writable data of its own and no more dynamic relocations than an
#   empty library built with the same flags (the tables hold no pointers);
#   functions it imports from the C library cost one GOT slot each, which
#   is not counted, but it imports no data and needs no other library;
# - no constructors or destructors of its own, no TEXTREL;
# - hardened: GNU_RELRO, BIND_NOW, a non-executable stack.
# Usage: properties.sh LIBRARY EMPTY_LIBRARY
set -u
lib=$1 empty=$2
fail=0
bad() { echo "properties.sh: $*"; fail=1; }

# every relocation but the GOT slots of imported functions
imported_funcs() {
  readelf --dyn-syms -W "$1" |
    awk '$7 == "UND" && $4 == "FUNC" && $5 == "GLOBAL" { sub(/@.*/, "", $8); print $8 }'
}
relocs() {
  readelf -rW "$1" | grep '^[0-9a-f]\{16\} ' |
    awk -v f="$(imported_funcs "$1" | tr '\n' ' ')" '
      BEGIN { n = split(f, a, " "); for (i = 1; i <= n; i++) imp[a[i]] = 1 }
      { s = $5; sub(/@.*/, "", s) }
      !($3 ~ /_(JUMP_SLOT|GLOB_DAT)$/ && (s in imp)) { c++ }
      END { print c + 0 }'
}
section() { size -A "$1" | awk -v s="$2" '$1 == s { print $2; f = 1 } END { if (!f) print 0 }'; }

r_lib=$(relocs "$lib") r_empty=$(relocs "$empty")
[ "$r_lib" -le "$r_empty" ] ||
  bad "$r_lib dynamic relocations, an empty library has $r_empty:
$(readelf -rW "$lib")"

for s in .data .bss .data.rel.ro .data.rel.ro.local .tdata .tbss \
         .init_array .fini_array .ctors .dtors; do
  a=$(section "$lib" "$s") b=$(section "$empty" "$s")
  [ "$a" -le "$b" ] || bad "section $s: $a bytes, an empty library has $b"
done

readelf -dW "$lib" | grep -q TEXTREL && bad "TEXTREL: code needs relocating"
readelf -lW "$lib" | grep -q GNU_RELRO || bad "no GNU_RELRO segment"
readelf -dW "$lib" | grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' ||
  bad "not linked with BIND_NOW"
stack=$(readelf -lW "$lib" | awk '$1 == "GNU_STACK" { print $7 }')
[ "$stack" = RW ] || bad "stack is '$stack', not RW (non-executable)"
# what the library imports: C library functions (strnlen, ...) and the
# toolchain's weak hooks, no data and no other library
imports=$(imported_funcs "$lib" | tr '\n' ' ')
other=$(readelf --dyn-syms -W "$lib" |
  awk '$7 == "UND" && $8 != "" && $5 != "WEAK" && $4 != "FUNC" { print $8 }')
[ -z "$other" ] || bad "imports data, not functions: $other"
needed=$(readelf -dW "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' |
  grep -v '^libc\.so\.')
[ -z "$needed" ] || bad "needs libraries besides the C library: $needed"

[ $fail = 0 ] && echo "properties.sh: $r_lib relocations (empty library: $r_empty), no writable data or constructors of its own, imports only C library functions (${imports% }), RELRO + BIND_NOW + NX stack"
exit $fail
