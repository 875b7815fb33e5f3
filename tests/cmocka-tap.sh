#!/bin/sh
# cmocka-tap.sh PROGRAM - run a cmocka test program for Automake's TAP driver.
#
# cmocka 1.1.5 prints a skipped test as "not ok N # SKIP name", which the
# driver counts as a failure, and exits with the number of failed tests,
# which the driver would report again as an error.  This wrapper rewrites
# the skip line as "ok N - name # SKIP reason" (the reason is the last
# "# skip: ..." line the test printed) and exits 0 when the exit status is
# just that count; a crash or any other status is passed on.

out=$(mktemp "${TMPDIR:-/tmp}/cmocka-tap.XXXXXX") || exit 99
trap 'rm -f "$out" "$out.n"' EXIT
# SDKERR_TEST_WRAPPER (for instance "valgrind --error-exitcode=1 ...")
# runs the test under a checker.
$SDKERR_TEST_WRAPPER "$@" >"$out" 2>&1
status=$?
awk -v count="$out.n" '
  /^# skip: / { reason = substr($0, 9); print; next }
  /^not ok [0-9]+ # SKIP / {
    n = $3; name = $0; sub(/^not ok [0-9]+ # SKIP /, "", name)
    print "ok " n " - " name " # SKIP " reason
    reason = ""
    next
  }
  /^not ok / { failed++ }
  { print }
  END { print failed + 0 > count }
' "$out"
failures=$(cat "$out.n")
if [ "$status" -eq 0 ] || { [ "$status" -lt 128 ] && [ "$status" -eq "$failures" ]; }; then
  exit 0
fi
echo "# $1 exited with status $status" >&2
exit "$status"
