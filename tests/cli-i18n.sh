#!/bin/sh
# cli-i18n.sh - the command's own messages: po-cli/sdkerr-cli.pot holds
# exactly the msgids of tools/, every catalog in po-cli/LINGUAS translates
# all of them, and the command speaks the user's language.
. "$abs_top_srcdir/tests/cli-lib.sh"

po="$abs_top_srcdir/po-cli"
linguas=$(sed -e 's/#.*//' "$po/LINGUAS")

if [ -z "$XGETTEXT" ] || [ "$XGETTEXT" = ":" ]; then
  skip_test "sdkerr-cli.pot is current" "xgettext not found"
else
  fresh_pot ()
  {
    (cd "$abs_top_srcdir" && $XGETTEXT --from-code=UTF-8 --language=C \
       --keyword=_ --keyword=N_ --add-comments=TRANSLATORS: \
       -o "$tmp/fresh.pot" $(sed -e 's/#.*//' po-cli/POTFILES.in)) &&
    msgcmp -N --use-untranslated "$tmp/fresh.pot" "$po/sdkerr-cli.pot" &&
    msgcmp -N --use-untranslated "$po/sdkerr-cli.pot" "$tmp/fresh.pot"
  }
  ok "sdkerr-cli.pot is current (make -C po-cli update-po)" fresh_pot
fi

for lang in $linguas; do
  ok "po-cli/$lang.po passes msgfmt --check" msgfmt --check -o /dev/null "$po/$lang.po"
  complete ()
  {
    msgfmt --statistics -o /dev/null "$po/$lang.po" 2>"$tmp/stats" &&
    ! grep -Eq 'untranslated|fuzzy' "$tmp/stats" &&
    msgcmp "$po/$lang.po" "$po/sdkerr-cli.pot" 2>/dev/null
  }
  ok "po-cli/$lang.po translates every message" complete
done
# Each shipped catalog is installed in the build tree and used.
if [ "$USE_NLS" = yes ]; then
  for lang in $linguas; do
    speaks_lang ()
    {
      LC_ALL=C.UTF-8 "$sdkerr" --lang "$1" >/dev/null 2>"$tmp/err-$1"
      [ -s "$tmp/err-$1" ] && ! grep -q 'missing error code' "$tmp/err-$1"
    }
    ok "sdkerr --lang $lang speaks $lang" speaks_lang "$lang"
  done
  if grep -qx de "$po/LINGUAS"; then
    run --lang de
    ok "German: the usage error reads Fehlercode fehlt" err_has "sdkerr: Fehlercode fehlt"
    # --lang holds wherever it stands, for complaints about options before it.
    run --format=xml --lang de 10003
    ok "German: a bad --format before --lang de is reported in German" \
      err_has "unbekanntes Format"
    run --lang de --format=html 10003
    ok "German: the page is titled SDK-Fehlercodes" out_has "<title>SDK-Fehlercodes</title>"
  fi
  if grep -qx zh_CN "$po/LINGUAS"; then
    run --lang zh --help
    ok "Chinese (the source language of the catalogs) has its help too" out_has "^用法：sdkerr "
  fi
  if grep -qx zh_TW "$po/LINGUAS"; then
    run --lang zh-HK
    ok "Hong Kong reads Taiwan's catalog rather than English" err_has "sdkerr: 缺少錯誤碼"
  fi
  run_env LANG=C.UTF-8 "$sdkerr"
  ok "C.UTF-8 gives English messages, though the library's source is Chinese" \
    err_has "sdkerr: missing error code"
fi

# Which language the messages take, with a catalog made here (so that
# the rule is tested whatever po-cli/ holds): a copy of the build's
# catalogs whose German sdkerr-cli.mo marks its strings.
if [ "$USE_NLS" = yes ]; then
  cp -R "$abs_top_builddir/locale" "$tmp/locale"
  mkdir -p "$tmp/locale/de/LC_MESSAGES"
  cat > "$tmp/de.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\nLanguage: de\n"

msgid "missing error code"
msgstr "DE: Fehlercode fehlt"

msgid "Usage: %s [OPTION]... CODE|NAME...\n"
msgstr "DE: Aufruf: %s [OPTION]... CODE|NAME...\n"

msgid "SDK error codes"
msgstr "DE: SDK-Fehlercodes"

msgid "Message"
msgstr "DE: Meldung"
PO
  "$MSGFMT" -o "$tmp/locale/de/LC_MESSAGES/sdkerr-cli.mo" "$tmp/de.po" || exit 99
  speaks ()
  {
    expected=$1; shift
    env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG SDKERR_LOCALEDIR="$tmp/locale" \
      "$@" >"$tmp/out" 2>"$tmp/err"
    grep -q "$expected" "$tmp/out" "$tmp/err"
  }
  ok "LANG=de_DE.UTF-8 gives German messages, generated or not" \
    speaks "DE: Fehlercode fehlt" LANG=de_DE.UTF-8 "$sdkerr"
  ok "LANGUAGE=de gives German messages in the C locale" \
    speaks "DE: Fehlercode fehlt" LC_ALL=C LANGUAGE=de "$sdkerr"
  ok "--lang de gives German messages" \
    speaks "DE: Fehlercode fehlt" LC_ALL=C.UTF-8 LANGUAGE=en "$sdkerr" --lang de
  ok "--lang de gives German help, wherever --help stands" \
    speaks "DE: Aufruf: sdkerr" LC_ALL=C.UTF-8 LANGUAGE=en "$sdkerr" --help --lang de
  ok "--lang en gives English messages under a German environment" \
    speaks "^Usage: sdkerr" LANG=de_DE.UTF-8 "$sdkerr" --lang en --help
  ok "the C locale gives English messages" \
    speaks "sdkerr: missing error code" LC_ALL=C "$sdkerr"
  ok "the page's headings are in the page's language" \
    speaks "<title>DE: SDK-Fehlercodes</title>" LC_ALL=C.UTF-8 "$sdkerr" --lang de --format=html 10003
  ok "and so are its column names" grep -q 'scope="col">DE: Meldung</th>' "$tmp/out"
  ok "the page says it is in German" grep -q '^<html lang="de">$' "$tmp/out"
  # qaa (reserved for local use) has no catalog and no CLDR fallback;
  # Klingon (tlh) would fall back to English.
  ok "an unmatched --lang leaves the environment's language" \
    speaks "DE: Fehlercode fehlt" LANG=de_DE.UTF-8 "$sdkerr" --lang qaa
  # A right-to-left page is laid out from the right as a whole.
  mkdir -p "$tmp/locale/he/LC_MESSAGES"
  printf '%s\n' 'msgid ""' 'msgstr "Content-Type: text/plain; charset=UTF-8\nLanguage: he\n"' \
    '' 'msgid "SDK error codes"' 'msgstr "HE: SDK"' > "$tmp/he.po"
  "$MSGFMT" -o "$tmp/locale/he/LC_MESSAGES/sdkerr-cli.mo" "$tmp/he.po" || exit 99
  ok "a Hebrew page is right-to-left as a whole" \
    speaks '^<html lang="he" dir="rtl">$' LC_ALL=C.UTF-8 "$sdkerr" --lang he --format=html 10003
fi
done_testing
