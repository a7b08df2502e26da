"""Small files of a folder: one GET pinned to the listed ETag, names given a batch at a time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.models.objects_stream import GetObjectResult
from spacesgui.s3.transfer import durable_batch
from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import publish
from spacesgui.s3.transfer.durable_batch import DurableBatch, Pending
from spacesgui.s3.transfer.folders import download_prefix
from spacesgui.s3.transfer.small_download import download_listed


class Counting:
    """The client, counting the HEADs and GETs a download sends."""

    def __init__(self, client: S3Client) -> None:
        self.client = client
        self.calls: list[str] = []

    def head_object(self, **kwargs: Any) -> ObjectHead:
        self.calls.append("HEAD")
        return self.client.head_object(**kwargs)

    def get_object(self, **kwargs: Any) -> GetObjectResult:
        self.calls.append("GET")
        return self.client.get_object(**kwargs)


def _listed(boto_client: Any, bucket: str, key: str) -> tuple[str, int]:
    head = boto_client.head_object(Bucket=bucket, Key=key)
    return head["ETag"].strip('"'), head["ContentLength"]


def _fetch(client: Counting, bucket: str, key: str, path: Path, etag: str, size: int,
           batch: DurableBatch, progress: list[int]) -> bool:
    return download_listed(client, bucket=bucket, key=key, path=str(path), etag=etag,
                           size=size, batch=batch, config=TransferConfig(),
                           control=TransferControl(), slots=SlotPool(2),
                           progress=progress.append)


def test_a_listed_small_file_takes_one_get_and_gets_its_name_with_the_batch(
        client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="s/a", Body=b"alpha")
    etag, size = _listed(boto_client, bucket, "s/a")
    counting, progress = Counting(client), []
    batch = DurableBatch(publish)
    target = tmp_path / "a"
    assert _fetch(counting, bucket, "s/a", target, etag, size, batch, progress)
    assert counting.calls == ["GET"]
    # Until the batch is made durable, the bytes wait under the reserved .part name only.
    assert not target.exists()
    assert (tmp_path / "a.part").read_bytes() == b"alpha"
    batch.close()
    assert target.read_bytes() == b"alpha"
    assert not (tmp_path / "a.part").exists()
    assert sum(progress) == 5 and not batch.failures


def test_an_object_changed_since_the_listing_is_refused_and_left_to_the_long_way(
        client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="s/b", Body=b"old")
    etag, size = _listed(boto_client, bucket, "s/b")
    boto_client.put_object(Bucket=bucket, Key="s/b", Body=b"newer")
    counting, progress = Counting(client), []
    batch = DurableBatch(publish)
    assert not _fetch(counting, bucket, "s/b", tmp_path / "b", etag, size, batch, progress)
    batch.close()
    assert os.listdir(tmp_path) == []
    assert sum(progress) == 0


def test_a_folder_of_small_files_arrives_whole_with_one_get_each(
        client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    files = {f"t/d{i % 3}/f{i}": os.urandom(100 + i) for i in range(40)}
    for key, data in files.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=data)
    report = download_prefix(client, bucket=bucket, prefix="t/", dest_dir=tmp_path / "d",
                             files_in_flight=4)
    assert report.ok and report.downloaded == 40
    assert report.bytes == sum(len(d) for d in files.values())
    for key, data in files.items():
        assert (tmp_path / "d" / key.removeprefix("t/")).read_bytes() == data
    assert not list((tmp_path / "d").rglob("*.part"))


def test_a_name_that_cannot_be_given_is_a_failure_of_that_file_only(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "inside").write_bytes(b"x")
    for name in ("taken", "free"):
        (tmp_path / f"{name}.part").write_bytes(b"new")
    batch = DurableBatch(publish)
    batch.add(Pending("k/taken", str(tmp_path / "taken.part"), str(tmp_path / "taken"), 3, True))
    batch.add(Pending("k/free", str(tmp_path / "free.part"), str(tmp_path / "free"), 3, True))
    batch.close()
    assert [f.pending.key for f in batch.failures] == ["k/taken"]
    assert (tmp_path / "free").read_bytes() == b"new"
    assert sorted(os.listdir(tmp_path)) == ["free", "taken"]


@pytest.mark.parametrize("max_files", [1, 2])
def test_a_full_batch_is_synced_before_any_rename(tmp_path: Path, max_files: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_durable = durable_batch._make_durable
    monkeypatch.setattr(durable_batch, "_make_durable",
                        lambda paths: (events.append(f"sync {len(paths)}"), real_durable(paths)))

    def renaming(part: str, target: str, overwrite: bool) -> None:
        events.append(f"rename {os.path.basename(target)}")
        publish(part, target, overwrite)

    batch = DurableBatch(renaming, max_files=max_files)
    for name in ("a", "b"):
        (tmp_path / f"{name}.part").write_bytes(name.encode())
        batch.add(Pending(name, str(tmp_path / f"{name}.part"), str(tmp_path / name), 1, True))
    batch.close()
    if max_files == 1:
        assert events == ["sync 1", "rename a", "sync 1", "rename b"]
    else:
        assert events == ["sync 2", "rename a", "rename b"]
