"""One hardened XML parser and small namespace-tolerant helpers for S3 documents.

S3 answers some documents in its namespace (ListBucketResult) and some without (Error bodies,
RGW variants), so a lookup matches a name in the document's own namespace or in none, and a
document in any other namespace is refused.
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

_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False,
    "dtd_validation": False, "remove_comments": True, "remove_pis": True,
}
_CHECK_BYTES = 4 * 1024
# The largest number S3 writes (sizes, part numbers, ages): a signed 64-bit long.
MAX_NUMBER = 2**63 - 1


def parse(body: bytes, *, status: int | None = None, request_id: str | None = None) -> Element:
    """Parse a server document; anything unexpected becomes MalformedResponse, never a traceback.

    A DOCTYPE has no business in an S3 answer and is how entity attacks start, so the document
    is refused when the parser reports one, wherever it sits: the check is the parser's own
    document info at the root element's start, which every DOCTYPE must precede, and the rest
    of the body is not parsed at all.
    """
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
    # The check reads only up to the root's start tag, which any DOCTYPE must precede, with a
    # pull parser of its own; the document itself goes to a plain parser: a pull parser makes
    # an event (and an element proxy) per element, 80% of its time on a listing page.
    checker = etree.XMLPullParser(events=("start",), **_PARSER_OPTIONS)
    try:
        for offset in range(0, len(body), _CHECK_BYTES):
            checker.feed(body[offset:offset + _CHECK_BYTES])
            first = next((el for _event, el in checker.read_events()
                          if isinstance(el, etree._Element)), None)
            if first is not None:
                if _declares_dtd(first.getroottree().docinfo):
                    raise bad("it declares a DOCTYPE")
                break
        root = etree.fromstring(body, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        raise bad(str(exc)) from None
    namespace = etree.QName(root).namespace
    if namespace not in (None, S3_NS):
        raise bad(f"its namespace {namespace[:80]!r} is not S3's")
    return root


def _declares_dtd(info: Any) -> bool:
    return bool(info.doctype) or info.internalDTD is not None or info.externalDTD is not None


def local(el: Element) -> str:
    return str(el.tag).rpartition("}")[2]


def children(el: Element, *names: str) -> Iterator[Element]:
    """Children called one of `names` in the parent's namespace (or in none), in document
    order: an element from another namespace is not the S3 field it shares a local name with."""
    namespace = etree.QName(el).namespace
    tags = {*names, *(f"{{{namespace}}}{n}" for n in names)} if namespace else set(names)
    return (c for c in el if c.tag in tags)


def child(el: Element, name: str) -> Element | None:
    return next(children(el, name), None)


def text(el: Element | None, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    found = child(el, name)
    return default if found is None else own_text(found)


class Fields:
    """The children of one element by local name, found in a single pass, for a record read
    field by field (a listing entry): `text(el, name)` per field would walk the children and
    build the namespace's names again for each. Same rules: the first child of a name counts,
    in the element's namespace or in none."""

    __slots__ = ("_el", "_found")

    def __init__(self, el: Element) -> None:
        tag = str(el.tag)
        prefix = tag[:tag.find("}") + 1] if tag.startswith("{") else ""
        found: dict[str, Element] = {}
        for kid in el:
            kid_tag: object = kid.tag
            if not isinstance(kid_tag, str):    # an entity reference left unresolved
                continue
            if prefix and kid_tag.startswith(prefix):
                kid_tag = kid_tag[len(prefix):]
            elif kid_tag.startswith("{"):
                continue
            if kid_tag not in found:
                found[kid_tag] = kid
        self._el, self._found = el, found

    def child(self, name: str) -> Element | None:
        return self._found.get(name)

    def text(self, name: str, default: str | None = None) -> str | None:
        found = self._found.get(name)
        return default if found is None else own_text(found)

    def need(self, name: str, *, empty_ok: bool = True) -> str:
        return _needed(self._el, name, self.text(name), empty_ok)

    def int(self, name: str, default: int = 0) -> int:
        return _number(self.text(name), name, default)

    def time(self, name: str) -> datetime | None:
        value = self.text(name)
        return parse_timestamp(value) if value else None


def own_text(el: Element) -> str:
    """The text of a leaf element. Markup inside a value (an element, an entity reference)
    would be dropped from .text and leave a shortened or empty value, so it is refused."""
    if len(el):
        raise MalformedResponse(f"The server's <{local(el)[:60]}> holds markup where text "
                                "belongs")
    return el.text or ""


def need(el: Element, name: str, *, empty_ok: bool = True) -> str:
    """Text of a child the server must send; its absence (or, with empty_ok=False, an empty
    value: a key or a bucket name is never empty) is a malformed answer."""
    return _needed(el, name, text(el, name), empty_ok)


def _needed(el: Element, name: str, value: str | None, empty_ok: bool) -> str:
    if value is None or (not empty_ok and value == ""):
        what = "lacks the required" if value is None else "has an empty"
        raise MalformedResponse(f"The server's <{local(el)}> {what} <{name}>")
    return value


def int_text(el: Element | None, name: str, default: int = 0) -> int:
    return _number(text(el, name), name, default)


def _number(value: str | None, name: str, default: int) -> int:
    if value is None or value.strip() == "":
        return default
    digits = value.strip()
    # int() alone would also read "1_000", "+5" and non-ASCII digits: not what S3 writes.
    if not (digits.isascii() and digits.isdigit()):
        raise MalformedResponse(f"<{name}> should be a number, got {value[:40]!r}")
    if len(digits) > 19 or (number := int(digits)) > MAX_NUMBER:
        raise MalformedResponse(f"<{name}> is out of range: {value.strip()[:40]}")
    return number


def bool_text(el: Element | None, name: str, default: bool = False) -> bool:
    value = text(el, name)
    if value is None or value.strip() == "":
        return default
    word = value.strip().lower()
    if word not in ("true", "false"):
        raise MalformedResponse(f"<{name}> should be true or false, got {value[:40]!r}")
    return word == "true"


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
