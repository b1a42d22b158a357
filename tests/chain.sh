#!/bin/sh
# chain.sh - a catalogue whose aliases no two hashed positions can tell
# apart (three spelling pairs that differ at three different positions,
# plus the catalogue's own unauthorised/unauthorized pair) still builds, its
# tables chain the keys that hash alike, and a library built from it finds
# every alias and id, with and without GCC's vector extensions.
# Usage: chain.sh GENERATOR CC OUTDIR LIBRARY-SOURCES...
set -eu
gen=$1 cc=$2 out=$3
shift 3
mkdir -p "$out"
sed '/^\[aliases\]$/a\
licence-abuse = cloud-abuse | common\
license-abuse = cloud-abuse | common\
defence-evasion = malware-sample | common\
defense-evasion = malware-sample | common\
organisation-compromise = cloud-abuse | common\
organization-compromise = cloud-abuse | common' lib/catalogue.txt >"$out/catalogue.txt"
grep -q '^defense-evasion = ' "$out/catalogue.txt"
"$gen" "$out/catalogue.txt" "$out/tables.c"

# A slot's .next is its chain link: at least one must be set, or this test
# does not reach the chained path.
if ! grep -Eq '\.next = [1-9][0-9]* \}' "$out/tables.c"; then
  echo "chain.sh: no chained slot in $out/tables.c" >&2
  exit 1
fi

for variant in vector portable; do
  flags=
  [ "$variant" = portable ] && flags=-DMSR_NO_VECTOR
  # shellcheck disable=SC2086
  "$cc" -std=c99 -O2 -Wall -Werror $flags -Iinclude -Ilib -I"$out" \
    -o "$out/every_name-$variant" tests/every_name.c "$@" "$out/tables.c"
  "$out/every_name-$variant"
done
echo "chain.sh: chained keys found with and without vector extensions"
