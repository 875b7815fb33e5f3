#!/bin/sh
# install-catalogs.sh - installs, or uninstalls, the catalogs that po/'s
# own "make install" does not know of: the Chinese source under the names
# that hold it (zh, zh_CN, zh_SG: gettext stops there instead of moving on
# to the next language) and the copies (zh_MO of zh_HK, zh_Hant of zh_TW),
# from the build tree's locale/ (scripts/locale-tree.sh made it).  Run by
# make, from the top of the build tree:
#
#   install-catalogs.sh install|uninstall PACKAGE
#
# with, in the environment, DESTDIR (may be empty), localedir, MKDIR_P and
# INSTALL_DATA as make has them, and SOURCE_CATALOGS and COPIED_CATALOGS
# (TO:FROM pairs) as locale-tree.sh reads them.
set -e

mode=${1:?usage: install-catalogs.sh install|uninstall PACKAGE}
package=${2:?usage: install-catalogs.sh install|uninstall PACKAGE}

# install_one FROM TO: locale/FROM's catalog as TO's, installed.
install_one ()
{
  $MKDIR_P "$DESTDIR$localedir/$2/LC_MESSAGES"
  $INSTALL_DATA "locale/$1/LC_MESSAGES/$package.mo" \
    "$DESTDIR$localedir/$2/LC_MESSAGES/$package.mo"
}

case $mode in
  install)
    for lang in $SOURCE_CATALOGS; do
      install_one zh_CN "$lang"
    done
    for pair in $COPIED_CATALOGS; do
      to=${pair%%:*}
      # A copy is made only where its catalog was built (--disable-nls).
      if test -f "locale/$to/LC_MESSAGES/$package.mo"; then
        install_one "$to" "$to"
      fi
    done ;;
  uninstall)
    for pair in $SOURCE_CATALOGS $COPIED_CATALOGS; do
      rm -f "$DESTDIR$localedir/${pair%%:*}/LC_MESSAGES/$package.mo"
    done ;;
  *)
    echo "install-catalogs.sh: unknown mode '$mode'" >&2
    exit 2 ;;
esac
