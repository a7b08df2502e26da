"""Properties of a folder or a selection changed object by object against the real RGW: headers
read back with boto3, each object's untouched fields kept, a second run changing nothing, a
failure named with its reason, and a cancelled run naming exactly the objects it changed.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from spacesgui.s3 import S3Client
from spacesgui.s3.transfer.bulk_properties import (
    BulkCancelled,
    BulkReport,
    BulkStopped,
    change_properties,
)
from spacesgui.s3.transfer.common import SlotPool, TransferControl
from spacesgui.s3.transfer.properties import Edits, PairEdit
from tests.servers import ServerInfo


def put_many(boto: Any, bucket: str, keys: list[str], **extra: Any) -> None:
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda k: boto.put_object(Bucket=bucket, Key=k, Body=k.encode(), **extra),
                      keys))


def public_keys(s3_server: ServerInfo, bucket: str, keys: list[str]) -> set[str]:
    """The keys an anonymous GET (plain requests, no credentials) may read."""
    def readable(key: str) -> bool:
        return requests.get(f"{s3_server.endpoint}/{bucket}/{key}", timeout=10).status_code == 200

    with ThreadPoolExecutor(16) as pool:
        return {k for k, ok in zip(keys, pool.map(readable, keys), strict=True) if ok}


def run(client: S3Client, bucket: str, keys: list[str], edits: Edits, **kw: Any) -> BulkReport:
    return change_properties(client, bucket=bucket, keys=keys, edits=edits,
                             control=kw.pop("control", TransferControl()), slots=SlotPool(8),
                             **kw)


def test_headers_metadata_and_tags_of_a_folder_and_a_file_change_keeping_the_rest(
        client: S3Client, bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="site/a.html", Body=b"a", ContentType="text/html",
                           Metadata={"owner": "ann"})
    boto_client.put_object(Bucket=bucket, Key="site/deep/b.css", Body=b"b",
                           ContentType="text/css", Tagging="keep=1")
    boto_client.put_object(Bucket=bucket, Key="loose.txt", Body=b"c", ContentType="text/plain")
    boto_client.put_object(Bucket=bucket, Key="other/untouched.txt", Body=b"d")
    edits = Edits(fields={"cache_control": "max-age=600"},
                  metadata=(PairEdit(None, "release", "7"),), tags=(PairEdit(None, "env", "prod"),))
    report = run(client, bucket, ["site/", "loose.txt"], edits)
    assert set(report.changed) == {"site/a.html", "site/deep/b.css", "loose.txt"}
    assert report.unchanged == () and report.failed == () and not report.cancelled
    for key, ctype, meta, tags in (
            ("site/a.html", "text/html", {"owner": "ann", "release": "7"}, {"env": "prod"}),
            ("site/deep/b.css", "text/css", {"release": "7"}, {"keep": "1", "env": "prod"}),
            ("loose.txt", "text/plain", {"release": "7"}, {"env": "prod"})):
        head = boto_client.head_object(Bucket=bucket, Key=key)
        assert (head["CacheControl"], head["ContentType"], head["Metadata"]) == (
            "max-age=600", ctype, meta), key
        got = boto_client.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]
        assert {t["Key"]: t["Value"] for t in got} == tags, key
        assert boto_client.get_object(Bucket=bucket, Key=key)["Body"].read() in (b"a", b"b",
                                                                                 b"c")
    assert "CacheControl" not in boto_client.head_object(Bucket=bucket, Key="other/untouched.txt")

    again = run(client, bucket, ["site/", "loose.txt"], edits)
    assert set(again.unchanged) == set(report.changed) and again.changed == ()


def test_a_failure_is_named_with_its_reason_and_the_rest_is_changed(
        client: S3Client, bucket: str, boto_client: Any, s3_server: ServerInfo) -> None:
    boto_client.put_object(Bucket=bucket, Key="ok.txt", Body=b"ok")
    with pytest.raises(BulkStopped) as stopped:
        run(client, bucket, ["ok.txt", "vanished.txt"], Edits(acl="public-read"))
    report = stopped.value.report
    assert report.changed == ("ok.txt",)
    [(key, reason)] = report.failed
    assert key == "vanished.txt" and ("404" in reason or "NoSuch" in reason or "Not Found" in
                                      reason), reason
    assert public_keys(s3_server, bucket, ["ok.txt"]) == {"ok.txt"}


def test_a_folder_of_1000_objects_made_public_then_read_anonymously(
        client: S3Client, bucket: str, boto_client: Any, s3_server: ServerInfo) -> None:
    keys = [f"pics/{i // 100:02d}/img-{i:04d}.jpg" for i in range(1000)]
    put_many(boto_client, bucket, keys)
    assert public_keys(s3_server, bucket, keys[:5]) == set()
    handled: list[int] = []
    report = run(client, bucket, ["pics/"], Edits(acl="public-read"), progress=handled.append)
    assert len(report.changed) == 1000 and sum(handled) == 1000 and not report.failed
    assert public_keys(s3_server, bucket, keys) == set(keys)


def test_a_cancelled_run_names_exactly_the_objects_it_changed(
        client: S3Client, bucket: str, boto_client: Any, s3_server: ServerInfo) -> None:
    keys = [f"many/k-{i:03d}.txt" for i in range(200)]
    put_many(boto_client, bucket, keys)
    control = TransferControl()
    handled: list[int] = []

    def progress(n: int) -> None:
        handled.append(n)
        if len(handled) == 40:
            control.cancel.cancel()

    with pytest.raises(BulkCancelled) as cancelled:
        run(client, bucket, ["many/"], Edits(acl="public-read"), control=control,
            progress=progress)
    report = cancelled.value.report
    assert report.cancelled and 40 <= len(report.changed) < 200
    # What it says it changed is public; everything else is as it was, except objects it
    # names as stopped partway (none here: an ACL change is one request).
    partly = {key for key, _reason in report.failed}
    assert public_keys(s3_server, bucket, keys) - partly == set(report.changed)
    assert "(cancelled)" in report.summary
