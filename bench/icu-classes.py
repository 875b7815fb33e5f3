#!/usr/bin/env python3
"""icu-classes.py - why sdkerr and ICU's LocaleMatcher answer differently.

    make icu-classes

or by hand, from the build tree:

    SDKERR_LOCALEDIR=$PWD/locale bench/sdkerr-traffic --icu-diff \\
        bench/accept-language.txt | python3 bench/icu-classes.py [--list]

Reads the lines that --icu-diff prints (value, sdkerr's tag, ICU's tag,
"-" for none, and whether ICU rejected the whole value; tab-separated)
and puts each in one class: the first rule below that explains it.
Prints each class with its count and two example values (--list: every
value, under its class).  README.md, "Where sdkerr differs from ICU's
matcher", quotes these counts.

The rules read the values' text and the two answers only; what they know
of languages (aliases, scripts, CLDR's one-way fallbacks) is the
library's own table, src/languages.def.  Why ICU rejected a value comes
from a replay of its list parser (ICU 72, LocalePriorityList: it skips
spaces only, wants a lower-case "q=" and a weight "0", "1", "0.ddd" or
"1.0", and rejects the whole list for anything else); where the replay
and ICU's own verdict disagree, the script stops.
"""

import collections
import os
import re
import sys

SOURCE = {"zh", "zh-CN", "zh-SG"}   # catalogs that hold the Chinese source
HONG_KONG = {"zh-HK", "zh-MO"}      # catalogs that hold the Hong Kong text
TRADITIONAL_REGIONS = {"tw", "hk", "mo"}
CHINESE = {"zh", "cmn", "zho", "chi"}
HAN = {"hans", "hant", "hani", "hanb", "bopo"}  # scripts Chinese is written in
GRANDFATHERED = {"zh-min-nan": "nan", "i-klingon": "tlh"}  # RFC 5646

# (name, verdict, description), in the order the rules try them.
CLASSES = [
    ("icu-rejects-Q", "deliberate",
     "ICU rejects the whole header: an upper-case \"Q=\""),
    ("icu-rejects-white-space", "deliberate",
     "ICU rejects the whole header: a tab, CR or LF after an item"),
    ("icu-rejects-header-line", "deliberate",
     "ICU rejects the whole header: the header's name pasted in "
     "(\"Accept-Language: de\")"),
    ("icu-rejects-weight", "deliberate",
     "ICU rejects the whole header: a weight it cannot read "
     "(\".5\", \"1.5\", \"q=\", ...)"),
    ("icu-rejects-other", "deliberate",
     "ICU rejects the whole header: another malformed item "
     "(\";;\", a parameter other than q, a second q)"),
    ("source-tag", "bug",
     "the Chinese source named zh or zh-SG, where the header promises "
     "\"zh-CN\" (the same text as ICU's zh-CN)"),
    ("macao-tag", "deliberate",
     "Macao's catalog zh_MO, named zh-MO; it holds ICU's zh-HK text"),
    ("grandfathered", "bug",
     "grandfathered tags: zh-min-nan read as Minangkabau (min -> ms), "
     "i-klingon not read as tlh"),
    ("modifier", "bug",
     "a POSIX @modifier stops the other-region step (pt_PT@euro)"),
    ("cantonese-region", "bug",
     "Cantonese with a region outside HK/MO/TW gets the Taiwan text"),
    ("und-alone", "deliberate",
     "\"und\" alone is English (CLDR likely subtags); ICU: nothing"),
    ("chinese-region", "deliberate",
     "Chinese with a region outside TW/HK/MO gets the source; "
     "ICU: Traditional (CLDR likely subtags: zh-US -> zh-Hant-US)"),
    ("language-list", "deliberate",
     "a gettext LANGUAGE list (\"de:en\") or POSIX name; ICU reads it as "
     "one locale"),
    ("white-space", "deliberate",
     "tabs, CR or LF around items: white space to sdkerr (RFC 9110 OWS), "
     "part of the tag to ICU"),
    ("malformed-range", "deliberate",
     "a malformed range: sdkerr matches nothing; ICU reads a prefix of it, "
     "or English for an empty one (\"-\")"),
    ("script", "deliberate",
     "a script the language is not written in (sv-Cyrl): sdkerr truncates "
     "to the language (RFC 4647 lookup); ICU finds no match"),
    ("fallback-order", "deliberate",
     "CLDR one-way fallbacks (lb -> de) come after every listed "
     "language, in the list's order; ICU weighs them against later ranges"),
    ("range-order", "deliberate",
     "ranges served in the user's order (RFC 4647 lookup); ICU lets a "
     "closer match of a later range win"),
]


def read_languages(path):
    """Per language: its script, its CLDR fallback; aliases -> language."""
    rows = re.findall(r'^SDKERR_LANGUAGE \("([^"]*)", "([^"]*)", "[^"]*", '
                      r'"([^"]*)", "[^"]*", \d, "([^"]*)"', open(path,
                      encoding="utf-8").read(), re.M)
    script, fallback, alias = {}, {}, {}
    for code, fb, scr, aliases in rows:
        script[code.lower()] = scr.lower()
        if fb:
            fallback[code] = fb
        for a in aliases.split():
            alias[a] = code
    return script, fallback, alias


HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT, FALLBACK, ALIAS = read_languages(
    os.path.join(HERE, "..", "src", "languages.def"))


def icu_millis(units, decimals):
    """ICU's weight in thousandths: three decimals, the fourth rounds."""
    digits = (decimals + "000")[:3]
    return (int(units) * 1000 + int(digits)
            + (len(decimals) > 3 and decimals[3] >= "5"))


def icu_rejects(value):
    """Why ICU's LocalePriorityList rejects VALUE, or None."""
    p, n = 0, len(value)

    def spaces(p):
        while p < n and value[p] == " ":
            p += 1
        return p

    while True:
        p = spaces(p)
        if p == n:
            return None
        if value[p] == ",":
            p += 1
            continue
        q = p
        while q < n and value[q] not in " ,;":
            q += 1
        if q == p:
            return "icu-rejects-other"
        p = spaces(q)
        if p < n and value[p] == ";":
            p = spaces(p + 1)
            if p < n and value[p] == "Q":
                return "icu-rejects-Q"
            if p == n or value[p] != "q":
                return "icu-rejects-other"
            p = spaces(p + 1)
            if p == n or value[p] != "=":
                return "icu-rejects-other"
            m = re.compile(r" *([01])(?:\.([0-9]*))?").match(value, p + 1)
            if not m or icu_millis(m.group(1), m.group(2) or "") > 1000:
                return "icu-rejects-weight"
            p = spaces(m.end())
        if p != n and value[p] in "\t\r\n":
            return "icu-rejects-white-space"
        if p != n and value[p] != ",":
            return "icu-rejects-other"
        if p == n:
            return None
        p += 1


def ranges(value):
    """The tags of VALUE's items, lower case, '-'-separated, without
    POSIX codeset or modifier."""
    sep = ":" if ":" in value and "," not in value else ","
    out = []
    for item in value.split(sep):
        tag = item.split(";")[0].strip(" \t\r\n").lower()
        tag = re.sub(r"[.@].*", "", tag).replace("_", "-")
        for old, new in GRANDFATHERED.items():
            if tag.startswith(old):
                tag = new + tag[len(old):]
        if tag:
            out.append(tag)
    return out


def well_formed(tag):
    return re.fullmatch(r"(\*|[a-z]{1,8})(-[a-z0-9]+)*", tag)


def language(tag):
    lang = tag.split("-")[0]
    return ALIAS.get(lang, lang)


def off_script(tag):
    """Whether TAG names a script its language is not written in."""
    sub = tag.split("-")
    scr = [s for s in sub[1:3] if re.fullmatch(r"[a-z]{4}", s)]
    lang = language(tag)
    if not scr:
        return False
    if lang == "zh":
        return scr[0] not in HAN
    return scr[0] != SCRIPT.get(lang)


def base(answer):
    return answer.split("-")[0]


def classify(value, ours, icu, icu_rejected):
    """The class of a VALUE that sdkerr answers OURS and ICU ICU (having
    rejected it whole where ICU_REJECTED)."""
    rejected = icu_rejects(value)
    if bool(rejected) != icu_rejected:
        raise ValueError("the replay of ICU's parser is wrong for "
                         + repr(value))
    if rejected and re.match(r"(?i)accept-language:", value):
        return "icu-rejects-header-line"
    if rejected:
        return rejected
    tags = ranges(value)
    low = value.lower()
    if {ours, icu} <= SOURCE:
        return "source-tag"
    if {ours, icu} <= HONG_KONG:
        return "macao-tag"
    # Malay from zh-min-nan only: not where a Malay range explains it.
    if (ours == "ms" and "zh-min-nan" in low
            and not any(language(t) == "ms" for t in tags)) or (
            ours == "-" and icu == "en" and "i-klingon" in low):
        return "grandfathered"
    if ours == "-" and "@" in value and ":" not in value:
        return "modifier"
    if ours == "zh-TW" and icu == "zh-HK" and any(
            t.split("-")[0] == "yue" for t in tags):
        return "cantonese-region"
    if tags == ["und"]:
        return "und-alone"
    if ours in SOURCE and icu in ("zh-TW", "zh-HK") and any(
            language(t) == "zh" and len(t.split("-")) > 1
            and t.split("-")[1] not in TRADITIONAL_REGIONS for t in tags):
        return "chinese-region"
    if ours == "-" or (icu == "en" and any(
            not well_formed(t) for t in tags)):
        return "malformed-range"
    if ":" in value or "_" in value:
        return "language-list"
    if re.search(r"[\t\r\n]", value):
        return "white-space"
    if any(off_script(t) and base(ours) in (language(t),
                                            FALLBACK.get(language(t)))
           for t in tags):
        return "script"
    if base(icu) in {FALLBACK.get(language(t)) for t in tags}:
        return "fallback-order"
    return "range-order"


def main():
    listing = "--list" in sys.argv[1:]
    found = collections.defaultdict(list)
    total = 0
    for line in sys.stdin:
        # A value may hold tabs; the three fields after it never do.
        value, ours, icu, verdict = line.rstrip("\n").rsplit("\t", 3)
        try:
            name = classify(value, ours, icu, verdict == "rejected")
        except ValueError as e:
            sys.exit(f"icu-classes.py: {e}")
        found[name].append((value, ours, icu))
        total += 1
    print(f"{total} values where sdkerr and ICU answer differently")
    for name, verdict, text in CLASSES:
        rows = found.get(name, [])
        if not rows:
            continue
        print(f"\n{len(rows):4}  {name} ({verdict}): {text}")
        for value, ours, icu in rows if listing else rows[:2]:
            print(f"      {value!r}: sdkerr {ours}, ICU {icu}")


if __name__ == "__main__":
    main()
