#!/usr/bin/env python3
"""gen-fold-table.py - writes tools/fold-table.h, the accent folding of
sdkerr --search: each character below U+2000 whose canonical decomposition
is one base letter plus combining diacritical marks (U+0300-U+036F) maps to
that letter, lower-cased (é -> e, Ỗ -> o, ё -> е), and a few letters that
people type without their stroke (đ ł ø ı) to the plain letter.  Cyrillic
й stays: it is a letter of its own, not an и with an accent.

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
print("static const struct { unsigned short from, to; } fold_table[] = {")
line = " "
for i, (a, b) in enumerate(pairs):
    item = " {0x%04X, 0x%04X}," % (a, b)
    if len(line) + len(item) > 78:
        print(line)
        line = " "
    line += item
print(line)
print("};")
