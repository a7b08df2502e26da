"""Files of random (incompressible) bytes for transfer tests and benchmarks."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_BLOCK = 8 * 1024 * 1024


def write_random_file(path: Path, size: int, digest: str = "sha256") -> str:
    """Write `size` random bytes to `path` a block at a time; return their hex digest."""
    hasher = hashlib.new(digest)
    with open(path, "wb") as out:
        left = size
        while left:
            block = os.urandom(min(left, _BLOCK))
            hasher.update(block)
            out.write(block)
            left -= len(block)
    return hasher.hexdigest()
