#!/usr/bin/env python3
"""glossary.py - every catalog follows po/GLOSSARY.md (TAP output).

For each language section of the glossary ("## LL - Name"), each term row
"| zh | English | translation | check |" whose check is not "-" requires
that every entry whose msgid contains the Chinese term has a translation
containing the check text (case-insensitive).  Identifiers must be kept
as they are, and languages that do not write Chinese must have none.

A section's "- avoid: TEXT" line forbids TEXT in every translation of the
language, "- avoid in KEY: TEXT" only in the entries whose msgid contains
KEY (a Chinese term) or, when KEY is a number, that are shown for that
error code (case-insensitive, as a substring: a stem forbids every form).
Right-to-left languages never start a message with a left-to-right
letter (first-strong direction would lay the sentence out left to right),
and French puts a no-break space (U+202F or U+00A0), never a plain one,
before ; : ! ?.

With --controls, it checks the checks instead: for each language, a
deliberately wrong translation per checked row (the check text removed)
and per avoid line (the text added) must be caught.

Usage: glossary.py [GLOSSARY.md ...] [--po-dir DIR] [--controls]
"""
import os
import re
import sys
import unicodedata

IDENTIFIERS = ["input_mode", "sessionmode", "SESSIONID", "SESSION", "PUT",
               "Get", "Login", "SDK", "VAD", "HTTP", "WebSocket", "ID", "KEY",
               "CPU", "GPU"]


def language_table():
    """{code: (script, rtl)} of the library's table, src/languages.def."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src",
                        "languages.def")
    row = re.compile(r'^SDKERR_LANGUAGE \("([^"]*)", "[^"]*", "[^"]*", "([^"]*)", "[^"]*", (\d)')
    with open(path, encoding="utf-8") as f:
        return {m.group(1).replace("-", "_"): (m.group(2), m.group(3) == "1")
                for m in map(row.match, f) if m}


LANGUAGES = language_table()
# Catalogs whose script has Han ideographs may contain them.
CJK_LANGS = {c for c, (script, _) in LANGUAGES.items() if script in ("Hans", "Hant", "Jpan")}
HAN = re.compile("[\u3400-\u9fff\uff0c\uff1a]")
RTL_LANGS = {c for c, (_, rtl) in LANGUAGES.items() if rtl}
NO_BREAK = "\u00a0\u202f"             # before ; : ! ? in French
# ; : ! ? in running text ("://" and "10:30" are not punctuation).
HIGH_PUNCT = re.compile(r"[;!?]|:(?!//)(?!(?<=\d:)\d)")
PRINTF = re.compile(r"%[-+ #0-9.]*[a-zA-Z%]")


def parse_po(path):
    """Returns [(msgid, msgstr, codes)] of a PO file (no plurals here);
    codes are the error codes its "#. TRANSLATORS: CODE NAME" lines name."""
    entries, cur, field, codes = [], {}, None, set()
    def unq(s):
        return bytes(s[1:-1], "utf-8").decode("unicode_escape").encode(
            "latin-1").decode("utf-8")
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#~"):
            continue
        m = re.match(r"^#\. TRANSLATORS: (\d+) ", line)
        if m:
            codes.add(m.group(1))
            continue
        m = re.match(r'^(msgid|msgstr|msgctxt) (".*")$', line)
        if m:
            if m.group(1) == "msgid":
                if "msgid" in cur:
                    entries.append(cur)
                cur = {"codes": codes}; codes = set()
            field = m.group(1); cur[field] = unq(m.group(2))
        elif line.startswith('"') and field:
            cur[field] += unq(line)
        elif not line.strip():
            field = None
    if "msgid" in cur:
        entries.append(cur)
    return [(e["msgid"], e.get("msgstr", ""), e["codes"]) for e in entries if e["msgid"]]


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
    """Returns {lang: [(zh, check)]}, {lang: set(identical msgids)} and
    {lang: [(key or None, text)]} of the "- avoid" lines."""
    terms, identical, avoid, lang = {}, {}, {}, None
    for path in paths:
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^## ([a-z]{2,3}(?:_[A-Z]{2})?) ", line)
            if m:
                lang = m.group(1); terms.setdefault(lang, []); identical.setdefault(lang, set())
                avoid.setdefault(lang, [])
                continue
            if lang is None:
                continue
            m = re.match(r"^- identical: (.+)$", line.strip())
            if m:
                identical[lang].add(m.group(1).strip())
                continue
            m = re.match(r"^- avoid(?: in ([^:]+))?: (.+)$", line.strip())
            if m:
                avoid[lang].append((m.group(1) and m.group(1).strip(), m.group(2).strip()))
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if line.startswith("|") and len(cells) == 4 and not set(cells[0]) <= set("-: ") \
               and cells[0] not in ("中文", "zh"):
                terms[lang].append((cells[0], cells[3]))
    return terms, identical, avoid


def first_strong(text):
    """The bidi class (L, R or AL) of the first strong character, or None;
    printf directives (%d, a number when shown) are not counted."""
    for ch in PRINTF.sub("", text):
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("L", "R", "AL"):
            return bidi
    return None


def french_spacing(text):
    """The ; : ! ? of text not preceded by a no-break space."""
    return [m.group() for m in HIGH_PUNCT.finditer(text)
            if m.start() == 0 or text[m.start() - 1] not in NO_BREAK]


def check_language(lang, entries, terms, identical, avoid):
    """The checks of one catalog: yields (passed, description, problems)."""
    for zh, check in terms.get(lang, []):
        if check in ("-", "—", ""):
            continue
        bad = [f"{zh}: {mid} -> {mstr}" for mid, mstr, _ in entries
               if has_term(mid, zh) and check.lower() not in mstr.lower()]
        yield not bad, f"{lang}: {zh} is always '{check}'", bad
    for key, text in avoid.get(lang, []):
        scope = [(mid, mstr) for mid, mstr, codes in entries
                 if key is None or (key in codes if key.isdigit() else has_term(mid, key))]
        bad = [f"{mid} -> {mstr}" for mid, mstr in scope if text.lower() in mstr.lower()]
        yield (scope and not bad, f"{lang}: never '{text}'" + (f" in {key}" if key else ""),
               bad or [f"no entry is {key}"])
    bad = [f"{mid} -> {mstr}: {', '.join(sorted(identifiers_in(mid) - identifiers_in(mstr)))}"
           f" missing from the translation"
           for mid, mstr, _ in entries
           if not identifiers_in(mid) <= identifiers_in(mstr)]
    yield not bad, f"{lang}: identifiers are kept", bad
    if lang not in CJK_LANGS:
        bad = [f"{mid} -> {mstr}" for mid, mstr, _ in entries if HAN.search(mstr)]
        yield not bad, f"{lang}: no Chinese characters", bad
    if lang in RTL_LANGS:
        bad = [f"{mid} -> {mstr}" for mid, mstr, _ in entries
               if first_strong(mstr) == "L"]
        yield not bad, f"{lang}: no message starts with a left-to-right letter", bad
    if lang.split("_")[0] == "fr" and lang != "fr_CA":
        bad = [f"{mid} -> {mstr} ({' '.join(french_spacing(mstr))})"
               for mid, mstr, _ in entries if french_spacing(mstr)]
        yield not bad, f"{lang}: a no-break space, never a plain one, before ; : ! ?", bad
    bad = [mid for mid, mstr, _ in entries
           if mstr == mid and mid not in identical.get(lang, set())]
    yield not bad, f"{lang}: no translation copies the Chinese (except listed ones)", bad


def controls(lang, entries, terms, identical, avoid):
    """Deliberately wrong catalogs of LANG, one per checked glossary row
    and avoid line: each must fail that row's check, or the check could
    not catch the mistake it is there for.  Yields (caught, description)."""
    def fails(mutated, desc):
        return any(not passed and d == desc
                   for passed, d, _ in check_language(lang, mutated, terms, identical, avoid))
    for zh, check in terms.get(lang, []):
        if check in ("-", "—", ""):
            continue
        i = next((i for i, (mid, mstr, _) in enumerate(entries) if has_term(mid, zh)), None)
        if i is None:
            continue
        mid, mstr, codes = entries[i]
        wrong = re.sub(re.escape(check), "", mstr, flags=re.I)
        mutated = entries[:i] + [(mid, wrong, codes)] + entries[i + 1:]
        yield (fails(mutated, f"{lang}: {zh} is always '{check}'"),
               f"{lang}: a translation of {zh} without '{check}' is caught")
    for key, text in avoid.get(lang, []):
        i = next((i for i, (mid, _, codes) in enumerate(entries)
                  if key is None or (key in codes if key.isdigit() else has_term(mid, key))), None)
        if i is None:
            continue
        mid, mstr, codes = entries[i]
        mutated = entries[:i] + [(mid, mstr + " " + text, codes)] + entries[i + 1:]
        desc = f"{lang}: never '{text}'" + (f" in {key}" if key else "")
        yield fails(mutated, desc), f"{lang}: a translation with '{text}' is caught"


def main(argv):
    po_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "po")
    args = list(argv)
    if "--po-dir" in args:
        i = args.index("--po-dir"); po_dir = args[i + 1]; del args[i:i + 2]
    run_controls = "--controls" in args
    args = [a for a in args if a != "--controls"]
    paths = args or [os.path.join(po_dir, "GLOSSARY.md")]
    terms, identical, avoid = parse_glossary(paths)
    n = 0
    def ok(cond, desc, why=()):
        nonlocal n
        n += 1
        print(("ok %d - %s" if cond else "not ok %d - %s") % (n, desc))
        if not cond:
            for w in list(why)[:20]:
                print("# " + w)
    linguas = [l.split("#")[0].strip() for l in open(os.path.join(po_dir, "LINGUAS"))]
    for lang in [l for l in linguas if l]:
        entries = parse_po(os.path.join(po_dir, lang + ".po"))
        untranslated = [mid for mid, mstr, _ in entries if not mstr]
        ok(not untranslated, f"{lang}: every message is translated",
           [f"{len(untranslated)} of {len(entries)} messages are untranslated"] + untranslated)
        ok(lang in terms, "%s has a glossary section" % lang)
        if run_controls:
            for caught, desc in controls(lang, entries, terms, identical, avoid):
                ok(caught, desc)
            continue
        for passed, desc, why in check_language(lang, entries, terms, identical, avoid):
            ok(passed, desc, why)
    print("1..%d" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
