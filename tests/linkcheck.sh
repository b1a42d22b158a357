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
grep -qx "linkcheck: 3 URLs: 1 ok, 1 moved, 1 dead" "$dir/out" ||
  fail "summary wrong: $(cat "$dir/out")"

# Moved alone fails; a live page alone passes.
printf '%s/chain/1\n' "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out"
[ $? -eq 1 ] || fail "a moved URL must exit 1"
printf '%s/live\n' "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" || fail "a live URL must exit 0"

# Kinds: a published URL that redirects or is gone never fails; a short
# link may redirect but not be gone.
tab=$(printf '\t')
printf '%s/chain/1\tpublished\tp\n%s/gone\tpublished\tp\n%s/chain/1\tshortlink\ts\n' \
  "$base" "$base" "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out" ||
  fail "published or redirecting short links must not fail: $(cat "$dir/out")"
printf '%s/gone\tshortlink\ts\n' "$base" > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out"
[ $? -eq 1 ] || fail "a dead short link must exit 1"

# The whole catalogue through --base: every URL-valued field is requested,
# once per distinct URL.
sh "$script" --list "$catalogue" > "$dir/urls" || fail "--list failed"
expected=$(grep -E '^(url|url-2020|url-ja|url-en|successor|successor-ja|successor-en|source|series) = https://' \
             "$catalogue" | sed 's/^[^=]*= //' | sort -u | wc -l)
[ "$(wc -l < "$dir/urls")" -eq "$expected" ] ||
  fail "--list gives $(wc -l < "$dir/urls") URLs, the catalogue has $expected"
grep -q "^https://www.microsoft.com/concern/scam${tab}current${tab}" "$dir/urls" ||
  fail "--list misses the tech-support-scam URL"
: > "$dir/requests"
sh "$script" --base "$base" "$catalogue" > "$dir/out" ||
  fail "catalogue on a live mirror must exit 0: $(cat "$dir/out")"
[ "$(wc -l < "$dir/requests")" -eq "$expected" ] ||
  fail "$(wc -l < "$dir/requests") requests for $expected URLs"
grep -qx "/www.microsoft.com/concern/scam" "$dir/requests" ||
  fail "the mirror did not get /www.microsoft.com/concern/scam"

# No server at all: dead, with curl's reason.
printf 'http://127.0.0.1:1/\n' > "$dir/list"
sh "$script" --urls "$dir/list" > "$dir/out"
[ $? -eq 1 ] || fail "an unreachable URL must exit 1"
grep -q "^000 dead http://127.0.0.1:1/  (list, current) curl: " "$dir/out" ||
  fail "unreachable URL not reported with curl's reason: $(cat "$dir/out")"

# Usage errors.
sh "$script" --bogus > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown option must exit 2"
sh "$script" --urls "$dir/none" > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unreadable list must exit 2"
echo "linkcheck test: passed ($expected catalogue URLs)"
