"""Bucket-name and key rules, checked against the written S3/RGW rules and against lxml itself."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.names import (
    bucket_name_problems,
    bucket_name_warnings,
    check_key,
    key_problems,
    key_warnings,
    validate_bucket_name,
)

# ---------------------------------------------------------------- bucket names


@pytest.mark.parametrize("name", [
    "abc", "a" * 63, "my-bucket", "my.site.com", "0123", "a-b-c.d-e", "1-2",
    "192.168.5", "1.2.3.4.5", "xn-abc", "foo-s3alias2", "sthree-is-fine-on-spaces",
])
def test_valid_bucket_names_have_no_problems(name):
    assert bucket_name_problems(name) == []
    validate_bucket_name(name)  # does not raise


@pytest.mark.parametrize(("name", "needle"), [
    ("", "Enter a bucket name"),
    ("ab", "at least 3 characters (this one has 2)"),
    ("a" * 64, "at most 63 characters (this one has 64)"),
    ("MyBucket", "lowercase letters only (found 'M', 'B')"),
    ("my_bucket", "remove '_'"),
    ("my bucket", "remove U+0020"),
    ("caf\u00e9", "remove '\u00e9'"),
    ("b\u00c9b", "remove '\u00c9'"),  # a non-ASCII capital is not fixed by lowercasing
    ("-bucket", "must start with a letter or a digit"),
    (".bucket", "must start with a letter or a digit"),
    ("bucket-", "must end with a letter or a digit"),
    ("bucket.", "must end with a letter or a digit"),
    ("my..bucket", "two dots in a row"),
    ("my-.bucket", "hyphen right next to a dot"),
    ("my.-bucket", "hyphen right next to a dot"),
    ("192.168.5.4", "IP address"),
    ("999.999.999.999", "IP address"),
    ("xn--bucket", "'xn--'"),
    ("bucket-s3alias", "'-s3alias'"),
])
def test_each_broken_rule_is_named(name, needle):
    problems = bucket_name_problems(name)
    assert any(needle in p for p in problems), problems
    with pytest.raises(InvalidInput, match=re.escape(needle)):
        validate_bucket_name(name)


def test_validate_reports_every_problem_at_once():
    with pytest.raises(InvalidInput) as info:
        validate_bucket_name("-Ab_")
    text = str(info.value)
    assert "'-Ab_' is not a valid bucket name" in text
    for needle in ("lowercase", "remove '_'", "start with", "end with"):
        assert needle in text
    assert isinstance(info.value, ValueError)


def test_a_huge_name_is_shortened_in_the_message():
    with pytest.raises(InvalidInput) as info:
        validate_bucket_name("x" * 5000)
    assert len(str(info.value)) < 300
    assert "this one has 5000" in str(info.value)


def _dns_reference(name: str) -> bool:
    """The rules restated as DNS labels, written independently of the implementation."""
    label = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
    return (
        3 <= len(name) <= 63
        and all(re.fullmatch(label, part, re.ASCII) for part in name.split("."))
        and not re.fullmatch(r"[0-9]+(\.[0-9]+){3}", name)
        and not name.startswith("xn--")
        and not name.endswith("-s3alias")
    )


@given(st.text(alphabet="ab9-._Z x\u00e9", max_size=70))
def test_validity_matches_the_dns_label_formulation(name):
    assert (bucket_name_problems(name) == []) == _dns_reference(name)


@given(st.text(alphabet="ab9-._Z", max_size=70))
def test_problems_list_is_empty_or_every_entry_is_a_sentence(name):
    for problem in bucket_name_problems(name):
        assert problem.endswith(".") and problem[0].isupper()


def test_dotted_names_are_warned_about_with_a_hyphen_suggestion():
    (warning,) = bucket_name_warnings("www.example.com")
    assert "HTTPS" in warning and "CDN" in warning
    assert "'www-example-com'" in warning


@pytest.mark.parametrize("name", ["my-bucket", "abc"])
def test_names_without_dots_get_no_warning(name):
    assert bucket_name_warnings(name) == []


# ---------------------------------------------------------------- object keys


@pytest.mark.parametrize("key", [
    "a", "folder/", "a b+c%20~.txt", "\u65e5\u672c/\u8a9e", "tab\there", "line\nbreak", "cr\r",
    "/leading", "a//b", "\x7f", "\x85", "\ufffd", "\U0001f600", "\u00e9" * 512, "x" * 1024,
])
def test_storable_keys_have_no_problems(key):
    assert key_problems(key) == []
    check_key(key)


@pytest.mark.parametrize(("key", "needle"), [
    ("", "cannot be empty"),
    ("x" * 1025, "at most 1024 bytes in UTF-8; this one is 1025 bytes"),
    ("\u00e9" * 512 + "a", "this one is 1025 bytes"),  # 513 characters, 1025 bytes
    ("a\x00b", "NUL character"),
    ("a\x01b", "control characters (U+0001)"),
    ("bell\x07 and esc\x1b", "U+0007, U+001B"),
    ("a\ufffe", "U+FFFE"),
    ("a\uffff", "U+FFFF"),
    ("bad\ud800", "unpaired surrogate"),
])
def test_each_key_problem_is_named(key, needle):
    problems = key_problems(key)
    assert any(needle in p for p in problems), problems
    with pytest.raises(InvalidInput) as info:
        check_key(key)
    assert str(info.value) == problems[0]


def test_control_character_problem_says_why():
    (problem,) = key_problems("a\x02")
    assert "XML 1.0" in problem and "listing" in problem


def test_nul_is_reported_once_and_first():
    problems = key_problems("\x00\x01")
    assert len(problems) == 2
    assert "NUL" in problems[0] and "U+0001" in problems[1] and "U+0000" not in problems[1]
    with pytest.raises(InvalidInput, match="NUL"):
        check_key("\x00\x01")


def _xml_can_carry(char: str) -> bool:
    """Whether lxml accepts `char` both as a character reference (how RGW escapes control
    characters) and literally (how other servers send it)."""
    try:
        etree.fromstring(f"<Key>&#x{ord(char):x};</Key>".encode())
        etree.fromstring(f"<Key>{char}</Key>".encode())
    except etree.XMLSyntaxError:
        return False
    return True


@pytest.mark.parametrize("code", [*range(0x00, 0x21), 0x7F, 0x85, 0xA0, 0xD7FF, 0xE000, 0xFFFD,
                                  0xFFFE, 0xFFFF, 0x10000, 0x10FFFF])
def test_keys_are_refused_exactly_when_xml_cannot_carry_a_character(code):
    char = chr(code)
    assert (key_problems(f"k{char}") == []) == _xml_can_carry(char)


def test_key_warnings_cover_line_breaks_and_dot_segments():
    assert any("U+000D" in w for w in key_warnings("a\rb"))
    assert any("'..'" in w for w in key_warnings("a/../b"))
    assert any("'.'" in w for w in key_warnings("./a"))
    assert key_warnings("a/b.c/..d/e.") == []


def test_existing_keys_with_control_characters_can_still_be_addressed():
    from spacesgui.s3.names import check_existing_key, xml_safe_key

    check_existing_key("made/by\x01another-tool")  # no exception: GET/HEAD/DELETE allowed
    assert not xml_safe_key("made/by\x01another-tool")
    assert xml_safe_key("tab\tand newline\n are fine")
    with pytest.raises(InvalidInput):
        check_existing_key("")
    with pytest.raises(InvalidInput):
        check_key("made/by\x01another-tool")  # but never created by us


def test_delete_objects_refuses_keys_xml_cannot_carry_before_sending():
    from spacesgui.s3 import S3Client

    client = S3Client(endpoint="http://127.0.0.1:9", region="nyc3", access_key="a",
                      secret_key="b")
    with pytest.raises(InvalidInput, match="delete_object"):
        client.delete_objects(bucket="bkt", objects=["fine", "odd\x02key"])
