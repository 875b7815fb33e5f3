#!/bin/sh
# install-tree.sh - "make install DESTDIR=..." installs what a user needs
# (the library, header, catalogs with the Chinese ones beside them,
# sdkerr.pc, the command, the manual pages), and no installed file holds
# the build or the source directory: the binaries find their catalogs and
# libraries by the installation's directories alone.
. "$abs_top_srcdir/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/install.XXXXXX") || exit 99
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

installs ()
{
  ${MAKE:-make} -C "$abs_top_builddir" install DESTDIR="$tmp/root" \
    >"$tmp/log" 2>&1 || { tail -20 "$tmp/log" | sed 's/^/# /'; return 1; }
}
ok "make install DESTDIR= succeeds" installs

has ()
{
  found=$(find "$tmp/root" -path "*$1" | head -n 1)
  [ -n "$found" ] || { echo "# nothing installed at */$1"; return 1; }
}
ok "the header is installed" has /include/sdkerr.h
ok "sdkerr.pc is installed" has /pkgconfig/sdkerr.pc
ok "the command is installed" has /bin/sdkerr
ok "sdkerr(1) is installed" has /man1/sdkerr.1
if [ "$USE_NLS" = yes ]; then
  ok "the English catalog is installed" has /en/LC_MESSAGES/sdkerr.mo
  for lang in zh zh_CN zh_SG; do
    ok "the Chinese source is installed as $lang" has /$lang/LC_MESSAGES/sdkerr.mo
  done
else
  skip_test "catalogs are installed" "built with --disable-nls"
fi
# The Python module, when built: below the prefix, with its stubs, without
# its libtool archive.
if ls "$abs_top_builddir"/python/.libs/sdkerr*.so >/dev/null 2>&1; then
  python_below_prefix ()
  {
    find "$tmp/root${prefix:-/usr/local}" -path "*/lib/python3*/*-packages/$1" | grep -q .
  }
  ok "the Python module is installed below the prefix" python_below_prefix 'sdkerr.*.so'
  ok "its type stubs are installed beside it" python_below_prefix sdkerr.pyi
  ok "its libtool archive is not" sh -c "! find '$tmp/root' -name sdkerr.la | grep -q ."
fi

# sanitizer_locations FILE DIR: in a binary built with AddressSanitizer or
# UndefinedBehaviorSanitizer, the names of the sources as the compiler was
# given them, which it keeps for its reports; GCC 12 and clang 14 apply no
# -ffile-prefix-map to them, so an out-of-tree build configured by an
# absolute path records the source directory there.  Reads lines on
# standard input and drops exactly those: DIR/src/... or DIR/tools/...
# source files, in a sanitized binary.  Any other mention stays.
sanitizer_locations ()
{
  if strings -a "$1" | grep -q '^__\(asan\|ubsan\)_'; then
    grep -vE -- "^$(printf '%s' "$2" | sed 's/[].[^$*+?(){}|\\]/\\&/g')/(src|tools|include)/[A-Za-z0-9_.-]+\.[ch]\$"
  else
    cat
  fi
}

# free_of DIR: no installed file names DIR, other than as part of the
# installation prefix (make distcheck installs below its source tree).
free_of ()
{
  bad=0
  for f in $(grep -rlF -- "$1" "$tmp/root" 2>/dev/null); do
    if strings -a "$f" | grep -F -- "$1" | grep -vF -- "${prefix:-/nonexistent}" |
         sanitizer_locations "$f" "$1" | grep -q .; then
      echo "# ${f#$tmp/root}"
      bad=1
    fi
  done
  return $bad
}
ok "no installed file names the build directory" free_of "$abs_top_builddir"
ok "no installed file names the source directory" free_of "$abs_top_srcdir"
done_testing
