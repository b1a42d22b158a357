#!/bin/sh
# fetch-rsyslog.sh DIR: rsyslog from Debian, unpacked into DIR (not
# installed: the rsyslog and syslog-ng packages conflict).  Prints the
# rsyslogd path.  Reuses an earlier unpacking.
set -eu
dir=$1
rsyslogd=$dir/root/usr/sbin/rsyslogd
libs=$dir/root/usr/lib/x86_64-linux-gnu
if [ ! -x "$rsyslogd" ]; then
  command -v apt-get >/dev/null 2>&1 ||
    { echo "fetch-rsyslog.sh: needs apt-get (Debian) to fetch rsyslog" >&2; exit 1; }
  mkdir -p "$dir/deb" "$dir/root"
  get() { (cd "$dir/deb" && apt-get download "$@" >/dev/null 2>&1); }
  if ! get rsyslog libestr0 libfastjson4; then
    # an empty package list on a fresh machine: refresh it, then retry
    if [ "$(id -u)" = 0 ]; then apt-get update -q >/dev/null 2>&1 || true
    elif sudo -n true 2>/dev/null; then sudo -n apt-get update -q >/dev/null 2>&1 || true; fi
    get rsyslog libestr0 libfastjson4 ||
      { echo "fetch-rsyslog.sh: apt-get download rsyslog failed" >&2; exit 1; }
  fi
  for deb in "$dir"/deb/*.deb; do dpkg -x "$deb" "$dir/root"; done
fi
missing=$(LD_LIBRARY_PATH=$libs ldd "$rsyslogd" | grep 'not found' || true)
[ -z "$missing" ] || { echo "fetch-rsyslog.sh: rsyslogd lacks: $missing" >&2; exit 1; }
echo "$rsyslogd"
