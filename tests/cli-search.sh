#!/bin/sh
# cli-search.sh - sdkerr --search: names, the source and every translation.
. "$abs_top_srcdir/tests/cli-lib.sh"

codes () { cut -f1 "$tmp/out" | tr '\n' ' '; }
# (Never vacuous: an empty expectation fails.)
codes_are () { [ -n "$1" ] && [ "$(codes)" = "$1" ]; }
# common LIST...: the codes in every LIST, in the order of the first.
common ()
{
  first=$1; shift
  for c in $first; do
    for l in "$@"; do
      case " $l " in *" $c "*) ;; *) continue 2 ;; esac
    done
    printf '%s ' "$c"
  done
}
# The codes whose English says both license and expired.
license_expired=$(common "$(codes_listed_where license)" "$(codes_listed_where expired)")

run --search LICENSE_EXPIRED
ok "a name is found" codes_are "10003 "
run --search 授权过期
ok "the Chinese source is searched" codes_are "$(codes_listed_where 授权过期 zh-CN)"
run --search 授权文件
ok "a Chinese substring finds every code with it" codes_are "$(codes_listed_where 授权文件 zh-CN)"
if [ "$USE_NLS" = yes ]; then
  run --search TIMED
  ok "translations are searched, ignoring case" codes_are "$(codes_listed_where timed)"
  run --search 'websocket'
  ok "mixed-case words match in lower case" codes_are "$(codes_listed_where websocket)"
fi
run --search 10003
ok "a number finds its code" codes_are "$(codes_listed_where '^10003' en)"
run --search 1500
ok "a number finds the codes that start with it" codes_are "$(codes_listed_where '^1500')"
run --search '  授权   过期 '
ok "words are cut at white space" \
  codes_are "$(common "$(codes_listed_where 授权 zh-CN)" "$(codes_listed_where 过期 zh-CN)")"
if [ "$USE_NLS" = yes ]; then
  run --search 'license expired'
  ok "several words match in any order (license expired)" codes_are "$license_expired"
  run --search 'EXPIRED License'
  ok "several words match in any order (EXPIRED License)" codes_are "$license_expired"
  run --search 'Lizenz expired 授权'
  ok "the words may come from different languages" \
    codes_are "$(common "$(codes_listed_where Lizenz de)" "$license_expired" "$(codes_listed_where 授权 zh-CN)")"
  run --search 'ungultiger parameter'
  ok "accents are folded in the catalog (ungültiger)" out_has '^12001	'
  run --search 'ÍNVÁLÎD PÄRAMETER'
  ok "accents are folded in the search text" out_has '^12001	'
  run --search 'phien dong thoi may chu'
  ok "Vietnamese without diacritics finds phiên đồng thời máy chủ" codes_are "51044 51045 "
  run --search 'ЛИЦЕНЗ'
  ok "Cyrillic case is folded" out_has '^10003	'
  run --search 'license zzzz'
  ok "every word must match" status_is 1
  run --search 'ＬＩＣＥＮＳＥ ｅｘｐｉｒｅｄ'
  ok "full-width letters are folded (NFKC)" codes_are "10003 "
  run --search "$(printf 'license \357\254\201le not found')"
  ok "a ligature is folded (the fi of U+FB01)" codes_are "10001 "
  run --search "$(printf '\357\273\277license expired')"
  ok "a leading byte order mark is ignored" codes_are "10003 "
fi
run --search "$(printf '\314\201')"
ok "a combining mark alone is a valid search that matches nothing" status_is 1
ok "... and is said so" err_has "no error code matches"
run --search zzzzzz
ok "no match exits 1" status_is 1
ok "no match is said on stderr" err_has "no error code matches"
run --search ''
ok "an empty search text is a usage error" status_is 2
run --search '   '
ok "a search text of white space only is a usage error" status_is 2
run --search "$(printf '\377')"
ok "a search text that is not UTF-8 is a usage error" status_is 2
run --search x 10003
ok "--search with codes is a usage error" status_is 2
run --list --search x
ok "--list with --search is a usage error" status_is 2
done_testing
