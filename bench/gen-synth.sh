#!/bin/sh
# gen-synth.sh N DIR - a synthetic code table of N codes for the benchmark,
# in the shape of SDKERR_MAP (DIR/synth.h, families of up to 1000 codes),
# and its English catalog (DIR/locale/en/LC_MESSAGES/sdkerr.mo).
set -e
n=$1 dir=$2 msgfmt=${MSGFMT:-msgfmt}
mkdir -p "$dir/locale/en/LC_MESSAGES"
awk -v n="$n" 'BEGIN {
  print "#define SYNTH_MAP(XX) \\"
  for (i = 0; i < n; i++) {
    code = (10 + int(i / 1000)) * 1000 + i % 1000 + 1
    printf "  XX(%d, S%d, \"合成错误%d\") \\\n", code, code, code
  }
  print ""
}' > "$dir/synth.h"
awk -v n="$n" 'BEGIN {
  print "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  for (i = 0; i < n; i++) {
    code = (10 + int(i / 1000)) * 1000 + i % 1000 + 1
    printf "msgid \"合成错误%d\"\nmsgstr \"Synthetic error %d\"\n\n", code, code
  }
  print "msgid \"未知错误码\"\nmsgstr \"Unknown error code\"\n"
  print "#, c-format\nmsgid \"未知错误码 %d\"\nmsgstr \"Unknown error code %d\""
}' > "$dir/synth.po"
"$msgfmt" -o "$dir/locale/en/LC_MESSAGES/sdkerr.mo" "$dir/synth.po"
