#!/bin/sh
# cli-catalog-dir.sh - the command reads its own messages from the
# directory the library reads its catalogs from, by the library's rule:
# SDKERR_LOCALEDIR, except in a setuid program.
. "$abs_top_srcdir/tests/cli-lib.sh"
. "$abs_top_srcdir/tests/setuid.sh"

if [ "$USE_NLS" != yes ]; then
  skip_test "the command's catalog directory" "built without NLS"
  done_testing
fi

# A directory whose German catalogs, the library's and the command's,
# both say MARKED.  German is asked for by the locale's name, which the
# library and every gettext (musl's reads no LANGUAGE) read alike.
marked=$tmp/marked
mkdir -p "$marked/de/LC_MESSAGES"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "授权过期"\nmsgstr "MARKED library"\n' \
  > "$tmp/lib.po"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "%%s: no error code has this name"\nmsgstr "MARKED command %%s"\n' \
  > "$tmp/cli.po"
"$MSGFMT" -o "$marked/de/LC_MESSAGES/sdkerr.mo" "$tmp/lib.po" &&
"$MSGFMT" -o "$marked/de/LC_MESSAGES/sdkerr-cli.mo" "$tmp/cli.po" || exit 99
chmod -R a+rX "$tmp"

# in_dir RUNNER PROGRAM: the program's answers with the marked directory,
# run through RUNNER (env, as_nobody).
in_dir ()
{
  "$1" LC_ALL=de_DE.UTF-8 SDKERR_LOCALEDIR="$marked" "$2" 10003 nosuchname \
    >"$tmp/out" 2>"$tmp/err"
  "$1" LC_ALL=de_DE.UTF-8 SDKERR_LOCALEDIR="$marked" "$2" --version >"$tmp/version"
}
in_dir env "$sdkerr"
ok "SDKERR_LOCALEDIR: the library's messages come from it" out_has 'MARKED library'
ok "SDKERR_LOCALEDIR: so do the command's own" err_has 'MARKED command nosuchname'
ok "--version names it" grep -q "catalogs in $marked\$" "$tmp/version"

# Setuid, the override is ignored by the library and the command alike;
# the same run without setuid is the control.
if why=$(setuid_unavailable "$tmp"); then
  skip_test "setuid: SDKERR_LOCALEDIR is ignored by the command" "$why"
  done_testing
fi
# The program itself where it is one (a static build), else its copy
# with the library linked in (a libtool wrapper cannot run setuid).
program=$abs_top_builddir/tools/sdkerr
[ "$(head -c 4 "$program")" = "$(printf '\177ELF')" ] ||
  program=$abs_top_builddir/tests/sdkerr-static
cp "$program" "$tmp/sdkerr" && chmod a+rx "$tmp/sdkerr" || exit 99
in_dir as_nobody "$tmp/sdkerr"
ok "as nobody, not setuid: the library's messages come from SDKERR_LOCALEDIR" out_has 'MARKED library'
ok "as nobody, not setuid: so do the command's own" err_has 'MARKED command'
make_setuid "$tmp/sdkerr" || exit 99
in_dir as_nobody "$tmp/sdkerr"
ok "setuid: the library ignores SDKERR_LOCALEDIR" \
  sh -c "grep -q '^10003' '$tmp/out' && ! grep -q MARKED '$tmp/out'"
ok "setuid: so does the command" \
  sh -c "grep -q nosuchname '$tmp/err' && ! grep -q MARKED '$tmp/err'"
ok "setuid: --version does not name it" \
  sh -c "grep -q 'catalogs in' '$tmp/version' && ! grep -q '$marked' '$tmp/version'"
done_testing
