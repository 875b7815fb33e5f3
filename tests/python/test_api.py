"""The module's functions: the answers, the types they take and return,
the errors they raise, and that they leave the process's state alone."""

import ast
import contextlib
import ctypes
import inspect
import locale
import os
import pydoc
import re

import pytest

import catalogs
import sdkerr

CATEGORIES = {"success", "license", "parameter", "state", "http", "websocket",
              "server-request", "server", "admin", "internal"}
C_INT_MAX = 2**31 - 1


class Index:
    """Not an int, but usable as one (__index__), like numpy's integers."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


@catalogs.needed
def test_a_code_in_a_requested_language():
    assert sdkerr.localized(10003, "en") == "License has expired"
    assert sdkerr.localized(10003, lang="de-CH,de;q=0.9") == "Lizenz abgelaufen"
    assert sdkerr.localized(10003, "zh-CN") == "授权过期"


def test_an_uninstalled_language_gets_the_chinese_source():
    assert sdkerr.localized(10003, "xx") == sdkerr.message(10003) == "授权过期"


def test_the_process_locale_gives_the_c_locale_answer_until_the_application_sets_it():
    # Python sets LC_CTYPE at start-up, never LC_MESSAGES: as in C, the
    # application's setlocale chooses; the tests run with no locale set.
    assert sdkerr.localized(10003) == "授权过期"


@catalogs.needed
def test_unknown_codes_get_the_translated_unknown_text():
    unknown = sdkerr.localized(1, "en")
    assert unknown == "Unknown error code"
    for code in (-1, 10000, 99999, -2**31, C_INT_MAX):
        assert sdkerr.localized(code, "en") == unknown
        assert sdkerr.message(code) is None
        assert sdkerr.name(code) is None
        assert sdkerr.category(code) is None


@catalogs.needed
def test_ints_beyond_c_int_are_unknown_codes_not_overflow():
    # 2**32 + 10003 would be 10003 if cut to 32 bits.
    for code in (C_INT_MAX + 1, -2**31 - 1, 2**32 + 10003, 2**64 + 10003, -2**200):
        assert sdkerr.localized(code, "en") == "Unknown error code"
        assert sdkerr.name(code) is None
        assert sdkerr.category(code) is None
        assert sdkerr.message(code) is None


@catalogs.needed
def test_bool_and_index_objects_are_codes_as_os_strerror_takes_them():
    assert sdkerr.name(False) == "SDKERR_SUCCESS"
    assert sdkerr.localized(True, "en") == sdkerr.localized(1, "en")
    assert sdkerr.name(Index(10003)) == "SDKERR_LICENSE_EXPIRED"
    assert sdkerr.localized(Index(10003), "en") == "License has expired"


@pytest.mark.parametrize("bad", [10003.0, "10003", b"10003", None, [10003]])
def test_a_code_that_is_not_an_int_is_a_type_error(bad):
    for function in (sdkerr.localized, sdkerr.message, sdkerr.name, sdkerr.category):
        with pytest.raises(TypeError):
            function(bad)


@pytest.mark.parametrize("bad", [5, b"en", ["en"]])
def test_a_language_that_is_not_a_str_is_a_type_error(bad):
    with pytest.raises(TypeError):
        sdkerr.localized(10003, bad)
    with pytest.raises(TypeError):
        sdkerr.negotiate_tag(bad)
    with pytest.raises(TypeError):
        sdkerr.set_default_language(bad)


def test_strings_holding_nul_are_value_errors():
    with pytest.raises(ValueError):
        sdkerr.localized(10003, "en\0de")
    with pytest.raises(ValueError):
        sdkerr.negotiate_tag("en\0")
    with pytest.raises(ValueError):
        sdkerr.set_default_language("en\0")
    with pytest.raises(ValueError):
        sdkerr.code_from_name("license_expired\0")


def test_code_from_name_takes_any_case_with_or_without_prefix():
    assert sdkerr.code_from_name("SDKERR_LICENSE_EXPIRED") == 10003
    assert sdkerr.code_from_name("license_expired") == 10003
    assert sdkerr.code_from_name("Http_Timeout") == 15002


def test_code_from_name_raises_key_error_for_an_unknown_name():
    with pytest.raises(KeyError) as caught:
        sdkerr.code_from_name("no_such_error")
    assert caught.value.args == ("no_such_error",)
    with pytest.raises(KeyError):
        sdkerr.code_from_name("")
    with pytest.raises(TypeError):
        sdkerr.code_from_name(10003)


def test_every_name_leads_back_to_its_code():
    for code in sdkerr.codes():
        assert sdkerr.code_from_name(sdkerr.name(code)) == code


def test_category_is_the_c_librarys_stable_name():
    assert sdkerr.category(0) == "success"
    assert sdkerr.category(10003) == "license"
    assert sdkerr.category(50001) == "server-request"
    assert {sdkerr.category(code) for code in sdkerr.codes()} == CATEGORIES


def test_codes_is_a_tuple_of_every_code_ascending():
    codes = sdkerr.codes()
    assert type(codes) is tuple
    assert len(codes) == 167
    assert list(codes) == sorted(set(codes))
    assert codes[0] == 0 and codes[-1] == 90001
    assert all(type(code) is int and sdkerr.name(code) for code in codes)


@catalogs.needed
def test_languages_is_a_sorted_tuple_of_catalog_names():
    languages = sdkerr.languages()
    assert type(languages) is tuple
    assert list(languages) == sorted(languages)
    assert {"en", "de", "pt_BR", "zh_TW"} <= set(languages)


@catalogs.needed
def test_negotiate_tag_gives_a_bcp47_tag_or_none():
    assert sdkerr.negotiate_tag("pt-PT") == "pt-BR"
    assert sdkerr.negotiate_tag("yue") == "zh-HK"
    assert sdkerr.negotiate_tag("de-CH,de;q=0.9,en;q=0.8") == "de"
    assert sdkerr.negotiate_tag("xx") is None
    assert sdkerr.negotiate_tag(None) is None


@catalogs.needed
def test_the_default_language_answers_what_nothing_matches_and_none_restores():
    with pytest.raises(ValueError):
        sdkerr.set_default_language("xx")
    assert sdkerr.localized(10003, "xx") == "授权过期"
    try:
        assert sdkerr.set_default_language("en") is None
        assert sdkerr.localized(10003, "xx") == "License has expired"
        assert sdkerr.localized(10003, "de") == "Lizenz abgelaufen"
        assert sdkerr.negotiate_tag("xx") is None
    finally:
        sdkerr.set_default_language(None)
    assert sdkerr.localized(10003, "xx") == "授权过期"


def test_version_is_the_c_librarys():
    header = os.path.join(os.environ["abs_top_srcdir"], "include", "sdkerr.h")
    with open(header, encoding="utf-8") as f:
        expected = re.search(r'#define SDKERR_VERSION "([^"]+)"', f.read()).group(1)
    assert sdkerr.version == sdkerr.__version__ == expected


def test_no_call_touches_the_locale_the_text_domain_or_the_environment():
    libc = ctypes.CDLL(None)
    libc.textdomain.restype = ctypes.c_char_p
    libc.textdomain.argtypes = [ctypes.c_char_p]
    before = (locale.setlocale(locale.LC_ALL), libc.textdomain(None), dict(os.environ))
    sdkerr.localized(10003)
    sdkerr.localized(10003, "ja")
    sdkerr.negotiate_tag("fr")
    with contextlib.suppress(ValueError):      # no catalogs: --disable-nls
        sdkerr.set_default_language("en")
    sdkerr.set_default_language(None)
    sdkerr.languages()
    str(sdkerr.SdkError(10003))
    after = (locale.setlocale(locale.LC_ALL), libc.textdomain(None), dict(os.environ))
    assert after == before


def test_every_function_has_a_docstring_and_a_signature():
    expected = {
        "localized": ["code", "lang"], "negotiate_tag": ["langs"],
        "set_default_language": ["langs"], "message": ["code"], "name": ["code"],
        "code_from_name": ["name"], "category": ["code"], "codes": [],
        "languages": [],
    }
    for name, parameters in expected.items():
        function = getattr(sdkerr, name)
        assert len(function.__doc__) > 40, name
        assert list(inspect.signature(function).parameters) == parameters, name


def test_pydoc_shows_the_module_its_functions_and_sdkerror():
    text = pydoc.render_doc(sdkerr, renderer=pydoc.plaintext)
    for part in ("SDK's error codes", "localized(code, lang=None)",
                 "class SdkError", "code_from_name(name)", "version"):
        assert part in text


def test_the_type_stubs_name_exactly_the_public_api():
    stub = os.path.join(os.environ["abs_top_srcdir"], "python", "sdkerr.pyi")
    with open(stub, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    stubbed = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            stubbed.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            stubbed.add(node.target.id)
    public = {n for n in dir(sdkerr) if not n.startswith("_")} | {"__version__"}
    assert stubbed == public
