"""Frozen results of the bucket and listing operations: one page per call, never a generator.

ETags are kept exactly as S3 sends them, minus the surrounding double quotes: `"abc-3"` becomes
`abc-3`, so a multipart ETag keeps its `-N` suffix and compares equal to HeadObject's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.urls import unquote_key


@dataclass(frozen=True, slots=True)
class Owner:
    """Who owns a bucket, object or upload (RGW sends the user id as both fields)."""

    id: str
    display_name: str | None = None


@dataclass(frozen=True, slots=True)
class Bucket:
    name: str
    creation_date: datetime | None


@dataclass(frozen=True, slots=True)
class BucketList:
    """ListBuckets: every bucket of the account, and the account itself."""

    buckets: tuple[Bucket, ...]
    owner: Owner | None


@dataclass(frozen=True, slots=True)
class BucketHead:
    """HeadBucket: the bucket exists and we may read it; region when the server says."""

    region: str | None
    object_count: int | None = None     # RGW's X-RGW-Object-Count, when sent
    bytes_used: int | None = None       # RGW's X-RGW-Bytes-Used, when sent


@dataclass(frozen=True, slots=True)
class ObjectSummary:
    """One object in a listing; `owner_*` are set only when the server includes the owner."""

    key: str
    size: int
    last_modified: datetime | None
    etag: str
    storage_class: str | None = None
    owner_id: str | None = None
    owner_name: str | None = None


@dataclass(frozen=True, slots=True)
class ObjectPage:
    """One page of objects and "folders"; pass `next_token` back to get the next page."""

    objects: tuple[ObjectSummary, ...]
    prefixes: tuple[str, ...]       # CommonPrefixes: "folders" when delimiter="/"
    next_token: str | None          # None: this was the last page
    is_truncated: bool


@dataclass(frozen=True, slots=True)
class ObjectVersion:
    """One version of an object (ListObjectVersions <Version>)."""

    key: str
    version_id: str
    is_latest: bool
    last_modified: datetime | None
    etag: str
    size: int
    storage_class: str | None = None
    owner: Owner | None = None


@dataclass(frozen=True, slots=True)
class DeleteMarker:
    """A delete marker: the object looks deleted until this version is removed."""

    key: str
    version_id: str
    is_latest: bool
    last_modified: datetime | None
    owner: Owner | None = None


@dataclass(frozen=True, slots=True)
class VersionPage:
    """One page of ListObjectVersions; continue with both next markers."""

    versions: tuple[ObjectVersion, ...]
    delete_markers: tuple[DeleteMarker, ...]
    prefixes: tuple[str, ...]
    is_truncated: bool
    next_key_marker: str | None
    next_version_id_marker: str | None


@dataclass(frozen=True, slots=True)
class MultipartUpload:
    """An upload started and neither completed nor aborted: its parts cost storage."""

    key: str
    upload_id: str
    initiated: datetime | None
    storage_class: str | None = None
    owner: Owner | None = None
    initiator: Owner | None = None


@dataclass(frozen=True, slots=True)
class UploadPage:
    """One page of ListMultipartUploads; continue with both next markers."""

    uploads: tuple[MultipartUpload, ...]
    prefixes: tuple[str, ...]
    is_truncated: bool
    next_key_marker: str | None
    next_upload_id_marker: str | None


@dataclass(frozen=True, slots=True)
class Part:
    part_number: int
    etag: str
    size: int
    last_modified: datetime | None


@dataclass(frozen=True, slots=True)
class PartPage:
    """One page of ListParts; continue with `next_part_number_marker`."""

    parts: tuple[Part, ...]
    is_truncated: bool
    next_part_number_marker: int | None
    max_parts: int | None = None
    storage_class: str | None = None
    owner: Owner | None = None
    initiator: Owner | None = None


# --- reading the server's documents ------------------------------------------------------
#
# With `encoding-type=url`, AWS encodes keys, CommonPrefixes, Prefix, Delimiter, StartAfter and
# the markers, writing a space as "+" (form encoding; a literal "+" is %2B). Ceph RGW 16.2
# encodes keys and CommonPrefixes with %20 but echoes Prefix, StartAfter, Marker, NextMarker
# and NextKeyMarker raw, and older Ceph left CommonPrefixes raw too (rclone's notes). So keys
# are decoded when the document says EncodingType=url, common prefixes too unless they plainly
# are not encoded, and markers are matched against the page's last entry rather than trusted.

_ENCODED = re.compile(r"(?:[A-Za-z0-9\-_.~*/+]|%[0-9A-Fa-f]{2})*")


def strip_etag(value: str | None) -> str:
    """`"abc"` -> `abc`; an ETag without quotes is kept as sent."""
    text_value = (value or "").strip()
    if len(text_value) >= 2 and text_value[0] == text_value[-1] == '"':
        return text_value[1:-1]
    return text_value


def looks_url_encoded(value: str) -> bool:
    """False when `value` holds a character that URL encoding would have escaped."""
    return _ENCODED.fullmatch(value) is not None


def is_url_encoded(root: xml.Element) -> bool:
    return (xml.text(root, "EncodingType") or "").strip().lower() == "url"


def _decode_prefixes(root: xml.Element, encoded: bool, request_prefix: str) -> tuple[str, ...]:
    raw = tuple(xml.text(el, "Prefix") or "" for el in xml.children(root, "CommonPrefixes"))
    if not encoded or not all(looks_url_encoded(p) for p in raw):
        return raw
    decoded = tuple(unquote_key(p) for p in raw)
    # A common prefix always starts with the prefix asked for; if only the raw form does, the
    # server did not encode them (this catches `%41` in a raw prefix when the request had one).
    if all(p.startswith(request_prefix) for p in decoded):
        return decoded
    return raw


def resolve_marker(raw: str | None, encoded: bool, last_entry: str | None) -> str | None:
    """The server's next marker as a real key: raw or decoded, whichever names the last entry."""
    if raw is None or raw == "":
        return last_entry
    if not encoded or raw == last_entry:
        return raw
    decoded = unquote_key(raw)
    if decoded == last_entry or last_entry is None:
        return decoded if looks_url_encoded(raw) else raw
    return last_entry


def _owner(el: xml.Element | None) -> Owner | None:
    if el is None:
        return None
    fields = xml.Fields(el)
    owner_id = fields.text("ID")
    if not owner_id:
        return None
    return Owner(owner_id, fields.text("DisplayName") or None)


def _last(*entries: str | None) -> str | None:
    """The entry that sorts last in UTF-8 byte order, as S3 sorts keys."""
    present = [e for e in entries if e]
    return max(present, key=lambda e: e.encode("utf-8", "surrogatepass")) if present else None


def _summary(el: xml.Element, encoded: bool) -> ObjectSummary:
    fields = xml.Fields(el)
    key = fields.need("Key", empty_ok=False)
    owner = _owner(fields.child("Owner"))
    return ObjectSummary(
        key=unquote_key(key) if encoded else key, size=fields.int("Size"),
        last_modified=fields.time("LastModified"), etag=strip_etag(fields.text("ETag")),
        storage_class=fields.text("StorageClass") or None,
        owner_id=owner.id if owner else None, owner_name=owner.display_name if owner else None)


def _expect_root(root: xml.Element, name: str, *also: str) -> None:
    if xml.local(root) != name and xml.local(root) not in also:
        raise MalformedResponse(f"Expected a <{name}> document, got <{xml.local(root)[:60]}>")


def parse_object_page(root: xml.Element, *, v2: bool, request_prefix: str = "") -> ObjectPage:
    """ListObjects(V2) -> ObjectPage; next_token is the continuation token (V2) or marker (V1)."""
    _expect_root(root, "ListBucketResult")
    encoded = is_url_encoded(root)
    objects = tuple(_summary(el, encoded) for el in xml.children(root, "Contents"))
    prefixes = _decode_prefixes(root, encoded, request_prefix)
    truncated = xml.bool_text(root, "IsTruncated")
    token: str | None = None
    if truncated and v2:
        token = xml.text(root, "NextContinuationToken") or None
    elif truncated:
        last = _last(objects[-1].key if objects else None, prefixes[-1] if prefixes else None)
        token = resolve_marker(xml.text(root, "NextMarker"), encoded, last)
    return ObjectPage(objects, prefixes, token, truncated)


def parse_bucket_list(root: xml.Element) -> BucketList:
    _expect_root(root, "ListAllMyBucketsResult")
    holder = xml.child(root, "Buckets")
    buckets = tuple(
        Bucket(xml.need(el, "Name", empty_ok=False), xml.time_text(el, "CreationDate"))
        for el in (xml.children(holder, "Bucket") if holder is not None else ()))
    return BucketList(buckets, _owner(xml.child(root, "Owner")))


def parse_version_page(root: xml.Element, *, request_prefix: str = "") -> VersionPage:
    _expect_root(root, "ListVersionsResult")
    encoded = is_url_encoded(root)
    versions: list[ObjectVersion] = []
    markers: list[DeleteMarker] = []
    last_key: str | None = None
    for el in xml.children(root, "Version", "DeleteMarker"):
        kind = xml.local(el)
        key = xml.need(el, "Key", empty_ok=False)
        key = unquote_key(key) if encoded else key
        last_key = key
        common = {"key": key, "version_id": xml.text(el, "VersionId") or "null",
                  "is_latest": xml.bool_text(el, "IsLatest"),
                  "last_modified": xml.time_text(el, "LastModified"),
                  "owner": _owner(xml.child(el, "Owner"))}
        if kind == "Version":
            versions.append(ObjectVersion(
                etag=strip_etag(xml.text(el, "ETag")), size=xml.int_text(el, "Size"),
                storage_class=xml.text(el, "StorageClass") or None, **common))  # type: ignore[arg-type]
        else:
            markers.append(DeleteMarker(**common))  # type: ignore[arg-type]
    prefixes = _decode_prefixes(root, encoded, request_prefix)
    truncated = xml.bool_text(root, "IsTruncated")
    next_key = next_version = None
    if truncated:
        last = _last(last_key, prefixes[-1] if prefixes else None)
        next_key = resolve_marker(xml.text(root, "NextKeyMarker"), encoded, last)
        next_version = xml.text(root, "NextVersionIdMarker") or None
    return VersionPage(tuple(versions), tuple(markers), prefixes, truncated, next_key,
                       next_version)


def parse_upload_page(root: xml.Element, *, request_prefix: str = "") -> UploadPage:
    _expect_root(root, "ListMultipartUploadsResult")
    encoded = is_url_encoded(root)
    uploads = []
    for el in xml.children(root, "Upload"):
        key = xml.need(el, "Key", empty_ok=False)
        uploads.append(MultipartUpload(
            key=unquote_key(key) if encoded else key, upload_id=xml.need(el, "UploadId"),
            initiated=xml.time_text(el, "Initiated"),
            storage_class=xml.text(el, "StorageClass") or None,
            owner=_owner(xml.child(el, "Owner")), initiator=_owner(xml.child(el, "Initiator"))))
    prefixes = _decode_prefixes(root, encoded, request_prefix)
    truncated = xml.bool_text(root, "IsTruncated")
    next_key = next_upload = None
    if truncated:
        last = _last(uploads[-1].key if uploads else None, prefixes[-1] if prefixes else None)
        next_key = resolve_marker(xml.text(root, "NextKeyMarker"), encoded, last)
        next_upload = xml.text(root, "NextUploadIdMarker") or None
    return UploadPage(tuple(uploads), prefixes, truncated, next_key, next_upload)


def parse_part_page(root: xml.Element) -> PartPage:
    # moto, which runs the local sandbox, names the same document <ListPartsResponse>.
    _expect_root(root, "ListPartsResult", "ListPartsResponse")
    parts = tuple(
        Part(part_number=xml.int_text(el, "PartNumber"), etag=strip_etag(xml.text(el, "ETag")),
             size=xml.int_text(el, "Size"), last_modified=xml.time_text(el, "LastModified"))
        for el in xml.children(root, "Part"))
    truncated = xml.bool_text(root, "IsTruncated")
    next_marker = xml.int_text(root, "NextPartNumberMarker", -1) if truncated else -1
    if truncated and next_marker < 0 and parts:
        next_marker = parts[-1].part_number
    max_parts = xml.int_text(root, "MaxParts", -1)
    return PartPage(parts, truncated, next_marker if next_marker >= 0 else None,
                    max_parts if max_parts >= 0 else None,
                    xml.text(root, "StorageClass") or None,
                    _owner(xml.child(root, "Owner")), _owner(xml.child(root, "Initiator")))
