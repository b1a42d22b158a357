#!/bin/sh
# The README's example program answers the quick-start question and fails
# the documented way.
set -u
route=$1
fail=0
expect() { # expect STATUS PATTERN ARGS...
  status=$1 pattern=$2
  shift 2
  out=$("$route" "$@" 2>&1)
  rc=$?
  if [ "$rc" != "$status" ] || ! printf '%s\n' "$out" | grep -q -- "$pattern"; then
    echo "examples.sh: route $* -> exit $rc, expected $status and /$pattern/:"
    printf '%s\n' "$out"
    fail=1
  fi
}
expect 0 'report-unsafe-site' phishing ja home
expect 0 '安全ではないウェブサイトの報告' phishing ja home
expect 0 'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site' phishing ja home
expect 0 'ambiguous' phishing ja home
expect 0 'https://msrc.microsoft.com/report/abuse' C2_SERVER en enterprise
expect 0 'work-account' malware-sample en_US.UTF-8 enterprise
expect 0 'not Japanese or English' vulnerability de-DE home
expect 1 'unknown name' phish ja home
expect 2 'malformed name' phishing 'ja JP' home
expect 2 'unknown name' phishing ja robot
expect 2 'usage' 
[ $fail = 0 ] && echo "examples.sh: route example answers as documented"
exit $fail
