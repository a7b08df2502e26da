"""Finding what a transfer would replace, against the real server (a HEAD, a listing, a stat)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.conflicts import Answer, Request, find_conflicts
from spacesgui.s3.transfer.download import download_file
from spacesgui.s3.transfer.journal import FileIdentity, UploadJournal
from spacesgui.s3.transfer.partfile import PART_SUFFIX


def test_upload_of_a_file_finds_the_object_and_equality(client: S3Client, bucket: str,
                                                         boto_client: Any,
                                                         tmp_path: Path) -> None:
    same, other = tmp_path / "same.txt", tmp_path / "other.txt"
    same.write_bytes(b"identical bytes")
    other.write_bytes(b"local version")
    boto_client.put_object(Bucket=bucket, Key="same.txt", Body=b"identical bytes")
    boto_client.put_object(Bucket=bucket, Key="other.txt", Body=b"remote")
    boto_client.put_object(Bucket=bucket, Key="other (2).txt", Body=b"taken")
    found = find_conflicts(client, [
        Request("upload", bucket, "same.txt", str(same)),
        Request("upload", bucket, "other.txt", str(other)),
        Request("upload", bucket, "fresh.txt", str(other))])
    assert [(c.request, c.target, c.identical) for c in found] == [
        (0, "same.txt", True), (1, "other.txt", False)]
    second = found[1]
    assert second.alternative == "other (3).txt"
    assert second.existing is not None and second.existing.size == len(b"remote")
    assert second.existing.modified is not None and second.source.size == len(b"local version")
    assert second.answers == (Answer.REPLACE, Answer.SKIP, Answer.KEEP_BOTH)


def test_folder_upload_lists_once_and_names_alternatives(client: S3Client, bucket: str,
                                                          boto_client: Any,
                                                          tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "css").mkdir(parents=True)
    (root / "index.html").write_bytes(b"<p>new</p>")
    (root / "css" / "a.css").write_bytes(b"body{}")
    (root / "new.txt").write_bytes(b"n")
    boto_client.put_object(Bucket=bucket, Key="up/site/index.html", Body=b"<p>old</p>")
    boto_client.put_object(Bucket=bucket, Key="up/site/css/a.css", Body=b"body{}")
    boto_client.put_object(Bucket=bucket, Key="up/site/css/a (2).css", Body=b"x")
    found = find_conflicts(client, [Request("upload", bucket, "up/site/", str(root),
                                            folder=True)])
    by_key = {c.target: c for c in found}
    assert set(by_key) == {"up/site/index.html", "up/site/css/a.css"}
    assert by_key["up/site/css/a.css"].identical
    assert by_key["up/site/css/a.css"].alternative == "up/site/css/a (3).css"
    assert by_key["up/site/index.html"].alternative == "up/site/index (2).html"


def test_incomplete_upload_is_resumable(client: S3Client, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(1024))
    journal = UploadJournal(tmp_path / "journal")
    journal.start(endpoint=client.endpoint, bucket=bucket, key="big.bin",
                  file=FileIdentity.of(src), upload_id="some-upload", part_size=5 * MiB)
    [conflict] = find_conflicts(client, [Request("upload", bucket, "big.bin", str(src))],
                                journal=journal)
    assert conflict.existing is None and conflict.resumable
    assert conflict.answers == (Answer.REPLACE, Answer.SKIP, Answer.RESUME)
    # The queue would send this small file in one PUT and drop the record: nothing to resume.
    assert find_conflicts(client, [Request("upload", bucket, "big.bin", str(src))],
                          journal=journal, config=TransferConfig()) == []


def test_download_finds_local_files_and_partial_downloads(client: S3Client, bucket: str,
                                                           boto_client: Any,
                                                           tmp_path: Path) -> None:
    body = os.urandom(3 * MiB)
    boto_client.put_object(Bucket=bucket, Key="d/blob.bin", Body=body)
    boto_client.put_object(Bucket=bucket, Key="d/same.txt", Body=b"same")
    boto_client.put_object(Bucket=bucket, Key="d/sub/x.txt", Body=b"remote x")
    dest = tmp_path / "d"
    (dest / "sub").mkdir(parents=True)
    (dest / "same.txt").write_bytes(b"same")
    (dest / "sub" / "x.txt").write_bytes(b"local x")
    # A partial download of blob.bin: the engine stopped after its first chunk.
    control = TransferControl()
    seen = 0

    def stop_early(delta: int) -> None:
        nonlocal seen
        seen += delta
        if seen >= MiB:
            raise ConnectionError("cut off")

    config = TransferConfig(download_threshold=MiB, download_chunk=MiB, parts_in_flight=1)
    with contextlib.suppress(ConnectionError):
        download_file(client, bucket=bucket, key="d/blob.bin", path=dest / "blob.bin",
                      config=config, control=control, slots=SlotPool(1), progress=stop_early)
    assert (dest / ("blob.bin" + PART_SUFFIX)).exists()
    found = find_conflicts(client, [Request("download", bucket, "d/", str(dest), folder=True),
                                    Request("download", bucket, "d/same.txt",
                                            str(tmp_path / "same.txt"))])
    by_path = {os.path.relpath(c.target, dest): c for c in found if c.request == 0}
    assert set(by_path) == {"blob.bin", "same.txt", os.path.join("sub", "x.txt")}
    blob = by_path["blob.bin"]
    assert blob.resumable and blob.existing is None and blob.source.size == len(body)
    assert blob.source.etag == hashlib.md5(body, usedforsecurity=False).hexdigest()
    assert by_path["same.txt"].identical and not by_path[os.path.join("sub", "x.txt")].identical
    assert by_path[os.path.join("sub", "x.txt")].alternative == str(dest / "sub" / "x (2).txt")
    assert not [c for c in found if c.request == 1]     # nothing at that path


def test_copy_finds_existing_targets(client: S3Client, bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="src/a.txt", Body=b"a")
    boto_client.put_object(Bucket=bucket, Key="src/f/b.txt", Body=b"b")
    boto_client.put_object(Bucket=bucket, Key="dst/a.txt", Body=b"a")
    boto_client.put_object(Bucket=bucket, Key="dst/f/b.txt", Body=b"other")
    found = find_conflicts(client, [
        Request("copy", bucket, "src/a.txt", src_bucket=bucket, dst_key="dst/a.txt"),
        Request("copy", bucket, "src/f/", src_bucket=bucket, dst_key="dst/f/", folder=True)])
    assert [(c.target, c.identical, c.alternative) for c in found] == [
        ("dst/a.txt", True, "dst/a (2).txt"), ("dst/f/b.txt", False, "dst/f/b (2).txt")]


def test_multipart_object_is_identical_only_when_its_parts_are_proven(
        client: S3Client, bucket: str, boto_client: Any, tmp_path: Path) -> None:
    data = os.urandom(5 * MiB + 123)
    local = tmp_path / "mp.bin"
    local.write_bytes(data)
    upload = boto_client.create_multipart_upload(Bucket=bucket, Key="mp.bin")
    parts = []
    for number, chunk in enumerate((data[:5 * MiB], data[5 * MiB:]), start=1):
        etag = boto_client.upload_part(Bucket=bucket, Key="mp.bin", UploadId=upload["UploadId"],
                                       PartNumber=number, Body=chunk)["ETag"]
        parts.append({"PartNumber": number, "ETag": etag})
    boto_client.complete_multipart_upload(Bucket=bucket, Key="mp.bin",
                                          UploadId=upload["UploadId"],
                                          MultipartUpload={"Parts": parts})
    request = Request("upload", bucket, "mp.bin", str(local))
    [unproven] = find_conflicts(client, [request], part_sizes=[16 * MiB])
    assert not unproven.identical and unproven.existing is not None
    assert unproven.existing.etag is not None and unproven.existing.etag.endswith("-2")
    [proven] = find_conflicts(client, [request], part_sizes=[16 * MiB, 5 * MiB])
    assert proven.identical
    local.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))   # same size, one bit differs
    [changed] = find_conflicts(client, [request], part_sizes=[5 * MiB])
    assert not changed.identical


def test_two_conflicts_never_get_the_same_other_name(client: S3Client, bucket: str,
                                                     boto_client: Any, tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    for name in ("a.txt", "a (2).txt"):
        (root / name).write_bytes(b"new")
        boto_client.put_object(Bucket=bucket, Key=f"d/{name}", Body=b"old")
    found = find_conflicts(client, [Request("upload", bucket, "d/", str(root), folder=True)])
    assert sorted(c.alternative for c in found) == ["d/a (3).txt", "d/a (4).txt"]
