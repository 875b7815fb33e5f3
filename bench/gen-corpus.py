#!/usr/bin/env python3
"""gen-corpus.py - the benchmark's Accept-Language corpus (bench/accept-language.txt).

    python3 bench/gen-corpus.py > bench/accept-language.txt

Deterministic (seeded): the same script writes the same file, byte for
byte, so the committed corpus can be checked against it.  One value a line,
distinct, in three groups, in this order:

  1. 1,000 values in the shapes browsers and HTTP clients send, the most
     common first (line 1 is Chrome's US English);
  2. 1,000 random well-formed values: BCP 47 tags with scripts, regions,
     variants, extensions and private use, wildcards, q values of 0 to 3
     decimals (q=0 included), white space around items, POSIX locale names
     and gettext LANGUAGE lists;
  3. 500 malformed values: what a server receives from broken clients and
     scanners.

The shapes come from the browsers' own behaviour, as their settings pages
and developer tools show it (no other project's data is copied):

  - Chrome, Edge, Opera, Brave, Android WebView (Chromium): each language
    of the user's list, a regional tag followed by its bare language when
    the list lacks it, the first without q, then q=0.9, 0.8, ... down to
    0.1 ("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7"); long lists of many
    languages, 128 bytes and more, are common among multilingual users.
  - Firefox: the list as configured, often bare languages, with q spread
    evenly over the items and rounded to one decimal ("en-US,en;q=0.5",
    "de,en-US;q=0.7,en;q=0.3"), two decimals past ten items.
  - Safari (macOS, iOS): short: one regional tag, or it and its language
    with q=0.9 ("fr-FR,fr;q=0.9"); script subtags for Chinese
    ("zh-Hans-CN,zh-Hans;q=0.9", "zh-TW,zh-Hant;q=0.9").
  - Legacy Internet Explorer and Edge: lower-case regions and coarse q
    ("en-us,en;q=0.7,de;q=0.3"), script subtags ("zh-Hans-CN,zh-Hans;q=0.5").
  - Command-line clients, crawlers and SDKs: "*", a bare "en", "en-US",
    "en-GB,en;q=0.5".
"""

import random
import sys

SEED = 24
N_BROWSER = 1000
N_RANDOM = 1000
N_MALFORMED = 500

# The user's first language as a regional tag, weighted roughly as web
# audiences are (a common region first).
PRIMARY = [
    ("en-US", 30), ("en-GB", 6), ("zh-CN", 8), ("es-ES", 3), ("es-MX", 3),
    ("de-DE", 5), ("fr-FR", 4), ("ja-JP", 4), ("pt-BR", 4), ("ru-RU", 4),
    ("ko-KR", 3), ("it-IT", 3), ("zh-TW", 2), ("tr-TR", 2), ("pl-PL", 2),
    ("nl-NL", 2), ("vi-VN", 2), ("id-ID", 2), ("ar-SA", 1), ("ar-EG", 1),
    ("th-TH", 1), ("uk-UA", 1), ("cs-CZ", 1), ("sv-SE", 1), ("he-IL", 1),
    ("hu-HU", 1), ("ro-RO", 1), ("el-GR", 1), ("da-DK", 1), ("fi-FI", 1),
    ("nb-NO", 1), ("en-IN", 2), ("hi-IN", 1), ("bn-BD", 1), ("fa-IR", 1),
    ("ms-MY", 1), ("bg-BG", 1), ("sk-SK", 1), ("ca-ES", 1), ("zh-HK", 1),
    ("pt-PT", 1), ("en-CA", 1), ("fr-CA", 1), ("en-AU", 1), ("de-AT", 1),
    ("de-CH", 1), ("fr-BE", 1), ("nl-BE", 1), ("es-AR", 1), ("es-CO", 1),
    ("es-CL", 1), ("es-US", 1), ("sr-RS", 1), ("hr-HR", 1), ("lt-LT", 1),
    ("lv-LV", 1), ("et-EE", 1), ("sl-SI", 1), ("gl-ES", 1), ("eu-ES", 1),
    ("af-ZA", 1), ("sw-KE", 1), ("ta-IN", 1), ("ur-PK", 1), ("kk-KZ", 1),
    ("az-AZ", 1), ("ka-GE", 1), ("hy-AM", 1), ("is-IS", 1), ("ga-IE", 1),
    ("fil-PH", 1), ("mr-IN", 1), ("te-IN", 1), ("jv-ID", 1), ("lb-LU", 1),
]

# Languages users add after their first: mostly English, then neighbours.
SECONDARY = [
    ("en-US", 20), ("en", 10), ("en-GB", 4), ("fr", 3), ("de", 3), ("es", 3),
    ("zh-CN", 2), ("ja", 2), ("ru", 2), ("it", 1), ("pt", 1), ("pt-BR", 1),
    ("nl", 1), ("ko", 1), ("zh-TW", 1), ("zh", 1), ("ar", 1), ("pl", 1),
    ("uk", 1), ("sv", 1), ("tr", 1), ("hi", 1), ("ca", 1), ("da", 1),
    ("nb", 1), ("no", 1), ("fi", 1), ("cs", 1), ("el", 1), ("he", 1),
    ("la", 1), ("eo", 1), ("gsw", 1), ("yue", 1), ("fr-CA", 1), ("es-419", 1),
]


def pick(rng, weighted):
    return rng.choices([t for t, _ in weighted], [w for _, w in weighted])[0]


def language_of(tag):
    return tag.split("-")[0]


def user_languages(rng, n):
    """N distinct languages a user might configure, the first regional."""
    langs = [pick(rng, PRIMARY)]
    while len(langs) < n:
        t = pick(rng, SECONDARY if rng.random() < 0.7 else PRIMARY)
        if t not in langs:
            langs.append(t)
    return langs


def q_text(q, decimals):
    s = ("%.*f" % (decimals, q)).rstrip("0").rstrip(".")
    return s if s else "0"


def chromium(langs):
    """Each regional tag followed by its language, q falling by 0.1."""
    items = []
    for t in langs:
        if t not in items:
            items.append(t)
        base = language_of(t)
        if "-" in t and base not in langs and base not in items:
            items.append(base)
    out = [items[0]]
    for i, t in enumerate(items[1:], 1):
        out.append("%s;q=%s" % (t, q_text(max(0.1, 1 - i / 10), 1)))
    return ",".join(out)


def firefox(langs):
    """The list as configured, q spread evenly."""
    n = len(langs)
    decimals = 1 if n <= 10 else 2
    out = [langs[0]]
    for i, t in enumerate(langs[1:], 1):
        out.append("%s;q=%s" % (t, q_text((n - i) / n, decimals)))
    return ",".join(out)


def safari(langs):
    """One regional tag, or it and its language (or script) at 0.9."""
    first = langs[0]
    if first in ("zh-CN", "zh-TW", "zh-HK"):
        script = "Hans" if first == "zh-CN" else "Hant"
        return "%s,zh-%s;q=0.9" % (first, script)
    if len(langs) == 1 or "-" not in first:
        return first
    return "%s,%s;q=0.9" % (first, language_of(first))


def legacy_ie(langs):
    """Lower-case regions, q in coarse steps."""
    n = len(langs)
    out = [langs[0].lower()]
    for i, t in enumerate(langs[1:], 1):
        out.append("%s;q=%s" % (t.lower(), q_text((n - i) / (n + 0.5), 1)))
    if langs[0] == "zh-CN":
        return "zh-Hans-CN,zh-Hans;q=0.5"
    return ",".join(out)


CLIENTS = ["*", "en", "en-US", "en-us", "en-GB,en;q=0.5", "en-US,en;q=0.5",
           "en-US,*;q=0.5", "en;q=1.0", "en-US,en;q=0.8", "de", "fr", "ja",
           "zh-CN", "en-US,en;q=0.9,*;q=0.8"]


def browser_values(rng, count):
    out, seen = [], set()

    def add(v):
        if v not in seen:
            seen.add(v)
            out.append(v)

    # The most common first: what one value per thread stands for.
    for v in ["en-US,en;q=0.9", "en-US", "zh-CN,zh;q=0.9",
              "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
              "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
              "en-US,en;q=0.5", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7"]:
        add(v)
    for v in CLIENTS:
        add(v)
    shapes = [(chromium, 55), (firefox, 20), (safari, 15), (legacy_ie, 5)]
    while len(out) < count:
        shape = pick(rng, [(s, w) for s, w in shapes])
        # Most users list one to three languages; some list many.
        n = rng.choices([1, 2, 3, 4, 5, 7, 9, 12], [30, 30, 18, 9, 5, 4, 2, 2])[0]
        add(shape(user_languages(rng, n)))
    return out


LANGS = ["en", "de", "fr", "es", "pt", "zh", "ja", "ko", "ru", "ar", "he",
         "nl", "sv", "nb", "nn", "no", "da", "fi", "pl", "cs", "sk", "hu",
         "ro", "bg", "el", "tr", "uk", "vi", "th", "id", "ms", "hi", "bn",
         "fa", "ca", "gl", "eu", "af", "lb", "gsw", "kk", "mr", "jv", "ur",
         "yue", "cmn", "zho", "deu", "ger", "fra", "iw", "in", "sr", "hr",
         "tlh", "und", "mul", "qaa", "sgn", "zh-min-nan", "i-klingon"]
SCRIPTS = ["Hans", "Hant", "Latn", "Cyrl", "Arab", "Deva", "Jpan", "Kore"]
REGIONS = ["US", "GB", "DE", "AT", "CH", "FR", "CA", "BR", "PT", "ES", "MX",
           "CN", "TW", "HK", "MO", "SG", "JP", "KR", "RU", "IN", "419", "001",
           "150", "AU", "NZ", "IE", "BE", "NL", "SE", "NO", "ZA", "EG"]
VARIANTS = ["1996", "1901", "valencia", "fonipa", "pinyin", "scotland"]


def random_tag(rng):
    parts = [rng.choice(LANGS)]
    if rng.random() < 0.2:
        parts.append(rng.choice(SCRIPTS))
    if rng.random() < 0.6:
        parts.append(rng.choice(REGIONS))
    if rng.random() < 0.08:
        parts.append(rng.choice(VARIANTS))
    if rng.random() < 0.05:
        parts += ["u", "co", "phonebk"] if rng.random() < 0.5 else ["t", "en"]
    if rng.random() < 0.04:
        parts += ["x", "private%d" % rng.randrange(100)]
    tag = "-".join(parts)
    r = rng.random()
    if r < 0.3:
        tag = tag.lower()
    elif r < 0.35:
        tag = tag.upper()
    return tag


def random_range(rng):
    tag = "*" if rng.random() < 0.04 else random_tag(rng)
    r = rng.random()
    if r < 0.35:
        return tag
    if r < 0.4:
        return tag + ";q=0"
    if r < 0.43:
        return tag + ";q=1"
    decimals = rng.choice([1, 1, 2, 3])
    q = q_text(rng.random(), decimals)
    sep = rng.choice([";q=", ";q=", "; q=", ";Q="])
    return tag + sep + q


def posix_name(rng):
    lang = rng.choice(["de", "fr", "pt", "zh", "en", "ja", "sr", "ca"])
    name = lang + "_" + rng.choice(["DE", "FR", "BR", "PT", "TW", "CN", "US", "JP", "RS"])
    name += rng.choice(["", ".UTF-8", ".utf8", ".ISO-8859-1", "@euro", "@latin", ".UTF-8@valencia"])
    return name


def random_values(rng, count, seen):
    out = []
    while len(out) < count:
        r = rng.random()
        if r < 0.08:
            v = ":".join(posix_name(rng) if rng.random() < 0.5 else rng.choice(LANGS[:20])
                         for _ in range(rng.randint(1, 4)))
        elif r < 0.12:
            v = rng.choice(["C", "POSIX", "C.UTF-8"]) + "," + random_range(rng)
        else:
            n = rng.choices([1, 2, 3, 5, 8, 15, 33], [20, 25, 20, 15, 10, 6, 4])[0]
            glue = rng.choice([",", ",", ", ", " , "])
            v = glue.join(random_range(rng) for _ in range(n))
            if rng.random() < 0.05:
                v = " " + v + " "
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def malformed_value(rng):
    good = random_range(rng)
    kind = rng.randrange(16)
    if kind == 0:
        return good + ";q=" + rng.choice(["1.5", "abc", "", "-0.5", "0.5.5", "2", "1e-3", "0,5"])
    if kind == 1:
        return rng.choice([",", ",,", ";", ";;", "=", "q=0.5", ";q=0.5"]) + good
    if kind == 2:
        return good + rng.choice([",", ",,", ";", ";q", ";q=", ";=", ";;q=1"])
    if kind == 3:
        # One tag far over RFC 4647's 63 characters (or 8-character subtags).
        return "-".join(rng.choice(["abcdefgh", "x", "en", "toolongsubtag", "a1b2c3"])
                        for _ in range(rng.randint(9, 40)))
    if kind == 4:
        return good.replace("-", rng.choice(["_", " ", "--", "-_", "."]), 1) + "!"
    if kind == 5:
        return rng.choice(["日本語", "Deutsch", "français", "中文(简体)", "русский",
                           "español;q=0.5", "en-US,日本語;q=0.8"]) + ";" + good
    if kind == 6:
        return "Accept-Language: " + good
    if kind == 7:
        return good + ";level=1;" + rng.choice(["charset=utf-8", "q", "x=y"])
    if kind == 8:
        return '"' + good + rng.choice(['"', "", "'"])
    if kind == 9:
        return good + "\t" + rng.choice(["", ",", ";q=0.1", "\t"]) + "\t"
    if kind == 10:
        return ",".join(random_range(rng) for _ in range(rng.randint(40, 90)))
    if kind == 11:
        return rng.choice(["en-", "-en", "en--US", "-", "--", "en-US-", "e", "x-", "i-"]) + \
            rng.choice(["", ",fr", ";q=0.5"])
    if kind == 12:
        return good + rng.choice(["<script>", "%00", "%0d%0a", "../../etc/passwd", "${jndi:x}"])
    if kind == 13:
        return "*" + rng.choice(["-US", "en", ";q=x", "*", "/*"])
    if kind == 14:
        return rng.choice(["1234", "12-34", "en-12345", "q=0.9", "0.9", "true", "null"]) + \
            rng.choice(["", "," + good])
    return good.replace(";q=", rng.choice([";q==", ";;q=", ";q= ", "q=", ";q:"]), 1) + ";q=0.5;q=0.6"


def malformed_values(rng, count, seen):
    out = []
    while len(out) < count:
        v = malformed_value(rng)
        if v not in seen and v.strip():
            seen.add(v)
            out.append(v)
    return out


def main():
    rng = random.Random(SEED)
    browsers = browser_values(rng, N_BROWSER)
    seen = set(browsers)
    values = browsers + random_values(rng, N_RANDOM, seen)
    values += malformed_values(rng, N_MALFORMED, seen)
    for v in values:
        assert "\n" not in v and "\r" not in v and "\0" not in v
    sys.stdout.buffer.write("".join(v + "\n" for v in values).encode("utf-8"))


if __name__ == "__main__":
    main()
