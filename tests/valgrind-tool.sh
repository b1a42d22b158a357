#!/bin/sh
# valgrind-tool.sh TOOL: the tool's main commands under memcheck, with
# hostile arguments and CSV: zero errors, zero leaks, defined exit codes.
set -u
tool=$1
vg="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all"
fail=0
expect() { # expect STATUS ARGS...  (stdin from $input)
  want=$1
  shift
  printf '%s' "$input" | $vg "$tool" "$@" >/dev/null 2>"$tmp"
  got=$?
  if [ "$got" != "$want" ]; then
    echo "valgrind-tool.sh: mssecref $* -> $got, expected $want"
    cat "$tmp"
    fail=1
  fi
}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
input=""
expect 0 route phishing --lang ja --customer home
expect 0 route c2-server --format json
expect 0 lookup product-support --format csv
expect 0 list --format jsonl
expect 0 show report-abuse --lang ja
expect 0 incidents --format json
expect 0 export --format csv
expect 0 export --format json --columns key,url
expect 0 route phishing --url 'https://user@x.blob.core.windows.net:443/a'
expect 0 hosted login.microsoftonline.com
expect 1 hosted 'https://microsoft.com@evil.example/'
expect 2 hosted 'a..b'
expect 1 route phising
expect 2 route phishing --lang '%s%n'
expect 2 route
input=$(printf 'id,category,note\r\n1,phishing,"a, ""q""\nb"\r\n2,\033[31m,x\r\n3\r\n4,C2_SERVER,%%s%%n\r\n')
expect 0 enrich --field category --lang ja
expect 1 enrich --field nope
input=$(printf 'category,url\nphishing,https://x.azurewebsites.net/\nspam,a..b\n')
expect 0 enrich --field category --url-field url
input=$(printf 'category\nphishing,"open')
expect 3 enrich --field category
input=$(printf '\357\273\277category, url\n\nphishing,x\n')
expect 0 enrich --field url --format csv
input=$(printf '{"a.b":"phishing","u":"https://x.blob.core.windows.net/"}\n{"a":{"b":["host","malware"]},"event":{}}\n{"mssecref":1,"a.b":"x"}\nnot json\n\n[1]\n{"a.b":"\\ud800"}\n')
expect 3 enrich --field a.b --url-field u --format jsonl
expect 3 enrich --field a.b --format mmexternal
input=""
# (text in another codeset loads a gconv module with dlopen, whose string
# reads memcheck reports inside ld.so; make sanitize runs it under ASan)
expect 0 export --format rsyslog
expect 0 export --format syslog-ng
[ $fail = 0 ] && echo "valgrind-tool.sh: 24 runs of the tool, no memcheck error, no leak"
exit $fail
