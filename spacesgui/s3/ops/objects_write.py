"""The header set that PutObject, CopyObject and CreateMultipartUpload share."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import BinaryIO

from spacesgui.s3 import headers as h
from spacesgui.s3.headers import Grant, SSECustomerKey
from spacesgui.s3.ops.objects_body import md5_base64


def write_headers(*, cache_control: str | None = None, content_disposition: str | None = None,
                  content_encoding: str | None = None, content_language: str | None = None,
                  content_type: str | None = None, expires: datetime | str | None = None,
                  metadata: Mapping[str, str] | None = None, acl: str | None = None,
                  grant_full_control: Grant | None = None, grant_read: Grant | None = None,
                  grant_read_acp: Grant | None = None, grant_write_acp: Grant | None = None,
                  tagging: Mapping[str, str] | None = None, storage_class: str | None = None,
                  website_redirect_location: str | None = None,
                  object_lock_mode: str | None = None,
                  object_lock_retain_until: datetime | None = None,
                  object_lock_legal_hold: bool | None = None,
                  server_side_encryption: str | None = None, sse_kms_key_id: str | None = None,
                  sse_bucket_key_enabled: bool | None = None,
                  sse_context: Mapping[str, str] | None = None,
                  sse_c: SSECustomerKey | None = None,
                  checksum_algorithm: str | None = None,
                  ) -> dict[str, str]:
    """Validate and assemble the headers describing a new object; raises InvalidInput."""
    out = h.content_headers(cache_control=cache_control, content_disposition=content_disposition,
                            content_encoding=content_encoding, content_language=content_language,
                            content_type=content_type, expires=expires)
    out.update(h.metadata_headers(metadata))
    out.update(h.acl_headers(acl=acl, grant_full_control=grant_full_control,
                             grant_read=grant_read, grant_read_acp=grant_read_acp,
                             grant_write_acp=grant_write_acp))
    if tagging is not None:
        out["x-amz-tagging"] = h.tagging_value(tagging)
    out.update(h.storage_class_headers(storage_class))
    out.update(h.website_redirect_headers(website_redirect_location))
    out.update(h.object_lock_headers(mode=object_lock_mode, retain_until=object_lock_retain_until,
                                     legal_hold=object_lock_legal_hold))
    out.update(h.sse_headers(server_side_encryption=server_side_encryption,
                             kms_key_id=sse_kms_key_id, bucket_key_enabled=sse_bucket_key_enabled,
                             context=sse_context, sse_c=sse_c))
    if checksum_algorithm is not None:
        out["x-amz-checksum-algorithm"] = h.checksum_algorithm(checksum_algorithm)
    return out


def body_headers(data: bytes | BinaryIO, length: int, *, content_md5: str | None, compute_md5: bool,
                 checksum_crc32: str | None, checksum_crc32c: str | None,
                 checksum_sha1: str | None, checksum_sha256: str | None,
                 sdk_checksum_algorithm: str | None) -> dict[str, str]:
    """The integrity headers of a request body (PutObject, UploadPart): checksums, MD5, length."""
    out = h.checksum_headers(crc32=checksum_crc32, crc32c=checksum_crc32c,
                             sha1=checksum_sha1, sha256=checksum_sha256)
    if sdk_checksum_algorithm is not None:
        out["x-amz-sdk-checksum-algorithm"] = h.checksum_algorithm(sdk_checksum_algorithm)
    if content_md5 is not None:
        out["Content-MD5"] = h.check_content_md5(content_md5)
    elif compute_md5:
        out["Content-MD5"] = md5_base64(data)
    out["Content-Length"] = str(length)
    return out
