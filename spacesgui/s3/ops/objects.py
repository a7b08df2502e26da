"""S3 operations on single objects: get, head, put, copy, delete, delete many."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from spacesgui.s3 import headers as h
from spacesgui.s3 import names, xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import OnRetry
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.models.objects import (
    DeleteObjectResult,
    DeleteObjectsResult,
    ObjectHead,
    ObjectIdentifier,
    PutObjectResult,
    build_delete_request,
    parse_delete_result,
    raise_if_error_document,
    strip_etag,
)
from spacesgui.s3.models.objects_multipart import check_part_number
from spacesgui.s3.models.objects_stream import GetObjectResult
from spacesgui.s3.ops.objects_body import UploadBody, prepare_body
from spacesgui.s3.ops.objects_copy import ObjectCopyOps
from spacesgui.s3.ops.objects_write import body_headers, write_headers
from spacesgui.s3.options import (
    ObjectAttributes,
    ReadConditions,
    ServerSideEncryption,
    SSECustomerKey,
)
from spacesgui.s3.urls import Query

log = logging.getLogger(__name__)

MAX_DELETE_KEYS = 1000


class ObjectOps(ObjectCopyOps):
    """Mixin of S3Client; each public method is one operation of the spec."""

    def _read_query_and_headers(
        self, *, key: str, version_id: str | None, byte_range: tuple[int, int | None] | str | None,
        part_number: int | None, conditions: ReadConditions | None, checksum_mode: bool,
        sse_c: SSECustomerKey | None, request_payer: bool,
        expected_bucket_owner: str | None, extra_headers: Mapping[str, str] | None,
    ) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
        names.check_existing_key(key)
        h.require_tls_for_sse_c(self.endpoint, sse_c)
        query: list[tuple[str, str | None]] = []
        if version_id is not None:
            if not version_id:
                raise InvalidInput("An empty version id is not a version")
            query.append(("versionId", version_id))
        if part_number is not None:
            if byte_range is not None:
                raise InvalidInput("Ask for a part number or a byte range, not both")
            query.append(("partNumber", str(check_part_number(part_number))))
        headers = conditions.headers() if conditions is not None else {}
        if isinstance(byte_range, tuple):
            headers["Range"] = h.byte_range(*byte_range)
        elif byte_range is not None:
            if not byte_range.startswith("bytes="):
                raise InvalidInput("A Range header starts with bytes=")
            headers["Range"] = h.check_header_value("Range", byte_range)
        if checksum_mode:
            headers["x-amz-checksum-mode"] = "ENABLED"
        if sse_c is not None:
            headers.update(sse_c.headers())
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        return query, headers

    def get_object(
        self, *, bucket: str, key: str, version_id: str | None = None,
        byte_range: tuple[int, int | None] | str | None = None, part_number: int | None = None,
        conditions: ReadConditions | None = None, checksum_mode: bool = False,
        sse_c: SSECustomerKey | None = None, response_cache_control: str | None = None,
        response_content_disposition: str | None = None,
        response_content_encoding: str | None = None,
        response_content_language: str | None = None,
        response_content_type: str | None = None, response_expires: datetime | str | None = None,
        request_payer: bool = False, expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
        on_retry: OnRetry = None,
    ) -> GetObjectResult:
        """Open an object for reading; the body streams from the server, so close the result.

        `byte_range=(0, 99)` asks for the first 100 bytes; `(100, None)` for the rest. A failed
        `conditions` check raises ServiceError with code NotModified (304) or
        PreconditionFailed (412).
        """
        query, headers = self._read_query_and_headers(
            key=key, version_id=version_id, byte_range=byte_range, part_number=part_number,
            conditions=conditions, checksum_mode=checksum_mode, sse_c=sse_c,
            request_payer=request_payer, expected_bucket_owner=expected_bucket_owner,
            extra_headers=extra_headers)
        overrides = {"response-cache-control": response_cache_control,
                     "response-content-disposition": response_content_disposition,
                     "response-content-encoding": response_content_encoding,
                     "response-content-language": response_content_language,
                     "response-content-type": response_content_type}
        for name, value in overrides.items():
            if value is not None:
                query.append((name, h.check_header_value(name, value)))
        if isinstance(response_expires, datetime):
            query.append(("response-expires", h.http_date(response_expires)))
        elif response_expires is not None:
            query.append(("response-expires", h.check_header_value("Expires", response_expires)))
        response = self._send("GET", bucket=bucket, key=key, query=query, headers=headers,
                              cancel=cancel, stream=True, on_retry=on_retry)
        head = ObjectHead.from_headers(response.headers, bucket=bucket, key=key)
        return GetObjectResult(head, response)

    def head_object(
        self, *, bucket: str, key: str, version_id: str | None = None,
        byte_range: tuple[int, int | None] | str | None = None, part_number: int | None = None,
        conditions: ReadConditions | None = None, checksum_mode: bool = False,
        sse_c: SSECustomerKey | None = None, request_payer: bool = False,
        expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
    ) -> ObjectHead:
        """An object's metadata. A missing key raises ServiceError code NotFound (HEAD has no
        body to carry NoSuchKey), with `resource` "bucket/key"."""
        query, headers = self._read_query_and_headers(
            key=key, version_id=version_id, byte_range=byte_range, part_number=part_number,
            conditions=conditions, checksum_mode=checksum_mode, sse_c=sse_c,
            request_payer=request_payer, expected_bucket_owner=expected_bucket_owner,
            extra_headers=extra_headers)
        response = self._send("HEAD", bucket=bucket, key=key, query=query, headers=headers,
                              cancel=cancel)
        return ObjectHead.from_headers(response.headers, bucket=bucket, key=key)

    def put_object(
        self, *, bucket: str, key: str, body: UploadBody | None = None,
        attributes: ObjectAttributes | None = None, sse: ServerSideEncryption | None = None,
        sse_c: SSECustomerKey | None = None, content_md5: str | None = None,
        compute_md5: bool = False, checksum_crc32: str | None = None,
        checksum_crc32c: str | None = None, checksum_sha1: str | None = None,
        checksum_sha256: str | None = None, sdk_checksum_algorithm: str | None = None,
        request_payer: bool = False, expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
        on_retry: OnRetry = None, payload_sha256: str | None = None,
    ) -> PutObjectResult:
        """Upload bytes or a seekable binary file (from its current position, streamed).

        `attributes` describe the new object (content headers, metadata, ACL, tags, class,
        lock); `sse` or `sse_c` encrypt it. `compute_md5=True` hashes the body first (a file in
        chunks), so the server rejects a corrupted upload with BadDigest. `payload_sha256`
        (hex) is signed as the body's hash under SigV4 instead of UNSIGNED-PAYLOAD: a server
        that checks it refuses a corrupted body with XAmzContentSHA256Mismatch.
        """
        names.check_key(key)
        h.require_tls_for_sse_c(self.endpoint, sse_c)
        data, length = prepare_body(body)
        headers = write_headers(attributes, sse=sse, sse_c=sse_c)
        headers.update(body_headers(
            data, length, content_md5=content_md5, compute_md5=compute_md5,
            checksum_crc32=checksum_crc32, checksum_crc32c=checksum_crc32c,
            checksum_sha1=checksum_sha1, checksum_sha256=checksum_sha256,
            sdk_checksum_algorithm=sdk_checksum_algorithm))
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        response = self._send("PUT", bucket=bucket, key=key, headers=headers, body=data,
                              cancel=cancel, on_retry=on_retry, payload_sha256=payload_sha256)
        result = PutObjectResult(
            etag=strip_etag(response.headers.get("ETag")),
            version_id=response.headers.get("x-amz-version-id"),
            sse_customer_key_md5=response.headers.get(
                "x-amz-server-side-encryption-customer-key-MD5"))
        self._confirm_sse_c(bucket=bucket, key=key, sse_c=sse_c,
                            echoed=result.sse_customer_key_md5, version_id=result.version_id)
        return result

    def delete_object(
        self, *, bucket: str, key: str, version_id: str | None = None,
        bypass_governance_retention: bool = False, request_payer: bool = False,
        expected_bucket_owner: str | None = None, extra_headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> DeleteObjectResult:
        """Delete one object or one version; deleting a missing key succeeds, as in S3."""
        names.check_existing_key(key)
        query: Query = [("versionId", version_id)] if version_id is not None else []
        if version_id == "":
            raise InvalidInput("An empty version id is not a version")
        headers = h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                   request_payer=request_payer, extra_headers=extra_headers)
        if bypass_governance_retention:
            headers["x-amz-bypass-governance-retention"] = "true"
        response = self._send("DELETE", bucket=bucket, key=key, query=query, headers=headers,
                              cancel=cancel)
        marker = response.headers.get("x-amz-delete-marker", "").lower() == "true"
        return DeleteObjectResult(delete_marker=marker,
                                  version_id=response.headers.get("x-amz-version-id"))

    def delete_objects(
        self, *, bucket: str, objects: Sequence[str | ObjectIdentifier], quiet: bool = False,
        bypass_governance_retention: bool = False, request_payer: bool = False,
        expected_bucket_owner: str | None = None, extra_headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> DeleteObjectsResult:
        """Delete up to 1,000 keys (or versions) in one request; failures come back per key.

        With `quiet=True` the server lists only the failures, so `deleted` is empty.
        """
        items = tuple(o if isinstance(o, ObjectIdentifier) else ObjectIdentifier(o)
                      for o in objects)
        if not items:
            raise InvalidInput("DeleteObjects needs at least one key")
        if len(items) > MAX_DELETE_KEYS:
            raise InvalidInput(f"DeleteObjects takes at most {MAX_DELETE_KEYS:,} keys per call, "
                               f"not {len(items):,}; split the list")
        for item in items:
            names.check_existing_key(item.key)
            if not names.xml_safe_key(item.key):
                raise InvalidInput(f"{item.key!r} holds control characters that XML cannot "
                                   "carry; delete it with delete_object instead")
            if item.version_id == "":
                raise InvalidInput(f"The version id of {item.key!r} is empty")
        headers = h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                   request_payer=request_payer, extra_headers=extra_headers)
        if bypass_governance_retention:
            headers["x-amz-bypass-governance-retention"] = "true"
        response = self._send("POST", bucket=bucket, query=[("delete", None)], headers=headers,
                              body=build_delete_request(items, quiet=quiet), xml_body=True,
                              cancel=cancel)
        root = xml.parse(response.content, status=response.status_code,
                         request_id=response.headers.get("x-amz-request-id"))
        raise_if_error_document(root, status=response.status_code,
                                request_id=response.headers.get("x-amz-request-id"),
                                resource=bucket, method="POST")
        return parse_delete_result(root)
