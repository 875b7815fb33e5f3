#!/bin/sh
# header-standards.sh - an application using <sdkerr.h> compiles under
# strict ISO C (C99, C11, C17) with -pedantic-errors -Werror, with gcc and
# clang, and as C++11 and C++17.  (Linking is the consumer builds' job in
# CI: .ci/consumers.)
. "$abs_top_srcdir/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/header.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
src="$abs_top_srcdir/tests/consumer.c"
inc="-I$abs_top_srcdir/include"
warn="-Wall -Wextra -pedantic-errors -Werror"

# builds COMPILER STD [EXTRA...]: compiles the consumer.
builds ()
{
  cc=$1 std=$2; shift 2
  $cc $std $warn $inc "$@" -c -o "$tmp/consumer.o" "$src" \
    >"$tmp/log" 2>&1 || { sed 's/^/# /' "$tmp/log"; return 1; }
}

for cc in gcc clang; do
  for std in c99 c11 c17; do
    if command -v $cc >/dev/null; then
      ok "$cc -std=$std -pedantic-errors" builds $cc -std=$std
    else
      skip_test "$cc -std=$std -pedantic-errors" "$cc not installed"
    fi
  done
  if command -v $cc >/dev/null; then
    ok "$cc -std=c99 with _POSIX_C_SOURCE=200809L declares sdkerr_localized_l" \
      builds $cc -std=c99 -D_POSIX_C_SOURCE=200809L -DWANT_LOCALE_T
    ok "$cc -std=gnu11 declares sdkerr_localized_l" builds $cc -std=gnu11 -DWANT_LOCALE_T
  else
    skip_test "$cc with locale_t" "$cc not installed"
  fi
done
for std in c++11 c++17; do
  if command -v g++ >/dev/null; then
    ok "g++ -std=$std -pedantic-errors" builds "g++ -x c++" -std=$std -DWANT_LOCALE_T
  else
    skip_test "g++ -std=$std" "g++ not installed"
  fi
done
done_testing
