"""One hardened XML parser and small namespace-tolerant helpers for S3 documents.

S3 answers some documents in its namespace (ListBucketResult) and some without (Error bodies,
RGW variants), so every lookup matches on the local name only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, cast

from lxml import etree

from spacesgui.s3.errors import MalformedResponse

S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024

Element = etree._Element

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    dtd_validation=False, remove_comments=True, remove_pis=True,
)


def parse(body: bytes, *, status: int | None = None, request_id: str | None = None) -> Element:
    """Parse a server document; anything unexpected becomes MalformedResponse, never a traceback."""
    def bad(why: str) -> MalformedResponse:
        return MalformedResponse(f"The server sent an unreadable XML document: {why}",
                                 status=status, request_id=request_id)
    # S3 pads a late <Error> (CopyObject, CompleteMultipartUpload) with whitespace before
    # the declaration, which XML itself forbids.
    body = body.lstrip()
    if len(body) > MAX_DOCUMENT_BYTES:
        raise bad(f"{len(body)} bytes is larger than the {MAX_DOCUMENT_BYTES} allowed")
    if not body:
        raise bad("the body is empty")
    # A DOCTYPE has no business in an S3 answer and is how entity attacks start.
    if b"<!DOCTYPE" in body[:4096].upper():
        raise bad("it declares a DOCTYPE")
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise bad(str(exc)) from None
    return root


def local(el: Element) -> str:
    return str(el.tag).rpartition("}")[2]


def children(el: Element, name: str) -> Iterator[Element]:
    return (c for c in el if local(c) == name)


def child(el: Element, name: str) -> Element | None:
    return next(children(el, name), None)


def text(el: Element | None, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    found = child(el, name)
    if found is None:
        return default
    return found.text or ""


def need(el: Element, name: str) -> str:
    """Text of a child the server must send; its absence is a malformed answer."""
    value = text(el, name)
    if value is None:
        raise MalformedResponse(f"The server's <{local(el)}> lacks the required <{name}>")
    return value


def int_text(el: Element | None, name: str, default: int = 0) -> int:
    value = text(el, name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise MalformedResponse(f"<{name}> should be a number, got {value[:40]!r}") from None


def bool_text(el: Element | None, name: str, default: bool = False) -> bool:
    value = text(el, name)
    if value is None:
        return default
    return value.strip().lower() == "true"


def time_text(el: Element | None, name: str) -> datetime | None:
    value = text(el, name)
    return parse_timestamp(value) if value else None


def parse_timestamp(value: str) -> datetime | None:
    """ISO 8601 as S3 writes it (with or without fraction, with Z); None when unreadable."""
    cleaned = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- building request bodies ---------------------------------------------------------------

def element(tag: str, text_value: str | None = None, *kids: Element | None,
            ns: str | None = S3_NS) -> Element:
    el = etree.Element(f"{{{ns}}}{tag}" if ns else tag, nsmap=cast(Any, {None: ns}) if ns else None)
    if text_value is not None:
        el.text = text_value
    for kid in kids:
        if kid is not None:
            el.append(kid)
    return el


def sub(parent: Element, tag: str, text_value: str | None = None) -> Element:
    ns = etree.QName(parent).namespace
    el = etree.SubElement(parent, f"{{{ns}}}{tag}" if ns else tag)
    if text_value is not None:
        el.text = text_value
    return el


def sub_all(parent: Element, tag: str, values: Iterable[str]) -> None:
    for value in values:
        sub(parent, tag, value)


def to_bytes(el: Element) -> bytes:
    return bytes(etree.tostring(el, xml_declaration=True, encoding="UTF-8"))
