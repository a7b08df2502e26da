"""Downloads that never leave a corrupt file under the final name, and resume with Range.

Bytes go to `<target>.part` in the target's folder (so the final rename is atomic), written at
their offsets; large objects come in parallel ranges. Every GET carries If-Match with the ETag
from the first HEAD, so an object replaced mid-download fails with PreconditionFailed instead of
producing a file made of two versions.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from spacesgui.s3.atomic_file import fsync_directory
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled, InvalidInput, NetworkError, S3Error, ServiceError
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.models.objects_stream import GetObjectResult
from spacesgui.s3.options import ReadConditions, SSECustomerKey
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.concurrency import bounded_map
from spacesgui.s3.transfer.partfile import (
    PartFile,
    PartIdentity,
    PrefixHasher,
    Range,
    load_state,
    missing_ranges,
    read_at,
    remove_part,
    split_ranges,
)

log = logging.getLogger(__name__)

STATE_SAVE_INTERVAL = 1.0       # seconds between sidecar updates while ranges complete


class IntegrityError(S3Error):
    """The downloaded bytes do not match what the server said it holds (size or MD5)."""


class DownloadClient(Protocol):
    """The two S3Client operations a download uses (a Protocol, so tests may wrap a client)."""

    def head_object(self, *, bucket: str, key: str, version_id: str | None = ...,
                    sse_c: SSECustomerKey | None = ...,
                    cancel: CancelToken | None = ...) -> ObjectHead: ...

    def get_object(self, *, bucket: str, key: str, version_id: str | None = ...,
                   byte_range: tuple[int, int | None] | str | None = ...,
                   conditions: ReadConditions | None = ...,
                   sse_c: SSECustomerKey | None = ...,
                   cancel: CancelToken | None = ...) -> GetObjectResult: ...


@dataclass(frozen=True, slots=True)
class DownloadResult:
    """What was written where. `resumed_bytes` were already on disk from an earlier attempt."""

    bucket: str
    key: str
    path: str
    size: int
    etag: str | None
    version_id: str | None
    resumed_bytes: int
    requests: int                 # GETs sent (ranges, and restarts after a broken body)
    md5_verified: bool            # False when the ETag is not a plain MD5 (multipart, SSE-C)


def download_file(
    client: DownloadClient, *, bucket: str, key: str, path: str | os.PathLike[str],
    config: TransferConfig, control: TransferControl, slots: SlotPool,
    progress: ProgressFn | None = None, version_id: str | None = None,
    sse_c: SSECustomerKey | None = None, overwrite: bool = True, body_retries: int = 3,
    verify_md5: bool = True,
) -> DownloadResult:
    """Download one object to `path`; on failure the `.part` stays for a later resume.

    Cancelling removes the part file; any other failure keeps it with its sidecar, and a later
    call for the same object fetches only the missing byte ranges. `body_retries` is how often
    one range may break off mid-body and be continued from its last byte within this call.
    `verify_md5=False` skips the MD5 check of single-part objects (it costs about as much CPU
    as the download itself on a loopback server; the size is always checked).
    """
    target = os.path.abspath(os.fspath(path))
    if os.path.isdir(target):
        raise InvalidInput(f"{target} is a folder; give the file name to download to")
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(f"{target} already exists")
    if body_retries < 0:
        raise InvalidInput("body_retries cannot be negative")
    control.checkpoint()
    with slots.slot(control.cancel):
        head = client.head_object(bucket=bucket, key=key, version_id=version_id, sse_c=sse_c,
                                  cancel=control.cancel)
    size = head.content_length
    identity = PartIdentity(bucket, key, version_id, head.etag, size)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    done = load_state(target, identity) or []
    resumed = sum(end - start for start, end in done)
    if done:
        log.info("resuming %s: %d of %d bytes already on disk", target, resumed, size)
    job = _Job(client, identity, config=config, control=control, slots=slots,
               progress=progress, sse_c=sse_c, body_retries=body_retries,
               want_md5=verify_md5 and _plain_md5(head, sse_c) is not None)
    part = PartFile(target, identity, done)
    try:
        if resumed:
            job.report(resumed)
        job.run(part)
        part.save_state()              # fsync; the sidecar matters only until the rename
        verified = _verify(part, head, sse_c if verify_md5 else _NO_MD5, job.stream_md5)
    except BaseException as exc:
        if _unresumable(exc):
            part.close()
            remove_part(target)
            job.report(-job.reported)
        else:
            try:
                part.save_state()
            except OSError:
                log.warning("could not record the progress of %s", part.path, exc_info=True)
        raise
    finally:
        part.close()
    _publish(part.path, target, overwrite)
    remove_part(target)                 # only the sidecar is left
    return DownloadResult(bucket=bucket, key=key, path=target, size=size, etag=head.etag,
                          version_id=head.version_id, resumed_bytes=resumed,
                          requests=job.requests, md5_verified=verified)


def _unresumable(exc: BaseException) -> bool:
    """Cancelled by the user, or the object changed or vanished: the part file is worthless."""
    if isinstance(exc, Cancelled | IntegrityError):
        return True
    return isinstance(exc, ServiceError) and exc.code in ("PreconditionFailed", "NoSuchKey")


def _publish(part_path: str, target: str, overwrite: bool) -> None:
    publish(part_path, target, overwrite)
    fsync_directory(os.path.dirname(target))


def publish(part_path: str, target: str, overwrite: bool) -> None:
    """Rename a finished (and durable) part to `target`; the rename itself is not yet synced.

    Without `overwrite` an existing `target`, even one created meanwhile, raises FileExistsError.
    """
    if overwrite:
        os.replace(part_path, target)
    else:
        # link() fails if the name exists, so a file created meanwhile is never replaced.
        try:
            os.link(part_path, target)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(target):
                raise FileExistsError(f"{target} already exists") from None
            os.replace(part_path, target)
        else:
            os.remove(part_path)


_NO_MD5 = object()      # passed as sse_c to _verify: skip the MD5 comparison


def _plain_md5(head: ObjectHead, sse_c: object) -> str | None:
    """The ETag when it is the MD5 of the bytes: single-part and not encrypted with SSE-C/KMS."""
    etag = head.etag
    if (etag is None or sse_c is not None or head.sse_customer_algorithm
            or (head.server_side_encryption or "").lower() == "aws:kms"):
        return None
    etag = etag.lower()
    if len(etag) != 32 or any(c not in "0123456789abcdef" for c in etag):
        return None
    return etag


def _verify(part: PartFile, head: ObjectHead, sse_c: object,
            stream_md5: str | None) -> bool:
    on_disk = os.fstat(part.fd).st_size
    covered = sum(end - start for start, end in part.done)
    if on_disk != head.content_length or covered != head.content_length:
        raise IntegrityError(f"{head.key!r}: {covered:,} of {head.content_length:,} bytes "
                             f"arrived ({on_disk:,} on disk)")
    expected = _plain_md5(head, sse_c)
    if expected is None:
        return False
    actual = stream_md5 if stream_md5 is not None else _md5_of(part.fd, head.content_length)
    if actual != expected:
        raise IntegrityError(f"{head.key!r}: the downloaded bytes have MD5 {actual}, "
                             f"the server says {expected}")
    return True


def _md5_of(fd: int, size: int) -> str:
    digest = hashlib.md5()  # noqa: S324 - S3's single-part ETag is MD5
    offset = 0
    while offset < size:
        chunk = read_at(fd, min(4 * 1024 * 1024, size - offset), offset)
        if not chunk:
            break
        digest.update(chunk)
        offset += len(chunk)
    return digest.hexdigest()


class _Job:
    """The ranges of one download, fetched by up to `parts_in_flight` threads."""

    def __init__(self, client: DownloadClient, identity: PartIdentity, *, config: TransferConfig,
                 control: TransferControl, slots: SlotPool, progress: ProgressFn | None,
                 sse_c: SSECustomerKey | None, body_retries: int, want_md5: bool) -> None:
        self.client = client
        self.identity = identity
        self.config = config
        self.control = control
        self.slots = slots
        self._progress = progress
        self.sse_c = sse_c
        self.body_retries = body_retries
        self.abort = CancelToken()      # set by the first failure, or when control cancels
        self._lock = threading.Lock()
        self.reported = 0
        self.requests = 0
        self.stream_md5: str | None = None
        self.want_md5 = want_md5
        self._last_save = time.monotonic()

    def report(self, delta: int) -> None:
        if not delta:
            return
        with self._lock:
            self.reported += delta
            if self._progress is not None:
                self._progress(delta)

    def run(self, part: PartFile) -> None:
        size = self.identity.size
        gaps = missing_ranges(size, part.done)
        if not gaps:
            return
        if size < self.config.download_threshold:
            # One stream; hashing on the way saves reading the file back when it starts at 0.
            whole = gaps == [(0, size)]
            digest = hashlib.md5() if whole and self.want_md5 else None  # noqa: S324
            for start, end in gaps:
                self._fetch(part, start, end, digest.update if digest else None)
            self.stream_md5 = digest.hexdigest() if digest else None
            return
        pieces = split_ranges(gaps, self.config.download_chunk)
        if not self.want_md5:
            self._run_parallel(part, pieces)
            return
        hasher = PrefixHasher(part, size)
        try:
            self._run_parallel(part, pieces)
        except BaseException:
            hasher.stop()
            raise
        self.stream_md5 = hasher.hexdigest()

    def _run_parallel(self, part: PartFile, pieces: list[Range]) -> None:
        def fetch(piece: Range) -> None:
            self._fetch(part, piece[0], piece[1], None)
            self._maybe_save(part)

        failure: BaseException | None = None
        outcomes = bounded_map(fetch, pieces, limit=min(self.config.parts_in_flight, len(pieces)),
                               cancel=self.control.cancel, abort=self.abort, name="download")
        with contextlib.closing(outcomes):  # the first failure aborts the ranges still running
            for outcome in outcomes:
                if outcome.error is not None:
                    failure = outcome.error
                    break
        if self.control.cancel.cancelled:
            raise Cancelled("cancelled")
        if failure is not None:
            raise failure

    def _maybe_save(self, part: PartFile) -> None:
        now = time.monotonic()
        with self._lock:
            due = now - self._last_save >= STATE_SAVE_INTERVAL
            if due:
                self._last_save = now
        if due:
            part.save_state()

    def _checkpoint(self) -> None:
        while self.control.paused and not self.abort.cancelled \
                and not self.control.cancel.cancelled:
            self.abort.wait(0.2)
        self.control.cancel.raise_if_cancelled()
        self.abort.raise_if_cancelled()

    def _fetch(self, part: PartFile, start: int, end: int,
               on_bytes: Callable[[bytes], object] | None) -> None:
        """Write [start, end) at its offset; a broken body continues from its last byte."""
        cursor = [start]                 # advanced by _stream chunk by chunk, even if it fails
        failures = 0
        whole = start == 0 and end == self.identity.size
        while cursor[0] < end:
            self._checkpoint()
            byte_range = None if whole and cursor[0] == 0 else (cursor[0], end - 1)
            try:
                with self.slots.slot(self.abort):
                    self._checkpoint()
                    self._stream(part, cursor, end, byte_range, on_bytes)
            except NetworkError:
                failures += 1
                if failures > self.body_retries or self.abort.cancelled:
                    raise
                log.info("download of %r broke off at byte %d; continuing from there",
                         self.identity.key, cursor[0])

    def _stream(self, part: PartFile, cursor: list[int], end: int,
                byte_range: tuple[int, int] | None,
                on_bytes: Callable[[bytes], object] | None) -> None:
        with self._lock:
            self.requests += 1
        result = self.client.get_object(
            bucket=self.identity.bucket, key=self.identity.key,
            version_id=self.identity.version_id, byte_range=byte_range,
            conditions=ReadConditions(if_match=self.identity.etag), sse_c=self.sse_c,
            cancel=self.abort)
        start = cursor[0]
        with result:
            if result.head.etag is not None and self.identity.etag is not None \
                    and result.head.etag != self.identity.etag:
                raise ServiceError(code="PreconditionFailed", status=412,
                                   message="the object changed during the download",
                                   resource=f"{self.identity.bucket}/{self.identity.key}")
            try:
                for chunk in result.iter_chunks(self.config.io_chunk, cancel=self.abort):
                    if cursor[0] + len(chunk) > end:
                        raise IntegrityError(f"{self.identity.key!r}: the server sent more "
                                             f"bytes than asked for")
                    part.write_at(chunk, cursor[0])
                    if on_bytes is not None:
                        on_bytes(chunk)
                    cursor[0] += len(chunk)
                    self.report(len(chunk))
                    part.mark_done(start, cursor[0])    # saved mid-stream too: a single
                    self._maybe_save(part)              # stream may be the whole file
                    if self.config.download_bandwidth is not None:
                        self.config.download_bandwidth.take(len(chunk), self.abort)
                    if self.control.cancel.cancelled:
                        raise Cancelled("cancelled")
                    if self.control.paused:
                        break           # hang up; the rest comes with Range after resume
            finally:
                part.mark_done(start, cursor[0])
                part.write_back(start, cursor[0])
        if cursor[0] < end and not self.control.paused:
            raise NetworkError(f"The download of {self.identity.key!r} ended at byte "
                               f"{cursor[0]} instead of {end}")


__all__ = ["DownloadResult", "IntegrityError", "download_file", "publish"]
