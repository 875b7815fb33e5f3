"""bench/icu-classes.py, which classes the values where sdkerr and ICU's
LocaleMatcher disagree (README, "Where sdkerr differs from ICU's
matcher"): its replay of ICU's list parser, and its classes.

The expected verdicts are ICU 72's own (getBestMatchForListString on
each value), and the answers in the class cases are those sdkerr and ICU
gave for these values of bench/accept-language.txt: none is produced by
the script under test."""

import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.spec_from_file_location(
    "icu_classes", os.path.join(HERE, "..", "..", "bench", "icu-classes.py"))
icu_classes = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(icu_classes)

# (value, ICU 72 rejected the whole value)
ICU_VERDICTS = [
    ("de;Q=0.5", True),
    ("de;q=.5", True),
    ("de;q=0.1234", False),
    ("de ;q=1", False),
    ("de;q=1.0001", False),
    ("de;q=1.0005", True),
    ("de;q=2", True),
    ("de;q=", True),
    ("de;", True),
    ("de;;q=1", True),
    ("de;level=1", True),
    ("de;q=0.5;q=0.6", True),
    ("de\t,fr", False),
    ("fa;q=0.3\t,\t", True),
    ("Accept-Language: de", True),
    (";q=0.5", True),
    ("de , fr ;  q = 0.5", False),
]


@pytest.mark.parametrize("value,rejected", ICU_VERDICTS)
def test_replay_of_icu_parser_agrees_with_icu(value, rejected):
    assert bool(icu_classes.icu_rejects(value)) == rejected


# (value, sdkerr's tag, ICU's tag, ICU rejected it, class)
CASES = [
    ("mr-ru;Q=0.631", "hi", "-", True, "icu-rejects-Q"),
    ("es-ie;q=1\t\t\t", "es", "-", True, "icu-rejects-white-space"),
    ("Accept-Language: ms-SE", "ms", "-", True, "icu-rejects-header-line"),
    ("nb;level=1;q", "nb", "-", True, "icu-rejects-other"),
    ("cmn", "zh", "zh-CN", False, "source-tag"),
    ("und-MO-fonipa,GL", "zh-MO", "zh-HK", False, "macao-tag"),
    ("zh-min-nan;q=0.72", "ms", "zh-CN", False, "grandfathered"),
    ("i-klingon", "-", "en", False, "grandfathered"),
    ("el-CN-u-co-phonebk; q=0.4 , ms-Hant-JP , ger-419;q=0 , zh-min-nan-EG "
     ", ms-ie;q=0", "ms", "zh-CN", False, "script"),
    ("pt_RS@euro", "-", "pt-BR", False, "modifier"),
    ("yue-CA; q=0.95", "zh-TW", "zh-HK", False, "cantonese-region"),
    ("und;q=0.068", "en", "-", False, "und-alone"),
    ("zho-US", "zh", "zh-TW", False, "chinese-region"),
    ("pl:ar:fi", "pl", "-", False, "language-list"),
    ("he\t\t\t", "he", "-", False, "white-space"),
    ("-en", "-", "en", False, "malformed-range"),
    ("--,fr", "fr", "en", False, "malformed-range"),
    ("ko-Hans", "ko", "-", False, "script"),
    ("C,kk-hant-ca; q=0.4", "ru", "-", False, "script"),
    ("lb-LU,lb;q=0.9,vi-VN;q=0.8,vi;q=0.7", "vi", "de", False,
     "fallback-order"),
    ("nn-ca;q=0.5, sv-CH; q=0.1", "nb", "sv", False, "range-order"),
]


@pytest.mark.parametrize("value,ours,icu,rejected,name", CASES)
def test_each_class_has_its_values(value, ours, icu, rejected, name):
    assert icu_classes.classify(value, ours, icu, rejected) == name


def test_every_class_named_is_described():
    described = {name for name, _, _ in icu_classes.CLASSES}
    assert {name for *_, name in CASES} <= described


def test_a_replay_that_disagrees_with_icu_stops_the_count():
    with pytest.raises(ValueError):
        icu_classes.classify("de;Q=0.5", "de", "-", False)
