#!/bin/sh
# abi-check.sh REFERENCE LIBRARY MAP: fails on any incompatible change of
# the library's ABI against the recorded one, and on any change to a
# released version node of the map (new functions go into a new node).
set -u
ref=$1 lib=$2 map=$3
out=$(abidiff --headers-dir2 include "$ref" "$lib")
rc=$?
printf '%s\n' "$out"
fail=0
# exit bits: 1 error, 2 usage, 4 ABI change, 8 incompatible change
if [ $((rc & 11)) -ne 0 ]; then
  echo "abi-check: abidiff reports an incompatible change (exit $rc)"
  fail=1
fi
# bit 4 alone also covers changed functions (a return type, a parameter):
# only additions are compatible
if printf '%s\n' "$out" | grep -Eq 'changes summary: ([1-9][0-9]* Removed|[0-9]+ Removed, [1-9][0-9]* Changed)'; then
  echo "abi-check: functions or variables removed or changed"
  fail=1
fi
# every node recorded in the reference is frozen: same functions
for node in $(grep -o "version='MSSECREF_[0-9.]*'" "$ref" | sort -u | cut -d"'" -f2); do
  recorded=$(grep "version='$node'" "$ref" | grep -o "name='[a-z0-9_]*'" | cut -d"'" -f2 | sort)
  mapped=$(awk -v n="$node" '$1 == n { on = 1; next } on && /^}/ { on = 0 }
            on && /^ *mssecref_[a-z0-9_]*;/ { gsub(/[ ;]/, ""); print }' "$map" | sort)
  if [ "$recorded" != "$mapped" ]; then
    echo "abi-check: version node $node differs from the recorded ABI; add new functions in a new node"
    fail=1
  fi
done
[ $fail = 0 ] && echo "abi-check: compatible with $ref (abidiff exit $rc)"
exit $fail
