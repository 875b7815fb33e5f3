#!/bin/sh
# install-deps.sh - install what building and testing sdkerr needs on
# Debian or Ubuntu, and generate the locales the tests use.  Run as root,
# or as a user who may use sudo.
set -e
if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends \
  build-essential autoconf automake libtool autopoint gettext pkg-config \
  libcmocka-dev locales python3 python3-dev python3-pytest python3-jsonschema jq libxml2-utils cmark-gfm \
  translate-toolkit i18nspector g++ clang binutils \
  >/dev/null
# The locale tests switch between real locales; a fresh system has only C.
for loc in en_US zh_CN de_DE ja_JP fr_FR ru_RU ar_EG zh_TW zh_HK zh_SG pt_PT pt_BR es_MX; do
  if ! locale -a 2>/dev/null | grep -qx "$loc.utf8"; then
    $sudo localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
  fi
done
