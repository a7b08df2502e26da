"""Non-ASCII text in metadata headers: how other tools send it, how it is shown and written.

HTTP headers carry bytes; requests and http.client read them as Latin-1 and write str values
back as Latin-1, so a value keeps its exact bytes if it is handed back as read. s3cmd sends
`x-amz-meta-note: café` as raw UTF-8 bytes, which arrive here as "cafÃ©"; AWS and our own
writes use RFC 2047 encoded-words (`=?UTF-8?B?Y2Fmw6k=?=`), which S3 keeps as plain ASCII.
Both are shown decoded. A value the user did not edit goes back exactly as stored
(RawHeaderValue); an edited one is written as an encoded-word, which every S3 accepts.
"""

from __future__ import annotations

import base64
import email.errors
import email.header
import re

from spacesgui.s3.errors import InvalidInput

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


class RawHeaderValue(str):
    """A header value exactly as the server sent it (its bytes read as Latin-1); it is sent
    back byte for byte, so only line breaks and control characters are refused."""


def readable(raw: str) -> str:
    """A metadata value as the user reads it: raw UTF-8 and RFC 2047 encoded-words decoded;
    anything else as received."""
    if not raw.isascii():
        try:
            return raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return raw
    if not _ENCODED_WORD.search(raw):
        return raw
    try:
        return str(email.header.make_header(email.header.decode_header(raw)))
    except (email.errors.HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return raw


def writable(what: str, value: str) -> str:
    """`value` in a form S3 accepts in a header: plain ASCII as is, anything else as one RFC
    2047 encoded-word. Line breaks and control characters are refused (InvalidInput)."""
    for ch in value:
        if ch in "\r\n":
            raise InvalidInput(f"{what} must not contain a line break")
        if (ch != "\t" and ord(ch) < 0x20) or 0x7F <= ord(ch) < 0xA0:
            raise InvalidInput(f"{what} must not contain control characters")
    if value.isascii() and not _ENCODED_WORD.search(value):
        return value
    # An ASCII value that looks like an encoded-word is encoded too, so it reads back as typed.
    return "=?UTF-8?B?" + base64.b64encode(value.encode("utf-8")).decode("ascii") + "?="


def stored_form(what: str, value: str) -> str:
    """A value read from the server, checked for what could split a request, sent back as is."""
    if any(ch in "\r\n" or (ch != "\t" and ord(ch) < 0x20) or ord(ch) == 0x7F for ch in value):
        raise InvalidInput(f"{what} must not contain a line break or control characters")
    return value
