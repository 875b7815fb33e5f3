#!/usr/bin/env python3
"""gen-fold-table.py - writes tools/fold-table.h, the accent folding of
sdkerr --search: each character below U+2000 whose canonical decomposition
is one base letter plus combining diacritical marks (U+0300-U+036F) maps to
that letter, lower-cased (é -> e, Ỗ -> o, ё -> е), and a few letters that
people type without their stroke (đ ł ø ı) to the plain letter.  Cyrillic
й stays: it is a letter of its own, not an и with an accent.

It also writes compat_table: each character of the Basic Multilingual
Plane whose compatibility normalisation (NFKC) is another text of at most
three characters maps to that text, so that full-width letters (ＬＩＣＥＮＳＥ),
ligatures (ﬁ), superscripts and the like are searched as what they
stand for.

Run by hand when the rule changes (python3 scripts/gen-fold-table.py >
tools/fold-table.h); the output is tracked, so a build needs no Python."""
import unicodedata

KEEP = {"й", "Й"}
EXTRA = {"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ı": "i"}


def base(ch):
    if ch in KEEP:
        return None
    if ch in EXTRA:
        return EXTRA[ch]
    d = unicodedata.normalize("NFD", ch)
    if len(d) > 1 and all(0x300 <= ord(c) <= 0x36F for c in d[1:]):
        b = d[0].lower()
        if len(b) == 1 and ord(b) != ord(ch):
            return b
    return None


pairs = []
for cp in range(0xC0, 0x2000):
    b = base(chr(cp))
    if b is not None:
        pairs.append((cp, ord(b)))

print("/* fold-table.h - accent folding for sdkerr --search, sorted by code")
print("   point.  Written by scripts/gen-fold-table.py (Unicode %s); do not"
      % unicodedata.unidata_version)
print("   edit.  */")
print()
def emit(declaration, items):
    """An array initializer, items filled into lines of at most 78."""
    print(declaration + " = {")
    line = " "
    for item in items:
        if len(line) + len(item) > 78:
            print(line)
            line = " "
        line += item
    print(line)
    print("};")


emit("static const struct { unsigned short from, to; } fold_table[]",
     [" {0x%04X, 0x%04X}," % (a, b) for a, b in pairs])

compat = []
for cp in range(0xA0, 0x10000):
    ch = chr(cp)
    if unicodedata.category(ch) in ("Cs", "Co", "Cn"):
        continue
    n = unicodedata.normalize("NFKC", ch)
    if n != ch and 1 <= len(n) <= 3 and all(ord(c) < 0x10000 for c in n):
        compat.append((cp, [ord(c) for c in n]))

print()
print("/* Compatibility normalisation (NFKC) of the BMP, up to three code")
print("   points each (unused ones 0), sorted by code point.  */")
emit("static const struct { unsigned short from, to[3]; } compat_table[]",
     [" {0x%04X, {0x%04X, 0x%04X, 0x%04X}}," % ((a,) + tuple(to + [0] * (3 - len(to))))
      for a, to in compat])
