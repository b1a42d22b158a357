#!/bin/sh
# psl.sh MAKE TOOL - `make psl-diff` against the PSL snapshot the catalogue
# records ([psl] version): they must match.  Then against changed copies:
# an entry the PSL adds and one it drops must be named and make must fail
# (the tool under it, mssecref-psl diff, exits 1); a file that is not a
# PSL is an error (the tool exits 2).
set -u
make_cmd=$1
tool=$2
version=$(sed -n 's/^version = //p' lib/catalogue.txt | head -n 1)
snapshot=lib/psl/public_suffix_list-$version.dat
tmp=$(mktemp -d /tmp/mssecref-psl-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "psl.sh: $*"; exit 1; }

[ -f "$snapshot" ] || fail "the catalogue records PSL $version but $snapshot is missing"
[ "$(ls lib/psl/public_suffix_list-*.dat | wc -l)" -eq 1 ] ||
  fail "lib/psl/ must hold exactly one snapshot"

$make_cmd -s psl-diff PSL="$snapshot" >"$tmp/out" 2>&1 ||
  { cat "$tmp/out"; fail "the catalogue does not match its own snapshot"; }
grep -q '^private section "Microsoft Corporation" (source psl-microsoft): 33 in the PSL, 33 in the catalogue$' "$tmp/out" ||
  { cat "$tmp/out"; fail "the Microsoft section was not compared"; }

# The PSL adds an entry to Microsoft's section and drops one.
sed -e 's/^azurewebsites\.us$/azurewebsites.us\nnewservice.azure-example.net/' \
    -e '/^cloudapp\.net$/d' "$snapshot" >"$tmp/changed.dat"
$make_cmd -s psl-diff PSL="$tmp/changed.dat" >"$tmp/out" 2>&1 &&
  { cat "$tmp/out"; fail "make psl-diff passed on a changed PSL"; }
"$tool" diff "$tmp/changed.dat" lib/catalogue.txt >/dev/null 2>&1
rc=$?
[ $rc -eq 1 ] || fail "a changed PSL gave exit $rc, not 1"
grep -q '^  + newservice.azure-example.net ' "$tmp/out" ||
  { cat "$tmp/out"; fail "the added entry is not named"; }
grep -q '^  - cloudapp.net ' "$tmp/out" ||
  { cat "$tmp/out"; fail "the dropped entry is not named"; }

# A Microsoft TLD the PSL adds (ICANN section, registry Microsoft).
sed 's|^// azure : Microsoft Corporation$|// msn : Microsoft Corporation\nmsn\n\n&|' \
    "$snapshot" >"$tmp/tld.dat"
"$tool" diff "$tmp/tld.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q '^  + msn ' "$tmp/out" ||
  { cat "$tmp/out"; fail "a new Microsoft TLD is not named (exit $rc)"; }

# Not a PSL file at all.
echo "example.com" >"$tmp/not.dat"
"$tool" diff "$tmp/not.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 2 ] && grep -q 'not a Public Suffix List' "$tmp/out" ||
  { cat "$tmp/out"; fail "a file that is not a PSL gave exit $rc"; }
echo "psl.sh: the catalogue matches PSL $version; changes are reported"
