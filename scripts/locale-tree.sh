#!/bin/sh
# locale-tree.sh - makes locale/ in the build tree: every catalog in the
# layout bindtextdomain wants (locale/LL/LC_MESSAGES/DOMAIN.mo), for the
# tests and for running uninstalled (./pre-inst-env).  Run by make, for
# locale/stamp, from the top of the build tree:
#
#   locale-tree.sh SRCDIR PACKAGE
#
# with, in the environment, MAKE, MSGEN and GMSGFMT as configure found
# them, and
#   LINGUAS           the library's languages (po/LINGUAS)
#   CLI_LINGUAS       the command's own (po-cli/LINGUAS)
#   SOURCE_CATALOGS   the names that hold the Chinese source itself
#   COPIED_CATALOGS   TO:FROM pairs: TO holds a copy of FROM's catalog
#
# po/ and po-cli/ compile the .gmo files (in the source tree, where
# gettext's po/Makefile keeps them); they are copied here.  The source
# catalogs have msgstr = msgid: with them gettext stops at a Simplified
# Chinese locale or LANGUAGE entry instead of moving on to the next
# language.
set -e

srcdir=${1:?usage: locale-tree.sh SRCDIR PACKAGE}
package=${2:?usage: locale-tree.sh SRCDIR PACKAGE}

# gmo_files LANG...: "LANG.gmo" for each.
gmo_files ()
{
  for lang in "$@"; do printf ' %s.gmo' "$lang"; done
}

# install_mo FILE LANG DOMAIN: FILE as LANG's catalog of DOMAIN.
install_mo ()
{
  mkdir -p "locale/$2/LC_MESSAGES"
  cp "$1" "locale/$2/LC_MESSAGES/$3.mo"
}

# shellcheck disable=SC2046,SC2086 # the lists are words
(cd po && $MAKE $(gmo_files $LINGUAS))
if [ -n "$CLI_LINGUAS" ]; then
  # shellcheck disable=SC2046,SC2086
  (cd po-cli && $MAKE $(gmo_files $CLI_LINGUAS))
fi
rm -rf locale
for lang in $LINGUAS; do
  install_mo "$srcdir/po/$lang.gmo" "$lang" "$package"
done

mkdir -p locale/source
"$MSGEN" "$srcdir/po/$package.pot" |
  sed -e '/^#, fuzzy/d' -e 's/^"Language: \\n"/"Language: zh_CN\\n"/' \
  > locale/source/source.po
for lang in $SOURCE_CATALOGS; do
  mkdir -p "locale/$lang/LC_MESSAGES"
  "$GMSGFMT" -o "locale/$lang/LC_MESSAGES/$package.mo" locale/source/source.po
done
rm -rf locale/source

for pair in $COPIED_CATALOGS; do
  to=${pair%%:*} from=${pair#*:}
  if [ -d "locale/$from" ]; then
    install_mo "locale/$from/LC_MESSAGES/$package.mo" "$to" "$package"
  fi
done

for lang in $CLI_LINGUAS; do
  install_mo "$srcdir/po-cli/$lang.gmo" "$lang" "$package-cli"
done
