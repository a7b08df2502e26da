"""PartDigests: MD5s hashed ahead in part order, bounded, with errors and cancel handed over."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer import hashing
from spacesgui.s3.transfer.hashing import PartDigests
from spacesgui.s3.transfer.progress import FileChanged

PART = 64 * 1024


def parts_of(size: int) -> list[tuple[int, int, int]]:
    return [(n + 1, offset, min(PART, size - offset))
            for n, offset in enumerate(range(0, size, PART))]


def test_every_part_gets_its_md5(tmp_path: Path) -> None:
    data = os.urandom(10 * PART + 123)
    path = tmp_path / "f"
    path.write_bytes(data)
    parts = parts_of(len(data))
    digests = PartDigests(str(path), parts, ahead=3, cancel=CancelToken(), hashers=2)
    try:
        got = {n: digests.take(n) for n, _, _ in parts}
    finally:
        digests.close()
    assert got == {n: hashlib.md5(data[o:o + ln]).digest() for n, o, ln in parts}  # noqa: S324


def test_hashers_stay_at_most_ahead_parts_ahead(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f"
    path.write_bytes(os.urandom(12 * PART))
    hashed: list[int] = []
    real = hashing.digest_range
    two_hashed = threading.Event()

    def counting(file: object, offset: int, length: int, **kw: object) -> bytes:
        hashed.append(offset // PART + 1)
        if len(hashed) >= 2:
            two_hashed.set()
        return real(file, offset, length, **kw)  # type: ignore[arg-type]
    monkeypatch.setattr(hashing, "digest_range", counting)
    digests = PartDigests(str(path), parts_of(12 * PART), ahead=2, cancel=CancelToken(),
                          hashers=1)
    try:
        assert two_hashed.wait(5)
        digests.take(1)
        digests.take(2)
        digests.take(3)
        assert hashed[:5] == [1, 2, 3, 4, 5][:len(hashed[:5])]
        assert len(hashed) <= 3 + 2           # taken + ahead, never the whole file
    finally:
        digests.close()


def test_a_shrunk_file_fails_the_part_that_needs_it(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * (2 * PART))
    parts = parts_of(4 * PART)            # what the file was when the upload was planned
    digests = PartDigests(str(path), parts, ahead=4, cancel=CancelToken(), hashers=1)
    try:
        assert len(digests.take(1)) == 16
        with pytest.raises(FileChanged):
            digests.take(3)
    finally:
        digests.close()


def test_cancel_releases_a_waiting_take_and_close_stops_the_hashers(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * (3 * PART))
    cancel = CancelToken()
    digests = PartDigests(str(path), parts_of(3 * PART), ahead=1, cancel=cancel, hashers=1)
    digests.take(1)
    cancel.cancel()
    with pytest.raises(Cancelled):
        digests.take(3)                   # part 3 is outside the window: it never comes
    digests.close()
    assert not any(t.name == "upload-md5" and t.is_alive() for t in threading.enumerate())
