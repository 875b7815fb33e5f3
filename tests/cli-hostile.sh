#!/bin/sh
# cli-hostile.sh - catalog text is untrusted input: a catalog holding
# markup, links, spreadsheet formulas, carriage returns, terminal escape
# sequences and bytes that are not UTF-8 goes through every output format
# (and --annotate) and comes out as plain text in each.
. "$abs_top_srcdir/tests/cli-lib.sh"

if [ "$USE_NLS" != yes ]; then
  skip_test "hostile catalogs" "built with --disable-nls"
  done_testing
fi
have () { command -v "$1" >/dev/null 2>&1; }

# "en": markup and controls; "fr": a string that is not UTF-8 (kept apart,
# so that a library that refuses such a catalog leaves "en" in use).
mkdir -p "$tmp/locale/en/LC_MESSAGES" "$tmp/locale/fr/LC_MESSAGES"
cat > "$tmp/en.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "授权过期"
msgstr "<script>alert(1)</script><img src=x onerror=alert(2)>"

msgid "授权文件不存在"
msgstr "[x](javascript:alert(3)) ![i](javascript:alert(4)) <javascript:alert(5)> https://evil.example/ www.evil.example a@evil.example"

msgid "内部错误"
msgstr "=cmd|' /C calc'!A0"

msgid "无效的参数"
msgstr "+1, \"quoted\", |pipe| *em* _em_ `code` &amp; ~~del~~"

msgid "HTTP请求忙，请稍后在试"
msgstr "line\rover\nwritten\ttab"

msgid "HTTP请求超时"
msgstr "\033]0;pwned\007\033[31mred\033[0m \302\233" "31m csi"

msgid "重复调用Login接口"
msgstr "@SUM(1+1)"

msgid "WebSocket客户端错误"
msgstr "safe\342\200\256txt.exe\342\200\254 \342\200\252ltr\342\200\254 one\342\200\250two\342\200\251three \342\201\247iso\342\201\251"
PO
cat > "$tmp/fr.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "授权过期"
msgstr "bad \377\376 bytes \300\200 overlong \355\240\200 surrogate"
PO
"$MSGFMT" -o "$tmp/locale/en/LC_MESSAGES/sdkerr.mo" "$tmp/en.po" &&
"$MSGFMT" -o "$tmp/locale/fr/LC_MESSAGES/sdkerr.mo" "$tmp/fr.po" || exit 99

codes="10003 10001 90001 12001 15003 15002 14001 19001"
hostile ()
{
  SDKERR_LOCALEDIR="$tmp/locale" LC_ALL=C.UTF-8 LANGUAGE=en \
    "$sdkerr" --lang en "$@" >"$tmp/out" 2>"$tmp/err"
}

# No control but the format's own line ends (and tabs in text), no
# bidirectional embedding or override, no Unicode line or paragraph
# separator; valid UTF-8 throughout.
plain_bytes ()
{
  allowed=$1
  LC_ALL=C tr -d "$allowed" < "$tmp/out" | LC_ALL=C grep -q '[[:cntrl:]]' && return 1
  LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$tmp/out" && return 1
  LC_ALL=C grep -q "$(printf '\342\200[\250-\256]')" "$tmp/out" && return 1
  iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1
}
reached () { grep -q 'alert\\\{0,1\}(1' "$tmp/out" && grep -q 'pwned' "$tmp/out"; }

hostile $codes
ok "text: the hostile messages reach the output" reached
ok "text: no control character, no escape sequence" plain_bytes '\t\n'
ok "text: one line per code, four fields each" \
  [ "$(awk -F '\t' 'NF == 4' "$tmp/out" | wc -l)" -eq 8 ]
ok "text: ESC and U+009B become U+FFFD" grep -q '�\]0;pwned�' "$tmp/out"
ok "text: CR, LF and tab become spaces" grep -q 'line over written tab' "$tmp/out"
ok "text: embeddings and overrides become U+FFFD, line and paragraph separators spaces, isolates stay" \
  grep -q "safe�txt.exe� �ltr� one two three $(printf '\342\201\247')iso$(printf '\342\201\251')" "$tmp/out"

hostile --all-languages 10003
ok "text: bytes that are not UTF-8 become U+FFFD" plain_bytes '\t\n'

for format in json csv markdown html; do
  hostile --format=$format $codes
  cp "$tmp/out" "$tmp/$format"
  case $format in
    csv) allowed='\r\n' ;;
    *) allowed='\n' ;;
  esac
  ok "$format: the hostile messages reach the output" reached
  ok "$format: no control character, valid UTF-8" plain_bytes "$allowed"
  hostile --format=$format --all-languages 10003
  ok "$format: bytes that are not UTF-8 become U+FFFD" plain_bytes "$allowed"
done

if have python3; then
  json_round_trip ()
  {
    python3 - "$tmp/json" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
messages = {r["code"]: r["message"] for r in records}
assert messages[10003].startswith("<script>alert(1)</script>"), messages
assert messages[90001] == "=cmd|' /C calc'!A0", messages
assert messages[15003] == "line over written tab", messages
assert messages[19001] == "safe\ufffdtxt.exe\ufffd \ufffdltr\ufffd one two three \u2067iso\u2069", messages
PY
  }
  ok "json: the messages are data, as written (cleaned of controls)" json_round_trip
  csv_neutral ()
  {
    python3 - "$tmp/csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert len(rows) == 9, rows
for row in rows[1:]:
    for cell in row[1:]:
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
messages = {row[0]: row[4] for row in rows[1:]}
assert messages["90001"] == "'=cmd|' /C calc'!A0", messages
assert messages["14001"] == "'@SUM(1+1)", messages
assert messages["12001"].startswith("'+1, \"quoted\""), messages
PY
  }
  ok "csv: no cell starts a formula; such cells get a leading apostrophe" csv_neutral
else
  skip_test "json: the messages are data" "python3 not found"
  skip_test "csv: no cell starts a formula" "python3 not found"
fi

ok "markdown: one table row per code" \
  [ "$(grep -c '^| [0-9]* | .* |$' "$tmp/markdown")" -eq 8 ]
if have cmark-gfm; then
  cmark-gfm -e table -e autolink -e strikethrough "$tmp/markdown" > "$tmp/md.html"
  md_inert ()
  {
    # GFM links bare e-mail addresses whatever is escaped: mailto only.
    ! grep -Eqi '<(script|img|em|strong|code|del)[ >]|<a href="[^m]' "$tmp/md.html" &&
    [ "$(grep -c '<tr>' "$tmp/md.html")" -eq 9 ]
  }
  ok "markdown: rendered, no markup, link or extra cell comes from a catalog" md_inert
  md_text ()
  {
    grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/md.html" &&
    grep -q '\[x\](javascript:alert(3))' "$tmp/md.html" &&
    grep -q '|pipe|' "$tmp/md.html"
  }
  ok "markdown: rendered, the catalog text reads as written" md_text
else
  skip_test "markdown: rendered, no markup or link" "cmark-gfm not found"
  skip_test "markdown: rendered, the catalog text reads as written" "cmark-gfm not found"
fi

html_inert ()
{
  ! grep -Eqi '<(script|img)|href="?javascript' "$tmp/html" &&
  grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/html"
}
ok "html: markup from a catalog is escaped" html_inert
if have xmllint; then
  ok "html: the page still parses cleanly" sh -c "xmllint --html --noout '$tmp/html' 2>&1 | grep -q . && exit 1 || exit 0"
fi

printf 'error=10003 rc=15002 code 15003\n' > "$tmp/log"
hostile --annotate "$tmp/log"
ok "annotate: the hostile messages reach the output" grep -q 'alert(1)' "$tmp/out"
ok "annotate: no control character, no escape sequence" plain_bytes '\n'
ok "annotate: one line in, one line out" [ "$(wc -l < "$tmp/out")" -eq 1 ]

# Diagnostics: what the user and the file system supply is written as
# escapes (as coreutils quotes names), so it cannot retitle or recolour
# the terminal or reorder the line.
name=$(printf 'x\033]0;PWNED\007\342\200\256gol.exe')
hostile --annotate "$tmp/$name"
plain_err () { cp "$tmp/err" "$tmp/out"; plain_bytes '\n'; }
ok "diagnostics: a file name cannot drive the terminal" plain_err
ok "diagnostics: its controls and overrides are shown as escapes" \
  grep -qF 'x\033]0;PWNED\a\u202Egol.exe' "$tmp/err"
hostile "$(printf '1\033[2J\302\233\377')"
ok "diagnostics: an argument cannot drive the terminal" plain_err
ok "diagnostics: C1 controls and bytes that are not UTF-8 as escapes" \
  grep -qF "'1\033[2J\u009B\377': not an error code or a name" "$tmp/err"
done_testing
