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
# Kinds (the second column of --list and of a --urls file):
#   current    url, url-ja, url-en, successor, successor-ja, successor-en
#              that the catalogue itself changed: dead or moved fails.
#   published  an address kept as the 2020 post published it (url-2020
#              still in use, a url-ja/url-en equal to it, the catalogue's
#              source): dead fails; a move is reported, informational.
#   replaced   a url-2020 the record replaces with a confirmed url: kept
#              for the record; reported, never fails.
#   shortlink  an aka.ms address, which always redirects: only dead fails.
# A URL listed under several kinds keeps the strictest (current, then
# shortlink, published, replaced).
#
# Verdicts: ok (2xx at its own address; a bare host's "/" is its own),
# moved (2xx at another address, shown after "->"), dead (4xx, 5xx, a 3xx
# without a Location, too many redirects, a redirect to an address that
# does not answer, any other curl failure: curl's reason is shown), and
# unreachable (no answer at all from the URL's host: no DNS, no
# connection, a timeout).  An unreachable URL fails like a dead one.
# Output, one line per URL:  STATUS VERDICT URL [-> FINAL]  (WHERE, KIND
# [; informational]) [curl: REASON]; then a summary line.
# Exit status: 0 nothing failed, 1 a URL failed, 2 usage error or no curl,
# 3 no URL could be reached at all (no network: nothing was checked).
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
        if (k == "url-2020")
          kind = ("url" in val) && val["url"] != val[k] ? "replaced" : "published"
        else if (k == "source" || (("url-2020" in val) && val[k] == val["url-2020"]))
          kind = "published"
        if (val[k] ~ /^https:\/\/aka\.ms\//)
          kind = "shortlink"
        add(val[k], kind, rec " " k)
      }
      delete val
    }
    function rank(k) {
      return k == "current" ? 4 : k == "shortlink" ? 3 : k == "published" ? 2 : 1
    }
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

# "https://host" and "https://host/" are one address (curl adds the "/").
own_form() {
  case $1 in
  *://*/*) printf '%s' "$1" ;;
  *://*\?*) printf '%s' "$1" | sed 's|\?|/?|' ;;
  *://*\#*) printf '%s' "$1" | sed 's|#|/#|' ;;
  *) printf '%s/' "$1" ;;
  esac
}

total=0 ok=0 moved=0 info=0 dead=0 unreachable=0 failed=0 reason=
while IFS="$tab" read -r url kind where; do
  [ -n "$url" ] || continue
  kind=${kind:-current}
  if [ -n "$base" ]; then
    url=$base/${url#*://}
  fi
  total=$((total + 1))
  # --globoff: "{a,b}" and "[1-3]" are characters of the URL, not globs.
  got=$(curl -sS -L --globoff --max-redirs 10 --connect-timeout 10 \
             --max-time 30 -o /dev/null \
             -w '%{http_code} %{num_redirects} %{url_effective}' \
             -- "$url" 2>"$errfile")
  rc=$?
  status=${got%% *} rest=${got#* }
  hops=${rest%% *} final=${rest#* }
  case $status in [0-9][0-9][0-9]) ;; *) status=000 ;; esac
  why=
  if [ $rc -ne 0 ]; then
    why=$(head -n 1 "$errfile")
    [ -n "$why" ] || why="curl: exit $rc"
    case $rc in
    5 | 6 | 7 | 28) [ "$status" = 000 ] && [ "$hops" = 0 ] &&
                      verdict=unreachable || verdict=dead ;;
    *) verdict=dead ;;
    esac
  else
    case $status in
    2??) if [ "$(own_form "$final")" = "$(own_form "$url")" ]; then
           verdict=ok
         else
           verdict=moved
         fi ;;
    3??) verdict=dead why="a $status redirect without a Location" ;;
    *) verdict=dead ;;
    esac
  fi
  note=
  case $verdict in
  ok) ok=$((ok + 1)) ;;
  moved) moved=$((moved + 1))
         if [ "$kind" = current ]; then failed=1
         else note="; informational" info=$((info + 1)); fi ;;
  dead | unreachable)
    if [ "$verdict" = dead ]; then dead=$((dead + 1))
    else unreachable=$((unreachable + 1)); [ -n "$reason" ] || reason=$why; fi
    if [ "$kind" = replaced ]; then note="; informational"
    else failed=1; fi ;;
  esac
  if [ "$verdict" = moved ] || { [ "$verdict" = dead ] && [ "$hops" != 0 ] &&
                                 [ -n "$final" ] && [ "$final" != "$url" ]; }; then
    printf '%s %s %s -> %s  (%s, %s%s)%s\n' "$status" "$verdict" "$url" \
      "$final" "${where:-list}" "$kind" "$note" "${why:+ $why}"
  else
    printf '%s %s %s  (%s, %s%s)%s\n' "$status" "$verdict" "$url" \
      "${where:-list}" "$kind" "$note" "${why:+ $why}"
  fi
done <<INPUT
$input
INPUT
echo "linkcheck: $total URLs: $ok ok, $moved moved ($info informational)," \
     "$dead dead, $unreachable unreachable"
if [ "$total" -gt 0 ] && [ "$unreachable" -eq "$total" ]; then
  echo "linkcheck: no network? none of the $total URLs could be reached" \
       "($reason); nothing was checked" >&2
  exit 3
fi
exit $failed
