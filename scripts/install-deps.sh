#!/bin/sh
# install-deps.sh - install what building and testing sdkerr needs on
# Debian or Ubuntu, and generate the locales the tests use.  Run as root,
# or as a user who may use sudo.
#
#   scripts/install-deps.sh           build, install and run every test
#   scripts/install-deps.sh --build   only build and install (no tests)
set -e
case ${1-} in
  "") mode=all ;;
  --build) mode=build ;;
  -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "install-deps.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac
if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
say () { printf 'install-deps: %s\n' "$*"; }

# Building and installing: the toolchain, Autotools, gettext, pkg-config,
# and Python's headers for the Python module.
build="build-essential autoconf automake libtool autopoint gettext pkg-config python3-dev"
# The tests: cmocka, the locales they switch between, the translators' QA
# tools (translate-toolkit, i18nspector), JSON/HTML/Markdown checkers, a
# C++ compiler and clang for the header checks, binutils for the exports.
tests="libcmocka-dev locales python3 python3-pytest python3-jsonschema jq libxml2-utils cmark-gfm
  translate-toolkit i18nspector g++ clang binutils"
packages=$build
[ "$mode" = all ] && packages="$packages $tests"

say "updating the package lists"
$sudo apt-get update -qq
# shellcheck disable=SC2086
set -- $packages
say "installing $# packages ($mode): $*"
# One line per package as it is set up, so that a long install shows progress.
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $packages 2>&1 |
  sed -n -e 's/^Setting up \([^ ]*\) .*/install-deps:   set up \1/p' -e '/^E: /p'
# apt-get's status, not sed's.
# shellcheck disable=SC2086
dpkg -s $packages >/dev/null 2>&1 || { say "apt-get failed to install some of: $packages"; exit 1; }

[ "$mode" = all ] || { say "done: ./autogen.sh && ./configure && make && make install"; exit 0; }
# The locale tests switch between real locales; a fresh system has only C.
for loc in en_US zh_CN de_DE ja_JP fr_FR ru_RU ar_EG zh_TW zh_HK zh_SG pt_PT pt_BR es_MX; do
  if ! locale -a 2>/dev/null | grep -qx "$loc.utf8"; then
    say "generating the locale $loc.UTF-8"
    $sudo localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
  fi
done
say "done"
