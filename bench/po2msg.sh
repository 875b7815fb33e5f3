#!/bin/sh
# po2msg.sh PO - the translations of a catalog as gencat's message source
# (POSIX catgets), for the benchmark's catgets peer: set 1, message N the
# translation of the N-th code in ascending order (the order of
# sdkerr_codes), each code found by its "#. TRANSLATORS: CODE NAME"
# comment.  Fuzzy and untranslated entries are left out, as msgfmt does.
#
# A .po string and a gencat message share C's backslash escapes; only \"
# differs (a message without $quote takes a quote as it is).
set -e
awk '
function flush() {
  if (ncodes > 0 && !fuzzy && str != "")
    for (i = 1; i <= ncodes; i++)
      printf "%d\t%s\n", codes[i], str
  ncodes = 0; fuzzy = 0; str = ""; field = ""
}
function unquote(s) {
  sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s)
  gsub(/\\"/, "\"", s)
  return s
}
/^#\. TRANSLATORS: [0-9]+ / { codes[++ncodes] = $3; next }
/^#,.*fuzzy/ { fuzzy = 1; next }
/^msgid / { field = "id"; next }
/^msgstr / { field = "str"; str = unquote($0); next }
/^"/ { if (field == "str") str = str unquote($0); next }
/^[ \t]*$/ { flush() }
END { flush() }
' "$1" | sort -n -k1,1 | awk -F '\t' 'BEGIN { print "$set 1" } { print NR " " $2 }'
