"""The module answers as the C library does, byte for byte: every code in
every installed language, through the process locale and per call, against
tests/python/c-answers (a C program printing the library's answers)."""

import os
import subprocess
import sys

import pytest

import catalogs
import sdkerr

C_ANSWERS = os.path.join(os.environ["abs_top_builddir"], "tests", "python", "c-answers")
UNKNOWN_CODES = (-1, 1, 10000, 99999, -2**31, 2**31 - 1)
# Requests where the rules, not an exact catalog name, choose.
HARD_REQUESTS = ("pt-PT", "yue", "zh-Hant", "zh-MO", "iw", "deu", "es-MX",
                 "de-CH,de;q=0.9,en;q=0.8", "fr;q=0,en", "pt_PT:en", "xx", "")

# The module's side, in the format of c-answers (one program, run in a
# fresh interpreter for the process-locale answers).
PYTHON_LOCALE_ANSWERS = """
import locale, sys, sdkerr
locale.setlocale(locale.LC_ALL, "")
dash = lambda s: "-" if s is None else s
for code in sdkerr.codes() + %r:
    print("%%d\\t%%s\\t%%s\\t%%s\\t%%s" %% (code, sdkerr.localized(code), dash(sdkerr.name(code)),
          dash(sdkerr.category(code)), dash(sdkerr.message(code))))
""" % (UNKNOWN_CODES,)


def run(argv, env):
    result = subprocess.run(argv, env=env, stdout=subprocess.PIPE, check=True)
    return result.stdout


def environment(**variables):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(variables)
    return env


def lang_answers(requests):
    lines = []
    for langs in requests:
        tag = sdkerr.negotiate_tag(langs)
        lines.append("%s\ttag\t%s" % (langs, "-" if tag is None else tag))
        for code in sdkerr.codes() + UNKNOWN_CODES:
            lines.append("%s\t%d\t%s" % (langs, code, sdkerr.localized(code, langs)))
    return ("\n".join(lines) + "\n").encode("utf-8")


@catalogs.needed
def test_there_are_catalogs_to_compare():
    assert len(sdkerr.languages()) >= 20


def test_per_call_answers_equal_c_for_every_code_and_language():
    requests = sdkerr.languages() + HARD_REQUESTS
    expected = run([C_ANSWERS] + list(requests), environment())
    assert lang_answers(requests) == expected


def process_locale_environments():
    yield {"LC_ALL": "C"}
    yield {"LC_ALL": "C.UTF-8", "LANGUAGE": "pt_PT:en"}
    for language in sdkerr.languages():
        yield {"LC_ALL": "C.UTF-8", "LANGUAGE": language}


@pytest.mark.parametrize("variables", list(process_locale_environments()),
                         ids=lambda v: " ".join("%s=%s" % kv for kv in v.items()))
def test_process_locale_answers_equal_c(variables):
    env = environment(**variables)
    expected = run([C_ANSWERS], env)
    got = run([sys.executable, "-c", PYTHON_LOCALE_ANSWERS], env)
    assert got == expected
    assert len(expected.splitlines()) == len(sdkerr.codes()) + len(UNKNOWN_CODES)


@catalogs.needed
def test_the_comparison_sees_a_difference():
    # Control: one changed byte in the module's side is noticed.
    requests = ("de",)
    expected = run([C_ANSWERS] + list(requests), environment())
    assert lang_answers(requests).replace(b"Lizenz", b"Lizenx", 1) != expected
