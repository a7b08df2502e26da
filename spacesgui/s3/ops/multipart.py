"""S3 operations: multipart upload (create, upload part, part copy, complete, abort)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from spacesgui.s3 import headers as h
from spacesgui.s3 import names, xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore, OnRetry
from spacesgui.s3.models.objects import parse_copy_result, raise_if_error_document, strip_etag
from spacesgui.s3.models.objects_multipart import (
    CompletedPart,
    CompleteMultipartUploadResult,
    MultipartUpload,
    UploadPartCopyResult,
    UploadPartResult,
    build_complete_request,
    check_part_number,
    check_upload_id,
    parse_complete,
    parse_initiate,
)
from spacesgui.s3.ops.objects_body import UploadBody, prepare_body
from spacesgui.s3.ops.objects_copy import copy_source_headers
from spacesgui.s3.ops.objects_write import body_headers, write_headers
from spacesgui.s3.options import (
    ObjectAttributes,
    ReadConditions,
    ServerSideEncryption,
    SSECustomerKey,
)

_CHECKSUM_NAMES = ("crc32", "crc32c", "sha1", "sha256")


class MultipartOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""

    def create_multipart_upload(
        self, *, bucket: str, key: str, attributes: ObjectAttributes | None = None,
        sse: ServerSideEncryption | None = None, sse_c: SSECustomerKey | None = None,
        checksum_algorithm: str | None = None, request_payer: bool = False,
        expected_bucket_owner: str | None = None, extra_headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> MultipartUpload:
        """Start an upload; the object's `attributes` are fixed now, the data comes in parts."""
        names.check_key(key)
        h.require_tls_for_sse_c(self.endpoint, sse_c)
        headers = write_headers(attributes, sse=sse, sse_c=sse_c,
                                checksum_algorithm=checksum_algorithm)
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        root, _ = self._send_xml("POST", bucket=bucket, key=key, query=[("uploads", None)],
                                 headers=headers, cancel=cancel)
        return parse_initiate(root, bucket=bucket, key=key)

    def upload_part(
        self, *, bucket: str, key: str, upload_id: str, part_number: int,
        body: UploadBody, content_md5: str | None = None, compute_md5: bool = False,
        checksum_crc32: str | None = None, checksum_crc32c: str | None = None,
        checksum_sha1: str | None = None, checksum_sha256: str | None = None,
        sdk_checksum_algorithm: str | None = None, sse_c: SSECustomerKey | None = None,
        request_payer: bool = False, expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
        on_retry: OnRetry = None, payload_sha256: str | None = None,
    ) -> UploadPartResult:
        """Upload one part (5 MiB at least, except the last) from bytes or a FileSlice;
        `payload_sha256` as in put_object."""
        names.check_existing_key(key)
        check_upload_id(upload_id)
        check_part_number(part_number)
        h.require_tls_for_sse_c(self.endpoint, sse_c)
        data, length = prepare_body(body)
        headers = body_headers(
            data, length, content_md5=content_md5, compute_md5=compute_md5,
            checksum_crc32=checksum_crc32, checksum_crc32c=checksum_crc32c,
            checksum_sha1=checksum_sha1, checksum_sha256=checksum_sha256,
            sdk_checksum_algorithm=sdk_checksum_algorithm)
        if sse_c is not None:
            headers.update(sse_c.headers())
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        query = [("partNumber", str(part_number)), ("uploadId", upload_id)]
        response = self._send("PUT", bucket=bucket, key=key, query=query, headers=headers,
                              body=data, cancel=cancel, on_retry=on_retry,
                              payload_sha256=payload_sha256)
        lower = {k.lower(): v for k, v in response.headers.items()}
        checksums = {n: lower[f"x-amz-checksum-{n}"] for n in _CHECKSUM_NAMES
                     if f"x-amz-checksum-{n}" in lower}
        return UploadPartResult(part_number=part_number, etag=strip_etag(lower.get("etag")),
                                checksums=MappingProxyType(checksums))

    def upload_part_copy(
        self, *, bucket: str, key: str, upload_id: str, part_number: int,
        source_bucket: str, source_key: str, source_version_id: str | None = None,
        source_range: tuple[int, int] | None = None,
        source_conditions: ReadConditions | None = None,
        sse_c: SSECustomerKey | None = None, source_sse_c: SSECustomerKey | None = None,
        request_payer: bool = False, expected_bucket_owner: str | None = None,
        source_expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
    ) -> UploadPartCopyResult:
        """Fill one part from (a byte range of) an existing object, inclusive of both ends."""
        names.check_existing_key(key)
        check_upload_id(upload_id)
        check_part_number(part_number)
        h.require_tls_for_sse_c(self.endpoint, sse_c, source_sse_c)
        headers = copy_source_headers(
            source_bucket=source_bucket, source_key=source_key,
            source_version_id=source_version_id, source_conditions=source_conditions,
            source_sse_c=source_sse_c, source_expected_bucket_owner=source_expected_bucket_owner)
        if source_range is not None:
            headers["x-amz-copy-source-range"] = h.byte_range(*source_range)
        if sse_c is not None:
            headers.update(sse_c.headers())
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        query = [("partNumber", str(part_number)), ("uploadId", upload_id)]
        response = self._send("PUT", bucket=bucket, key=key, query=query, headers=headers,
                              cancel=cancel)
        request_id = response.headers.get("x-amz-request-id")
        root = xml.parse(response.content, status=response.status_code,
                         request_id=request_id)
        raise_if_error_document(root, status=response.status_code, request_id=request_id,
                                resource=f"{bucket}/{key}", method="PUT")
        copied = parse_copy_result(root, response.headers)
        return UploadPartCopyResult(part_number=part_number, etag=copied.etag,
                                    last_modified=copied.last_modified,
                                    copy_source_version_id=copied.copy_source_version_id)

    def complete_multipart_upload(
        self, *, bucket: str, key: str, upload_id: str, parts: Sequence[CompletedPart],
        checksum_crc32: str | None = None, checksum_crc32c: str | None = None,
        checksum_sha1: str | None = None, checksum_sha256: str | None = None,
        sse_c: SSECustomerKey | None = None, request_payer: bool = False,
        expected_bucket_owner: str | None = None, extra_headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> CompleteMultipartUploadResult:
        """Join the parts into the object. `etag` may be None (Ceph RGW 16.2 sends it empty);
        HeadObject then gives the real one."""
        names.check_existing_key(key)
        check_upload_id(upload_id)
        h.require_tls_for_sse_c(self.endpoint, sse_c)
        body = build_complete_request(parts)
        headers = h.checksum_headers(crc32=checksum_crc32, crc32c=checksum_crc32c,
                                     sha1=checksum_sha1, sha256=checksum_sha256)
        if sse_c is not None:
            headers.update(sse_c.headers())
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        response = self._send("POST", bucket=bucket, key=key, query=[("uploadId", upload_id)],
                              headers=headers, body=body, xml_body=True, cancel=cancel)
        request_id = response.headers.get("x-amz-request-id")
        # The server answers 200 at once and sends spaces while it assembles the object, so a
        # failure (InvalidPart, EntityTooSmall, ...) can only come as an <Error> body.
        root = xml.parse(response.content, status=response.status_code,
                         request_id=request_id)
        raise_if_error_document(root, status=response.status_code, request_id=request_id,
                                resource=f"{bucket}/{key}", method="POST")
        return parse_complete(root, bucket=bucket, key=key,
                              version_id=response.headers.get("x-amz-version-id"))

    def abort_multipart_upload(
        self, *, bucket: str, key: str, upload_id: str, request_payer: bool = False,
        expected_bucket_owner: str | None = None, extra_headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Discard an upload and its stored parts; an unknown id raises NoSuchUpload."""
        names.check_existing_key(key)
        check_upload_id(upload_id)
        headers = h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                   request_payer=request_payer, extra_headers=extra_headers)
        self._send("DELETE", bucket=bucket, key=key, query=[("uploadId", upload_id)],
                   headers=headers, cancel=cancel)
