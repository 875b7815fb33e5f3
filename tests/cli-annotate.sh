#!/bin/sh
# cli-annotate.sh - sdkerr --annotate explains codes in error contexts and
# passes everything else through unchanged, streaming.
. "$abs_top_srcdir/tests/cli-lib.sh"

if [ "$USE_NLS" != yes ]; then
  skip_test "annotation" "built with --disable-nls"
  done_testing
fi
printf '%s\n' \
  'INFO started 10003 workers' \
  'sdk error=10003 at init' \
  'rc: 51021; build 1.10003 v10003' \
  'call failed with code 15002, retrying' \
  '错误码：12001' \
  'ERR 10003/12001' \
  'error 0 and error 12026 and error 100030' \
  'status=90001' \
  'ERROR connect to port 10001 refused, pid 10003, wrote 15002 bytes in 12001 ms' \
  '2026-11-28 10:00:03.10003 ERROR 10003.5 s, version 10003.1' \
  'ERROR: error=SDKERR_HTTP_TIMEOUT (sdkerr_license_expired) SDKERR_NO_SUCH_NAME' \
  'error_code=15002 lastError: 19001, HTTP_STATUS 15003' \
  '调用失败，错误码：12001。请求超时 15002' \
  'error 10003, 12001 and 15002; the end: failed (10003).' \
  'no newline at the end: err 10001' > "$tmp/log.in"
printf 'tail err 10001' >> "$tmp/log.in"
cat > "$tmp/log.expected" <<'EOF2'
INFO started 10003 workers
sdk error=10003 [SDKERR_LICENSE_EXPIRED: License has expired] at init
rc: 51021 [SDKERR_SERVER_COMPUTE_BUSY: Compute service busy; please try again later]; build 1.10003 v10003
call failed with code 15002 [SDKERR_HTTP_TIMEOUT: HTTP request timed out], retrying
错误码：12001 [SDKERR_PARAM_INVALID: Invalid parameter]
ERR 10003 [SDKERR_LICENSE_EXPIRED: License has expired]/12001 [SDKERR_PARAM_INVALID: Invalid parameter]
error 0 and error 12026 and error 100030
status=90001 [SDKERR_INTERNAL: Internal error]
ERROR connect to port 10001 refused, pid 10003, wrote 15002 bytes in 12001 ms
2026-11-28 10:00:03.10003 ERROR 10003.5 s, version 10003.1
ERROR: error=SDKERR_HTTP_TIMEOUT [15002: HTTP request timed out] (sdkerr_license_expired [10003: License has expired]) SDKERR_NO_SUCH_NAME
error_code=15002 [SDKERR_HTTP_TIMEOUT: HTTP request timed out] lastError: 19001 [SDKERR_WS_CLIENT_ERROR: WebSocket client error], HTTP_STATUS 15003 [SDKERR_HTTP_BUSY: HTTP service busy; please try again later]
调用失败，错误码：12001 [SDKERR_PARAM_INVALID: Invalid parameter]。请求超时 15002
error 10003 [SDKERR_LICENSE_EXPIRED: License has expired], 12001 [SDKERR_PARAM_INVALID: Invalid parameter] and 15002; the end: failed (10003 [SDKERR_LICENSE_EXPIRED: License has expired]).
no newline at the end: err 10001 [SDKERR_LICENSE_FILE_NOT_FOUND: License file not found]
EOF2
printf 'tail err 10001 [SDKERR_LICENSE_FILE_NOT_FOUND: License file not found]' >> "$tmp/log.expected"

run --annotate < "$tmp/log.in"
ok "codes in error contexts are explained, the rest is unchanged" cmp -s "$tmp/out" "$tmp/log.expected"
ok "annotating exits 0" status_is 0
show_diff () { diff "$tmp/log.expected" "$tmp/out" | sed 's/^/# /'; }
cmp -s "$tmp/out" "$tmp/log.expected" || show_diff

# The examples of sdkerr(1)'s ANNOTATION section: pairs of lines (input,
# output), then lines copied unchanged.
sed -n '/^\.SH ANNOTATION/,/^\.SH /p' "$abs_top_srcdir/man/sdkerr.1" |
  awk '/^\.nf/ { block++; inside = 1; next } /^\.fi/ { inside = 0; next }
       /^\./ || !inside || !NF { next }
       block == 1 { print > "'"$tmp"'/man-pairs" }
       block == 2 { print > "'"$tmp"'/man-same" }' 
sed -i 's/\\-/-/g' "$tmp/man-pairs" "$tmp/man-same"
man_examples_hold ()
{
  [ "$(wc -l < "$tmp/man-pairs")" -ge 10 ] && [ -s "$tmp/man-same" ] || return 1
  sed -n 'p;n' "$tmp/man-pairs" > "$tmp/man-in"
  sed -n 'n;p' "$tmp/man-pairs" > "$tmp/man-out"
  run --annotate "$tmp/man-in" && cmp -s "$tmp/out" "$tmp/man-out" &&
  run --annotate "$tmp/man-same" && cmp -s "$tmp/out" "$tmp/man-same"
}
ok "the examples in sdkerr(1) are what --annotate does" man_examples_hold

for conflict in --format=json --format=html --all-languages -a; do
  run --annotate "$conflict" < "$tmp/log.in"
  ok "--annotate with $conflict is a usage error (exit 2)" status_is 2
  ok "--annotate with $conflict names the conflict" err_has "${conflict%%=*}"
  ok "--annotate with $conflict writes nothing" nothing_out
done
run --annotate --format=text < "$tmp/log.in"
ok "--annotate with --format=text is fine" cmp -s "$tmp/out" "$tmp/log.expected"
run --annotate "$tmp/log.in" - < "$tmp/log.in"
ok "files and - (standard input) are read in turn" \
  [ "$(grep -c 'SDKERR_LICENSE_EXPIRED' "$tmp/out")" -eq "$(( 2 * $(grep -c 'SDKERR_LICENSE_EXPIRED' "$tmp/log.expected") ))" ]
run --annotate "$tmp/no-such-file"
ok "a missing file is reported and exits 2" status_is 2
ok "a missing file is named" err_has "no-such-file"

binary_passes_through ()
{
  # Random bytes without letters hold no keyword: nothing may change.
  head -c 3000000 /dev/urandom | tr -d 'A-Za-z' > "$tmp/random"
  LC_ALL=C "$sdkerr" --annotate --lang en < "$tmp/random" | cmp -s - "$tmp/random"
}
ok "binary input passes through byte for byte" binary_passes_through

# Constant memory: a 100 MB line through a 64 MB address-space limit.
# (Sanitizer and valgrind runs reserve more address space: they set
# SDKERR_TEST_NO_ULIMIT.)
streaming ()
{
  ( ulimit -v 65536 &&
    head -c 100000000 /dev/zero | tr '\0' 'x' |
    "$sdkerr" --annotate --lang en | wc -c ) > "$tmp/count" 2>"$tmp/err" &&
  [ "$(cat "$tmp/count")" -eq 100000000 ]
}
if [ -n "$SDKERR_TEST_NO_ULIMIT" ]; then
  skip_test "a 100 MB line streams in bounded memory" "SDKERR_TEST_NO_ULIMIT is set"
else
  ok "a 100 MB line streams in bounded memory" streaming
fi
# A write error ends the run at once, however much input is left.
if [ -w /dev/full ] && command -v timeout >/dev/null 2>&1; then
  endless_to_full ()
  {
    yes 'error 10003' | timeout 20 env LC_ALL=C.UTF-8 LANGUAGE=en \
      "$sdkerr" --annotate >/dev/full 2>"$tmp/err"
  }
  endless_to_full; status=$?
  ok "a write error stops endless input (exit 2, not a timeout)" status_is 2
  ok "a write error is reported" err_has "write error"
  ok "and reported once" one_err_line
else
  skip_test "a write error stops endless input" "no /dev/full or timeout"
fi
done_testing
