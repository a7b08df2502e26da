"""Options that several object operations share, each group declared once as a frozen object.

PutObject, CreateMultipartUpload and a CopyObject with REPLACE all describe a new object with
the same headers, so they all take one `ObjectAttributes`; reads (GET, HEAD, and the source of
a copy) take one `ReadConditions`. Each object turns itself into headers through the validating
builders of `headers`, so a bad value raises InvalidInput before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from spacesgui.s3 import headers as h
from spacesgui.s3.headers import CannedAcl, Grant, ObjectLockMode, SSECustomerKey

ETags = str | Sequence[str]


@dataclass(frozen=True, slots=True)
class Grants:
    """Explicit grants (`id="..."`, see headers.grant_id); S3 refuses them beside a canned ACL."""

    full_control: Grant | None = None
    read: Grant | None = None
    read_acp: Grant | None = None
    write_acp: Grant | None = None


@dataclass(frozen=True, slots=True)
class ObjectLock:
    """Retention (a mode and a date, both or neither) and a legal hold for a new object."""

    mode: ObjectLockMode | None = None
    retain_until: datetime | None = None
    legal_hold: bool | None = None


@dataclass(frozen=True, slots=True)
class ObjectAttributes:
    """What describes a new object: its content headers, metadata, permissions, tags, class.

    None leaves a header out, so the server's default applies. `expires` takes a datetime or
    the raw string S3 stored (HeadObject gives it back as text).
    """

    content_type: str | None = None
    cache_control: str | None = None
    content_disposition: str | None = None
    content_encoding: str | None = None
    content_language: str | None = None
    expires: datetime | str | None = None
    website_redirect_location: str | None = None
    metadata: Mapping[str, str] | None = None
    acl: CannedAcl | None = None
    grants: Grants | None = None
    tagging: Mapping[str, str] | None = None
    storage_class: str | None = None
    lock: ObjectLock | None = None

    @property
    def describes_content(self) -> bool:
        """Whether any content header or metadata is set: what a copy keeps unless REPLACE."""
        return any(v is not None for v in (
            self.cache_control, self.content_disposition, self.content_encoding,
            self.content_language, self.content_type, self.expires, self.metadata))

    def headers(self) -> dict[str, str]:
        """The validated headers; raises InvalidInput for a value S3 would refuse or garble."""
        out = h.content_headers(
            cache_control=self.cache_control, content_disposition=self.content_disposition,
            content_encoding=self.content_encoding, content_language=self.content_language,
            content_type=self.content_type, expires=self.expires)
        out.update(h.metadata_headers(self.metadata))
        grants = self.grants or Grants()
        out.update(h.acl_headers(acl=self.acl, grant_full_control=grants.full_control,
                                 grant_read=grants.read, grant_read_acp=grants.read_acp,
                                 grant_write_acp=grants.write_acp))
        if self.tagging is not None:
            out["x-amz-tagging"] = h.tagging_value(self.tagging)
        out.update(h.storage_class_headers(self.storage_class))
        out.update(h.website_redirect_headers(self.website_redirect_location))
        if self.lock is not None:
            out.update(h.object_lock_headers(mode=self.lock.mode,
                                             retain_until=self.lock.retain_until,
                                             legal_hold=self.lock.legal_hold))
        return out


@dataclass(frozen=True, slots=True)
class ServerSideEncryption:
    """Encryption with a key the server manages ("AES256" or "aws:kms").

    Spaces supports only SSE-C (SSECustomerKey); this is for other S3 servers.
    """

    algorithm: str | None = None
    kms_key_id: str | None = None
    bucket_key_enabled: bool | None = None
    context: Mapping[str, str] | None = None


def encryption_headers(sse: ServerSideEncryption | None,
                       sse_c: SSECustomerKey | None = None) -> dict[str, str]:
    """The headers for server-managed encryption or a customer key; both at once is refused."""
    sse = sse or ServerSideEncryption()
    return h.sse_headers(server_side_encryption=sse.algorithm, kms_key_id=sse.kms_key_id,
                         bucket_key_enabled=sse.bucket_key_enabled, context=sse.context,
                         sse_c=sse_c)


@dataclass(frozen=True, slots=True)
class ReadConditions:
    """If-* conditions on reading an object (or a copy's source).

    ETags may be given with or without their quotes. A failed condition raises ServiceError
    with code NotModified (304) or PreconditionFailed (412).
    """

    if_match: ETags | None = None
    if_none_match: ETags | None = None
    if_modified_since: datetime | None = None
    if_unmodified_since: datetime | None = None

    def headers(self) -> dict[str, str]:
        return h.conditional_headers(
            if_match=self.if_match, if_none_match=self.if_none_match,
            if_modified_since=self.if_modified_since,
            if_unmodified_since=self.if_unmodified_since)

    def copy_source_headers(self) -> dict[str, str]:
        return h.copy_source_condition_headers(
            if_match=self.if_match, if_none_match=self.if_none_match,
            if_modified_since=self.if_modified_since,
            if_unmodified_since=self.if_unmodified_since)


__all__ = ["ETags", "Grants", "ObjectAttributes", "ObjectLock", "ReadConditions",
           "SSECustomerKey", "ServerSideEncryption", "encryption_headers"]
