"""The header set that PutObject, CopyObject and CreateMultipartUpload share."""

from __future__ import annotations

from typing import BinaryIO

from spacesgui.s3 import headers as h
from spacesgui.s3.ops.objects_body import md5_base64
from spacesgui.s3.options import (
    ObjectAttributes,
    ServerSideEncryption,
    SSECustomerKey,
    encryption_headers,
)


def write_headers(attributes: ObjectAttributes | None = None, *,
                  sse: ServerSideEncryption | None = None, sse_c: SSECustomerKey | None = None,
                  checksum_algorithm: str | None = None) -> dict[str, str]:
    """Validate and assemble the headers describing a new object; raises InvalidInput."""
    out = (attributes or ObjectAttributes()).headers()
    out.update(encryption_headers(sse, sse_c))
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
