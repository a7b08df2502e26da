"""Wire encoding of paths and query strings, shared by requests and signatures."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, unquote_plus

Query = Iterable[tuple[str, str | None]]


def quote_key(key: str) -> str:
    """S3's path encoding: every byte but unreserved characters and '/' is percent-encoded."""
    return quote(key, safe="/~")


def quote_value(value: str) -> str:
    return quote(value, safe="-_.~")


def encode_query(params: Query) -> str:
    """`None` values become bare sub-resources (`?acl`), others `name=value`."""
    parts = []
    for name, value in params:
        if value is None:
            parts.append(quote_value(name))
        else:
            parts.append(f"{quote_value(name)}={quote_value(value)}")
    return "&".join(parts)


def unquote_key(text: str) -> str:
    """Inverse of S3's `encoding-type=url`: AWS writes a space as '+' and a plus as %2B."""
    return unquote_plus(text)
