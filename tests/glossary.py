#!/usr/bin/env python3
"""glossary.py - every catalog follows po/GLOSSARY.md (TAP output).

For each language section of the glossary ("## LL - Name"), each term row
"| zh | English | translation | check |" whose check is not "-" requires
that every entry whose msgid contains the Chinese term has a translation
containing the check text (case-insensitive).  Identifiers must be kept
as they are, and languages that do not write Chinese must have none.

Usage: glossary.py [GLOSSARY.md ...] [--po-dir DIR]
"""
import os
import re
import sys

IDENTIFIERS = ["input_mode", "sessionmode", "SESSIONID", "SESSION", "PUT",
               "Get", "Login", "SDK", "VAD", "HTTP", "WebSocket", "ID", "KEY",
               "CPU", "GPU"]
CJK_LANGS = {"zh_TW", "ja"}          # may contain Han ideographs
HAN = re.compile("[\u3400-\u9fff\uff0c\uff1a]")


def parse_po(path):
    """Returns [(msgid, msgstr)] of a PO file (no plurals here)."""
    entries, cur, field = [], {}, None
    def unq(s):
        return bytes(s[1:-1], "utf-8").decode("unicode_escape").encode(
            "latin-1").decode("utf-8")
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#~"):
            continue
        m = re.match(r'^(msgid|msgstr|msgctxt) (".*")$', line)
        if m:
            if m.group(1) == "msgid" and "msgid" in cur:
                entries.append(cur); cur = {}
            field = m.group(1); cur[field] = unq(m.group(2))
        elif line.startswith('"') and field:
            cur[field] += unq(line)
        elif not line.strip():
            field = None
    if "msgid" in cur:
        entries.append(cur)
    return [(e["msgid"], e.get("msgstr", "")) for e in entries if e["msgid"]]


def identifiers_in(text):
    """Identifiers as whole tokens (SESSION is not counted inside SESSIONID)."""
    found = set()
    for ident in IDENTIFIERS:
        if re.search(r"(?<![A-Za-z_])" + re.escape(ident) + r"(?![A-Za-z_])", text):
            found.add(ident)
    return found


def has_term(text, term):
    """A Chinese term anywhere; a Latin one as a word (session is not in
    sessionmode)."""
    if term.isascii():
        return re.search(r"(?<![A-Za-z_])" + re.escape(term) + r"(?![A-Za-z_])", text)
    return term in text


def parse_glossary(paths):
    """Returns {lang: [(zh, check)]} and {lang: set(identical msgids)}."""
    terms, identical, lang = {}, {}, None
    for path in paths:
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^## ([a-z]{2,3}(?:_[A-Z]{2})?) ", line)
            if m:
                lang = m.group(1); terms.setdefault(lang, []); identical.setdefault(lang, set())
                continue
            if lang is None:
                continue
            m = re.match(r"^- identical: (.+)$", line.strip())
            if m:
                identical[lang].add(m.group(1).strip())
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if line.startswith("|") and len(cells) == 4 and not set(cells[0]) <= set("-: ") \
               and cells[0] not in ("中文", "zh"):
                terms[lang].append((cells[0], cells[3]))
    return terms, identical


def main(argv):
    po_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "po")
    args = list(argv)
    if "--po-dir" in args:
        i = args.index("--po-dir"); po_dir = args[i + 1]; del args[i:i + 2]
    paths = args or [os.path.join(po_dir, "GLOSSARY.md")]
    terms, identical = parse_glossary(paths)
    n = failed = 0
    def ok(cond, desc, why=()):
        nonlocal n, failed
        n += 1
        print(("ok %d - %s" if cond else "not ok %d - %s") % (n, desc))
        if not cond:
            failed += 1
            for w in list(why)[:20]:
                print("# " + w)
    linguas = [l.split("#")[0].strip() for l in open(os.path.join(po_dir, "LINGUAS"))]
    for lang in [l for l in linguas if l]:
        entries = parse_po(os.path.join(po_dir, lang + ".po"))
        ok(lang in terms, "%s has a glossary section" % lang)
        for zh, check in terms.get(lang, []):
            if check in ("-", "—", ""):
                continue
            bad = [f"{zh}: {mid} -> {mstr}" for mid, mstr in entries
                   if has_term(mid, zh) and check.lower() not in mstr.lower()]
            ok(not bad, f"{lang}: {zh} is always '{check}'", bad)
        bad = [f"{mid} -> {mstr} (missing {sorted(identifiers_in(mid) - identifiers_in(mstr))})"
               for mid, mstr in entries
               if not identifiers_in(mid) <= identifiers_in(mstr)]
        ok(not bad, f"{lang}: identifiers are kept", bad)
        if lang not in CJK_LANGS:
            bad = [f"{mid} -> {mstr}" for mid, mstr in entries if HAN.search(mstr)]
            ok(not bad, f"{lang}: no Chinese characters", bad)
        bad = [mid for mid, mstr in entries
               if mstr == mid and mid not in identical.get(lang, set())]
        ok(not bad, f"{lang}: no translation copies the Chinese (except listed ones)", bad)
    print("1..%d" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
