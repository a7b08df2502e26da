"""Folder upload and prefix download against the real server, hostile keys included."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.deleting import delete_keys
from spacesgui.s3.transfer.folders import download_prefix, upload_folder
from spacesgui.s3.transfer.folders_plan import plan_folder_upload
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory

SMALL = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB,
                       download_threshold=1 * MiB, download_chunk=1 * MiB)


def all_keys(boto_client: Any, bucket: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for page in boto_client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        found.update({o["Key"]: o["Size"] for o in page.get("Contents", [])})
    return found


def tree_digest(root: Path) -> dict[str, str]:
    """relative path -> sha256 for files, "dir" for folders."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        found[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def make_tree(root: Path) -> dict[str, bytes]:
    files = {
        "a.txt": b"alpha",
        "docs/readme.md": b"# hi",
        "docs/deep/big.bin": os.urandom(6 * MiB + 5),        # multipart with SMALL
        unicodedata.normalize("NFD", "café/crème brûlée.txt"): b"sweet",
        "日本語/ファイル.txt": "中身".encode(),
        "spaces in name/+plus&amp;.txt": b"odd",
        "zero.bin": b"",
    }
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "empty").mkdir()
    (root / "docs" / "empty-too").mkdir()
    return files


def test_upload_tree_gives_exactly_the_expected_keys(client: S3Client, boto_client: Any,
                                                     bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    files = make_tree(src)
    progress: list[int] = []
    report = upload_folder(client, bucket=bucket, local_dir=src, prefix="backup",
                           config=SMALL, control=TransferControl(), slots=SlotPool(8),
                           progress=progress.append, files_in_flight=3)
    expected = {"backup/" + unicodedata.normalize("NFC", rel): len(data)
                for rel, data in files.items()}
    expected |= {"backup/empty/": 0, "backup/docs/empty-too/": 0}
    assert all_keys(boto_client, bucket) == expected
    assert report.ok and report.uploaded == len(files) and report.markers == 2
    assert sum(progress) == sum(len(d) for d in files.values()) == report.bytes
    marker = boto_client.head_object(Bucket=bucket, Key="backup/empty/")
    assert marker["ContentLength"] == 0
    body = boto_client.get_object(Bucket=bucket, Key="backup/docs/deep/big.bin")["Body"].read()
    assert body == files["docs/deep/big.bin"]
    head = boto_client.head_object(Bucket=bucket, Key="backup/a.txt")
    assert head["ContentType"].startswith("text/plain")


def test_round_trip_reproduces_the_tree(client: S3Client, bucket: str, tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "dest"
    make_tree(src)
    upload_folder(client, bucket=bucket, local_dir=src, prefix="t/", config=SMALL,
                  control=TransferControl(), slots=SlotPool(8))
    progress: list[int] = []
    report = download_prefix(client, bucket=bucket, prefix="t/", dest_dir=dest, config=SMALL,
                             control=TransferControl(), slots=SlotPool(8),
                             progress=progress.append, page_size=3)
    assert report.ok and report.directories == 2 and report.downloaded == 7
    expected = {unicodedata.normalize("NFC", k): v for k, v in tree_digest(src).items()}
    assert tree_digest(dest) == expected
    assert sum(progress) == report.bytes == sum((src / p).stat().st_size
                                                for p, v in tree_digest(src).items()
                                                if v != "dir")


def test_one_failure_does_not_stop_the_others(make_client: ClientFactory, boto_client: Any,
                                              bucket: str, tmp_path: Path,
                                              proxy: FaultProxy) -> None:
    src = tmp_path / "src"
    for name in ("a", "b", "c", "d"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(name)
    proxy.error(403, times=1, path="/c", method="PUT",
                body=b"<Error><Code>AccessDenied</Code><Message>no</Message></Error>")
    report = upload_folder(make_client(proxy.url), bucket=bucket, local_dir=src,
                           prefix="", control=TransferControl(), slots=SlotPool(2),
                           files_in_flight=2)
    assert [f.key for f in report.failed] == ["c"] and "AccessDenied" in report.failed[0].error
    assert set(all_keys(boto_client, bucket)) == {"a", "b", "d"}
    assert report.uploaded == 3 and not report.ok


def test_hostile_keys_never_escape(client: S3Client, boto_client: Any, bucket: str,
                                   tmp_path: Path) -> None:
    hostile = {
        "in/../../escape": b"1", "in/a/../../b": b"2", "in//abs": b"3",
        "in/back\\slash": b"4", "in/CON.txt": b"5", "in/Case.txt": b"6", "in/case.txt": b"7",
        "in/tab\there": b"8", "in/x": b"9", "in/x.part": b"10", "in/..": b"11",
        "in/normal/file.txt": b"12",
    }
    for key, data in hostile.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=data)
    workdir = tmp_path / "work"
    dest = workdir / "dest"
    workdir.mkdir()
    before = set(tmp_path.parent.iterdir())
    report = download_prefix(client, bucket=bucket, prefix="in/", dest_dir=dest,
                             control=TransferControl(), slots=SlotPool(4))
    # Nothing appeared next to the test's own folder, nor next to dest.
    assert set(tmp_path.parent.iterdir()) == before
    assert sorted(p.name for p in workdir.iterdir()) == ["dest"]
    written = {p.relative_to(dest).as_posix(): p.read_bytes()
               for p in dest.rglob("*") if p.is_file()}
    for path in dest.rglob("*"):
        assert os.path.commonpath([dest.resolve(), path.resolve()]) == str(dest.resolve())
    assert written["escape"] == b"1" and written["a/b"] == b"2" and written["abs"] == b"3"
    assert written["back_slash"] == b"4" and written["_CON.txt"] == b"5"
    assert written["Case.txt"] == b"6" and written["tab_here"] == b"8"
    assert written["x"] == b"9" and written["normal/file.txt"] == b"12"
    case_copy = [name for name in written if name.startswith("case~")]
    assert len(case_copy) == 1 and written[case_copy[0]] == b"7"
    renamed = {p.key for p in report.renamed}
    assert {"in/../../escape", "in/a/../../b", "in//abs", "in/back\\slash", "in/CON.txt",
            "in/case.txt", "in/tab\there", "in/x.part"} <= renamed
    assert [p.key for p in report.skipped] == ["in/.."]
    assert report.downloaded == len(hostile) - 1 and not report.failed
    assert len(written) == len(hostile) - 1       # one file per key: no temporary left over
    [part_like] = [name for name in written if name.startswith("x~")]
    assert part_like.endswith(".part") and written[part_like] == b"10"


def test_control_character_key(client: S3Client, boto_client: Any, bucket: str,
                               tmp_path: Path) -> None:
    """A key with U+0001 (made by another tool) downloads under a safe name and can be
    deleted: XML cannot carry it in DeleteObjects, so the bulk delete sends it on its own."""
    boto_client.put_object(Bucket=bucket, Key="c/ctl\x01char", Body=b"c")
    boto_client.put_object(Bucket=bucket, Key="c/ok", Body=b"ok")
    report = download_prefix(client, bucket=bucket, prefix="c/", dest_dir=tmp_path / "d",
                             control=TransferControl(), slots=SlotPool(2))
    assert not report.failed
    assert report.renamed[0].key == "c/ctl\x01char"
    assert (tmp_path / "d" / "ctl_char").read_bytes() == b"c"
    assert (tmp_path / "d" / "ok").read_bytes() == b"ok"
    deleted = delete_keys(client, bucket=bucket, keys=["c/ctl\x01char", "c/ok"])
    assert deleted.ok and deleted.deleted == 2 and deleted.requests == 2
    assert boto_client.list_objects_v2(Bucket=bucket).get("KeyCount") == 0


def test_conflicting_file_and_folder_is_reported(client: S3Client, boto_client: Any,
                                                 bucket: str, tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="p/a", Body=b"file")
    boto_client.put_object(Bucket=bucket, Key="p/a/b", Body=b"inside")
    boto_client.put_object(Bucket=bucket, Key="p/c", Body=b"fine")
    report = download_prefix(client, bucket=bucket, prefix="p/", dest_dir=tmp_path / "d",
                             control=TransferControl(), slots=SlotPool(2), files_in_flight=1)
    assert [f.key for f in report.failed] == ["p/a/b"]
    assert (tmp_path / "d" / "a").read_bytes() == b"file"
    assert (tmp_path / "d" / "c").read_bytes() == b"fine"


def test_cancel_stops_a_folder_upload(client: S3Client, boto_client: Any, bucket: str,
                                      tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(40):
        (src / f"f{i:02}").write_bytes(os.urandom(64 * 1024))
    control = TransferControl()
    seen: list[int] = []

    def stop_early(delta: int) -> None:
        seen.append(delta)
        if len(seen) == 3:
            control.stop()

    with pytest.raises(Cancelled):
        upload_folder(client, bucket=bucket, local_dir=src, prefix="", control=control,
                      slots=SlotPool(2), progress=stop_early, files_in_flight=2)
    assert len(all_keys(boto_client, bucket)) < 40


def test_plan_is_what_gets_uploaded(client: S3Client, boto_client: Any, bucket: str,
                                    tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_tree(src)
    plan = plan_folder_upload(src, "x")
    upload_folder(client, bucket=bucket, local_dir=src, plan=plan, config=SMALL,
                  control=TransferControl(), slots=SlotPool(4))
    assert set(all_keys(boto_client, bucket)) == {item.key for item in plan.items}
