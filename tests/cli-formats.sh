#!/bin/sh
# cli-formats.sh - sdkerr --format: JSON, CSV, Markdown and HTML are
# well-formed, checked by real parsers, and carry the same records as text.
. "$abs_top_srcdir/tests/cli-lib.sh"

have () { command -v "$1" >/dev/null 2>&1; }

# Every format of the command's table (--format=help lists them, the
# default first) writes every record, and keeps the promises all formats
# make; the checks of each format's own follow.
run --format=help
ok "--format=help exits 0" status_is 0
cp "$tmp/out" "$tmp/formats"
ok "--format=help lists the formats, one a line, text first" \
  sh -c "[ \"\$(sed -n 1p '$tmp/formats')\" = text ] && grep -qx json '$tmp/formats' && [ \$(grep -c . '$tmp/formats') -ge 5 ]"
run 10003 51021; cp "$tmp/out" "$tmp/default"
run --format="$(sed -n 1p "$tmp/formats")" 10003 51021
ok "the first format is the default" cmp -s "$tmp/out" "$tmp/default"
# The bytes that may appear: valid UTF-8 without any control character
# but tab, line feed and carriage return.
clean_utf8 ()
{
  iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 &&
  ! LC_ALL=C grep -q "$(printf '[\001-\010\013\014\016-\037\177]')" "$1"
}
for format in $(cat "$tmp/formats"); do
  run --list --all-languages --format="$format"
  ok "$format: every code in every language, status 0" \
    sh -c "[ $status -eq 0 ] && [ \$(grep -o '1000[0-9]' '$tmp/out' | sort -u | wc -l) -ge 5 ] && grep -q 90001 '$tmp/out'"
  ok "$format: valid UTF-8, no control but tab and line ends" clean_utf8 "$tmp/out"
  run --format="$format" 10003 12026 abc
  ok "$format: unknown codes and names are written, status 1" \
    sh -c "[ $status -eq 1 ] && grep -q 12026 '$tmp/out' && grep -q abc '$tmp/out'"
  run --help
  ok "$format: --help names it" grep -q -- "--format=FORMAT .*[ ,]$format[ ,;]" "$tmp/out"
  run --format=yaml 10003
  ok "$format: the unknown-format error names it" err_has "unknown format (.*$format"
  ok "$format: sdkerr(1) describes it" \
    sh -c "sed -n '/^\\.BR \\\\-f /,/^\\.TP/p' '$abs_top_srcdir/man/sdkerr.1' | grep -q '^\\.B $format\$'"
  if [ "$format" != "$(sed -n 1p "$tmp/formats")" ]; then
    run --annotate --format="$format" </dev/null
    ok "$format: --annotate refuses it" status_is 2
  fi
done

run --list
cp "$tmp/out" "$tmp/text"

run --list --format=json
if have python3; then
  json_matches_text ()
  {
    python3 - "$tmp/out" "$tmp/text" "$map_count" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
text = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert isinstance(records, list) and len(records) == len(text) == int(sys.argv[3])
for r, t in zip(records, text):
    assert set(r) == {"code", "name", "category", "language", "message"}, r
    assert [str(r["code"]), r["name"], r["category"], r["message"]] == t, (r, t)
PY
  }
  ok "--format=json is a JSON array of every record" json_matches_text
  csv_matches_text ()
  {
    python3 - "$tmp/out" "$tmp/text" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
text = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert rows[0] == ["code", "name", "category", "language", "message"]
assert [[r[0], r[1], r[2], r[4]] for r in rows[1:]] == text
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") == len(rows) and raw.count(b"\n") == len(rows)
PY
  }
  run --list --format=csv
  ok "--format=csv parses back (RFC 4180, CRLF) to the same records" csv_matches_text
  quoting ()
  {
    python3 - "$tmp/out" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows[1][4] == "HTTP请求忙，请稍后在试", rows
PY
  }
  "$sdkerr" --lang zh --format=csv 15003 >"$tmp/out"
  ok "CSV keeps the message intact" quoting
  unknown_records ()
  {
    python3 - "$tmp/json" "$tmp/csv" <<'PY'
import csv, json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
assert [(r["code"], r["name"], r["category"]) for r in records] == [
    (10003, "SDKERR_LICENSE_EXPIRED", "license"), (12026, None, None),
    (None, "abc", None)], records
assert all(r["message"] for r in records), records
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
assert [r[:3] for r in rows[1:]] == [
    ["10003", "SDKERR_LICENSE_EXPIRED", "license"], ["12026", "", ""],
    ["", "abc", ""]], rows
PY
  }
  run --format=json 10003 12026 abc; cp "$tmp/out" "$tmp/json"
  run --format=csv 10003 12026 abc; cp "$tmp/out" "$tmp/csv"
  ok "json and csv: unknown codes and names get a record (null or empty fields)" unknown_records
else
  skip_test "--format=json is a JSON array of every record" "python3 not found"
  skip_test "--format=csv parses back" "python3 not found"
  skip_test "json and csv: unknown codes and names get a record" "python3 not found"
fi
# The schema in sdkerr(1) holds for every record, unknown ones included.
if have python3 && python3 -c 'import jsonschema' 2>/dev/null; then
  sed -n '/^As a JSON Schema/,/^\.fi/p' "$abs_top_srcdir/man/sdkerr.1" |
    sed -e '1,/^\.nf/d' -e '/^\./d' -e 's/\\-/-/g' -e 's/\\e/\\/g' > "$tmp/schema.json"
  run --list --all-languages --format=json; cp "$tmp/out" "$tmp/all.json"
  run --format=json 10003 12026 abc -- -5; cp "$tmp/out" "$tmp/unknown.json"
  schema_holds ()
  {
    python3 - "$tmp/schema.json" "$tmp/all.json" "$tmp/unknown.json" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
for path in sys.argv[2:]:
    data = json.load(open(path, encoding="utf-8"))
    assert data, path
    jsonschema.Draft202012Validator(schema).validate(data)
PY
  }
  ok "json: the schema in sdkerr(1) is valid and every record follows it" schema_holds
else
  skip_test "json: the schema in sdkerr(1) holds" "python3 jsonschema not found"
fi

if have jq; then
  jq_count () { [ "$(LC_ALL=C.UTF-8 LANGUAGE=en "$sdkerr" --list --format=json | jq length)" -eq "$map_count" ]; }
  ok "jq reads the JSON" jq_count
fi

run --format=markdown 10003 15003
md_table ()
{
  [ "$(sed -n 1p "$tmp/out")" = "| Code | Name | Category | Language | Message |" ] &&
  [ "$(sed -n 2p "$tmp/out")" = "|---:|---|---|---|---|" ] &&
  [ "$(grep -c '^| [0-9]* | .* |$' "$tmp/out")" -eq 2 ] &&
  grep -q '^| 10003 | SDKERR\\_LICENSE\\_EXPIRED | license | ' "$tmp/out"
}
ok "--format=markdown is a table with escaped cells" md_table
run --format=markdown 10003 12026 abc
ok "markdown: unknown codes and names get a row" \
  [ "$(grep -c '^| .* |$' "$tmp/out")" -eq 4 ]

run --list --all-languages --format=html
if have xmllint; then
  html_clean () { xmllint --html --noout "$tmp/out" 2>"$tmp/lint" && [ ! -s "$tmp/lint" ]; }
  ok "--format=html parses as HTML with no error or warning" html_clean
else
  skip_test "--format=html is well-formed HTML" "xmllint not found"
fi
ok "the page is self-contained (no external resources)" \
  sh -c "! grep -Eq '(src|href|url|action)=\"?[^\"#]|url\\(|@import' '$tmp/out'"
ok "the page says its language" out_has '^<html lang="en">$'
ok "the page gives the version and the catalogs' date" \
  out_has "sdkerr $("$sdkerr" --version | sed -n '1s/.* //p'), catalogs of 20[0-9][0-9]-[01][0-9]-[0-3][0-9]"
ok "each code has an anchor" [ "$(grep -c '^<div class="entry" id="[0-9]*">$' "$tmp/out")" -eq "$map_count" ]
anchors_resolve ()
{
  grep -o 'href="#[^"]*"' "$tmp/out" | sed 's/href="#\(.*\)"/\1/' | sort -u > "$tmp/hrefs" &&
  grep -o ' id="[^"]*"' "$tmp/out" | sed 's/ id="\(.*\)"/\1/' | sort > "$tmp/ids" &&
  [ -z "$(uniq -d "$tmp/ids")" ] && [ -z "$(sort -u "$tmp/ids" | comm -23 "$tmp/hrefs" -)" ] &&
  [ "$(wc -l < "$tmp/hrefs")" -gt "$map_count" ]
}
ok "every link goes to an anchor on the page, and no anchor repeats" anchors_resolve
ok "a table of contents lists the categories" \
  out_has "^<li><a href=\"#license\">License</a> ($(codes_listed_where '	license	' | wc -w))</li>\$"
ok "each message carries its language, under the language's own name" \
  out_has '^<tr lang="zh-CN"><th scope="row">简体中文</th><td>授权过期</td></tr>$'
# ok_in_catalog LANG DESCRIPTION COMMAND...: a test point on LANG's rows,
# none where LANG is not shipped, skipped where the build installs no
# catalogs (--disable-nls: the page has the source's rows only).
ok_in_catalog ()
{
  lang=$1; shift
  grep -qx "$lang" "$abs_top_srcdir/po/LINGUAS" || return 0
  if [ "$USE_NLS" = yes ]; then
    ok "$@"
  else
    skip_test "$1" "built with --disable-nls: no catalogs"
  fi
}
ok_in_catalog ar "Arabic is right to left" out_has '^<tr lang="ar" dir="rtl"><th scope="row">العربية</th>'
ok_in_catalog ja "Japanese is called 日本語" out_has '<th scope="row">日本語</th>'
rows_expected=$(( map_count * ($(sed 's/#.*//' "$abs_top_srcdir/po/LINGUAS" | grep -c .) + 1) ))
[ "$USE_NLS" = yes ] || rows_expected=$map_count
ok "the page has every code in every language" [ "$(grep -c '^<tr lang=' "$tmp/out")" -eq "$rows_expected" ]
run --format=html 10003 12026 abc 10003
html_unknown ()
{
  [ "$(grep -c '^<div class="entry"' "$tmp/out")" -eq 3 ] &&
  grep -q '^<h2 id="unknown">' "$tmp/out" && grep -q '<code>abc</code>' "$tmp/out" &&
  xmllint --html --noout "$tmp/out" 2>&1 | { ! grep -q .; }
}
ok "html: unknown codes and names get an entry; a repeated code, one" html_unknown

# Labels are honest: with an incomplete catalog first (ro, one message)
# and English after it, each record names the language its message is
# written in, in every format.
if [ "$USE_NLS" = yes ]; then
  mkdir -p "$tmp/partial/ro/LC_MESSAGES" "$tmp/partial/en/LC_MESSAGES"
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "授权过期"\nmsgstr "Licența a expirat"\n' > "$tmp/ro.po"
  "$MSGFMT" -o "$tmp/partial/ro/LC_MESSAGES/sdkerr.mo" "$tmp/ro.po" &&
  cp "$SDKERR_LOCALEDIR/en/LC_MESSAGES/sdkerr.mo" "$tmp/partial/en/LC_MESSAGES/" || exit 99
  partial () { SDKERR_LOCALEDIR="$tmp/partial" LC_ALL=C.UTF-8 "$sdkerr" --lang ro,en "$@" > "$tmp/out"; }
  partial --format=json 10003 51021
  ok "json: a message from the next catalog is labelled with that catalog" \
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert [(x["code"], x["language"]) for x in r] == [(10003, "ro"), (51021, "en")], r
assert r[0]["message"] == "Licența a expirat" and r[1]["message"].isascii(), r' "$tmp/out"
  partial --format=csv 10003 51021
  ok "csv: the same labels" [ "$(cut -d, -f4 "$tmp/out" | tr -d '\r' | tr '\n' ' ')" = "language ro en " ]
  partial 10003 51021 10001 --all-languages
  ok "text: labels per message with --all-languages too" out_has "$(printf '51021\tSDKERR_SERVER_COMPUTE_BUSY\tserver\ten\t')"
  partial --format=html 10003 51021
  html_labels () { grep -q '^<tr lang="en"' "$tmp/out" && grep -q '^<tr lang="ro"' "$tmp/out"; }
  ok "html: the lang attribute is the message's language" html_labels
fi

# On a terminal (script(1) gives one) the text format is aligned columns,
# two spaces apart, each as wide as its widest cell; piped it is TSV (the
# tests above).
if command -v script >/dev/null 2>&1; then
  on_tty () { LC_ALL=C.UTF-8 LANGUAGE=en script -qec "$*" /dev/null | tr -d '\r' > "$tmp/tty"; }
  on_tty "'$sdkerr' 0 10003 15002 51022 60017 abc 2>/dev/null"
  columns_line_up ()
  {
    ! grep -q "$(printf '\t')" "$tmp/tty" &&
    [ "$(grep -c . "$tmp/tty")" -eq 6 ] &&
    # the name, the category and the message start in one column each
    [ "$(grep -v abc "$tmp/tty" | awk '{ print index($0, "SDKERR_") }' | sort -u | wc -l)" -eq 1 ] &&
    [ "$(awk '{ print index($0, "  license") + index($0, "  success") + index($0, "  http") + index($0, "  server") + index($0, "  admin") }' "$tmp/tty" | grep -v '^0$' | sort -u | wc -l)" -eq 1 ] &&
    grep -q '^0      SDKERR_SUCCESS  ' "$tmp/tty"
  }
  ok "text on a terminal: aligned columns, no tabs" columns_line_up
  on_tty "'$sdkerr' --lang ja --all-languages 10003"
  ok "text on a terminal: the language column lines up too" \
    [ "$(awk '{ print index($0, " zh-CN ") + index($0, " ja ") + index($0, " en ") }' "$tmp/tty" | grep -v '^0$' | sort -u | wc -l)" -eq 1 ]
fi

run --format=yaml 10003
ok "an unknown format is a usage error" status_is 2
ok "an unknown format is named" err_has "'yaml': unknown format"
done_testing
