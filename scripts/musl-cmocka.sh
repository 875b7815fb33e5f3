#!/bin/sh
# musl-cmocka.sh PREFIX - build cmocka with musl-gcc, static, from
# Debian's source package, and install it into PREFIX (pkg-config file in
# PREFIX/lib/pkgconfig).  Debian's libcmocka is linked with glibc: a musl
# build of the test programs needs its own.  Run as root on Debian 12;
# needs no standard input.  The deb-src lines live in a temporary
# directory that only this script's apt-get runs read: the system's
# sources stay as they are.
set -eu
die () { echo "musl-cmocka: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: musl-cmocka.sh PREFIX"
prefix=$1
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
[ -f "$prefix/lib/libcmocka.a" ] && [ -f "$prefix/lib/pkgconfig/cmocka.pc" ] &&
  { echo "musl-cmocka: already in $prefix"; exit 0; }
command -v musl-gcc >/dev/null || die "musl-gcc is missing (apt-get install musl-tools)"
export DEBIAN_FRONTEND=noninteractive
for tool in dpkg-source:dpkg-dev cmake:cmake; do
  command -v "${tool%%:*}" >/dev/null ||
    apt-get install -y -qq --no-install-recommends "${tool#*:}" </dev/null >/dev/null ||
    die "cannot install ${tool#*:} (for ${tool%%:*})"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
# deb-src lines for the mirror and suites of the system's Debian packages:
# debian.sources (deb822) on an installed system, sources.list's one-line
# form in a debootstrap root.
parts=$work/sources.list.d
mkdir "$parts"
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
    > "$parts/debian.sources"
  grep -q '^Types: deb-src$' "$parts/debian.sources" || rm "$parts/debian.sources"
fi
if [ -f /etc/apt/sources.list ]; then
  sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' /etc/apt/sources.list > "$parts/system.list"
  [ -s "$parts/system.list" ] || rm "$parts/system.list"
fi
[ -n "$(ls "$parts")" ] ||
  die "no Debian package source in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
# Only these lists are read, and the system's indexes are kept.
only="-o Dir::Etc::sourcelist=/dev/null -o Dir::Etc::sourceparts=$parts"
# shellcheck disable=SC2086
apt-get update -qq $only -o APT::Get::List-Cleanup=0 </dev/null ||
  die "apt-get update for the deb-src lines ($(cat "$parts"/* | tr '\n' ' ')) failed"
cd "$work"
# shellcheck disable=SC2086
apt-get source -qq -o APT::Sandbox::User=root $only cmocka </dev/null >/dev/null ||
  die "apt-get source cmocka failed"
src=$(find . -maxdepth 1 -type d -name 'cmocka-*' | head -n 1)
[ -n "$src" ] || die "apt-get source unpacked no cmocka-* directory"
cmake -S "$src" -B build -DCMAKE_C_COMPILER=musl-gcc -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_SHARED_LIBS=OFF -DWITH_STATIC_LIB=ON -DUNIT_TESTING=OFF -DWITH_EXAMPLES=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib >cmake.log 2>&1 ||
  { cat cmake.log >&2; die "cmake (configuring cmocka with musl-gcc) failed"; }
cmake --build build -j "$(nproc)" >build.log 2>&1 ||
  { tail -40 build.log >&2; die "building cmocka with musl-gcc failed"; }
cmake --install build >install.log 2>&1 ||
  { cat install.log >&2; die "installing cmocka into $prefix failed"; }
# cmocka 1.1.5 builds its shared library whatever it is told and names the
# static one libcmocka-static.a: keep the static one only, under the name
# -lcmocka (cmocka.pc's) finds.
[ -f "$prefix/lib/libcmocka-static.a" ] || die "no static libcmocka-static.a in $prefix/lib"
mv "$prefix/lib/libcmocka-static.a" "$prefix/lib/libcmocka.a" ||
  die "cannot rename the static library in $prefix/lib"
rm -rf "$prefix/lib/"libcmocka.so* "$prefix/lib/cmake"
[ -f "$prefix/lib/pkgconfig/cmocka.pc" ] || die "no cmocka.pc in $prefix/lib/pkgconfig"
echo "musl-cmocka: $(sed -n 's/^Version: //p' "$prefix/lib/pkgconfig/cmocka.pc") in $prefix"
