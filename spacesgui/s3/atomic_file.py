"""Replace a small file so that a crash leaves the old content or the new, never half of one.

Journals, download sidecars, the account list and the transfer queue all depend on this.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

_TEMP_SUFFIX = ".tmp"
# A temp file lives for one write (milliseconds, seconds under a slow fsync); one older than
# this belongs to a write that was killed, never to one still running.
STALE_AFTER_SECONDS = 10 * 60


def write_atomically(target: str | os.PathLike[str], data: bytes, *,
                     mode: int | None = None) -> None:
    """Temp file in the same folder, fsync, rename over `target`, fsync the folder."""
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        if mode is not None:
            # mkstemp already creates 0600; fchmod keeps what the caller asked where umask
            # or ACLs differ.
            with contextlib.suppress(OSError, AttributeError):
                os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)


def fsync_directory(path: str | os.PathLike[str]) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(directory: str | os.PathLike[str], *, name: str | None = None,
                       older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the temp files write_atomically left in `directory` when a kill cut a write
    short (all of them, or only those of the file `name`); returns what was removed.

    Only temp files untouched for `older_than` seconds go, so a write in progress in another
    process keeps its file."""
    prefix = f".{name}." if name is not None else "."
    limit = time.time() - older_than
    removed: list[Path] = []
    try:
        candidates = list(os.scandir(directory))
    except OSError:
        return removed
    for found in candidates:
        if not (found.name.startswith(prefix) and found.name.endswith(_TEMP_SUFFIX)):
            continue
        try:
            if not found.is_file(follow_symlinks=False) or \
                    found.stat(follow_symlinks=False).st_mtime > limit:
                continue
            os.unlink(found.path)
        except OSError:
            continue
        removed.append(Path(found.path))
    return removed
