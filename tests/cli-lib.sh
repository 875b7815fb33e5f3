# cli-lib.sh - helpers for the tests of the sdkerr command (sourced).
. "$abs_top_srcdir/tests/tap.sh"

sdkerr="$abs_top_builddir/tools/sdkerr"
# How many codes the header's SDKERR_MAP lists: the counts below derive
# from it, so that adding a code is one line there.
map_count=$("$abs_top_builddir/tests/probe" --map-count) || exit 99
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cli.XXXXXX") || exit 99
trap '[ -n "$KEEP_TMP" ] || rm -rf "$tmp"' EXIT

# run ARGS...: runs the program with LANGUAGE=en on C.UTF-8; output in
# $tmp/out and $tmp/err, exit status in $status.
run ()
{
  LC_ALL=C.UTF-8 LANGUAGE=en "$sdkerr" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
}
# run_env VAR=VALUE... -- ARGS...: runs with only the given locale variables.
run_env ()
{
  set -- env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@"
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
}
# codes_listed_where PATTERN [LANG]: the codes whose line of --list (in
# LANG, English by default) matches PATTERN, ignoring case, on one line.
codes_listed_where ()
{
  LC_ALL=C.UTF-8 LANGUAGE=en "$sdkerr" --lang "${2:-en}" --list | grep -i -- "$1" |
    cut -f1 | tr '\n' ' '
}
out_is () { printf '%s\n' "$1" | cmp -s - "$tmp/out"; }
out_has () { grep -q -- "$1" "$tmp/out"; }
err_has () { grep -q -- "$1" "$tmp/err"; }
status_is () { [ "$status" -eq "$1" ]; }
lines_are () { [ "$(wc -l <"$tmp/out")" -eq "$1" ]; }
nothing_out () { [ ! -s "$tmp/out" ]; }
one_err_line () { [ "$(wc -l <"$tmp/err")" -eq 1 ]; }
