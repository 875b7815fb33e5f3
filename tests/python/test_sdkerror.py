"""SdkError: the exception SDK wrappers raise."""

import os
import pickle
import re
import subprocess
import sys

import pytest

import catalogs
import sdkerr


def test_it_is_an_exception_carrying_code_name_and_category():
    with pytest.raises(sdkerr.SdkError) as caught:
        raise sdkerr.SdkError(10003, "en")
    error = caught.value
    assert isinstance(error, Exception)
    assert (error.code, error.name, error.category, error.lang) == \
        (10003, "SDKERR_LICENSE_EXPIRED", "license", "en")


@catalogs.needed
def test_str_is_the_localized_message():
    assert str(sdkerr.SdkError(10003, "en")) == "License has expired"
    assert str(sdkerr.SdkError(10003, lang="de")) == "Lizenz abgelaufen"
    assert str(sdkerr.SdkError(15002)) == sdkerr.localized(15002)


@catalogs.needed
def test_the_message_is_fixed_when_the_exception_is_made():
    error = sdkerr.SdkError(10003, "xx")
    try:
        sdkerr.set_default_language("en")
        assert sdkerr.localized(10003, "xx") == "License has expired"
        assert str(error) == "授权过期"
    finally:
        sdkerr.set_default_language(None)


@catalogs.needed
def test_an_unknown_code_has_no_name_or_category_and_the_unknown_text():
    error = sdkerr.SdkError(12345, "en")
    assert (error.code, error.name, error.category) == (12345, None, None)
    assert str(error) == "Unknown error code"
    huge = sdkerr.SdkError(2**70)
    assert huge.code == 2**70 and huge.name is None


def test_args_repr_and_pickle_give_back_what_was_made():
    for made, args, text in ((sdkerr.SdkError(10003), (10003,), "SdkError(10003)"),
                             (sdkerr.SdkError(10003, "de"), (10003, "de"),
                              "SdkError(10003, 'de')")):
        assert made.args == args
        assert repr(made) == text
        copy = pickle.loads(pickle.dumps(made))
        assert type(copy) is sdkerr.SdkError
        assert (copy.code, copy.lang, str(copy)) == (made.code, made.lang, str(made))


@catalogs.needed
def test_an_sdk_wrapper_can_subclass_it():
    class LicenseError(sdkerr.SdkError):
        pass

    with pytest.raises(sdkerr.SdkError) as caught:
        raise LicenseError(10003, "en") from OSError("socket")
    assert type(caught.value) is LicenseError
    assert str(caught.value) == "License has expired"
    assert isinstance(caught.value.__cause__, OSError)


def test_its_attributes_are_read_only():
    error = sdkerr.SdkError(10003)
    for attribute in ("code", "name", "category", "lang"):
        with pytest.raises(AttributeError):
            setattr(error, attribute, 1)


@pytest.mark.parametrize("args", [(), ("10003",), (10003.0,), (10003, 5),
                                  (10003, "en", "de")])
def test_wrong_arguments_are_type_errors(args):
    with pytest.raises(TypeError):
        sdkerr.SdkError(*args)


def test_a_language_holding_nul_is_a_value_error():
    with pytest.raises(ValueError):
        sdkerr.SdkError(10003, "en\0")


@catalogs.needed
def test_the_readme_example_prints_what_it_says():
    readme = os.path.join(os.environ["abs_top_srcdir"], "README.md")
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    example = re.search(r"\n## Python\n.*?```python\n(.*?)```", text, re.S).group(1)
    expected = example.rstrip("\n").rsplit("\n", 1)[1].lstrip("# ")
    result = subprocess.run([sys.executable, "-c", example], stdout=subprocess.PIPE,
                            check=True, encoding="utf-8")
    assert result.stdout == expected + "\n"
