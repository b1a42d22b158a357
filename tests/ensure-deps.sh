#!/bin/sh
# Makes sure the test dependencies are present: Check (the test framework)
# and pkg-config.  On Debian, installs them when allowed (root or
# password-less sudo); otherwise says in one line what to install.
have() { pkg-config --exists check 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 && have && exit 0

pkgs="check pkg-config"
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "make check needs Check and pkg-config: run 'apt-get install $pkgs' as root" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "make check needs Check and pkg-config (Debian packages: $pkgs); install them with your package manager" >&2
  exit 1
fi
echo "make check: installing $pkgs with apt-get" >&2
$sudo apt-get update -q >/dev/null &&
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $pkgs >/dev/null ||
  { echo "make check: apt-get install $pkgs failed" >&2; exit 1; }
have || { echo "make check: Check still not found by pkg-config" >&2; exit 1; }
