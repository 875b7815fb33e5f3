#!/usr/bin/env python3
"""cldr-languages.py - rewrites, or checks, the columns of src/languages.def
that come from CLDR: each catalog language's likely region and script and
the und- subtags that stand for it (likelySubtags.xml), and the one-way
fallbacks of the languages without a catalog (languageInfo.xml,
<languageMatch ... oneway="true"/>: the desired language has no catalog in
po/LINGUAS, the supported one has, or is the Chinese source).  The other
columns (aliases, direction, endonyms) are kept as written by hand; a row
holding only a fallback comes and goes with CLDR.

    python3 scripts/cldr-languages.py [--check] [--cldr DIR] [--srcdir DIR]

DIR defaults to /usr/share/unicode/cldr/common/supplemental (Debian:
unicode-cldr-core).  With --check, nothing is written: it prints what
differs and exits 1 if anything does (make cldr-check).  Run by hand when
CLDR or po/LINGUAS changes; the table is tracked, so a build needs no
Python and no CLDR."""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

CLDR = "/usr/share/unicode/cldr/common/supplemental"
ROW = re.compile(r'^SDKERR_LANGUAGE \((.*)\)\s*$')
FIELD = re.compile(r'"((?:[^"\\]|\\.)*)"|(\d+)')
COLUMNS = ("code", "fallback", "region", "script", "und", "rtl", "aliases", "endonym")
HAND = ("rtl", "aliases", "endonym")


def read_table(path):
    """The head (everything before the first row) and the rows."""
    head, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = ROW.match(line)
            if not m:
                if not rows:
                    head.append(line)
                continue
            values = [s if n == "" else int(n) for s, n in FIELD.findall(m.group(1))]
            rows.append(dict(zip(COLUMNS, values)))
    return head, rows


def catalog_languages(srcdir):
    with open(os.path.join(srcdir, "po", "LINGUAS"), encoding="utf-8") as f:
        names = [w for line in f if not line.startswith("#") for w in line.split()]
    # The Chinese source is installed as zh, zh_CN and zh_SG.
    return [n.replace("_", "-") for n in names] + ["zh", "zh-CN"]


def cldr_data(cldr, bases):
    likely, und = {}, {}
    for e in ET.parse(os.path.join(cldr, "likelySubtags.xml")).iter("likelySubtag"):
        src, dst = e.get("from").split("_"), e.get("to").split("_")
        likely["-".join(src)] = dst
        if src[0] == "und" and dst[0] in bases and len(src) <= 2:
            und.setdefault(dst[0], []).append(src[1] if len(src) == 2 else "und")
    oneway = {}
    for m in ET.parse(os.path.join(cldr, "languageInfo.xml")).iter("languageMatch"):
        d, s = m.get("desired"), m.get("supported")
        if m.get("oneway") == "true" and "_" not in d + s and d not in bases and s in bases:
            oneway[d] = s
    return likely, und, oneway


def expected_rows(rows, srcdir, cldr):
    catalogs = catalog_languages(srcdir)
    bases = {c.split("-")[0] for c in catalogs}
    likely, und, oneway = cldr_data(cldr, bases)
    aliases = {a for r in rows for a in r["aliases"].split()}
    out = {}
    for r in rows:
        if any(r[c] for c in HAND) or r["code"] in catalogs or r["code"] in bases:
            out[r["code"]] = {c: r[c] for c in HAND}
    for c in catalogs + sorted(bases):
        out.setdefault(c, {"rtl": 0, "aliases": "", "endonym": ""})
    for d in oneway:
        if d not in aliases:
            out.setdefault(d, {"rtl": 0, "aliases": "", "endonym": ""})
    for code, r in out.items():
        lang = code.split("-")[0]
        known = code in catalogs or code in bases
        # CLDR's lookup: the tag, else its language (pt_BR: pt_Latn_BR).
        full = likely.get(code, likely.get(lang, [])) if known else []
        r["code"] = code
        r["fallback"] = oneway.get(code, "") if code not in aliases else ""
        r["region"] = full[2] if known and "-" not in code and len(full) > 2 else ""
        r["script"] = full[1] if len(full) > 1 else ""
        r["und"] = " ".join(sorted(und.get(lang, []), key=lambda s: (s == "und", s))) \
            if "-" not in code else ""
    return [out[c] for c in sorted(out)]


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_row(r):
    return "SDKERR_LANGUAGE (" + ", ".join(
        str(r[c]) if c == "rtl" else c_string(r[c]) for c in COLUMNS) + ")\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--cldr", default=CLDR)
    ap.add_argument("--srcdir", default=os.path.join(os.path.dirname(__file__), ".."))
    args = ap.parse_args()
    path = os.path.join(args.srcdir, "src", "languages.def")
    head, rows = read_table(path)
    text = "".join(head) + "".join(format_row(r) for r in expected_rows(rows, args.srcdir, args.cldr))
    with open(path, encoding="utf-8") as f:
        old = f.read()
    if args.check:
        if old == text:
            return 0
        import difflib
        sys.stdout.writelines(difflib.unified_diff(
            old.splitlines(True), text.splitlines(True), path, "CLDR"))
        return 1
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
