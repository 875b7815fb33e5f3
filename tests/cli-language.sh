#!/bin/sh
# cli-language.sh - where the sdkerr command takes its language from.
. "$abs_top_srcdir/tests/cli-lib.sh"

if [ "$USE_NLS" != yes ]; then
  skip_test "language selection" "built with --disable-nls"
  done_testing
fi
en='License has expired'
zh='授权过期'
msg () { cut -f4 "$tmp/out"; }
msg_is () { [ "$(msg)" = "$1" ]; }

run_env LANG=en_US.UTF-8 "$sdkerr" 10003
ok "LANG selects the language" msg_is "$en"
run_env LANG=en_NZ.UTF-8 "$sdkerr" 10003
ok "LANG works when that locale is not generated (en_NZ)" msg_is "$en"
run_env LC_ALL=C LANGUAGE=en "$sdkerr" 10003
ok "LANGUAGE is honoured even in the C locale" msg_is "$en"
run_env LANG=C "$sdkerr" 10003
ok "the C locale names no language: the program's own, English" msg_is "$en"
# The library's rule for the C locale, whatever its spelling, and ahead
# of a language in a later variable.
for c in C POSIX C.UTF-8 C@x POSIX.UTF-8; do
  run_env LC_ALL=$c LANG=zh_CN.UTF-8 "$sdkerr" 10003
  ok "LC_ALL=$c names no language, though LANG does: English" msg_is "$en"
done
run_env "$sdkerr" 10003
ok "no locale variable: English, the language of the program's own messages" msg_is "$en"
run_env LANG=xx_YY.UTF-8 LANGUAGE=xx "$sdkerr" 10003 99999
ok "a language with no catalog: English, not the Chinese source, for known and unknown codes" \
  [ "$(cut -f4 "$tmp/out")" = "$(printf '%s\nUnknown error code 99999' "$en")" ]
ok "... and without a language warning (the user asked for nothing explicitly)" \
  sh -c "! grep -q warning '$tmp/err'"
run_env LANG=zh_CN.UTF-8 "$sdkerr" 10003
ok "Chinese is still chosen by name" msg_is "$zh"
run_env LC_MESSAGES=en_US.UTF-8 LANG=C "$sdkerr" 10003
ok "LC_MESSAGES comes before LANG" msg_is "$en"
run_env LC_ALL=zh_CN.UTF-8 LC_MESSAGES=en_US.UTF-8 "$sdkerr" 10003
ok "LC_ALL comes before LC_MESSAGES" msg_is "$zh"
run_env LANGUAGE=xx:en LANG=C "$sdkerr" 10003
ok "a LANGUAGE list falls through to the next language" msg_is "$en"
run_env LANG=zh_CN.UTF-8 "$sdkerr" --lang en 10003
ok "--lang overrides the environment" msg_is "$en"
run --lang 'xx-YY,en;q=0.8,*;q=0.1' 10003
ok "--lang takes an Accept-Language value" msg_is "$en"
run --lang 'en;q=0' 10003
ok "--lang with q=0 excludes the language, the default (English) included" msg_is "$zh"
run --lang 'pt-PT,pt-BR;q=0,en;q=0.5' 10003
ok "--lang with q=0 excludes what the closer matches would give" msg_is "$en"
run --lang '../../etc/passwd' 10003
ok "a hostile --lang falls back to English" msg_is "$en"

run --lang dee 10003
ok "an unknown --lang still prints (the source) and exits 0" status_is 0
ok "an unknown --lang is warned about on stderr, once" one_err_line
ok "the warning names the value and the language used instead" \
  err_has "warning: no installed language matches 'dee'; using English (en)"
run --lang 'en;q=0' 10003
ok "a --lang whose only language is refused is warned about too" err_has "warning: no installed language"
for matched in de zh zh-Hans-CN 'xx,de;q=0.5' pt-BR; do
  run --lang "$matched" 10003
  ok "--lang $matched matches: no warning" [ ! -s "$tmp/err" ]
done
run_env LANG=xx_YY.UTF-8 "$sdkerr" 10003
ok "an unknown language from the environment is not warned about" [ ! -s "$tmp/err" ]

# Each language's usual locale names reach its catalog, whether or not
# the locale is generated, and the command then speaks it too; the
# expected text is gettext(1)'s for the catalog itself.
for pair in nb_NO:nb no_NO:nb nn_NO:nb ca_ES:ca ca_ES@valencia:ca bn_BD:bn \
            bn_IN:bn ro_RO:ro ro_MD:ro el_GR:el hu_HU:hu fi_FI:fi da_DK:da \
            bg_BG:bg sk_SK:sk; do
  locale=${pair%:*} catalog=${pair#*:}
  expected=$(LC_ALL=C.UTF-8 LANGUAGE=$catalog TEXTDOMAINDIR="$SDKERR_LOCALEDIR" \
             gettext -d sdkerr "$zh")
  run_env LANG="$locale.UTF-8" "$sdkerr" 10003
  translated_as () { [ "$1" != "$zh" ] && msg_is "$1"; }
  ok "LANG=$locale.UTF-8 prints the $catalog catalog's text" translated_as "$expected"
  # The command's own messages: where the locale names the catalog's own
  # language (no_NO and nn_NO reach nb through the library's aliases,
  # which gettext hears of through LANGUAGE, and musl's gettext ignores
  # LANGUAGE).
  [ "${locale%%_*}" = "$catalog" ] || continue
  run_env LANG="$locale.UTF-8" "$sdkerr" --help
  english=$(LC_ALL=C "$sdkerr" --help | head -n 1)
  ok "LANG=$locale.UTF-8: the command's own messages are in $catalog" \
    [ "$(head -n 1 "$tmp/out")" != "$english" ]
done

run --all-languages 10003
ok "--all-languages prints the source and each installed language" lines_are "$(( $(sed 's/#.*//' "$abs_top_srcdir/po/LINGUAS" | grep -c .) + 1 ))"
ok "--all-languages adds a language column" out_has "$(printf '10003\tSDKERR_LICENSE_EXPIRED\tlicense\ten\t%s' "$en")"
ok "--all-languages starts with the source" out_has "$(printf '\tzh-CN\t%s' "$zh")"
ok "--all-languages labels with BCP 47 tags" out_has "$(printf '\tpt-BR\t')"
done_testing
