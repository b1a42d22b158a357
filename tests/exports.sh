#!/bin/sh
# The shared library exports exactly the functions of the version script,
# each declared in the header, and nothing else.
set -eu
lib=$1 map=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$lib" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' |
  sort > "$tmp/exported"
sed -n 's/^ *\(mssecref_[a-z0-9_]*\);$/\1/p' "$map" | sort > "$tmp/mapped"
tr '\n' ' ' < include/mssecref.h | grep -o 'MSSECREF_API[^;(]*(' |
  grep -o 'mssecref_[a-z0-9_]*(' | tr -d '(' | sort > "$tmp/declared"

fail=0
if ! cmp -s "$tmp/exported" "$tmp/mapped"; then
  echo "exports.sh: nm -D differs from $map (< exported, > version script):"
  diff "$tmp/exported" "$tmp/mapped" || true
  fail=1
fi
if ! cmp -s "$tmp/declared" "$tmp/mapped"; then
  echo "exports.sh: header declarations differ from $map (< header):"
  diff "$tmp/declared" "$tmp/mapped" || true
  fail=1
fi
if nm -D --defined-only "$lib" | awk '$2 != "A"' | grep -v ' mssecref_' ; then
  echo "exports.sh: symbols above lack the mssecref_ prefix"
  fail=1
fi
# every export is bound to version node MSSECREF_1.0 (or a later node)
if objdump -T "$lib" | awk '/ DF \.text/ && $0 !~ /MSSECREF_1\./' | grep . ; then
  echo "exports.sh: functions above carry no MSSECREF_1.x version"
  fail=1
fi
[ $fail = 0 ] && echo "exports.sh: $(wc -l < "$tmp/exported") functions, all in $map and the header"
exit $fail
