"""GetObject, HeadObject, PutObject, DeleteObject(s) against the real server; effects read back
independently with boto3 or anonymous HTTP."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.headers import grant_id
from spacesgui.s3.models.objects import ObjectIdentifier
from spacesgui.s3.options import Grants, ObjectAttributes, ObjectLock, ReadConditions
from tests.servers import ServerInfo

TRICKY_KEYS = [
    "plain.txt", "with space.txt", "plus+sign", "percent%20not-a-space", "tilde~x",
    "unicode/ünïcödé/日本語.txt", "double//slash", "trailing/", "dots/../up", "./here",
    "question?mark", "hash#tag", "amp&eq=", "quote'\"", "semi;colon,comma", "star*paren()",
    "emoji😀", "a/b/c/d/e/f",
]


def _md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # noqa: S324 - S3 ETags are MD5


def _code(exc: Any) -> str:
    return str(exc.response["Error"]["Code"])


def test_put_headers_round_trip(client: S3Client, boto_client: Any, bucket: str) -> None:
    expires = datetime(2031, 5, 4, 3, 2, 1, tzinfo=UTC)
    result = client.put_object(
        bucket=bucket, key="doc.txt", body=b"hello world", compute_md5=True,
        attributes=ObjectAttributes(
            cache_control="max-age=60, public",
            content_disposition='attachment; filename="a b.txt"',
            content_encoding="identity", content_language="de-CH", content_type="text/plain",
            expires=expires, metadata={"Colour": "blue", "x-amz-meta-size": "XL"},
            tagging={"project": "spaces gui", "täg": "v&1=2"}, storage_class="STANDARD",
            website_redirect_location="/elsewhere.html"))
    assert result.etag == _md5(b"hello world")
    seen = boto_client.head_object(Bucket=bucket, Key="doc.txt")
    assert seen["CacheControl"] == "max-age=60, public"
    assert seen["ContentDisposition"] == 'attachment; filename="a b.txt"'
    assert seen["ContentEncoding"] == "identity"
    assert seen["ContentLanguage"] == "de-CH"
    assert seen["ContentType"] == "text/plain"
    assert seen["Expires"] == expires
    assert seen["Metadata"] == {"colour": "blue", "size": "XL"}
    assert seen["WebsiteRedirectLocation"] == "/elsewhere.html"
    tags = boto_client.get_object_tagging(Bucket=bucket, Key="doc.txt")["TagSet"]
    assert {t["Key"]: t["Value"] for t in tags} == {"project": "spaces gui", "täg": "v&1=2"}
    head = client.head_object(bucket=bucket, key="doc.txt")
    assert head.etag == result.etag and head.size == 11
    assert head.metadata == {"colour": "blue", "size": "XL"}
    assert head.expires_at == expires
    assert head.website_redirect_location == "/elsewhere.html"
    assert head.content_language == "de-CH"


def test_canned_acl_public_read_vs_private(client: S3Client, bucket: str,
                                           s3_server: ServerInfo) -> None:
    client.put_object(bucket=bucket, key="public.txt", body=b"for all",
                      attributes=ObjectAttributes(acl="public-read"))
    client.put_object(bucket=bucket, key="private.txt", body=b"secret",
                      attributes=ObjectAttributes(acl="private"))
    url = f"{s3_server.endpoint}/{bucket}"
    public = requests.get(f"{url}/public.txt", timeout=10)
    assert (public.status_code, public.content) == (200, b"for all")
    assert requests.get(f"{url}/private.txt", timeout=10).status_code == 403


@pytest.mark.needs("other-user")
def test_grant_read_to_other_user(client: S3Client, other_client: Any, bucket: str) -> None:
    client.put_object(bucket=bucket, key="shared.txt", body=b"shared",
                      attributes=ObjectAttributes(grants=Grants(
                          read=grant_id("other"), full_control=grant_id("tester"))))
    client.put_object(bucket=bucket, key="mine.txt", body=b"mine")
    body = other_client.get_object(Bucket=bucket, Key="shared.txt")["Body"].read()
    assert body == b"shared"
    with pytest.raises(Exception) as denied:
        other_client.get_object(Bucket=bucket, Key="mine.txt")
    assert _code(denied.value) == "AccessDenied"


def test_conditional_get(client: S3Client, boto_client: Any, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="c", Body=b"conditional")
    etag = boto_client.head_object(Bucket=bucket, Key="c")["ETag"]
    with pytest.raises(ServiceError) as not_modified:
        client.get_object(bucket=bucket, key="c",
                          conditions=ReadConditions(if_none_match=etag.strip('"')))
    assert (not_modified.value.code, not_modified.value.status) == ("NotModified", 304)
    with pytest.raises(ServiceError) as failed:
        client.get_object(bucket=bucket, key="c", conditions=ReadConditions(if_match="0" * 32))
    assert (failed.value.code, failed.value.status) == ("PreconditionFailed", 412)
    with pytest.raises(ServiceError) as too_old:
        client.head_object(bucket=bucket, key="c",
                           conditions=ReadConditions(
                               if_unmodified_since=datetime.now(UTC) - timedelta(days=1)))
    assert too_old.value.status == 412
    with client.get_object(bucket=bucket, key="c", conditions=ReadConditions(
            if_match=etag, if_modified_since=datetime.now(UTC) - timedelta(days=1))) as got:
        assert got.read() == b"conditional"


def test_range_get(client: S3Client, boto_client: Any, bucket: str) -> None:
    data = bytes(range(256)) * 4
    boto_client.put_object(Bucket=bucket, Key="r", Body=data)
    with client.get_object(bucket=bucket, key="r", byte_range=(10, 19)) as got:
        assert got.read() == data[10:20]
        assert got.head.content_length == 10 and got.head.size == len(data)
        assert got.head.content_range == f"bytes 10-19/{len(data)}"
    with client.get_object(bucket=bucket, key="r", byte_range=(1000, None)) as got:
        assert got.read() == data[1000:]
    with client.get_object(bucket=bucket, key="r", byte_range="bytes=-5") as got:
        assert got.read() == data[-5:]
    with pytest.raises(ServiceError) as bad:
        client.get_object(bucket=bucket, key="r", byte_range=(5000, 6000))
    assert (bad.value.code, bad.value.status) == ("InvalidRange", 416)


def test_response_overrides(client: S3Client, boto_client: Any, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="o", Body=b"x", ContentType="text/plain")
    with client.get_object(bucket=bucket, key="o", response_content_type="application/x-test",
                           response_content_disposition="attachment; filename=o.bin",
                           response_cache_control="no-store",
                           response_content_language="fr") as got:
        assert got.head.content_type == "application/x-test"
        assert got.head.content_disposition == "attachment; filename=o.bin"
        assert got.head.cache_control == "no-store"
        assert got.head.content_language == "fr"
        assert got.read() == b"x"


def test_streamed_file_upload_and_download(client: S3Client, boto_client: Any, bucket: str,
                                           tmp_path: Any) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    source = tmp_path / "src.bin"
    source.write_bytes(b"HEADER" + data)
    with source.open("rb") as f:
        f.seek(6)  # the upload starts at the file's current position
        result = client.put_object(bucket=bucket, key="big.bin", body=f, compute_md5=True)
    assert result.etag == _md5(data)
    assert boto_client.get_object(Bucket=bucket, Key="big.bin")["Body"].read() == data
    target = tmp_path / "dst.bin"
    progress: list[int] = []
    with client.get_object(bucket=bucket, key="big.bin") as got, target.open("wb") as out:
        assert got.write_to(out, on_progress=progress.append, chunk_size=256 * 1024) == len(data)
    assert target.read_bytes() == data
    assert sum(progress) == len(data) and max(progress) <= 256 * 1024
    with client.get_object(bucket=bucket, key="big.bin") as got:
        chunks = list(got.iter_chunks(1024 * 1024))
    assert b"".join(chunks) == data and got.closed


def test_empty_body_and_empty_file(client: S3Client, boto_client: Any, bucket: str) -> None:
    client.put_object(bucket=bucket, key="empty-bytes", body=b"")
    client.put_object(bucket=bucket, key="empty-file", body=io.BytesIO())
    for key in ("empty-bytes", "empty-file"):
        assert boto_client.head_object(Bucket=bucket, Key=key)["ContentLength"] == 0
        with client.get_object(bucket=bucket, key=key) as got:
            assert got.read() == b""


def test_gzip_object_is_not_decompressed(client: S3Client, bucket: str) -> None:
    packed = gzip.compress(b"compressed " * 100)
    client.put_object(bucket=bucket, key="z.txt.gz", body=packed,
                      attributes=ObjectAttributes(content_encoding="gzip",
                                                  content_type="text/plain"))
    with client.get_object(bucket=bucket, key="z.txt.gz") as got:
        assert got.head.content_encoding == "gzip"
        assert got.read() == packed


def test_bad_content_md5_is_refused(client: S3Client, boto_client: Any, bucket: str) -> None:
    wrong = "1B2M2Y8AsgTpgAmY7PhCfg=="  # MD5 of b""
    with pytest.raises(ServiceError) as bad:
        client.put_object(bucket=bucket, key="m", body=b"not empty", content_md5=wrong)
    assert bad.value.code == "BadDigest"
    assert "Contents" not in boto_client.list_objects_v2(Bucket=bucket)


@pytest.mark.parametrize("key", TRICKY_KEYS)
def test_tricky_keys(client: S3Client, boto_client: Any, bucket: str, key: str) -> None:
    body = key.encode()
    client.put_object(bucket=bucket, key=key, body=body)
    listed = [o["Key"] for o in boto_client.list_objects_v2(Bucket=bucket)["Contents"]]
    assert listed == [key]
    assert boto_client.get_object(Bucket=bucket, Key=key)["Body"].read() == body
    with client.get_object(bucket=bucket, key=key) as got:
        assert got.read() == body
    assert client.head_object(bucket=bucket, key=key).size == len(body)
    copied = client.copy_object(bucket=bucket, key=f"copy-{key}", source_bucket=bucket,
                                source_key=key)
    assert copied.etag == _md5(body)
    assert boto_client.get_object(Bucket=bucket, Key=f"copy-{key}")["Body"].read() == body
    client.delete_object(bucket=bucket, key=key)
    remaining = [o["Key"] for o in boto_client.list_objects_v2(Bucket=bucket)["Contents"]]
    assert remaining == [f"copy-{key}"]


def test_missing_key_errors(client: S3Client, bucket: str) -> None:
    with pytest.raises(ServiceError) as head:
        client.head_object(bucket=bucket, key="no/such key")
    assert head.value.code in ("NoSuchKey", "NotFound") and head.value.status == 404
    assert head.value.resource is not None and head.value.resource.endswith("no/such key")
    with pytest.raises(ServiceError) as get:
        client.get_object(bucket=bucket, key="no/such key")
    assert (get.value.code, get.value.status) == ("NoSuchKey", 404)


def test_invalid_input_is_caught_before_sending(client: S3Client, bucket: str) -> None:
    with pytest.raises(InvalidInput):
        client.put_object(bucket=bucket, key="", body=b"x")
    with pytest.raises(InvalidInput):
        client.get_object(bucket=bucket, key="")
    with pytest.raises(InvalidInput):
        client.put_object(bucket=bucket, key="k", body=b"x",
                          attributes=ObjectAttributes(metadata={"a": "b\r\nX-Evil: 1"}))
    with pytest.raises(InvalidInput):
        client.delete_objects(bucket=bucket, objects=[f"k{i}" for i in range(1001)])


def test_delete_object_versioned(client: S3Client, boto_client: Any, bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    first = client.put_object(bucket=bucket, key="v", body=b"one")
    second = client.put_object(bucket=bucket, key="v", body=b"two")
    assert first.version_id and second.version_id and first.version_id != second.version_id
    with client.get_object(bucket=bucket, key="v", version_id=first.version_id) as got:
        assert got.read() == b"one" and got.head.version_id == first.version_id
    assert client.head_object(bucket=bucket, key="v").version_id == second.version_id
    deleted = client.delete_object(bucket=bucket, key="v")
    assert deleted.delete_marker and deleted.version_id
    markers = boto_client.list_object_versions(Bucket=bucket)["DeleteMarkers"]
    assert [m["VersionId"] for m in markers] == [deleted.version_id]
    gone = client.delete_object(bucket=bucket, key="v", version_id=first.version_id)
    assert gone.version_id == first.version_id and not gone.delete_marker
    versions = boto_client.list_object_versions(Bucket=bucket)["Versions"]
    assert [v["VersionId"] for v in versions] == [second.version_id]


def test_delete_objects_thousand_keys(client: S3Client, boto_client: Any, bucket: str) -> None:
    keys = [f"many/{i:04d}" for i in range(1000)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda k: boto_client.put_object(Bucket=bucket, Key=k, Body=b""), keys))
    result = client.delete_objects(bucket=bucket, objects=keys)
    assert sorted(d.key for d in result.deleted) == keys and result.errors == ()
    assert boto_client.list_objects_v2(Bucket=bucket)["KeyCount"] == 0


def test_delete_objects_mixed_and_quiet(client: S3Client, boto_client: Any, bucket: str) -> None:
    for key in ("a", "b c", "d+e"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    result = client.delete_objects(bucket=bucket, objects=["a", "missing", ObjectIdentifier("b c")])
    # S3 reports a missing key as deleted: the caller's goal (it is gone) holds.
    assert sorted(d.key for d in result.deleted) == ["a", "b c", "missing"]
    assert result.errors == ()
    quiet = client.delete_objects(bucket=bucket, objects=["d+e"], quiet=True)
    assert quiet.deleted == () and quiet.errors == ()
    assert boto_client.list_objects_v2(Bucket=bucket)["KeyCount"] == 0


def test_delete_objects_reports_per_key_errors(client: S3Client, boto_client: Any,
                                               bucket_factory: Any) -> None:
    bucket = bucket_factory("lock", ObjectLockEnabledForBucket=True)
    held = client.put_object(bucket=bucket, key="held", body=b"x",
                             attributes=ObjectAttributes(lock=ObjectLock(legal_hold=True)))
    free = client.put_object(bucket=bucket, key="free", body=b"y")
    assert held.version_id and free.version_id
    assert boto_client.get_object_legal_hold(Bucket=bucket, Key="held")["LegalHold"] == {
        "Status": "ON"}
    try:
        result = client.delete_objects(bucket=bucket, objects=[
            ObjectIdentifier("held", held.version_id), ObjectIdentifier("free", free.version_id)])
        assert [(d.key, d.version_id) for d in result.deleted] == [("free", free.version_id)]
        assert [(e.key, e.version_id, e.code) for e in result.errors] == [
            ("held", held.version_id, "AccessDenied")]
    finally:
        boto_client.put_object_legal_hold(Bucket=bucket, Key="held", LegalHold={"Status": "OFF"})


def test_object_lock_retention_and_bypass(client: S3Client, boto_client: Any,
                                          bucket_factory: Any) -> None:
    bucket = bucket_factory("lock", ObjectLockEnabledForBucket=True)
    until = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    put = client.put_object(bucket=bucket, key="kept", body=b"x", attributes=ObjectAttributes(
        lock=ObjectLock(mode="GOVERNANCE", retain_until=until)))
    head = client.head_object(bucket=bucket, key="kept")
    assert head.object_lock_mode == "GOVERNANCE" and head.object_lock_retain_until == until
    retention = boto_client.get_object_retention(Bucket=bucket, Key="kept")["Retention"]
    assert retention["Mode"] == "GOVERNANCE" and retention["RetainUntilDate"] == until
    with pytest.raises(ServiceError) as denied:
        client.delete_object(bucket=bucket, key="kept", version_id=put.version_id)
    assert denied.value.code == "AccessDenied"
    client.delete_object(bucket=bucket, key="kept", version_id=put.version_id,
                         bypass_governance_retention=True)
    assert "Versions" not in boto_client.list_object_versions(Bucket=bucket)
