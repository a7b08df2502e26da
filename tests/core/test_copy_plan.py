"""Copy rules with no server: the real thresholds, and the multipart ETag a copy must get."""

from __future__ import annotations

import hashlib

from spacesgui.s3.transfer.common import GiB, MiB
from spacesgui.s3.transfer.copying import (
    DEFAULT_COPY_PART_SIZE,
    DEFAULT_COPY_THRESHOLD,
    expected_multipart_etag,
    plain_md5,
)
from spacesgui.s3.transfer.plan import choose_part_size


def test_default_threshold_is_copy_objects_5_gib_ceiling() -> None:
    assert DEFAULT_COPY_THRESHOLD == 5 * GiB == 5_368_709_120


def test_default_part_size_keeps_a_5_tib_copy_within_10000_parts() -> None:
    size = 5 * 1024 * GiB
    part = choose_part_size(size, DEFAULT_COPY_PART_SIZE)
    assert part >= DEFAULT_COPY_PART_SIZE and -(-size // part) <= 10_000
    assert choose_part_size(6 * GiB, DEFAULT_COPY_PART_SIZE) == 256 * MiB


def test_expected_multipart_etag() -> None:
    parts = [b"a" * 10, b"b" * 3]
    md5s = [hashlib.md5(p).hexdigest() for p in parts]  # noqa: S324 - S3's ETag
    whole = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts))  # noqa: S324
    assert expected_multipart_etag(md5s) == f"{whole.hexdigest()}-2"
    assert expected_multipart_etag([]) is None
    assert expected_multipart_etag(["not-md5"]) is None


def test_plain_md5() -> None:
    assert plain_md5("d41d8cd98f00b204e9800998ecf8427e")
    assert not plain_md5("d41d8cd98f00b204e9800998ecf8427e-2")
    assert not plain_md5(None) and not plain_md5("")
