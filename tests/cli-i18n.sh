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
done_testing
