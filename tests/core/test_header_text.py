"""Metadata text as other tools store it: read for display, written back as S3 accepts it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.header_text import RawHeaderValue, readable, writable
from spacesgui.s3.headers import metadata_headers
from spacesgui.s3.models.objects import ObjectHead

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40)


def as_received(value: str) -> str:
    """A header sent as raw UTF-8 bytes, as requests/http.client hand it over (Latin-1)."""
    return value.encode("utf-8").decode("latin-1")


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_what_we_write_reads_back_as_typed(value: str) -> None:
    written = writable("v", value)
    assert written.isascii()
    assert readable(written) == value


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_raw_utf8_reads_as_the_text_it_encodes(value: str) -> None:
    assert readable(as_received(value)) == value


@pytest.mark.parametrize("value", ["plain", "", "a=b?c", "=?not-a-word", "100% ok"])
def test_plain_ascii_is_left_alone(value: str) -> None:
    assert readable(value) == value
    assert writable("v", value) == value


def test_aws_encoded_words_are_decoded() -> None:
    assert readable("=?UTF-8?B?Y2Fmw6k=?=") == "café"
    assert readable("=?utf-8?q?caf=C3=A9?=") == "café"
    assert writable("v", "=?UTF-8?B?Y2Fmw6k=?=") != "=?UTF-8?B?Y2Fmw6k=?="  # kept as typed


def test_latin1_bytes_that_are_not_utf8_are_shown_as_received() -> None:
    assert readable("caf\u00e9") == "caf\u00e9"  # one byte 0xE9: not UTF-8


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "bell\x07", "c1\x85"])
def test_line_breaks_and_control_characters_are_refused(value: str) -> None:
    with pytest.raises(InvalidInput):
        writable("The value", value)


def test_head_shows_decoded_and_keeps_the_stored_form() -> None:
    raw = as_received("café")
    head = ObjectHead.from_headers({"x-amz-meta-note": raw, "x-amz-meta-plain": "x",
                                    "x-amz-meta-aws": "=?UTF-8?B?Y2Fmw6k=?="},
                                   bucket="b", key="k")
    assert dict(head.metadata) == {"note": "café", "plain": "x", "aws": "café"}
    stored = head.stored_metadata()
    assert stored == {"note": raw, "plain": "x", "aws": "=?UTF-8?B?Y2Fmw6k=?="}
    assert isinstance(stored["note"], RawHeaderValue)
    # The stored form goes back as is; the same text typed by hand is still refused there.
    assert metadata_headers(stored)["x-amz-meta-note"] == raw
    with pytest.raises(InvalidInput, match="ASCII"):
        metadata_headers({"note": "café"})
    with pytest.raises(InvalidInput, match="line break"):
        metadata_headers({"note": RawHeaderValue("a\r\nInjected: 1")})
