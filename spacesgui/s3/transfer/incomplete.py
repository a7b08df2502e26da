"""Incomplete multipart uploads of a bucket: listing them all, choosing by age, aborting many,
and which of them this app's journal can resume. Their parts are billed until aborted (Spaces
purges them after 30 days)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error
from spacesgui.s3.models.listing import MultipartUpload
from spacesgui.s3.texts import N_
from spacesgui.s3.transfer.journal import JournalEntry
from spacesgui.s3.transfer.multipart_state import abort_upload

SPACES_PURGE_DAYS = 30
SPACES_PURGE_NOTE = N_("incomplete", "Spaces deletes incomplete uploads by itself {days} days "
                      "after they started; until then their parts are billed as storage.").fill(
                          days=SPACES_PURGE_DAYS)


def iter_uploads(client: S3Client, bucket: str, *,
                 cancel: CancelToken | None = None) -> Iterator[list[MultipartUpload]]:
    """Every unfinished upload of `bucket`, a ListMultipartUploads page at a time."""
    key_marker: str | None = None
    upload_marker: str | None = None
    while True:
        page = client.list_multipart_uploads(bucket=bucket, key_marker=key_marker,
                                             upload_id_marker=upload_marker, cancel=cancel)
        yield list(page.uploads)
        following = (page.next_key_marker, page.next_upload_id_marker)
        if not page.is_truncated or not following[0] or following == (key_marker,
                                                                        upload_marker):
            return
        key_marker, upload_marker = following


def older_than(uploads: Iterable[MultipartUpload], days: int,
               now: datetime) -> list[MultipartUpload]:
    """The uploads started more than `days` days before `now` (an unknown start: never)."""
    limit = now - timedelta(days=days)
    return [u for u in uploads if u.initiated is not None and u.initiated < limit]


def age(upload: MultipartUpload, now: datetime) -> timedelta | None:
    return now - upload.initiated if upload.initiated is not None else None


def journal_index(entries: Iterable[JournalEntry], endpoint: str,
                  bucket: str) -> dict[str, JournalEntry]:
    """Upload id -> this app's record of it, for the uploads of `bucket` at `endpoint`."""
    return {e.upload_id: e for e in entries
            if e.endpoint == endpoint and e.bucket == bucket and not e.intent}


@dataclass(frozen=True, slots=True)
class AbortFailure:
    key: str
    upload_id: str
    error: S3Error


def abort_uploads(client: S3Client, bucket: str, uploads: Sequence[MultipartUpload], *,
                  cancel: CancelToken, progress: Callable[[int], None]) -> list[AbortFailure]:
    """Abort each upload in turn (one already gone counts as aborted); `progress(n)` after the
    n-th. Stops between uploads when `cancel` is set, raising Cancelled."""
    failures: list[AbortFailure] = []
    for done, upload in enumerate(uploads, start=1):
        cancel.raise_if_cancelled()
        try:
            abort_upload(client, bucket=bucket, key=upload.key, upload_id=upload.upload_id,
                         strict=True)
        except S3Error as exc:
            failures.append(AbortFailure(upload.key, upload.upload_id, exc))
        progress(done)
    return failures
