#!/bin/sh
# pytest-tap.sh PYTHON TEST.py - runs one pytest file for Automake's TAP
# driver: each case is one TAP line (tests/python/tap_report.py), pytest's
# own report follows as comments.  The module is imported from the build
# tree, and nothing is written into the source tree (distcheck's is
# read-only): no bytecode, no cache.
python=$1 test=$2

if ! "$python" -c 'import pytest' >/dev/null 2>&1; then
  echo "1..1"
  echo "not ok 1 - pytest is installed for $python (python3-pytest, or configure PYTHON=)"
  exit 0
fi
out=$(mktemp "${TMPDIR:-/tmp}/pytest-tap.XXXXXX") || exit 99
trap 'rm -f "$out" "$out.tap"' EXIT
PYTHONPATH="$abs_top_builddir/python/.libs:$abs_top_srcdir/tests/python${PYTHONPATH:+:$PYTHONPATH}" \
PYTHONDONTWRITEBYTECODE=1 SDKERR_TAP_FILE="$out.tap" \
  "$python" -m pytest -c /dev/null --rootdir "$abs_top_srcdir" \
    -p no:cacheprovider -p tap_report -q --capture=sys "$test" >"$out" 2>&1
status=$?
cat "$out.tap" 2>/dev/null
sed 's/^/# /' "$out"
# 0: every case passed; 1: some failed, as their TAP lines say.  Anything
# else (a collection error, a usage error, nothing collected), or no report
# at all (the interpreter died: a sanitizer's report is in the output
# above, --capture=sys having left file descriptor 2 alone), is an error.
if [ "$status" -gt 1 ] || [ ! -s "$out.tap" ]; then
  echo "Bail out! pytest exited with status $status"
  exit 99
fi
exit 0
