"""What the server holds of a multipart upload: its parts, and ending it without a trace."""

from __future__ import annotations

import logging

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error, ServiceError

log = logging.getLogger(__name__)


def list_parts(client: S3Client, *, bucket: str, key: str, upload_id: str,
               cancel: CancelToken | None = None) -> dict[int, tuple[str, int]]:
    """Every uploaded part as {number: (etag, size)}, across ListParts pages."""
    listed: dict[int, tuple[str, int]] = {}
    marker: int | None = None
    while True:
        page = client.list_parts(bucket=bucket, key=key, upload_id=upload_id,
                                 part_number_marker=marker, cancel=cancel)
        for part in page.parts:
            listed[part.part_number] = (part.etag, part.size)
        following = page.next_part_number_marker
        if not page.is_truncated or following is None or following == marker:
            return listed
        marker = following


def abort_upload(client: S3Client, *, bucket: str, key: str, upload_id: str,
                 strict: bool = False) -> bool:
    """Abort without a cancel token (cancelling is what asked for it). True when the upload is
    gone; on failure the caller keeps its record, so it is not forgotten. `strict` raises."""
    try:
        client.abort_multipart_upload(bucket=bucket, key=key, upload_id=upload_id)
    except ServiceError as exc:
        if exc.code == "NoSuchUpload":
            return True
        if strict:
            raise
        log.warning("could not abort upload %s of %s/%s", upload_id, bucket, key, exc_info=True)
        return False
    except S3Error:
        if strict:
            raise
        log.warning("could not abort upload %s of %s/%s", upload_id, bucket, key, exc_info=True)
        return False
    return True
