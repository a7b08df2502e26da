"""The `.part` file of a download and its `.part.json` sidecar: what is already on disk.

The sidecar holds no secrets: bucket, key, version, ETag, size and the byte ranges that are
written and fsynced. A resumed download trusts the part file only if the sidecar names the same
object (same ETag and size) as a fresh HEAD does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacesgui.s3.atomic_file import fsync_directory, remove_stale_temps, write_atomically

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
STATE_SUFFIX = ".part.json"
_STATE_VERSION = 1
Range = tuple[int, int]            # [start, end): end exclusive


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, non-overlapping, non-empty ranges; touching ranges are joined."""
    merged: list[Range] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def missing_ranges(size: int, done: Iterable[Range]) -> list[Range]:
    """The parts of [0, size) not covered by `done`."""
    gaps: list[Range] = []
    position = 0
    for start, end in merge_ranges(done):
        if start > position:
            gaps.append((position, min(start, size)))
        position = max(position, end)
    if position < size:
        gaps.append((position, size))
    return [g for g in gaps if g[1] > g[0]]


def split_ranges(ranges: Iterable[Range], chunk: int) -> list[Range]:
    """Cut each range into pieces of at most `chunk` bytes."""
    if chunk < 1:
        raise ValueError("the chunk size must be positive")
    pieces: list[Range] = []
    for start, end in ranges:
        pieces.extend((offset, min(offset + chunk, end)) for offset in range(start, end, chunk))
    return pieces


@dataclass(frozen=True, slots=True)
class PartIdentity:
    """Which object a part file holds bytes of."""

    bucket: str
    key: str
    version_id: str | None
    etag: str | None
    size: int


def part_paths(target: str) -> tuple[str, str]:
    return target + PART_SUFFIX, target + STATE_SUFFIX


def load_state(target: str, identity: PartIdentity) -> list[Range] | None:
    """The ranges already in `<target>.part`, or None when there is nothing usable to resume."""
    part, state = part_paths(target)
    # A kill during a sidecar write leaves its temp file beside the download.
    remove_stale_temps(os.path.dirname(state), name=os.path.basename(state))
    try:
        with open(state, encoding="utf-8") as handle:
            saved = json.load(handle)
        part_size = os.path.getsize(part)
    except (OSError, ValueError):
        return None
    if (not isinstance(saved, dict) or saved.get("v") != _STATE_VERSION
            or identity.etag is None or part_size != identity.size):
        return None
    same = (saved.get("bucket"), saved.get("key"), saved.get("version_id"), saved.get("etag"),
            saved.get("size")) == (identity.bucket, identity.key, identity.version_id,
                                   identity.etag, identity.size)
    if not same:
        log.info("discarding %s: it belongs to another version of the object", part)
        return None
    return _ranges(saved.get("done"), identity.size)


def _ranges(done: object, size: int) -> list[Range] | None:
    if not isinstance(done, list):
        return None
    ranges: list[Range] = []
    for item in done:
        if (not isinstance(item, list) or len(item) != 2
                or not all(isinstance(n, int) and not isinstance(n, bool) for n in item)
                or not 0 <= item[0] <= item[1] <= size):
            return None
        ranges.append((item[0], item[1]))
    return merge_ranges(ranges)


def remove_part(target: str) -> None:
    for path in part_paths(target):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


class PartFile:
    """An open, preallocated part file written at offsets from several threads."""

    def __init__(self, target: str, identity: PartIdentity, done: Sequence[Range]) -> None:
        self.target = target
        self.identity = identity
        self.path, self.state_path = part_paths(target)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._done: list[Range] = list(done)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        if not done:
            # A sidecar of an earlier part file (one killed between its rename and its clean-up,
            # or before its first save) must not vouch for the zeros of this new one.
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.state_path)
                fsync_directory(os.path.dirname(self.state_path))
            flags |= os.O_TRUNC
        self.fd = os.open(self.path, flags, 0o600)
        try:
            if os.fstat(self.fd).st_size != identity.size:
                _preallocate(self.fd, identity.size)
        except BaseException:
            os.close(self.fd)
            raise

    @property
    def done(self) -> list[Range]:
        with self._lock:
            return merge_ranges(self._done)

    def write_at(self, data: bytes | memoryview, offset: int) -> None:
        view = memoryview(data)
        while view:
            written = _pwrite(self.fd, view, offset)
            view = view[written:]
            offset += written

    def mark_done(self, start: int, end: int) -> None:
        if end > start:
            with self._lock:
                self._done = merge_ranges([*self._done, (start, end)])
                self._changed.notify_all()

    def write_back(self, start: int, end: int) -> None:
        """Start writing [start, end) to disk now, without waiting.

        Without this the kernel holds a whole large download as dirty pages and the fsync
        before the rename writes them all while the user waits (about 0.5 s per GiB here).
        On Linux, POSIX_FADV_DONTNEED starts asynchronous writeback of the range; pages still
        being written stay cached. Elsewhere it is a no-op and the fsync does the work.
        """
        if end > start and _FADVISE_WRITEBACK:
            with contextlib.suppress(OSError):
                os.posix_fadvise(self.fd, start, end - start, os.POSIX_FADV_DONTNEED)

    def frontier(self) -> int:
        """How many bytes from offset 0 on are written without a gap."""
        with self._lock:
            return _frontier(self._done)

    def wait_frontier(self, beyond: int, timeout: float) -> int:
        """Block until the gap-free start grows past `beyond` (or `timeout`); return it."""
        with self._changed:
            self._changed.wait_for(lambda: _frontier(self._done) > beyond, timeout)
            return _frontier(self._done)

    def wake(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def save_state(self) -> None:
        """Make the written bytes durable, then record them (never the other way round)."""
        os.fsync(self.fd)
        saved = {"v": _STATE_VERSION, "bucket": self.identity.bucket, "key": self.identity.key,
                 "version_id": self.identity.version_id, "etag": self.identity.etag,
                 "size": self.identity.size, "done": [list(r) for r in self.done]}
        write_atomically(self.state_path, json.dumps(saved).encode())

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


_FADVISE_WRITEBACK = sys.platform.startswith("linux") and hasattr(os, "posix_fadvise")


def _frontier(done: list[Range]) -> int:
    merged = merge_ranges(done)
    return merged[0][1] if merged and merged[0][0] == 0 else 0


class PrefixHasher:
    """MD5 of a part file computed while it downloads: a thread hashes the gap-free start of
    the file as ranges land (they are scheduled in order), so little is left at the end."""

    def __init__(self, part: PartFile, size: int, read_chunk: int = 4 * 1024 * 1024) -> None:
        self._part = part
        self._size = size
        self._chunk = read_chunk
        self._digest = hashlib.md5()  # noqa: S324 - S3's single-part ETag is MD5
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self.position = 0
        self._thread = threading.Thread(target=self._run, name="download-md5", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while self.position < self._size and not self._stop.is_set():
                frontier = self._part.wait_frontier(self.position, 0.5)
                while self.position < frontier and not self._stop.is_set():
                    length = min(self._chunk, frontier - self.position)
                    data = read_at(self._part.fd, length, self.position)
                    if not data:
                        raise OSError(f"{self._part.path} ended at byte {self.position}")
                    self._digest.update(data)
                    self.position += len(data)
        except BaseException as exc:  # handed to the caller in hexdigest()
            self._error = exc

    def hexdigest(self) -> str:
        """Wait for the rest (all bytes must be written by now) and return the MD5."""
        self._part.wake()
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self.position != self._size:
            raise OSError(f"hashed {self.position} of {self._size} bytes")
        return self._digest.hexdigest()

    def stop(self) -> None:
        self._stop.set()
        self._part.wake()
        self._thread.join()


def read_at(fd: int, length: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    with _SEEK_LOCK:  # pragma: no cover - Windows
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, length)


def _preallocate(fd: int, size: int) -> None:
    os.ftruncate(fd, size)
    if size and hasattr(os, "posix_fallocate"):
        # Reserve the blocks now, so a full disk fails at the start and not at 90 %.
        try:
            os.posix_fallocate(fd, 0, size)
        except OSError as exc:
            if exc.errno == 28:   # ENOSPC
                raise
            log.debug("posix_fallocate not supported here: %s", exc)


_SEEK_LOCK = threading.Lock()

if hasattr(os, "pwrite"):
    def _pwrite(fd: int, data: memoryview, offset: int) -> int:
        return os.pwrite(fd, data, offset)
else:  # pragma: no cover - Windows has no pwrite; serialize seek + write instead
    def _pwrite(fd: int, data: memoryview, offset: int) -> int:
        with _SEEK_LOCK:
            os.lseek(fd, offset, os.SEEK_SET)
            return os.write(fd, data)

