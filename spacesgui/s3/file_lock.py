"""A lock that holds across processes: an exclusive OS lock on a small file.

Threads of one process are kept apart by the caller (an OS lock on POSIX is per process, so a
second flock from the same process would succeed). The lock dies with its process, so a
killed app never leaves one behind; the file itself is removed on release.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType


class LockHeld(Exception):
    """Another process holds the lock."""


class FileLock:
    """`with FileLock(path):` takes the lock or raises LockHeld at once (it never waits)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fd = -1

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                raise LockHeld(f"{self.path} is locked by another process") from None
            # A holder that released meanwhile removed the file we opened: lock the new one.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self._fd < 0:
            return
        # Removed while still locked, so nobody can lock a file that is about to go.
        with contextlib.suppress(OSError):   # Windows cannot remove an open file
            os.unlink(self.path)
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = -1

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


__all__ = ["FileLock", "LockHeld"]
