"""What the server holds of a multipart upload: its parts, and ending it without a trace."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error, ServiceError
from spacesgui.s3.models.listing import MultipartUpload

log = logging.getLogger(__name__)

# How far the server's clock may lag ours and an upload still count as started after our
# intent; S3 refuses requests signed with a clock more than 15 minutes off.
CLOCK_SLACK = timedelta(minutes=5)


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


def uploads_started_since(client: S3Client, *, bucket: str, key: str, since: float,
                          cancel: CancelToken | None = None) -> list[MultipartUpload]:
    """The unfinished uploads of exactly `key` that the server started after `since` (a POSIX
    time of ours, less CLOCK_SLACK), oldest first. An upload without a start time counts: it
    may be ours, and adopting checks every part against the file anyway."""
    after = datetime.fromtimestamp(since, UTC) - CLOCK_SLACK
    found: list[MultipartUpload] = []
    key_marker: str | None = None
    upload_marker: str | None = None
    while True:
        page = client.list_multipart_uploads(bucket=bucket, prefix=key, key_marker=key_marker,
                                             upload_id_marker=upload_marker, cancel=cancel)
        found.extend(u for u in page.uploads if u.key == key
                     and (u.initiated is None or _aware(u.initiated) >= after))
        following = (page.next_key_marker, page.next_upload_id_marker)
        if not page.is_truncated or not following[0] or following == (key_marker,
                                                                        upload_marker):
            break
        key_marker, upload_marker = following
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(found, key=lambda u: _aware(u.initiated) if u.initiated else oldest)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
