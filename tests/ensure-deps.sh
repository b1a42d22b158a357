#!/bin/sh
# ensure-deps.sh WHAT: makes sure a test dependency is present.  On Debian
# it installs the package when allowed (root or password-less sudo);
# otherwise it says in one line what to install.
#   check     what make check uses: Check, pkg-config, python3, valgrind,
#             groff and man (for the manual pages)
#   valgrind  valgrind (make valgrind)
#   abigail   abigail-tools: abidw, abidiff (make abi-check, make abi-dump)
#   fuzz      clang and its libFuzzer runtime (make fuzz)
#   syslog-ng syslog-ng with add-contextual-data (make check-pipelines)
#   curl      curl (make linkcheck, and its offline test in make check)
#   format    clang-format (make check-format)
#   node      Node.js and npm (make check-url-diff)
#   whatwg-url [DIR]  the npm packages pinned by tests/conformance/package.json
#             and its package-lock.json (whatwg-url, the URL Standard's
#             reference implementation, and tr46), installed with `npm ci`
#             into DIR (default build/npm) for make check-url-diff; DIR is
#             reinstalled when the lock file changes.  Needs the npm registry.
what=${1:-check}
case $what in
  check)    pkgs="check pkg-config python3 valgrind groff-base man-db"
            have() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists check &&
                     command -v python3 >/dev/null 2>&1 && command -v valgrind >/dev/null 2>&1 &&
                     command -v groff >/dev/null 2>&1 && command -v man >/dev/null 2>&1; } ;;
  valgrind) pkgs="valgrind"; have() { command -v valgrind >/dev/null 2>&1; } ;;
  abigail)  pkgs="abigail-tools"; have() { command -v abidiff >/dev/null 2>&1; } ;;
  fuzz)     pkgs="clang libclang-rt-14-dev"
            have() { printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)n * 0; }\n' |
                       ${FUZZ_CC:-clang} -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; } ;;
  syslog-ng) pkgs="syslog-ng-core syslog-ng-mod-add-contextual-data"
            have() { command -v syslog-ng >/dev/null 2>&1 &&
                     ls /usr/lib/syslog-ng/*/libadd-contextual-data.so >/dev/null 2>&1; } ;;
  curl)     pkgs="curl"; have() { command -v curl >/dev/null 2>&1; } ;;
  format)   pkgs="clang-format"; have() { command -v clang-format >/dev/null 2>&1; } ;;
  node)     pkgs="nodejs npm"
            have() { command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; } ;;
  whatwg-url)
    # Not a Debian package: npm installs exactly what the lock file names,
    # never into the source tree (node_modules is not committed).  The copy
    # of the lock beside node_modules records what was installed.
    dir=${2:-build/npm}
    src=$(dirname "$0")/conformance
    if [ -f "$dir/node_modules/whatwg-url/package.json" ] &&
       cmp -s "$src/package-lock.json" "$dir/installed-lock.json"; then
      exit 0
    fi
    sh "$0" node || exit 1
    mkdir -p "$dir" && rm -rf "$dir/node_modules" "$dir/installed-lock.json" &&
      cp "$src/package.json" "$src/package-lock.json" "$dir/" || exit 1
    echo "installing whatwg-url into $dir with npm ci" >&2
    # a registry that drops one connection should not fail CI: three tries
    for try in 1 2 3; do
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && break
      [ "$try" = 3 ] &&
        { echo "npm ci in $dir failed: make check-url-diff needs the npm registry" >&2; exit 1; }
      echo "npm ci failed (try $try of 3); trying again" >&2; sleep 5
    done
    cp "$src/package-lock.json" "$dir/installed-lock.json" && exit 0
    exit 1 ;;
  *) echo "ensure-deps.sh: unknown dependency '$what'" >&2; exit 2 ;;
esac
have && exit 0

if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "this target needs $pkgs: run 'apt-get install $pkgs' as root" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "this target needs $pkgs (Debian package names); install them with your package manager" >&2
  exit 1
fi
echo "installing $pkgs with apt-get" >&2
{ $sudo apt-get update -q >/dev/null 2>&1 || true; } &&
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $pkgs >/dev/null ||
  { echo "apt-get install $pkgs failed" >&2; exit 1; }
have || { echo "$pkgs installed, but still not usable" >&2; exit 1; }
