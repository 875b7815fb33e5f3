#!/bin/sh
# autogen.sh - prepare a fresh checkout for ./configure.
set -e
cd "$(dirname "$0")"
mkdir -p build-aux m4
# Automake uses tap-driver.sh but does not install it with --add-missing.
cp -f "$(automake --print-libdir)/tap-driver.sh" build-aux/tap-driver.sh
autoreconf --install --force
