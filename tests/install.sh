#!/bin/sh
# make install into a temporary DESTDIR, build a program against it with
# pkg-config (shared and static), run it, then make uninstall.
set -eu
make=${1:-make}
version=${2:?usage: install.sh MAKE VERSION}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
prefix=/opt/mssecref-test
lib=$d$prefix/lib

$make -s install DESTDIR="$d" PREFIX="$prefix" >/dev/null
pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
pydir=lib/python$pyver/dist-packages
for f in include/mssecref.h lib/libmssecref.so.$version lib/libmssecref.a \
         lib/pkgconfig/libmssecref.pc bin/mssecref share/man/man1/mssecref.1 \
         share/man/man3/libmssecref.3 $pydir/mssecref.py bin/mssecref-enrich; do
  [ -f "$d$prefix/$f" ] || { echo "install.sh: $f not installed"; exit 1; }
done
[ "$(readlink "$lib/libmssecref.so.1")" = "libmssecref.so.$version" ]
[ "$(readlink "$lib/libmssecref.so")" = libmssecref.so.1 ]
grep -qx "prefix=$prefix" "$lib/pkgconfig/libmssecref.pc"
grep -qx "Version: $version" "$lib/pkgconfig/libmssecref.pc"

export PKG_CONFIG_PATH="$lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$d"
flags=$(pkg-config --cflags --libs libmssecref)
${CC:-cc} -std=c99 -Wall -Werror -o "$d/probe" tests/install_probe.c $flags
LD_LIBRARY_PATH="$lib" "$d/probe" | grep -qx 'https://msrc.microsoft.com/report/abuse'
# the program really loaded the installed library, by its SONAME
LD_LIBRARY_PATH="$lib" ldd "$d/probe" | grep -q "libmssecref.so.1 => $lib/"
${CC:-cc} -std=c99 -o "$d/probe-static" tests/install_probe.c \
  $(pkg-config --cflags libmssecref) "$lib/libmssecref.a"
"$d/probe-static" >/dev/null

# the installed tool runs from LIBDIR, with no rpath into the build tree
readelf -d "$d$prefix/bin/mssecref" | grep -q 'RPATH\|RUNPATH' &&
  { echo "install.sh: installed mssecref carries an rpath"; exit 1; }
LD_LIBRARY_PATH="$lib" "$d$prefix/bin/mssecref" route c2-server --lang en |
  grep -q 'https://msrc.microsoft.com/report/abuse'
# the binding and the Python enricher, from where they were installed
printf '{"classification.type":"c2-server"}\n' |
  LD_LIBRARY_PATH="$lib" PYTHONPATH="$d$prefix/$pydir" \
  "$d$prefix/bin/mssecref-enrich" |
  grep -q '"url":"https://msrc.microsoft.com/report/abuse"'
MANPATH="$d$prefix/share/man" man -w mssecref >/dev/null
MANPATH="$d$prefix/share/man" man -w 3 libmssecref >/dev/null

$make -s uninstall DESTDIR="$d" PREFIX="$prefix" >/dev/null
left=$(find "$d$prefix" -type f -o -type l)
[ -z "$left" ] || { echo "install.sh: uninstall left: $left"; exit 1; }
echo "install.sh: install (library, header, pkg-config, tool, man pages, Python binding and mssecref-enrich), pkg-config build (shared, static) and uninstall work"
