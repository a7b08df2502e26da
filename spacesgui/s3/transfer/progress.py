"""Progress for streamed request bodies: count bytes as the transport reads them."""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable
from typing import BinaryIO

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled, S3Error
from spacesgui.s3.ops.objects_body import FileSlice
from spacesgui.s3.transfer.bandwidth import BandwidthLimit
from spacesgui.s3.transfer.common import MiB, ProgressFn

_HASH_CHUNK = 1 * MiB


class FileChanged(S3Error):
    """The local file changed while it was being uploaded; the upload was abandoned."""


def md5_range(file: io.FileIO, offset: int, length: int, *,
              cancel: CancelToken | None = None) -> bytes:
    """MD5 of a file range, read in chunks into one buffer (a part is never held whole)."""
    return digest_range(file, offset, length, algorithm="md5", cancel=cancel)


def digest_range(file: io.FileIO, offset: int, length: int, *, algorithm: str,
                 cancel: CancelToken | None = None) -> bytes:
    """The `algorithm` digest (hashlib's name) of a file range, read in chunks."""
    digest = hashlib.new(algorithm)
    buffer = memoryview(bytearray(min(_HASH_CHUNK, max(length, 1))))
    file.seek(offset)
    remaining = length
    while remaining > 0:
        if cancel is not None:
            cancel.raise_if_cancelled()
        got = file.readinto(buffer[: min(len(buffer), remaining)])
        if not got:
            raise FileChanged(f"{getattr(file, 'name', 'the file')} became shorter while "
                              "being read")
        digest.update(buffer[:got])
        remaining -= got
    return digest.digest()


class CountingSlice(FileSlice):
    """A FileSlice that reports each byte read once, and takes bytes back when rewound.

    The transport seeks to the start before every retry, so a seek backwards reports a
    negative delta for the bytes that must be sent again; the sum of the deltas is always the
    number of bytes the server has (or is receiving) from this slice.

    `min_read` exists because urllib3 reads a streamed body 16 KiB at a time: each read here
    is a seek and a read on the file, so asking for less than `min_read` still returns up to
    `min_read` bytes (urllib3 sends whatever a read returns). `cancel` makes a read raise
    Cancelled, so a cancelled transfer stops mid-body instead of finishing the part.
    `bandwidth` paces the reads: each read's bytes are taken from it before they go out.
    """

    def __init__(self, file: BinaryIO, offset: int, length: int,
                 progress: ProgressFn | None = None, *, min_read: int = 0,
                 cancel: CancelToken | None = None,
                 bandwidth: BandwidthLimit | None = None) -> None:
        super().__init__(file, offset, length)
        self._bandwidth = bandwidth
        self._progress = progress
        self._reported = 0      # highest position already reported
        self._min_read = min_read
        self._cancel = cancel

    def read(self, size: int | None = -1) -> bytes:
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled("cancelled")
        if size is not None and 0 <= size < self._min_read:
            size = self._min_read
        data = super().read(size)
        if self._bandwidth is not None:
            self._bandwidth.take(len(data), self._cancel)
        position = self.tell()
        if position > self._reported:
            delta = position - self._reported
            self._reported = position
            if self._progress is not None:
                self._progress(delta)
        return data

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        position = super().seek(pos, whence)
        if position < self._reported:
            delta = position - self._reported
            self._reported = position
            if self._progress is not None:
                self._progress(delta)
        return position

    @property
    def reported(self) -> int:
        """Bytes reported so far (net of rewinds)."""
        return self._reported

    def take_back(self) -> int:
        """Report the whole slice as not sent (the part failed for good); returns the delta."""
        delta = -self._reported
        self._reported = 0
        if delta and self._progress is not None:
            self._progress(delta)
        return delta


class ProgressTotal:
    """Thread-safe sum of deltas from several parts, forwarded to one callback under a lock.

    The callback is called from the part threads, one call at a time, in the order the deltas
    were added, so a UI that sums them never sees a torn or reordered update.
    """

    def __init__(self, callback: ProgressFn | None = None) -> None:
        self._callback = callback
        self._lock = threading.Lock()
        self._total = 0

    def add(self, delta: int) -> None:
        if not delta:
            return
        with self._lock:
            self._total += delta
            if self._callback is not None:
                self._callback(delta)

    __call__ = add

    @property
    def total(self) -> int:
        with self._lock:
            return self._total


def fan_out(*callbacks: Callable[[int], None] | None) -> ProgressFn:
    """One ProgressFn that calls each given callback (None entries are skipped)."""
    live = [c for c in callbacks if c is not None]

    def call(delta: int) -> None:
        for callback in live:
            callback(delta)
    return call
