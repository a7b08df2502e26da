"""Results of the object and multipart operations, and the parsers of their XML answers.

ETags are kept exactly as S3 sends them except for the surrounding double quotes, which are
stripped (`"abc-3"` becomes `abc-3`); give them back with or without quotes, both work.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse, ServiceError
from spacesgui.s3.header_text import RawHeaderValue, readable


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


def strip_etag(value: str | None) -> str | None:
    """`"abc"` -> `abc`; an empty ETag (RGW's CompleteMultipartUpload) is None."""
    if value is None:
        return None
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return value or None


def http_time(value: str | None) -> datetime | None:
    """RFC 7231 dates (Last-Modified, Expires); None when absent or unreadable ("0" is common)."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ObjectHead:
    """What HeadObject/GetObject say about an object; `content_length` is of this response."""

    bucket: str
    key: str
    etag: str | None
    content_length: int
    content_type: str | None
    last_modified: datetime | None
    metadata: Mapping[str, str]           # x-amz-meta-* names, lower-case, without the prefix
    version_id: str | None = None
    cache_control: str | None = None
    content_disposition: str | None = None
    content_encoding: str | None = None
    content_language: str | None = None
    expires: str | None = None            # raw: S3 stores any string the uploader sent
    content_range: str | None = None      # "bytes 0-9/1234" for a ranged GET
    accept_ranges: str | None = None
    delete_marker: bool = False
    storage_class: str | None = None
    website_redirect_location: str | None = None
    tag_count: int | None = None
    parts_count: int | None = None
    server_side_encryption: str | None = None
    sse_customer_algorithm: str | None = None
    sse_customer_key_md5: str | None = None
    # "sha256" -> base64, when checksum mode is on
    checksums: Mapping[str, str] = field(default_factory=_empty)
    object_lock_mode: str | None = None
    object_lock_retain_until: datetime | None = None
    object_lock_legal_hold: bool | None = None
    expiration: str | None = None          # x-amz-expiration: which lifecycle rule ends it
    replication_status: str | None = None
    missing_meta: int | None = None
    # The stored form of each metadata value shown decoded in `metadata` (raw UTF-8 or RFC
    # 2047): writing it back keeps the object's bytes exactly as the other tool left them.
    raw_metadata: Mapping[str, str] = field(default_factory=_empty)

    def stored_metadata(self) -> dict[str, str]:
        """The metadata as stored, for writing back unchanged."""
        return {name: self.raw_metadata.get(name, value) for name, value in self.metadata.items()}

    @property
    def size(self) -> int:
        """The whole object's size, also for a ranged answer (from Content-Range)."""
        if self.content_range and "/" in self.content_range:
            total = self.content_range.rpartition("/")[2].strip()
            if total.isdigit():
                return int(total)
        return self.content_length

    @property
    def expires_at(self) -> datetime | None:
        return http_time(self.expires)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], *, bucket: str, key: str) -> ObjectHead:
        lower = {k.lower(): v for k, v in headers.items()}
        stored = {k[len("x-amz-meta-"):]: v for k, v in lower.items()
                  if k.startswith("x-amz-meta-")}
        meta = {k: readable(v) for k, v in stored.items()}
        raw = {k: RawHeaderValue(v) for k, v in stored.items() if meta[k] != v}
        checksums = {k[len("x-amz-checksum-"):]: v for k, v in lower.items()
                     if k.startswith("x-amz-checksum-") and k != "x-amz-checksum-type"}
        hold = lower.get("x-amz-object-lock-legal-hold")
        return cls(
            bucket=bucket, key=key,
            etag=strip_etag(lower.get("etag")),
            content_length=_int(lower.get("content-length")) or 0,
            content_type=lower.get("content-type"),
            last_modified=http_time(lower.get("last-modified")),
            metadata=MappingProxyType(meta),
            raw_metadata=MappingProxyType(raw),
            version_id=lower.get("x-amz-version-id"),
            cache_control=lower.get("cache-control"),
            content_disposition=lower.get("content-disposition"),
            content_encoding=lower.get("content-encoding"),
            content_language=lower.get("content-language"),
            expires=lower.get("expires"),
            content_range=lower.get("content-range"),
            accept_ranges=lower.get("accept-ranges"),
            delete_marker=lower.get("x-amz-delete-marker", "").lower() == "true",
            storage_class=lower.get("x-amz-storage-class"),
            website_redirect_location=lower.get("x-amz-website-redirect-location"),
            tag_count=_int(lower.get("x-amz-tagging-count")),
            parts_count=_int(lower.get("x-amz-mp-parts-count")),
            server_side_encryption=lower.get("x-amz-server-side-encryption"),
            sse_customer_algorithm=lower.get("x-amz-server-side-encryption-customer-algorithm"),
            sse_customer_key_md5=lower.get("x-amz-server-side-encryption-customer-key-md5"),
            checksums=MappingProxyType(checksums),
            object_lock_mode=lower.get("x-amz-object-lock-mode"),
            object_lock_retain_until=xml.parse_timestamp(
                lower.get("x-amz-object-lock-retain-until-date", "")),
            object_lock_legal_hold=None if hold is None else hold.upper() == "ON",
            expiration=lower.get("x-amz-expiration"),
            replication_status=lower.get("x-amz-replication-status"),
            missing_meta=_int(lower.get("x-amz-missing-meta")),
        )


def _int(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


@dataclass(frozen=True, slots=True)
class PutObjectResult:
    etag: str | None
    version_id: str | None = None
    sse_customer_key_md5: str | None = None     # the server's echo: proof the key was used


@dataclass(frozen=True, slots=True)
class CopyObjectResult:
    etag: str | None
    last_modified: datetime | None
    version_id: str | None = None               # of the new copy
    copy_source_version_id: str | None = None
    # The server's echo of the destination key. Ceph RGW 16.2 ignores SSE-C on a CopyObject
    # destination and stores the copy unencrypted; then this is None.
    sse_customer_key_md5: str | None = None


@dataclass(frozen=True, slots=True)
class DeleteObjectResult:
    delete_marker: bool                         # a versioned bucket wrote a delete marker
    version_id: str | None = None               # the marker's (or the deleted version's) id


@dataclass(frozen=True, slots=True)
class ObjectIdentifier:
    """One key (and optionally one version) to delete in DeleteObjects."""

    key: str
    version_id: str | None = None


@dataclass(frozen=True, slots=True)
class DeletedObject:
    key: str
    version_id: str | None = None
    delete_marker: bool = False
    delete_marker_version_id: str | None = None


@dataclass(frozen=True, slots=True)
class DeleteError:
    key: str
    code: str
    message: str
    version_id: str | None = None


@dataclass(frozen=True, slots=True)
class DeleteObjectsResult:
    """Deleting a missing key counts as deleted in S3; `errors` holds real per-key failures."""

    deleted: tuple[DeletedObject, ...]
    errors: tuple[DeleteError, ...]


def raise_if_error_document(root: xml.Element, *, status: int, request_id: str | None,
                            resource: str, method: str) -> None:
    """CopyObject and CompleteMultipartUpload may answer 200 and then fail in the body."""
    if xml.local(root) != "Error":
        return
    raise ServiceError(code=(xml.text(root, "Code") or "InternalError")[:200],
                       message=(xml.text(root, "Message") or "")[:2000], status=status,
                       request_id=xml.text(root, "RequestId") or request_id,
                       host_id=xml.text(root, "HostId"),
                       resource=xml.text(root, "Resource") or resource, method=method)


def parse_copy_result(root: xml.Element, headers: Mapping[str, str]) -> CopyObjectResult:
    """<CopyObjectResult> or <CopyPartResult>: ETag and LastModified."""
    if xml.local(root) not in ("CopyObjectResult", "CopyPartResult"):
        raise MalformedResponse(f"Expected a copy result, got <{xml.local(root)}>")
    return CopyObjectResult(
        etag=strip_etag(xml.text(root, "ETag")),
        last_modified=xml.time_text(root, "LastModified"),
        version_id=headers.get("x-amz-version-id"),
        copy_source_version_id=headers.get("x-amz-copy-source-version-id"),
        sse_customer_key_md5=headers.get("x-amz-server-side-encryption-customer-key-MD5"),
    )


def parse_delete_result(root: xml.Element) -> DeleteObjectsResult:
    if xml.local(root) != "DeleteResult":
        raise MalformedResponse(f"Expected <DeleteResult>, got <{xml.local(root)}>")
    deleted = tuple(
        DeletedObject(key=xml.need(el, "Key", empty_ok=False),
                      version_id=xml.text(el, "VersionId") or None,
                      delete_marker=xml.bool_text(el, "DeleteMarker"),
                      delete_marker_version_id=xml.text(el, "DeleteMarkerVersionId") or None)
        for el in xml.children(root, "Deleted"))
    errors = tuple(
        DeleteError(key=xml.text(el, "Key") or "", code=xml.text(el, "Code") or "",
                    message=xml.text(el, "Message") or "",
                    version_id=xml.text(el, "VersionId") or None)
        for el in xml.children(root, "Error"))
    return DeleteObjectsResult(deleted=deleted, errors=errors)


def build_delete_request(objects: tuple[ObjectIdentifier, ...], *, quiet: bool) -> bytes:
    root = xml.element("Delete")
    if quiet:
        xml.sub(root, "Quiet", "true")
    for obj in objects:
        item = xml.sub(root, "Object")
        xml.sub(item, "Key", obj.key)
        if obj.version_id is not None:
            xml.sub(item, "VersionId", obj.version_id)
    return xml.to_bytes(root)
