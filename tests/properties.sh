#!/bin/sh
# Facts about the built shared library, not timings:
# - no writable data of its own and no more dynamic relocations than an
#   empty library built with the same flags (the tables hold no pointers);
# - no constructors or destructors of its own, no TEXTREL;
# - hardened: GNU_RELRO, BIND_NOW, a non-executable stack.
# Usage: properties.sh LIBRARY EMPTY_LIBRARY
set -u
lib=$1 empty=$2
fail=0
bad() { echo "properties.sh: $*"; fail=1; }

relocs() { readelf -rW "$1" | grep -c '^[0-9a-f]\{16\} '; }
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
# what the library imports: nothing but the toolchain's weak hooks
imports=$(nm -D --undefined-only "$lib" | awk '$1 != "w" { print $2 }')
[ -z "$imports" ] || bad "imports symbols: $imports"

[ $fail = 0 ] && echo "properties.sh: $r_lib relocations (empty library: $r_empty), no writable data or constructors of its own, no imports, RELRO + BIND_NOW + NX stack"
exit $fail
