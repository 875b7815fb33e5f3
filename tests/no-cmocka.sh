#!/bin/sh
# no-cmocka.sh - stands in for the cmocka tests when cmocka is missing, so
# that "make check" cannot pass without them.
echo "1..1"
echo "not ok 1 - cmocka is installed (install libcmocka-dev and re-run configure)"
