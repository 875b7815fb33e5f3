#!/bin/sh
# cli.sh - the sdkerr command: lookups, names, errors and exit statuses.
. "$abs_top_srcdir/tests/tap.sh"

. "$abs_top_srcdir/tests/cli-lib.sh"

english_expected=$(printf '10003\tSDKERR_LICENSE_EXPIRED\tlicense\tLicense has expired')
source_expected=$(printf '10003\tSDKERR_LICENSE_EXPIRED\tlicense\t授权过期')
# What run prints for 10003: English, or the source where the build
# installs no catalogs (--disable-nls).
if [ "$USE_NLS" = yes ]; then line_10003=$english_expected; else line_10003=$source_expected; fi
run 10003
if [ "$USE_NLS" = yes ]; then
  ok "a code prints code, name, category and English message" out_is "$english_expected"
else
  ok "a code prints code, name, category and message" out_is "$source_expected"
fi
ok "exit status 0 when found" status_is 0

LC_ALL=C "$sdkerr" 10003 >"$tmp/out" 2>"$tmp/err"; status=$?
if [ "$USE_NLS" = yes ]; then
  ok "the C locale names no language: the program's own, English" out_is "$english_expected"
else
  ok "the C locale prints the Chinese source (no catalogs)" out_is "$source_expected"
fi

run license_expired
ok "a name without prefix, in lower case, is looked up" out_is "$line_10003"
run SDKERR_LICENSE_EXPIRED
ok "a full name is looked up" out_is "$line_10003"

run 0 90001
ok "several codes print one line each" lines_are 2

run --list
ok "--list prints every code" lines_are "$map_count"
ok "--list exits 0" status_is 0

run 12026
ok "an unknown code exits 1" status_is 1
ok "an unknown code is named on stderr" err_has "12026: unknown error code"
if [ "$USE_NLS" = yes ]; then
  ok "an unknown code prints a line saying so" out_is "$(printf '12026\t\t\tUnknown error code 12026')"
fi
run 10003 12026 abc 10001
ok "the output lines up with the arguments: one line each" lines_are 4
ok "an unknown name gets a line naming it" \
  [ "$(sed -n 3p "$tmp/out" | cut -f2)" = abc ]

run -- -1
ok "a negative code after -- is looked up (unknown: exit 1)" status_is 1
run -- -99999999999
ok "a negative number out of range is a usage error" status_is 2

run abc
ok "an unknown name exits 1" status_is 1
ok "an unknown name is named on stderr" err_has "abc: no error code has this name"

for bad in "" 99999999999999 1e5 - 12x 0x10 10003. "100 03" " " ; do
  run "$bad"
  ok "'$bad' is a usage error (exit 2)" status_is 2
  ok "'$bad' gets one line on stderr naming it" one_err_line
  ok "'$bad' prints nothing on stdout" nothing_out
done
run 99999999999999
ok "a number out of int's range says so" err_has "'99999999999999': number out of range"
for padded in " 10003" "10003 " "$(printf '\t10003\r\n')" " license_expired "; do
  run "$padded"
  ok "white space around '$padded' is ignored" out_is "$line_10003"
done
run "" 10003
ok "good arguments after a bad one are still looked up" out_is "$line_10003"
ok "and the worst status wins" status_is 2

run
ok "no argument is a usage error" status_is 2
run --no-such-option
ok "an unknown option is a usage error" status_is 2

run --help
ok "--help exits 0" status_is 0
ok "--help shows usage" grep -q '^Usage: sdkerr ' "$tmp/out"
run --version
ok "--version exits 0" status_is 0
ok "--version names the program and version" grep -q '^sdkerr (sdkerr) [0-9]' "$tmp/out"
# Where the catalogs are read, and what is there: what a user needs to
# understand a silent Chinese answer.
ok "--version names the catalog directory" out_has "catalogs in $SDKERR_LOCALEDIR\$"
languages_listed ()
{
  line=$(grep '^languages: ' "$tmp/out") || return 1
  n=$(echo "$line" | sed 's/.*(the source)//' | wc -w)
  [ "$n" -eq "$(sed -e 's/#.*//' "$abs_top_srcdir/po/LINGUAS" | wc -w)" ]
}
if [ "$USE_NLS" = yes ]; then
  ok "--version lists every installed language" languages_listed
fi

if [ -w /dev/full ]; then
  LC_ALL=C.UTF-8 "$sdkerr" --list >/dev/full 2>"$tmp/err"; status=$?
  ok "a write error exits 2" status_is 2
  ok "a write error is reported" err_has "write error"
else
  skip_test "a write error exits 2" "no /dev/full"
fi
done_testing
