"""Give many downloaded files their final names durably, with one filesystem sync per batch.

A download writes `<target>.part` and must never leave a torn file under the final name, even
after a power cut: the bytes have to be on disk before the rename that makes them visible. One
fsync per file gives that order at the price of a journal commit and a disk-cache flush per
file (5-30 ms each on ext4), which was the largest cost of a folder of small files. A batch
keeps the order for many files at once:

1. each file's bytes are written to its `.part`, closed, not fsynced;
2. when the batch is full, or the folder is done, one syncfs() writes back every dirty page of
   the filesystem and commits its journal: every `.part` of the batch is now durable;
3. only then is each `.part` renamed to its final name;
4. the renames become durable with the next batch's syncfs, and the last ones with a closing
   syncfs before the folder is reported done.

A crash before 3 leaves only `.part` files (names the folder planner reserves, so no key is
saved under them; the next download overwrites them). A crash between 3 and 4 may lose a
rename, which again leaves the `.part`, never a final name over unwritten blocks. Where syncfs
does not exist (not Linux) each file is fsynced before its rename: the same order at the old
cost. syncfs also writes back other programs' dirty pages on the same filesystem; a batch is
bounded in files and bytes so that its own share stays small.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacesgui.s3.atomic_file import fsync_directory

log = logging.getLogger(__name__)

BATCH_FILES = 256
BATCH_BYTES = 64 * 1024 * 1024

Publish = Callable[[str, str, bool], None]      # part path, target, overwrite


@dataclass(frozen=True, slots=True)
class Pending:
    """A complete, verified `.part` waiting for its batch to be synced and renamed."""

    key: str
    part_path: str
    target: str
    size: int
    overwrite: bool


@dataclass(frozen=True, slots=True)
class PublishFailure:
    pending: Pending
    error: BaseException


@dataclass
class DurableBatch:
    """Collects finished `.part` files; `close()` must run once all files are added."""

    publish: Publish
    max_files: int = BATCH_FILES
    max_bytes: int = BATCH_BYTES
    failures: list[PublishFailure] = field(default_factory=list)
    _pending: list[Pending] = field(default_factory=list)
    _bytes: int = 0
    _folders: set[str] = field(default_factory=set)   # where a rename is not yet durable
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, item: Pending) -> None:
        """Queue a finished part; the caller that fills the batch syncs and renames it."""
        with self._lock:
            self._pending.append(item)
            self._bytes += item.size
            full = len(self._pending) >= self.max_files or self._bytes >= self.max_bytes
            batch = self._take() if full else []
        if batch:
            self._commit(batch)

    def close(self) -> None:
        """Sync and rename what is left, then make the renames themselves durable."""
        with self._lock:
            batch = self._take()
        if batch:
            self._commit(batch)
        if self._folders:
            _sync_renames(self._folders)

    def _take(self) -> list[Pending]:
        batch, self._pending, self._bytes = self._pending, [], 0
        return batch

    def _commit(self, batch: list[Pending]) -> None:
        try:
            _make_durable([item.part_path for item in batch])
        except OSError as exc:
            log.warning("could not write %d downloaded files to disk", len(batch), exc_info=True)
            for item in batch:
                self._fail(item, exc)
            return
        for item in batch:
            try:
                self.publish(item.part_path, item.target, item.overwrite)
            except OSError as exc:
                log.warning("could not give %s its name", item.target, exc_info=True)
                self._fail(item, exc)
            else:
                with self._lock:
                    self._folders.add(os.path.dirname(item.target))

    def _fail(self, item: Pending, error: OSError) -> None:
        with contextlib.suppress(OSError):
            os.remove(item.part_path)
        with self._lock:
            self.failures.append(PublishFailure(item, error))


def _make_durable(paths: list[str]) -> None:
    """Every byte of `paths` on disk: one syncfs of their filesystem, or an fsync each."""
    if not paths:
        return
    if len(paths) > 1 and _syncfs(os.path.dirname(paths[0])) and _same_filesystem(paths):
        return
    for path in paths:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_renames(folders: set[str]) -> None:
    if _syncfs(next(iter(folders))) and _same_filesystem([f + os.sep for f in folders]):
        return
    for folder in folders:
        fsync_directory(folder)


def _same_filesystem(paths: list[str]) -> bool:
    """All under one device, so one syncfs covered them (a folder may hold a mount point)."""
    folders = {os.path.dirname(p) or "." for p in paths}
    return len({os.stat(folder).st_dev for folder in folders}) == 1


@cache
def _libc_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function: Callable[[int], int] = libc.syncfs
    except (OSError, AttributeError):
        return None
    return function


def _syncfs(folder: str) -> bool:
    """syncfs() the filesystem holding `folder`; False where that cannot be done."""
    syncfs = _libc_syncfs()
    if syncfs is None:
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        if syncfs(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, f"syncfs failed: {os.strerror(errno)}", folder)
    finally:
        os.close(fd)
    return True


__all__ = ["BATCH_BYTES", "BATCH_FILES", "DurableBatch", "Pending", "PublishFailure"]
