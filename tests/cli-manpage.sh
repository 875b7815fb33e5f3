#!/bin/sh
# cli-manpage.sh - sdkerr --help and sdkerr(1) list the same options, with
# the same short forms and argument names: the help is the one source, the
# manual page is written by hand and kept in step with it by this test.
. "$abs_top_srcdir/tests/cli-lib.sh"

man="$abs_top_srcdir/man/sdkerr.1"

# Both lists come out as "-s,--search=TEXT" lines, sorted.
LC_ALL=C LANGUAGE= "$sdkerr" --help |
  sed -n -e 's/^ \{2,6\}\(\(-[A-Za-z], \)\{0,1\}--[a-z-]*\(=[A-Z]*\)\{0,1\}\).*/\1/p' |
  tr -d ' ' | sort > "$tmp/help-options"
# In the OPTIONS section, the line after each .TP: .B/.BR arguments are
# joined without spaces, quoted ones keep their inside.
sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$man" |
  sed -n '/^\.TP/{n;p;}' |
  sed -e 's/^\.BR\{0,1\} //' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' \
      -e 's/"\([^"]*\)"/\1/g' -e 's/ //g' |
  sort > "$tmp/man-options"

ok "--help lists options" [ "$(wc -l < "$tmp/help-options")" -ge 8 ]
ok "sdkerr(1) lists options" [ "$(wc -l < "$tmp/man-options")" -ge 8 ]
same_options ()
{
  diff "$tmp/help-options" "$tmp/man-options" > "$tmp/diff" && return 0
  sed 's/^/# /' "$tmp/diff"
  return 1
}
ok "--help and sdkerr(1) describe the same options" same_options
done_testing
