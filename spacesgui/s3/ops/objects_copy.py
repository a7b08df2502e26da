"""CopyObject: a server-side copy, which may fail after the server has already said 200."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Literal

from spacesgui.s3 import headers as h
from spacesgui.s3 import names, xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore, OnRetry
from spacesgui.s3.errors import EncryptionNotApplied, InvalidInput, S3Error
from spacesgui.s3.headers import Grant, SSECustomerKey
from spacesgui.s3.models.objects import (
    CopyObjectResult,
    parse_copy_result,
    raise_if_error_document,
)
from spacesgui.s3.ops.objects_write import write_headers

ETags = str | Sequence[str]
Directive = Literal["COPY", "REPLACE"]


def copy_source_headers(*, source_bucket: str, source_key: str, source_version_id: str | None,
                        if_match: ETags | None, if_none_match: ETags | None,
                        if_modified_since: datetime | None, if_unmodified_since: datetime | None,
                        source_sse_c: SSECustomerKey | None,
                        source_expected_bucket_owner: str | None) -> dict[str, str]:
    """x-amz-copy-source and its conditions, shared by CopyObject and UploadPartCopy."""
    names.check_existing_key(source_key)
    headers = {"x-amz-copy-source": h.copy_source(source_bucket, source_key, source_version_id)}
    headers.update(h.copy_source_condition_headers(
        if_match=if_match, if_none_match=if_none_match, if_modified_since=if_modified_since,
        if_unmodified_since=if_unmodified_since))
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
    """CopyObject, split from ObjectOps to keep files small; S3Client gets it via ObjectOps."""

    def copy_object(
        self, *, bucket: str, key: str, source_bucket: str, source_key: str,
        source_version_id: str | None = None, metadata_directive: Directive | None = None,
        tagging_directive: Directive | None = None,
        copy_source_if_match: ETags | None = None, copy_source_if_none_match: ETags | None = None,
        copy_source_if_modified_since: datetime | None = None,
        copy_source_if_unmodified_since: datetime | None = None,
        cache_control: str | None = None, content_disposition: str | None = None,
        content_encoding: str | None = None, content_language: str | None = None,
        content_type: str | None = None, expires: datetime | str | None = None,
        metadata: Mapping[str, str] | None = None, acl: str | None = None,
        grant_full_control: Grant | None = None, grant_read: Grant | None = None,
        grant_read_acp: Grant | None = None, grant_write_acp: Grant | None = None,
        tagging: Mapping[str, str] | None = None, storage_class: str | None = None,
        website_redirect_location: str | None = None, checksum_algorithm: str | None = None,
        object_lock_mode: str | None = None, object_lock_retain_until: datetime | None = None,
        object_lock_legal_hold: bool | None = None,
        server_side_encryption: str | None = None, sse_kms_key_id: str | None = None,
        sse_bucket_key_enabled: bool | None = None, sse_context: Mapping[str, str] | None = None,
        sse_c: SSECustomerKey | None = None, source_sse_c: SSECustomerKey | None = None,
        request_payer: bool = False, expected_bucket_owner: str | None = None,
        source_expected_bucket_owner: str | None = None,
        extra_headers: Mapping[str, str] | None = None, cancel: CancelToken | None = None,
        on_retry: OnRetry = None,
    ) -> CopyObjectResult:
        """Copy within the server (same region only on Spaces); up to 5 GiB per call.

        Metadata and content headers are copied unless `metadata_directive="REPLACE"`, which
        replaces all of them with the ones given here. A failed copy-source condition raises
        ServiceError (PreconditionFailed, or NotModified for if_none_match/if_modified_since).
        With `sse_c`, check `result.sse_customer_key_md5`: Ceph RGW 16.2 ignores a destination
        key and stores the copy in clear, and it answers 501 to any SSE-C source.
        """
        names.check_key(key)
        h.require_tls_for_sse_c(self.endpoint, sse_c, source_sse_c)
        describes = any(v is not None for v in (
            cache_control, content_disposition, content_encoding, content_language,
            content_type, expires, metadata))
        if describes and metadata_directive != "REPLACE":
            raise InvalidInput("New metadata or content headers need metadata_directive=REPLACE "
                               "(with COPY the server keeps the source's and ignores them)")
        if tagging is not None and tagging_directive != "REPLACE":
            raise InvalidInput("New tags need tagging_directive=REPLACE")
        if (bucket, key) == (source_bucket, source_key) and source_version_id is None and \
                metadata_directive != "REPLACE" and storage_class is None and \
                sse_c is None and source_sse_c is None and website_redirect_location is None:
            raise InvalidInput("Copying an object onto itself needs a change "
                               "(metadata_directive=REPLACE, a storage class or encryption)")
        headers = copy_source_headers(
            source_bucket=source_bucket, source_key=source_key,
            source_version_id=source_version_id, if_match=copy_source_if_match,
            if_none_match=copy_source_if_none_match,
            if_modified_since=copy_source_if_modified_since,
            if_unmodified_since=copy_source_if_unmodified_since, source_sse_c=source_sse_c,
            source_expected_bucket_owner=source_expected_bucket_owner)
        headers.update(_directive("metadata", metadata_directive))
        headers.update(_directive("tagging", tagging_directive))
        headers.update(write_headers(
            cache_control=cache_control, content_disposition=content_disposition,
            content_encoding=content_encoding, content_language=content_language,
            content_type=content_type, expires=expires, metadata=metadata, acl=acl,
            grant_full_control=grant_full_control, grant_read=grant_read,
            grant_read_acp=grant_read_acp, grant_write_acp=grant_write_acp, tagging=tagging,
            storage_class=storage_class, website_redirect_location=website_redirect_location,
            object_lock_mode=object_lock_mode, object_lock_retain_until=object_lock_retain_until,
            object_lock_legal_hold=object_lock_legal_hold,
            server_side_encryption=server_side_encryption, sse_kms_key_id=sse_kms_key_id,
            sse_bucket_key_enabled=sse_bucket_key_enabled, sse_context=sse_context, sse_c=sse_c,
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
