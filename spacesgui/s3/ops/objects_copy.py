"""CopyObject: a server-side copy, which may fail after the server has already said 200."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Literal

from spacesgui.s3 import headers as h
from spacesgui.s3 import names, xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore, OnRetry
from spacesgui.s3.errors import EncryptionNotApplied, InvalidInput, S3Error
from spacesgui.s3.models.objects import (
    CopyObjectResult,
    parse_copy_result,
    raise_if_error_document,
)
from spacesgui.s3.ops.objects_write import write_headers
from spacesgui.s3.options import (
    ObjectAttributes,
    ReadConditions,
    ServerSideEncryption,
    SSECustomerKey,
)

Directive = Literal["COPY", "REPLACE"]


def copy_source_headers(*, source_bucket: str, source_key: str, source_version_id: str | None,
                        source_conditions: ReadConditions | None,
                        source_sse_c: SSECustomerKey | None,
                        source_expected_bucket_owner: str | None) -> dict[str, str]:
    """x-amz-copy-source and its conditions, shared by CopyObject and UploadPartCopy."""
    names.check_existing_key(source_key)
    headers = {"x-amz-copy-source": h.copy_source(source_bucket, source_key, source_version_id)}
    if source_conditions is not None:
        headers.update(source_conditions.copy_source_headers())
    if source_sse_c is not None:
        headers.update(source_sse_c.copy_source_headers())
    if source_expected_bucket_owner is not None:
        headers["x-amz-source-expected-bucket-owner"] = h.check_header_value(
            "The source's expected owner", source_expected_bucket_owner)
    return headers


def _directive(name: str, value: str | None) -> dict[str, str]:
    if value is None:
        return {}
    if value not in ("COPY", "REPLACE"):
        raise InvalidInput(f"The {name} directive is COPY or REPLACE, not {value!r}")
    return {f"x-amz-{name}-directive": value}

log = logging.getLogger(__name__)


class ObjectCopyOps(ClientCore):
    """CopyObject and the SSE-C echo check PutObject shares; S3Client gets them via ObjectOps."""

    def copy_object(
        self, *, bucket: str, key: str, source_bucket: str, source_key: str,
        source_version_id: str | None = None, metadata_directive: Directive | None = None,
        tagging_directive: Directive | None = None,
        source_conditions: ReadConditions | None = None,
        attributes: ObjectAttributes | None = None, sse: ServerSideEncryption | None = None,
        sse_c: SSECustomerKey | None = None, source_sse_c: SSECustomerKey | None = None,
        checksum_algorithm: str | None = None, request_payer: bool = False,
        expected_bucket_owner: str | None = None,
        source_expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
        on_retry: OnRetry = None,
    ) -> CopyObjectResult:
        """Copy within the server (same region only on Spaces); up to 5 GiB per call.

        Metadata and content headers are copied unless `metadata_directive="REPLACE"`, which
        replaces all of them with the ones in `attributes`. A failed `source_conditions` check
        raises ServiceError (PreconditionFailed, or NotModified for if_none_match or
        if_modified_since). With `sse_c`, check `result.sse_customer_key_md5`: Ceph RGW 16.2
        ignores a destination key and stores the copy in clear, and it answers 501 to any SSE-C
        source.
        """
        names.check_key(key)
        h.require_tls_for_sse_c(self.endpoint, sse_c, source_sse_c)
        attributes = attributes or ObjectAttributes()
        if attributes.describes_content and metadata_directive != "REPLACE":
            raise InvalidInput("New metadata or content headers need metadata_directive=REPLACE "
                               "(with COPY the server keeps the source's and ignores them)")
        if attributes.tagging is not None and tagging_directive != "REPLACE":
            raise InvalidInput("New tags need tagging_directive=REPLACE")
        if (bucket, key) == (source_bucket, source_key) and source_version_id is None and \
                metadata_directive != "REPLACE" and attributes.storage_class is None and \
                sse_c is None and source_sse_c is None and \
                attributes.website_redirect_location is None:
            raise InvalidInput("Copying an object onto itself needs a change "
                               "(metadata_directive=REPLACE, a storage class or encryption)")
        headers = copy_source_headers(
            source_bucket=source_bucket, source_key=source_key,
            source_version_id=source_version_id, source_conditions=source_conditions,
            source_sse_c=source_sse_c, source_expected_bucket_owner=source_expected_bucket_owner)
        headers.update(_directive("metadata", metadata_directive))
        headers.update(_directive("tagging", tagging_directive))
        headers.update(write_headers(attributes, sse=sse, sse_c=sse_c,
                                     checksum_algorithm=checksum_algorithm))
        headers.update(h.common_headers(expected_bucket_owner=expected_bucket_owner,
                                        request_payer=request_payer, extra_headers=extra_headers))
        response = self._send("PUT", bucket=bucket, key=key, headers=headers, cancel=cancel,
                              on_retry=on_retry)
        request_id = response.headers.get("x-amz-request-id")
        # S3 sends 200 before copying and keeps the line alive with spaces; failures then
        # arrive as an <Error> body.
        root = xml.parse(response.content, status=response.status_code,
                         request_id=request_id)
        raise_if_error_document(root, status=response.status_code, request_id=request_id,
                                resource=f"{bucket}/{key}", method="PUT")
        result = parse_copy_result(root, response.headers)
        self._confirm_sse_c(bucket=bucket, key=key, sse_c=sse_c,
                            echoed=result.sse_customer_key_md5, version_id=result.version_id)
        return result

    def _confirm_sse_c(self, *, bucket: str, key: str, sse_c: SSECustomerKey | None,
                       echoed: str | None, version_id: str | None) -> None:
        """Without the server's echo of the key MD5 the data may sit there unencrypted.

        RGW 16.2 does exactly that on CopyObject. Keeping a clear-text copy the user believes
        encrypted is worse than failing, so it is deleted and the caller told.
        """
        if sse_c is None or echoed == sse_c.key_md5:
            return
        query = [("versionId", version_id)] if version_id else []
        try:
            self._send("DELETE", bucket=bucket, key=key, query=query)
        except S3Error:
            log.exception("could not remove the unencrypted %s/%s", bucket, key)
            raise EncryptionNotApplied(f"{bucket}/{key}", removed=False) from None
        raise EncryptionNotApplied(f"{bucket}/{key}", removed=True)
