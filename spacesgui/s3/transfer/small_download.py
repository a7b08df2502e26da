"""A small object of a listed folder in one request: GET pinned to the ETag the listing gave.

`download_file` asks HEAD first, for the size and the ETag it pins its ranges to. Inside a
folder download the listing already said both, so one GET with If-Match on the listed ETag
does the work of the two: the object as listed arrives, or 412 says it changed since the
listing and the caller falls back to `download_file`, which downloads what is there now.
The bytes are checked as there (size, and MD5 where the ETag is one) and handed to a
`DurableBatch`, which makes them durable and gives them their names many files at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os

from spacesgui.s3.errors import Cancelled, InvalidInput, NetworkError, ServiceError
from spacesgui.s3.options import ReadConditions, SSECustomerKey
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import DownloadClient, IntegrityError, _plain_md5
from spacesgui.s3.transfer.durable_batch import DurableBatch, Pending
from spacesgui.s3.transfer.partfile import PART_SUFFIX

log = logging.getLogger(__name__)


def download_listed(
    client: DownloadClient, *, bucket: str, key: str, path: str, etag: str, size: int,
    batch: DurableBatch, config: TransferConfig, control: TransferControl, slots: SlotPool,
    progress: ProgressFn, sse_c: SSECustomerKey | None = None, overwrite: bool = True,
    body_retries: int = 3,
) -> bool:
    """Fetch bucket/key as listed into `<path>.part` and queue it on `batch`.

    False, with nothing written, when the object changed since the listing (412): the caller
    then downloads it the long way. A body that breaks off is fetched again from the start, up
    to `body_retries` times (the object is small).
    """
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise InvalidInput(f"{target} is a folder; give the file name to download to")
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(f"{target} already exists")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    part_path = target + PART_SUFFIX
    failures = 0
    while True:
        control.checkpoint()
        received = 0
        try:
            received = _fetch(client, bucket=bucket, key=key, etag=etag, size=size,
                              part_path=part_path, config=config, control=control,
                              slots=slots, progress=progress, sse_c=sse_c)
        except ServiceError as exc:
            _discard(part_path)
            if exc.code == "PreconditionFailed":
                log.info("%r changed since it was listed; downloading it as it is now", key)
                return False
            raise
        except NetworkError:
            _discard(part_path)
            failures += 1
            if failures > body_retries:
                raise
            log.info("download of %r broke off; fetching it again", key)
            continue
        except BaseException:
            _discard(part_path)
            raise
        batch.add(Pending(key, part_path, target, received, overwrite))
        return True


def _fetch(client: DownloadClient, *, bucket: str, key: str, etag: str, size: int,
           part_path: str, config: TransferConfig, control: TransferControl, slots: SlotPool,
           progress: ProgressFn, sse_c: SSECustomerKey | None) -> int:
    """The body into `part_path`, checked; returns its size. Progress is taken back on failure."""
    received = 0
    try:
        with slots.slot(control.cancel):
            result = client.get_object(bucket=bucket, key=key, sse_c=sse_c,
                                       conditions=ReadConditions(if_match=etag),
                                       cancel=control.cancel)
            with result:
                if result.head.content_length != size:
                    raise IntegrityError(f"{key!r}: the server announces "
                                         f"{result.head.content_length:,} bytes, the listing "
                                         f"said {size:,}")
                expected = _plain_md5(result.head, sse_c)
                digest = hashlib.md5() if expected is not None else None  # noqa: S324 - the ETag
                flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
                fd = os.open(part_path, flags, 0o600)
                try:
                    for chunk in result.iter_chunks(config.io_chunk, cancel=control.cancel):
                        _write_all(fd, chunk)
                        if digest is not None:
                            digest.update(chunk)
                        received += len(chunk)
                        progress(len(chunk))
                        if config.download_bandwidth is not None:
                            config.download_bandwidth.take(len(chunk), control.cancel)
                        if control.cancel.cancelled:
                            raise Cancelled("cancelled")
                finally:
                    os.close(fd)
        if received != size:
            raise NetworkError(f"The download of {key!r} ended after {received} of {size} bytes")
        if digest is not None and digest.hexdigest() != expected:
            raise IntegrityError(f"{key!r}: the downloaded bytes have MD5 {digest.hexdigest()}, "
                                 f"the server says {expected}")
    except BaseException:
        if received:
            progress(-received)
        raise
    return received


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _discard(part_path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(part_path)


__all__ = ["download_listed"]
