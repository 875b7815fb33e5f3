#!/bin/sh
# po-qa.sh - translator QA on every catalog: msgfmt --check, the glossary
# and identifier rules (tests/glossary.py), Debian's pofilter
# (translate-toolkit) and i18nspector.  A missing tool is a skip, never a
# pass; CI installs them all.
. "$abs_top_srcdir/tests/tap.sh"

po="$abs_top_srcdir/po"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-qa.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
linguas=$(sed -e 's/#.*//' "$po/LINGUAS")
have () { command -v "$1" >/dev/null 2>&1; }

for lang in $linguas; do
  ok "$lang.po passes msgfmt --check" msgfmt --check -o /dev/null "$po/$lang.po"
done

# tests/glossary.py prints TAP of its own: its lines are renumbered here.
# With --controls it proves each check catches a deliberately wrong
# translation, in every language.
if have python3; then
  for mode in "" --controls; do
    python3 "$abs_top_srcdir/tests/glossary.py" --po-dir "$po" $mode > "$tmp/glossary" 2>&1
    while IFS= read -r line; do
      case $line in
        "ok "*) ok "${line#ok [0-9]* - }" true ;;
        "not ok "*) ok "${line#not ok [0-9]* - }" false ;;
        "#"*) echo "$line" ;;
      esac
    done < "$tmp/glossary"
  done
else
  skip_test "the catalogs follow po/GLOSSARY.md" "python3 not found"
fi

# pofilter checks that fit error messages.  Left out, with reasons:
#   startcaps, endpunc, unchanged, simplecaps: the source is Chinese, which
#     has no case and ends messages without punctuation, so every target
#     would differ from it by design;
#   long, short: Chinese is far denser than alphabetic scripts;
#   accelerators, xmltags, filepaths, emails, urls: the messages have none;
#   acronyms, sentencecount, puncspacing, options, musttranslatewords,
#     notranslatewords, spellcheck: need per-language data the toolkit does
#     not have for these languages (glossary.py checks the identifiers);
#   untranslated, isfuzzy: msgfmt --check and pot-sync.sh cover them.
pofilter_checks="-t brackets -t doublespacing -t doublewords -t endwhitespace \
  -t escapes -t newlines -t numbers -t printf -t startwhitespace -t variables \
  -t singlequoting -t doublequoting -t validchars -t compendiumconflicts"
if have pofilter; then
  for lang in $linguas; do
    pofilter_clean ()
    {
      # shellcheck disable=SC2086
      pofilter --progress=none --nofuzzy $pofilter_checks "$po/$lang.po" "$tmp/$lang.out" \
        >/dev/null 2>&1 || return 1
      [ ! -s "$tmp/$lang.out" ] && return 0
      grep -A3 '(pofilter)' "$tmp/$lang.out" | sed 's/^/# /' | head -40
      ! grep -q '(pofilter)' "$tmp/$lang.out"
    }
    ok "$lang.po: pofilter finds nothing" pofilter_clean
  done
else
  skip_test "pofilter finds nothing" "translate-toolkit not installed"
fi

if have i18nspector; then
  # Warnings and errors count; I: lines are information.
  i18n_clean ()
  {
    i18nspector "$po"/*.po "$po/sdkerr.pot" > "$tmp/i18n" 2>&1 || return 1
    sed 's/^/# /' "$tmp/i18n"
    ! grep -q '^[EW]:' "$tmp/i18n"
  }
  ok "i18nspector reports no error or warning" i18n_clean
else
  skip_test "i18nspector reports no error or warning" "i18nspector not installed"
fi
done_testing
