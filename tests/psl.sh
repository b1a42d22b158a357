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

# A sub-block of Microsoft's section after a blank line, with a heading
# of its own but no "Name : URL" or "Submitted by": still Microsoft's.
sed 's|^azurewebsites\.us$|&\n\n// Microsoft Fabric\nnew.fabric.microsoft|' \
    "$snapshot" >"$tmp/sub.dat"
"$tool" diff "$tmp/sub.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q '^  + new.fabric.microsoft ' "$tmp/out" ||
  { cat "$tmp/out"; fail "an entry in a sub-block of Microsoft's section is missed (exit $rc)"; }
$make_cmd -s psl-diff PSL="$tmp/sub.dat" >/dev/null 2>&1 &&
  fail "make psl-diff passed with an entry in a Microsoft sub-block"

# The next section ("Name : URL", or a heading then "Submitted by") ends
# Microsoft's: its entries are not Microsoft's.
sed 's|^azurewebsites\.us$|&\n\n// Example Hosting\n// Submitted by A. Person <a@example.com>\nexample-hosting.net|' \
    "$snapshot" >"$tmp/next.dat"
"$tool" diff "$tmp/next.dat" lib/catalogue.txt >"$tmp/out" 2>&1 ||
  { cat "$tmp/out"; fail "the next section's entry was taken as Microsoft's"; }

# Amazon's layout: sub-sections with "Submitted by" until "// concludes".
sed -e 's|^// Managed by Corporate Domains$|&\n// Subsections of Microsoft will appear until "concludes" tag|' \
    -e 's|^azurewebsites\.us$|&\n\n// Microsoft Fabric\n// Submitted by Someone <x@microsoft.com>\nnew.fabric.microsoft\n// concludes Microsoft Corporation|' \
    "$snapshot" >"$tmp/nested.dat"
"$tool" diff "$tmp/nested.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q '^  + new.fabric.microsoft ' "$tmp/out" &&
  grep -q '"Microsoft Corporation" (source psl-microsoft): 34 in the PSL' "$tmp/out" ||
  { cat "$tmp/out"; fail "a sub-section before '// concludes' is missed (exit $rc)"; }

# An internationalised entry the catalogue cannot hold: named with '!',
# not a difference (check-psl must not fail for good over it).
sed 's|^azurewebsites\.us$|&\nbücher.azure-example.net\nxn--bcher-kva.azure-example.net|' \
    "$snapshot" >"$tmp/idn.dat"
"$tool" diff "$tmp/idn.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 0 ] && grep -q '^  ! bücher.azure-example.net  (internationalised' "$tmp/out" &&
  grep -q '^  ! xn--bcher-kva.azure-example.net  (internationalised' "$tmp/out" &&
  grep -q '^psl-diff: 2 internationalised entries' "$tmp/out" ||
  { cat "$tmp/out"; fail "internationalised entries not reported apart (exit $rc)"; }

# A missing file: the program's name, the file and the reason; exit 2.
"$tool" diff "$tmp/none.dat" lib/catalogue.txt >"$tmp/out" 2>&1
rc=$?
[ $rc -eq 2 ] && grep -q "^mssecref-psl: $tmp/none.dat: No such file" "$tmp/out" ||
  { cat "$tmp/out"; fail "a missing PSL file gave exit $rc"; }

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
