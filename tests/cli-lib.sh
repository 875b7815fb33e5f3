# cli-lib.sh - helpers for the tests of the sdkerr command (sourced).
. "$abs_top_srcdir/tests/tap.sh"

sdkerr="$abs_top_builddir/tools/sdkerr"
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
out_is () { printf '%s\n' "$1" | cmp -s - "$tmp/out"; }
out_has () { grep -q -- "$1" "$tmp/out"; }
err_has () { grep -q -- "$1" "$tmp/err"; }
status_is () { [ "$status" -eq "$1" ]; }
lines_are () { [ "$(wc -l <"$tmp/out")" -eq "$1" ]; }
nothing_out () { [ ! -s "$tmp/out" ]; }
one_err_line () { [ "$(wc -l <"$tmp/err")" -eq 1 ]; }
