"""Request headers shared by the object operations, validated before anything is sent.

Every builder returns a plain dict of header name to value, with no None values, so an operation
can merge several of them. Bad input raises InvalidInput with a sentence the UI can show.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Literal, get_args
from urllib.parse import quote

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.header_text import RawHeaderValue, stored_form
from spacesgui.s3.urls import quote_key

CannedAcl = Literal["private", "public-read", "public-read-write", "authenticated-read",
                    "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control"]
CANNED_ACLS: frozenset[str] = frozenset(get_args(CannedAcl))
ObjectLockMode = Literal["GOVERNANCE", "COMPLIANCE"]
Grant = str | Sequence[str]
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
# AWS documents 2 KB for all user metadata of one PUT; larger headers are rejected or truncated.
MAX_METADATA_BYTES = 2048
MAX_TAGS = 10
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_STORAGE_CLASS = re.compile(r"^[A-Z0-9_]{1,64}$")
_CHECKSUM_BYTES = {"crc32": 4, "crc32c": 4, "sha1": 20, "sha256": 32}


# --- SSE-C -----------------------------------------------------------------------------------

class SSECustomerKey:
    """A 256-bit key the server encrypts one object with and never stores; repr hides it."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes) or len(key) != 32:
            raise InvalidInput("An SSE-C key must be exactly 32 bytes (256 bits)")
        self._key = key

    @classmethod
    def generate(cls) -> SSECustomerKey:
        return cls(os.urandom(32))

    @classmethod
    def from_base64(cls, text: str) -> SSECustomerKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput("The SSE-C key is not valid base64") from None
        return cls(raw)

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def key_md5(self) -> str:
        """Base64 MD5 of the key: what the server echoes, safe to show and store."""
        return base64.b64encode(hashlib.md5(self._key).digest()).decode()  # noqa: S324 - S3 asks for MD5

    def headers(self) -> dict[str, str]:
        return {
            "x-amz-server-side-encryption-customer-algorithm": "AES256",
            "x-amz-server-side-encryption-customer-key": base64.b64encode(self._key).decode(),
            "x-amz-server-side-encryption-customer-key-MD5": self.key_md5,
        }

    def copy_source_headers(self) -> dict[str, str]:
        return {f"x-amz-copy-source-{name[6:]}": value for name, value in self.headers().items()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SSECustomerKey) and other._key == self._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"SSECustomerKey(md5={self.key_md5!r})"

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the key to wherever the pickle goes; make that a visible error.
        raise TypeError("SSECustomerKey cannot be pickled")


def require_tls_for_sse_c(endpoint: str, *keys: SSECustomerKey | None) -> None:
    """Refuse to put an encryption key on the wire in clear text (the server refuses it too)."""
    if any(k is not None for k in keys) and not endpoint.lower().startswith("https://"):
        raise InvalidInput("A customer key (SSE-C) is only sent over HTTPS, and this endpoint "
                           "uses plain HTTP, where the key would cross the network readable. "
                           "Use the account's https:// endpoint for files with a customer key.")


# --- values ----------------------------------------------------------------------------------

def check_header_value(what: str, value: str) -> str:
    """Header values must be printable ASCII: CR/LF would split the request (header injection)."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text")
    for ch in value:
        if ch in "\r\n":
            raise InvalidInput(f"{what} must not contain a line break")
        if ch != "\t" and (ord(ch) < 0x20 or ord(ch) == 0x7F):
            raise InvalidInput(f"{what} must not contain control characters")
        if ord(ch) > 0x7E:
            raise InvalidInput(f"{what} must be plain ASCII; {ch!r} cannot travel in a header")
    return value


def http_date(when: datetime) -> str:
    """RFC 7231 date for If-Modified-Since and Expires; a naive datetime is ambiguous."""
    if when.tzinfo is None:
        raise InvalidInput("Dates must carry a time zone (use datetime.now(UTC))")
    return format_datetime(when.astimezone(UTC), usegmt=True)


def iso8601(when: datetime) -> str:
    if when.tzinfo is None:
        raise InvalidInput("Dates must carry a time zone (use datetime.now(UTC))")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _put(headers: dict[str, str], name: str, value: str | None, what: str) -> None:
    if value is not None:
        headers[name] = check_header_value(what, value)


# --- content headers -------------------------------------------------------------------------

def content_headers(*, cache_control: str | None = None, content_disposition: str | None = None,
                    content_encoding: str | None = None, content_language: str | None = None,
                    content_type: str | None = None, expires: datetime | str | None = None,
                    ) -> dict[str, str]:
    headers: dict[str, str] = {}
    _put(headers, "Cache-Control", cache_control, "Cache-Control")
    _put(headers, "Content-Disposition", content_disposition, "Content-Disposition")
    _put(headers, "Content-Encoding", content_encoding, "Content-Encoding")
    _put(headers, "Content-Language", content_language, "Content-Language")
    _put(headers, "Content-Type", content_type, "Content-Type")
    if isinstance(expires, datetime):
        headers["Expires"] = http_date(expires)
    else:
        _put(headers, "Expires", expires, "Expires")
    return headers


def metadata_headers(metadata: Mapping[str, str] | None) -> dict[str, str]:
    """x-amz-meta-* headers; names are case-insensitive on the wire, so duplicates are refused."""
    if not metadata:
        return {}
    headers: dict[str, str] = {}
    total = 0
    for raw_name, value in metadata.items():
        name = raw_name.strip().lower()
        if name.startswith("x-amz-meta-"):
            name = name[len("x-amz-meta-"):]
        if not name:
            raise InvalidInput("A metadata name must not be empty")
        if not _TOKEN.match(name):
            raise InvalidInput(f"The metadata name {raw_name!r} may hold only letters, digits "
                               "and - _ . ! # $ % & ' * + ^ ` | ~")
        header = f"x-amz-meta-{name}"
        if header in headers:
            raise InvalidInput(f"The metadata name {name!r} is given twice (names ignore case)")
        what = f"The metadata value of {name!r}"
        headers[header] = (stored_form(what, value) if isinstance(value, RawHeaderValue)
                           else check_header_value(what, value))
        total += len(name) + len(value)
    if total > MAX_METADATA_BYTES:
        raise InvalidInput(f"Metadata totals {total} bytes; S3 allows {MAX_METADATA_BYTES}")
    return headers


def tagging_value(tags: Mapping[str, str]) -> str:
    """Tags as the URL-encoded form S3 expects in x-amz-tagging."""
    if len(tags) > MAX_TAGS:
        raise InvalidInput(f"An object may have at most {MAX_TAGS} tags, not {len(tags)}")
    parts = []
    for key, value in tags.items():
        if not key or len(key) > 128:
            raise InvalidInput("A tag key must have 1 to 128 characters")
        if len(value) > 256:
            raise InvalidInput(f"The value of tag {key!r} is longer than 256 characters")
        parts.append(f"{quote(key, safe='-_.~')}={quote(value, safe='-_.~')}")
    return "&".join(parts)


def grant_id(canonical_id: str) -> str:
    return f'id="{canonical_id}"'


def grant_uri(uri: str) -> str:
    return f'uri="{uri}"'


def grant_email(address: str) -> str:
    return f'emailAddress="{address}"'


def acl_headers(*, acl: str | None = None, grant_full_control: Grant | None = None,
                grant_read: Grant | None = None, grant_read_acp: Grant | None = None,
                grant_write_acp: Grant | None = None, grant_write: Grant | None = None,
                ) -> dict[str, str]:
    """A canned ACL or explicit grants (`id="..."`, see grant_id); S3 refuses both at once."""
    headers: dict[str, str] = {}
    if acl is not None:
        if acl not in CANNED_ACLS:
            raise InvalidInput(f"{acl!r} is not a canned ACL ({', '.join(sorted(CANNED_ACLS))})")
        headers["x-amz-acl"] = acl
    grants = {"x-amz-grant-full-control": grant_full_control, "x-amz-grant-read": grant_read,
              "x-amz-grant-read-acp": grant_read_acp, "x-amz-grant-write-acp": grant_write_acp,
              "x-amz-grant-write": grant_write}
    for name, grant in grants.items():
        if grant is None:
            continue
        value = grant if isinstance(grant, str) else ", ".join(grant)
        if not value.strip():
            raise InvalidInput(f"{name} needs at least one grantee")
        headers[name] = check_header_value(name, value)
    if acl is not None and len(headers) > 1:
        raise InvalidInput("Give either a canned ACL or explicit grants, not both")
    return headers


def checksum_headers(*, crc32: str | None = None, crc32c: str | None = None,
                     sha1: str | None = None, sha256: str | None = None) -> dict[str, str]:
    """x-amz-checksum-* values are base64 digests; a wrong length is caught before upload."""
    headers: dict[str, str] = {}
    for name, value in (("crc32", crc32), ("crc32c", crc32c), ("sha1", sha1), ("sha256", sha256)):
        if value is None:
            continue
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput(f"The {name} checksum must be base64") from None
        if len(raw) != _CHECKSUM_BYTES[name]:
            raise InvalidInput(f"A {name} checksum is {_CHECKSUM_BYTES[name]} bytes, "
                               f"not {len(raw)}")
        headers[f"x-amz-checksum-{name}"] = value
    return headers


def sha256_checksum(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def content_md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()  # noqa: S324 - S3 asks for MD5


def check_content_md5(value: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("Content-MD5 must be the base64 of the 16-byte digest") from None
    if len(raw) != 16:
        raise InvalidInput("Content-MD5 must be the base64 of the 16-byte digest, not a hex one")
    return value


def object_lock_headers(*, mode: str | None = None, retain_until: datetime | None = None,
                        legal_hold: bool | None = None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if (mode is None) != (retain_until is None):
        raise InvalidInput("Object lock needs both a mode and a retain-until date")
    if mode is not None and retain_until is not None:
        if mode not in ("GOVERNANCE", "COMPLIANCE"):
            raise InvalidInput("The object lock mode is GOVERNANCE or COMPLIANCE")
        headers["x-amz-object-lock-mode"] = mode
        headers["x-amz-object-lock-retain-until-date"] = iso8601(retain_until)
    if legal_hold is not None:
        headers["x-amz-object-lock-legal-hold"] = "ON" if legal_hold else "OFF"
    return headers


def sse_headers(*, server_side_encryption: str | None = None, kms_key_id: str | None = None,
                bucket_key_enabled: bool | None = None,
                context: Mapping[str, str] | None = None,
                sse_c: SSECustomerKey | None = None) -> dict[str, str]:
    """Server-side encryption; Spaces supports only SSE-C, the rest is for other S3 servers."""
    headers: dict[str, str] = {}
    if server_side_encryption is not None:
        if sse_c is not None:
            raise InvalidInput("Choose SSE-C or server-managed encryption, not both")
        _put(headers, "x-amz-server-side-encryption", server_side_encryption,
             "The server-side encryption")
    elif kms_key_id is not None or context is not None:
        raise InvalidInput("A KMS key or context needs server_side_encryption='aws:kms'")
    _put(headers, "x-amz-server-side-encryption-aws-kms-key-id", kms_key_id, "The KMS key id")
    if bucket_key_enabled is not None:
        headers["x-amz-server-side-encryption-bucket-key-enabled"] = (
            "true" if bucket_key_enabled else "false")
    if context is not None:
        encoded = json.dumps(dict(context), separators=(",", ":")).encode()
        headers["x-amz-server-side-encryption-context"] = base64.b64encode(encoded).decode()
    if sse_c is not None:
        headers.update(sse_c.headers())
    return headers


def storage_class_headers(storage_class: str | None) -> dict[str, str]:
    if storage_class is None:
        return {}
    if not _STORAGE_CLASS.match(storage_class):
        raise InvalidInput(f"{storage_class!r} is not a storage class name (such as STANDARD)")
    return {"x-amz-storage-class": storage_class}


def website_redirect_headers(location: str | None) -> dict[str, str]:
    if location is None:
        return {}
    if not location.startswith(("/", "http://", "https://")):
        raise InvalidInput("A website redirect starts with /, http:// or https://")
    return {"x-amz-website-redirect-location":
            check_header_value("The website redirect", location)}


def common_headers(*, expected_bucket_owner: str | None = None, request_payer: bool = False,
                   extra_headers: Mapping[str, str] | None = None) -> dict[str, str]:
    headers: dict[str, str] = {}
    _put(headers, "x-amz-expected-bucket-owner", expected_bucket_owner, "The expected owner")
    if request_payer:
        headers["x-amz-request-payer"] = "requester"
    for name, value in (extra_headers or {}).items():
        if not _TOKEN.match(name):
            raise InvalidInput(f"{name!r} is not a valid header name")
        headers[name] = check_header_value(f"The header {name}", value)
    return headers


# --- conditions ------------------------------------------------------------------------------

def _etag_list(value: str | Sequence[str]) -> str:
    items = [value] if isinstance(value, str) else list(value)
    quoted = [v if v == "*" or v.startswith(('"', 'W/"')) else f'"{v}"' for v in items]
    return ", ".join(quoted)


def conditional_headers(*, if_match: str | Sequence[str] | None = None,
                        if_none_match: str | Sequence[str] | None = None,
                        if_modified_since: datetime | None = None,
                        if_unmodified_since: datetime | None = None) -> dict[str, str]:
    """If-* headers; ETags may be given with or without their quotes (results strip them)."""
    headers: dict[str, str] = {}
    if if_match is not None:
        headers["If-Match"] = check_header_value("If-Match", _etag_list(if_match))
    if if_none_match is not None:
        headers["If-None-Match"] = check_header_value("If-None-Match", _etag_list(if_none_match))
    if if_modified_since is not None:
        headers["If-Modified-Since"] = http_date(if_modified_since)
    if if_unmodified_since is not None:
        headers["If-Unmodified-Since"] = http_date(if_unmodified_since)
    return headers


def copy_source_condition_headers(*, if_match: str | Sequence[str] | None = None,
                                  if_none_match: str | Sequence[str] | None = None,
                                  if_modified_since: datetime | None = None,
                                  if_unmodified_since: datetime | None = None,
                                  ) -> dict[str, str]:
    """Conditions on the copy source, sent under both names the spec lists.

    AWS reads x-amz-copy-source-if-*; Ceph RGW 16.2 (and so Spaces) reads only x-amz-copy-if-*
    and silently copies regardless of x-amz-copy-source-if-* (measured), so both are sent.
    """
    plain = conditional_headers(if_match=if_match, if_none_match=if_none_match,
                                if_modified_since=if_modified_since,
                                if_unmodified_since=if_unmodified_since)
    out: dict[str, str] = {}
    for name, value in plain.items():
        out[f"x-amz-copy-source-{name.lower()}"] = value
        out[f"x-amz-copy-{name.lower()}"] = value
    return out


# --- copy source -----------------------------------------------------------------------------

def copy_source(bucket: str, key: str, version_id: str | None = None) -> str:
    """x-amz-copy-source: `/bucket/key` percent-encoded like a path, then `?versionId=`."""
    if not bucket:
        raise InvalidInput("The copy source needs a bucket")
    if not key:
        raise InvalidInput("The copy source needs a key")
    value = f"/{quote(bucket, safe='')}/{quote_key(key)}"
    if version_id is not None:
        if not version_id:
            raise InvalidInput("An empty version id is not a version")
        value += f"?versionId={quote(version_id, safe='')}"
    return value


def byte_range(start: int, end: int | None = None) -> str:
    """`bytes=start-end` (inclusive end), or `bytes=start-` to the end of the object."""
    if start < 0 or (end is not None and end < start):
        raise InvalidInput(f"{start}-{end} is not a byte range (0 <= start <= end)")
    return f"bytes={start}-" if end is None else f"bytes={start}-{end}"


CHECKSUM_ALGORITHMS = frozenset({"CRC32", "CRC32C", "SHA1", "SHA256", "CRC64NVME"})


def checksum_algorithm(name: str) -> str:
    """x-amz-checksum-algorithm / x-amz-sdk-checksum-algorithm values."""
    upper = name.upper()
    if upper not in CHECKSUM_ALGORITHMS:
        raise InvalidInput(f"{name!r} is not a checksum algorithm "
                           f"({', '.join(sorted(CHECKSUM_ALGORITHMS))})")
    return upper
