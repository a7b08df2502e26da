"""Server-side copy, rename, folder rename, deletes and cross-region moves on the real server."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, InvalidInput, ServiceError
from spacesgui.s3.models.objects import DeleteObjectsResult, ObjectIdentifier
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.copying import copy_object_smart
from spacesgui.s3.transfer.deleting import delete_keys, delete_prefix
from spacesgui.s3.transfer.renaming import move_across_regions, rename_folder, rename_object
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo

SMALL = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB,
                       download_threshold=1 * MiB, download_chunk=1 * MiB)
META = {"ContentType": "image/x-test", "Metadata": {"origin": "copy-test", "n": "1"},
        "CacheControl": "max-age=60", "ContentDisposition": "attachment; filename=x.bin",
        "ContentLanguage": "fr"}


class CountingClient(S3Client):
    """Records the size of every DeleteObjects batch it sends."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.batches: list[int] = []

    def delete_objects(self, *, bucket: str, objects: Sequence[str | ObjectIdentifier],
                       **kwargs: Any) -> DeleteObjectsResult:
        self.batches.append(len(objects))
        return super().delete_objects(bucket=bucket, objects=objects, **kwargs)


@pytest.fixture
def make_client(make_client: ClientFactory) -> ClientFactory:
    """This file's clients count their DeleteObjects batches (`client` is built by this too)."""
    return functools.partial(make_client, cls=CountingClient)


def body(boto_client: Any, bucket: str, key: str) -> bytes:
    return bytes(boto_client.get_object(Bucket=bucket, Key=key)["Body"].read())


def described(boto_client: Any, bucket: str, key: str) -> dict[str, Any]:
    head = boto_client.head_object(Bucket=bucket, Key=key)
    return {name: head.get(name) for name in META}


def uploads(boto_client: Any, bucket: str) -> list[Any]:
    return list(boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", []))


def keys(boto_client: Any, bucket: str, prefix: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    for page in boto_client.get_paginator("list_objects_v2").paginate(Bucket=bucket,
                                                                      Prefix=prefix):
        found.update({o["Key"]: o["ETag"] for o in page.get("Contents", [])})
    return found


def test_copy_keeps_content_and_metadata(client: S3Client, boto_client: Any,
                                         bucket: str) -> None:
    data = os.urandom(300_000)
    boto_client.put_object(Bucket=bucket, Key="src", Body=data, **META)
    progress: list[int] = []
    result = copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                               dst_key="dst", progress=progress.append)
    assert body(boto_client, bucket, "dst") == data
    assert described(boto_client, bucket, "dst") == described(boto_client, bucket, "src")
    assert result.parts == 0 and result.etag == hashlib.md5(data).hexdigest()  # noqa: S324
    assert sum(progress) == len(data)


def test_copy_with_replaced_metadata(client: S3Client, boto_client: Any, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=b"x", **META)
    copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                      dst_key="dst", metadata_directive="REPLACE",
                      attributes=ObjectAttributes(metadata={"new": "yes"},
                                                  content_type="text/plain"))
    head = boto_client.head_object(Bucket=bucket, Key="dst")
    assert head["Metadata"] == {"new": "yes"} and head["ContentType"] == "text/plain"
    with pytest.raises(InvalidInput):
        copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                          dst_key="d2", attributes=ObjectAttributes(metadata={"new": "yes"}))


def test_multipart_copy_with_a_small_threshold(client: S3Client, boto_client: Any,
                                               bucket_factory: Any) -> None:
    src, dst = bucket_factory("src"), bucket_factory("dst")
    data = os.urandom(12 * MiB + 3)
    boto_client.put_object(Bucket=src, Key="big", Body=data, Tagging="a=1&b=two", **META)
    progress: list[int] = []
    result = copy_object_smart(client, src_bucket=src, src_key="big", dst_bucket=dst,
                               dst_key="copy", config=SMALL, progress=progress.append,
                               copy_threshold=5 * MiB, part_size=5 * MiB)
    assert result.parts == 3 and result.size == len(data)
    assert body(boto_client, dst, "copy") == data
    parts = [data[i:i + 5 * MiB] for i in range(0, len(data), 5 * MiB)]
    digest = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts))  # noqa: S324
    assert boto_client.head_object(Bucket=dst, Key="copy")["ETag"] == \
        f'"{digest.hexdigest()}-3"'
    assert described(boto_client, dst, "copy") == described(boto_client, src, "big")
    tags = boto_client.get_object_tagging(Bucket=dst, Key="copy")["TagSet"]
    assert {t["Key"]: t["Value"] for t in tags} == {"a": "1", "b": "two"}
    assert sum(progress) == len(data) and uploads(boto_client, dst) == []


def test_failed_multipart_copy_is_aborted_and_source_untouched(
        make_client: ClientFactory, boto_client: Any, bucket: str, proxy: FaultProxy) -> None:
    data = os.urandom(11 * MiB)
    boto_client.put_object(Bucket=bucket, Key="src", Body=data)
    before = boto_client.head_object(Bucket=bucket, Key="src")["ETag"]
    proxy.error(403, times=1, method="PUT", path="/dst",
                body=b"<Error><Code>AccessDenied</Code><Message>no</Message></Error>")
    progress: list[int] = []
    with pytest.raises(ServiceError) as failed:
        copy_object_smart(make_client(proxy.url), src_bucket=bucket, src_key="src",
                          dst_bucket=bucket, dst_key="dst", config=SMALL,
                          progress=progress.append, copy_threshold=5 * MiB, part_size=5 * MiB)
    assert failed.value.code == "AccessDenied"
    assert uploads(boto_client, bucket) == []                 # aborted: nothing billable
    assert set(keys(boto_client, bucket)) == {"src"}
    assert boto_client.head_object(Bucket=bucket, Key="src")["ETag"] == before
    assert body(boto_client, bucket, "src") == data and sum(progress) == 0


def test_cancelled_multipart_copy_is_aborted(client: S3Client, boto_client: Any,
                                             bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=os.urandom(16 * MiB))
    control = TransferControl()

    def cancel_at_first_part(delta: int) -> None:
        if delta > 0:
            control.stop()

    with pytest.raises(Cancelled):
        copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                          dst_key="dst", config=TransferConfig(parts_in_flight=1),
                          control=control, progress=cancel_at_first_part,
                          copy_threshold=5 * MiB, part_size=5 * MiB)
    assert uploads(boto_client, bucket) == [] and set(keys(boto_client, bucket)) == {"src"}


def test_copy_pinned_to_the_listed_etag(client: S3Client, boto_client: Any,
                                        bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=b"old")
    stale = boto_client.head_object(Bucket=bucket, Key="src")["ETag"].strip('"')
    boto_client.put_object(Bucket=bucket, Key="src", Body=b"new!")
    with pytest.raises(ServiceError) as failed:
        copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                          dst_key="dst", size=3, etag=stale)
    assert failed.value.status == 412 and "dst" not in keys(boto_client, bucket)


def test_copy_to_a_missing_bucket_leaves_source(client: S3Client, boto_client: Any,
                                                bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=b"keep me")
    with pytest.raises(ServiceError):
        rename_object(client, bucket=bucket, key="src", new_bucket=bucket + "-missing",
                      new_key="dst")
    assert body(boto_client, bucket, "src") == b"keep me"


def test_rename_keeps_content_metadata_and_acl(client: S3Client, boto_client: Any,
                                               bucket: str, s3_server: ServerInfo) -> None:
    data = os.urandom(100_000)
    boto_client.put_object(Bucket=bucket, Key="old name.bin", Body=data, ACL="public-read",
                           **META)
    meta = described(boto_client, bucket, "old name.bin")
    result = rename_object(client, bucket=bucket, key="old name.bin", new_key="new/name.bin")
    assert result.source_deleted and set(keys(boto_client, bucket)) == {"new/name.bin"}
    assert body(boto_client, bucket, "new/name.bin") == data
    assert described(boto_client, bucket, "new/name.bin") == meta
    anonymous = requests.get(f"{s3_server.endpoint}/{bucket}/new/name.bin", timeout=10)
    assert anonymous.status_code == 200 and anonymous.content == data


def test_rename_large_object_uses_part_copies(client: S3Client, boto_client: Any,
                                              bucket: str) -> None:
    data = os.urandom(11 * MiB)
    boto_client.put_object(Bucket=bucket, Key="a", Body=data, **META)
    result = rename_object(client, bucket=bucket, key="a", new_key="b", keep_acl=False,
                           config=SMALL, copy_threshold=5 * MiB, part_size=5 * MiB)
    assert result.copy.parts == 3 and result.source_deleted
    assert set(keys(boto_client, bucket)) == {"b"} and body(boto_client, bucket, "b") == data
    assert described(boto_client, bucket, "b")["Metadata"] == META["Metadata"]


def put_many(boto_client: Any, bucket: str, names: list[str]) -> None:
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda k: boto_client.put_object(Bucket=bucket, Key=k,
                                                       Body=k.encode()), names))


def test_rename_folder_of_2500_keys(make_client: ClientFactory, boto_client: Any, bucket: str,
                                    proxy: FaultProxy) -> None:
    names = [f"old/{i // 100:02}/k{i:04}" for i in range(2500)]
    put_many(boto_client, bucket, [*names, "other/untouched", "old-sibling"])
    client = make_client(proxy.url)
    report = rename_folder(client, bucket=bucket, prefix="old/", new_prefix="new/",
                           control=TransferControl(), slots=SlotPool(16), copies_in_flight=16)
    assert report.ok and report.copied == report.deleted == 2500
    deletes = [s for s in proxy.forwarded if s.method == "POST" and "delete" in s.query]
    assert len(deletes) == 3 and client.batches == [1000, 1000, 500]
    after = keys(boto_client, bucket)
    assert set(after) == {"new/" + n[4:] for n in names} | {"other/untouched", "old-sibling"}
    assert body(boto_client, bucket, "new/24/k2499") == b"old/24/k2499"


def test_rename_folder_keeps_every_source_when_a_copy_fails(
        make_client: ClientFactory, boto_client: Any, bucket: str, proxy: FaultProxy) -> None:
    names = [f"src/k{i}" for i in range(20)]
    put_many(boto_client, bucket, names)
    proxy.error(403, times=1, method="PUT", path="/dst/k7",
                body=b"<Error><Code>AccessDenied</Code><Message>no</Message></Error>")
    report = rename_folder(make_client(proxy.url), bucket=bucket, prefix="src/",
                           new_prefix="dst/")
    assert [f.key for f in report.copy_failures] == ["src/k7"]
    assert report.sources_kept and report.deleted == 0 and report.copied == 19
    assert set(keys(boto_client, bucket, "src/")) == set(names)
    assert keys(boto_client, bucket, "dst/") == {}      # the 19 copies were removed again

    proxy.error(403, times=1, method="PUT", path="/dst2/k3",
                body=b"<Error><Code>AccessDenied</Code><Message>no</Message></Error>")
    partial = rename_folder(make_client(proxy.url), bucket=bucket, prefix="src/",
                            new_prefix="dst2/", delete_after_partial_failure=True)
    assert [f.key for f in partial.copy_failures] == ["src/k3"] and partial.deleted == 19
    assert set(keys(boto_client, bucket, "src/")) == {"src/k3"}   # never its source


def test_a_cancelled_folder_rename_leaves_no_copies_and_keeps_what_was_there(
        client: S3Client, boto_client: Any, bucket: str) -> None:
    names = [f"src/k{i:02}" for i in range(30)]
    put_many(boto_client, bucket, names)
    boto_client.put_object(Bucket=bucket, Key="dst/k05", Body=b"was here first")
    boto_client.put_object(Bucket=bucket, Key="dst/mine", Body=b"not part of the rename")
    control = TransferControl()
    copies = []

    def progress(size: int) -> None:
        copies.append(size)
        if len(copies) == 8:
            control.stop()
    with pytest.raises(Cancelled):
        rename_folder(client, bucket=bucket, prefix="src/", new_prefix="dst/", control=control,
                      slots=SlotPool(4), copies_in_flight=4, progress=progress)
    assert 8 <= len(copies) < 30
    assert set(keys(boto_client, bucket, "src/")) == set(names)
    # A key that was at the destination before stays (the copy replaced it: removing it now
    # would lose both); every other copy is gone.
    assert set(keys(boto_client, bucket, "dst/")) == {"dst/k05", "dst/mine"}
    assert body(boto_client, bucket, "dst/mine") == b"not part of the rename"


def test_rename_folder_refuses_nested_prefixes(client: S3Client, bucket: str) -> None:
    for prefix, new in (("a/", "a/b/"), ("a/b/", "a/"), ("a", "b/"), ("", "b/")):
        with pytest.raises(InvalidInput):
            rename_folder(client, bucket=bucket, prefix=prefix, new_prefix=new)


def test_delete_prefix_in_batches(client: CountingClient, boto_client: Any,
                                  bucket: str) -> None:
    names = [f"gone/{i:04}" for i in range(1200)]
    put_many(boto_client, bucket, [*names, "gone-not", "kept/x"])
    progress: list[int] = []
    report = delete_prefix(client, bucket=bucket, prefix="gone/", progress=progress.append)
    assert report.ok and report.deleted == 1200 and sum(progress) == 1200
    assert client.batches == [1000, 200]
    assert set(keys(boto_client, bucket)) == {"gone-not", "kept/x"}
    with pytest.raises(InvalidInput):
        delete_prefix(client, bucket=bucket, prefix="")


def test_delete_keys_batches_and_missing_keys(client: CountingClient, boto_client: Any,
                                              bucket: str) -> None:
    put_many(boto_client, bucket, ["a", "b"])
    report = delete_keys(client, bucket=bucket, keys=iter(["a", "b", "never-existed"]),
                         batch_size=2)
    assert report.ok and report.deleted == 3 and report.requests == 2
    assert keys(boto_client, bucket) == {}


@pytest.mark.parametrize("size", [1234, 11 * MiB + 1], ids=["single", "multipart"])
def test_move_across_regions_is_download_then_upload(make_client: ClientFactory, boto_client: Any,
                                                     bucket_factory: Any, size: int) -> None:
    src_bucket, dst_bucket = bucket_factory("west"), bucket_factory("east")
    src_client, dst_client = make_client(), make_client()
    data = os.urandom(size)
    boto_client.put_object(Bucket=src_bucket, Key="travel.bin", Body=data, **META)
    meta = described(boto_client, src_bucket, "travel.bin")
    progress: list[int] = []
    result = move_across_regions(src_client, dst_client, src_bucket=src_bucket,
                                 src_key="travel.bin", dst_bucket=dst_bucket,
                                 dst_key="arrived.bin", config=SMALL,
                                 progress=progress.append)
    assert result.source_deleted and keys(boto_client, src_bucket) == {}
    assert body(boto_client, dst_bucket, "arrived.bin") == data
    assert described(boto_client, dst_bucket, "arrived.bin") == meta
    assert sum(progress) == 2 * size
