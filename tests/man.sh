#!/bin/sh
# man.sh LIB.3 TOOL.1 MAP VERSION: both pages render without a warning
# (groff -ww, man -l), carry VERSION (include/mssecref.h's) in their .TH
# line, libmssecref(3) names every exported function and mssecref(1) every
# command.
set -u
lib3=$1 tool1=$2 map=$3 version=$4
fail=0
for page in "$lib3" "$tool1"; do
  grep -q "^\.TH .* \"libmssecref $version\" " "$page" ||
    { echo "man.sh: $page: .TH does not say libmssecref $version"; fail=1; }
done
for page in "$lib3" "$tool1"; do
  warn=$(groff -ww -man -Tutf8 -z "$page" 2>&1)
  [ -z "$warn" ] || { echo "man.sh: groff warns on $page:"; echo "$warn"; fail=1; }
  warn=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warn" ] || { echo "man.sh: man -l warns on $page:"; echo "$warn"; fail=1; }
done
rendered=$(MANWIDTH=200 man -l "$lib3" 2>/dev/null)
for f in $(sed -n 's/^ *\(mssecref_[a-z0-9_]*\);$/\1/p' "$map"); do
  printf '%s\n' "$rendered" | grep -q "$f" ||
    { echo "man.sh: $lib3 does not document $f"; fail=1; }
done
rendered=$(MANWIDTH=200 man -l "$tool1" 2>/dev/null)
for c in route lookup list show incidents export enrich hosted suffixes; do
  printf '%s\n' "$rendered" | grep -q "mssecref $c" ||
    { echo "man.sh: $tool1 does not document '$c'"; fail=1; }
done
[ $fail = 0 ] && echo "man.sh: both pages render cleanly and cover every function and command"
exit $fail
