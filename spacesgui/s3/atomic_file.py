"""Replace a small file so that a crash leaves the old content or the new, never half of one.

Journals, download sidecars, the account list and the transfer queue all depend on this.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(target: str | os.PathLike[str], data: bytes, *,
                     mode: int | None = None) -> None:
    """Temp file in the same folder, fsync, rename over `target`, fsync the folder."""
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
