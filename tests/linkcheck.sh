#!/bin/sh
# linkcheck.sh - `make linkcheck` offline: lib/gen/linkcheck.sh against a
# server of our own on 127.0.0.1 (tests/linkserver.py), started here and
# stopped by its PID.  usage: linkcheck.sh SCRIPT CATALOGUE
set -u
script=$1 catalogue=$2
dir=$(mktemp -d /tmp/mssecref-linkcheck-XXXXXX)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() { echo "linkcheck test: $*" >&2; exit 1; }

python3 tests/linkserver.py "$dir/port" "$dir/requests" &
pid=$!
i=0
while [ ! -s "$dir/port" ]; do
  i=$((i + 1))
  [ $i -le 100 ] || fail "server did not start"
  kill -0 "$pid" 2>/dev/null || fail "server exited"
  sleep 0.1
done
base=http://127.0.0.1:$(cat "$dir/port")
export NO_PROXY=127.0.0.1 no_proxy=127.0.0.1

# A live page, a redirect chain and a 404: each reported, exit 1.
printf '%s/live\n%s/chain/1\n%s/gone\n' "$base" "$base" "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out"
rc=$?
[ $rc -eq 1 ] || fail "live+moved+dead: exit $rc, expected 1"
grep -qx "200 ok $base/live  (list, current)" "$dir/out" ||
  fail "live page not reported ok: $(cat "$dir/out")"
grep -qx "200 moved $base/chain/1 -> $base/live  (list, current)" "$dir/out" ||
  fail "redirect chain not reported moved to its end: $(cat "$dir/out")"
grep -qx "404 dead $base/gone  (list, current)" "$dir/out" ||
  fail "404 not reported dead: $(cat "$dir/out")"
grep -qx "linkcheck: 3 URLs: 1 ok, 1 moved (0 informational), 1 dead, 0 unreachable" \
  "$dir/out" || fail "summary wrong: $(cat "$dir/out")"

# Moved alone fails; a live page alone passes, and so does a bare host
# (curl asks for "/": the same address, not a move).
printf '%s/chain/1\n' "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out"
[ $? -eq 1 ] || fail "a moved URL must exit 1"
printf '%s/live\n%s\n' "$base" "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" ||
  fail "a live URL and a bare host must exit 0: $(cat "$dir/out")"
grep -qx "200 ok $base  (list, current)" "$dir/out" ||
  fail "a bare host not reported ok at its own address: $(cat "$dir/out")"

# Each way a URL can lead nowhere is dead, exit 1, whatever the status
# code of the last answer: a redirect loop (curl exit 47), a 3xx without a
# Location, a redirect to a 404, a redirect to an address with no server
# (curl's reason shown, not "moved").
for case in "loop|^302 dead $base/loop  (list, current) curl: (47) " \
            "noloc|^301 dead $base/noloc  (list, current) a 301 redirect without a Location$" \
            "to-gone|^404 dead $base/to-gone -> $base/gone  (list, current)$" \
            "to-nowhere|^302 dead $base/to-nowhere -> http://127.0.0.1:1/nowhere  (list, current) curl: (7) "; do
  path=${case%%|*} want=${case#*|}
  printf '%s/%s\n' "$base" "$path" > "$dir/list"
  sh "$script" --urls "$dir/list" > "$dir/out"
  rc=$?
  [ $rc -eq 1 ] || fail "/$path: exit $rc, expected 1: $(cat "$dir/out")"
  grep -q "$want" "$dir/out" || fail "/$path: no line '$want' in: $(cat "$dir/out")"
  grep -q "^[0-9]* \(ok\|moved\) " "$dir/out" && fail "/$path counted live: $(cat "$dir/out")"
done

# Globs are characters of the URL: one request each, for that path.
printf '%s/live{a,b}\n%s/x[1-3]\n' "$base" "$base" > "$dir/list"
: > "$dir/requests"
sh "$script" --urls "$dir/list" > "$dir/out" ||
  fail "URLs with braces and brackets: $(cat "$dir/out")"
[ "$(wc -l < "$dir/requests")" -eq 2 ] ||
  fail "curl expanded a glob: $(cat "$dir/requests")"
grep -qx '/live{a,b}' "$dir/requests" || fail "braces not sent as they are"

# Kinds: a published URL may move (informational) but not be gone; a
# replaced one is reported and never fails; a short link may redirect but
# not be gone.
tab=$(printf '\t')
printf '%s/chain/1\tpublished\tp\n%s/gone\treplaced\tr\n%s/chain/1\tshortlink\ts\n' \
  "$base" "$base" "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" ||
  fail "published or redirecting short links must not fail: $(cat "$dir/out")"
grep -qx "200 moved $base/chain/1 -> $base/live  (p, published; informational)" \
  "$dir/out" || fail "a published move not informational: $(cat "$dir/out")"
grep -qx "404 dead $base/gone  (r, replaced; informational)" "$dir/out" ||
  fail "a replaced URL not reported: $(cat "$dir/out")"
for kind in published shortlink; do
  printf '%s/gone\t%s\tx\n' "$base" "$kind" > "$dir/list"
  sh "$script" --urls "$dir/list" > "$dir/out"
  [ $? -eq 1 ] || fail "a dead $kind URL must exit 1"
done

# The whole catalogue through --base: every URL-valued field is requested,
# once per distinct URL, with its kind.
sh "$script" --list "$catalogue" > "$dir/urls" || fail "--list failed"
expected=$(grep -E '^(url|url-2020|url-ja|url-en|successor|successor-ja|successor-en|source|series) = https://' \
             "$catalogue" | sed 's/^[^=]*= //' | sort -u | wc -l)
[ "$(wc -l < "$dir/urls")" -eq "$expected" ] ||
  fail "--list gives $(wc -l < "$dir/urls") URLs, the catalogue has $expected"
for want in "https://www.microsoft.com/concern/scam${tab}current${tab}" \
            "https://www.microsoft.com/ja-jp/concern/scam?rtc=1${tab}published${tab}" \
            "https://msrc.microsoft.com/create-report${tab}replaced${tab}" \
            "https://msrc-blog.microsoft.com/2020/03/02/secmonth2020-5/${tab}published${tab}" \
            "https://www.microsoft.com/ja-jp/services/support.aspx${tab}published${tab}" \
            "https://www.microsoft.com/ja-jp/microsoft-unified${tab}current${tab}" \
            "https://aka.ms/secmonth2020${tab}shortlink${tab}"; do
  grep -qF "$want" "$dir/urls" || fail "--list misses '$want'"
done
: > "$dir/requests"
sh "$script" --base "$base" "$catalogue" > "$dir/out" ||
  fail "catalogue on a live mirror must exit 0: $(cat "$dir/out")"
[ "$(wc -l < "$dir/requests")" -eq "$expected" ] ||
  fail "$(wc -l < "$dir/requests") requests for $expected URLs"
grep -qx "/www.microsoft.com/concern/scam" "$dir/requests" ||
  fail "the mirror did not get /www.microsoft.com/concern/scam"

# No server at all: unreachable, with curl's reason; when nothing at all
# can be reached, "no network" and exit 3 rather than a list of dead URLs.
printf 'http://127.0.0.1:1/\nhttp://127.0.0.1:1/b\n' > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" 2> "$dir/err"
rc=$?
[ $rc -eq 3 ] || fail "nothing reachable: exit $rc, expected 3"
grep -q "^000 unreachable http://127.0.0.1:1/  (list, current) curl: (7) " "$dir/out" ||
  fail "unreachable URL not reported with curl's reason: $(cat "$dir/out")"
grep -q "no network? none of the 2 URLs could be reached" "$dir/err" ||
  fail "no 'no network' message: $(cat "$dir/err")"
printf '%s/live\nhttp://127.0.0.1:1/\n' "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" 2> "$dir/err"
rc=$?
[ $rc -eq 1 ] || fail "one unreachable URL among live ones: exit $rc, expected 1"
[ -s "$dir/err" ] && fail "'no network' with a reachable URL: $(cat "$dir/err")"

# Usage errors.
sh "$script" --bogus > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown option must exit 2"
sh "$script" --urls "$dir/none" > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unreadable list must exit 2"
echo "linkcheck test: passed ($expected catalogue URLs)"
