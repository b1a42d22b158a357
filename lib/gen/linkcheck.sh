#!/bin/sh
# linkcheck.sh - for maintainers: requests every URL of the catalogue,
# follows redirects, and prints per URL the status, the final address and
# whether it differs from the catalogue.  Needs curl and the network; not
# part of `make check` (tests/linkcheck.sh runs it against a local server).
#
# usage: linkcheck.sh [--list] [--base URL] [--urls FILE] [CATALOGUE]
#   CATALOGUE    default lib/catalogue.txt
#   --urls FILE  check these URLs instead: one per line, optionally
#                followed by a tab, a kind and a tab and where it is from
#   --base URL   request https://HOST/PATH as URL/HOST/PATH (a mirror or a
#                test server)
#   --list       print the URLs and their kinds, request nothing
#
# Kinds: "current" (url, url-ja, url-en, successors, the catalogue's
# source): dead or moved fails; "published" (a url-2020 the record already
# replaces with a confirmed url): reported, never fails; "shortlink" (an
# aka.ms address, which always redirects): only dead fails.
# Output, one line per URL:  STATUS VERDICT URL [-> FINAL]  (WHERE)
# Exit status: 0 all current URLs live at their own address, 1 a URL dead
# or moved, 2 usage error or no curl.
set -u

list=0 base= urls= catalogue=lib/catalogue.txt
while [ $# -gt 0 ]; do
  case $1 in
  --list) list=1 ;;
  --base) [ $# -ge 2 ] || { echo "linkcheck: --base needs a URL" >&2; exit 2; }
          base=${2%/}; shift ;;
  --urls) [ $# -ge 2 ] || { echo "linkcheck: --urls needs a file" >&2; exit 2; }
          urls=$2; shift ;;
  -*) echo "linkcheck: unknown option '$1'" >&2; exit 2 ;;
  *) catalogue=$1 ;;
  esac
  shift
done

# Every URL-valued field, one line per distinct URL: URL TAB KIND TAB WHERE.
# A URL listed twice keeps the strictest kind (current before shortlink
# before published).
extract() {
  awk '
    function flush(   k) {
      for (k in val) {
        kind = "current"
        if (k == "url-2020" && ("url" in val) && val["url"] != val[k])
          kind = "published"
        if (val[k] ~ /^https:\/\/aka\.ms\//)
          kind = "shortlink"
        add(val[k], kind, rec " " k)
      }
      delete val
    }
    function rank(k) { return k == "current" ? 3 : k == "shortlink" ? 2 : 1 }
    function add(u, kind, where) {
      if (!(u in seen)) { order[++n] = u; seen[u] = kind; from[u] = where }
      else if (rank(kind) > rank(seen[u])) { seen[u] = kind; from[u] = where }
    }
    /^[ \t]*#/ { next }
    /^\[/ { flush(); rec = $0; next }
    {
      eq = index($0, "=")
      if (eq == 0) next
      key = $0; sub(/[ \t]*=.*/, "", key); sub(/^[ \t]*/, "", key)
      v = substr($0, eq + 1); sub(/^[ \t]*/, "", v); sub(/[ \t]*$/, "", v)
      if (key ~ /^(url|url-2020|url-ja|url-en|successor|successor-ja|successor-en|source|series)$/ &&
          v ~ /^https:\/\/[^ ]*$/)
        val[key] = v
    }
    END {
      flush()
      for (i = 1; i <= n; i++) printf "%s\t%s\t%s\n", order[i], seen[order[i]], from[order[i]]
    }' "$1"
}

if [ -n "$urls" ]; then
  [ -r "$urls" ] || { echo "linkcheck: cannot read '$urls'" >&2; exit 2; }
  input=$(grep -v '^[[:space:]]*\(#\|$\)' "$urls")
else
  [ -r "$catalogue" ] || { echo "linkcheck: cannot read '$catalogue'" >&2; exit 2; }
  input=$(extract "$catalogue")
fi

if [ "$list" = 1 ]; then
  printf '%s\n' "$input"
  exit 0
fi
command -v curl >/dev/null 2>&1 ||
  { echo "linkcheck: needs curl" >&2; exit 2; }

tab=$(printf '\t')
errfile=$(mktemp "${TMPDIR:-/tmp}/linkcheck-XXXXXX") || exit 2
trap 'rm -f "$errfile"' EXIT
total=0 ok=0 moved=0 dead=0 failed=0
while IFS="$tab" read -r url kind where; do
  [ -n "$url" ] || continue
  kind=${kind:-current}
  if [ -n "$base" ]; then
    url=$base/${url#*://}
  fi
  total=$((total + 1))
  got=$(curl -sS -L --max-redirs 10 --connect-timeout 10 --max-time 30 \
             -o /dev/null -w '%{http_code} %{url_effective}' "$url" \
             2>"$errfile")
  status=${got%% *} final=${got#* }
  [ -n "$status" ] || status=000
  why=$(head -n 1 "$errfile")
  if [ "$status" -lt 200 ] || [ "$status" -ge 400 ]; then
    verdict=dead dead=$((dead + 1))
    [ "$kind" = published ] || failed=1
  elif [ "$final" != "$url" ]; then
    verdict=moved moved=$((moved + 1))
    [ "$kind" = current ] && failed=1
  else
    verdict=ok ok=$((ok + 1))
  fi
  if [ "$verdict" = moved ]; then
    printf '%s %s %s -> %s  (%s%s)\n' "$status" "$verdict" "$url" "$final" \
      "${where:-list}" "${kind:+, $kind}"
  else
    printf '%s %s %s  (%s%s)%s\n' "$status" "$verdict" "$url" \
      "${where:-list}" "${kind:+, $kind}" "${why:+ $why}"
  fi
done <<INPUT
$input
INPUT
echo "linkcheck: $total URLs: $ok ok, $moved moved, $dead dead"
exit $failed
