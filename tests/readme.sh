#!/bin/sh
# readme.sh README BUILD CC: the README's C and Python examples (the code
# blocks after "<!-- check: c -->" and "<!-- check: python -->") are
# extracted, built and run, so they cannot rot.
set -eu
readme=$1 build=$2 cc=$3
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
extract() { # the fenced block after the marker
  awk -v m="<!-- check: $1 -->" '
    $0 == m { want = 1; next }
    want && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' "$readme"
}
extract c > "$d/example.c"
extract python > "$d/example.py"
[ -s "$d/example.c" ] && [ -s "$d/example.py" ] ||
  { echo "readme.sh: README lost its checked examples"; exit 1; }
$cc -std=c99 -Wall -Wextra -Werror -Iinclude -o "$d/example" "$d/example.c" \
  -L"$build" -lmssecref -Wl,-rpath,"$PWD/$build"
"$d/example" > "$d/c.out"
grep -q 'https://' "$d/c.out" || { echo "readme.sh: C example printed no URL"; exit 1; }
MSSECREF_LIBRARY="$PWD/$build/libmssecref.so.1" PYTHONPATH="$PWD/$build/python" \
  python3 "$d/example.py" > "$d/py.out"
grep -q 'https://' "$d/py.out" || { echo "readme.sh: Python example printed no URL"; exit 1; }
echo "readme.sh: README's C and Python examples build and run"
