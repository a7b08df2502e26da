"""What the upload tests need around a transfer: a random source file and a server read-back."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from spacesgui.s3.transfer.common import MiB
from tests.random_files import write_random_file


def random_file(tmp_path: Path, size: int, name: str = "data.bin") -> tuple[Path, str]:
    """`size` random bytes in `tmp_path/name`; returns the path and their SHA-256."""
    path = tmp_path / name
    return path, write_random_file(path, size)


def stored_sha256(boto: Any, bucket: str, key: str, **kw: Any) -> str:
    """SHA-256 of the object as the server stores it, read with boto3."""
    digest = hashlib.sha256()
    for chunk in boto.get_object(Bucket=bucket, Key=key, **kw)["Body"].iter_chunks(MiB):
        digest.update(chunk)
    return digest.hexdigest()


def no_uploads(boto: Any, bucket: str) -> bool:
    """True when the bucket has no multipart upload left open."""
    return not boto.list_multipart_uploads(Bucket=bucket).get("Uploads")
