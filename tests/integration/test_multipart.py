"""Multipart uploads against the real server; the result is read back with boto3."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.objects_multipart import CompletedPart
from spacesgui.s3.ops.objects_body import FileSlice
from spacesgui.s3.options import ObjectAttributes, ReadConditions

MIB = 1024 * 1024


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data).digest()  # noqa: S324 - S3 ETags are MD5


def _multipart_etag(*parts: bytes) -> str:
    """S3's multipart ETag, computed independently: md5 of the parts' md5s, then -count."""
    return f"{hashlib.md5(b''.join(_md5(p) for p in parts)).hexdigest()}-{len(parts)}"  # noqa: S324


def test_three_parts(client: S3Client, boto_client: Any, bucket: str) -> None:
    parts = [os.urandom(5 * MIB), os.urandom(5 * MIB), b"!"]
    upload = client.create_multipart_upload(
        bucket=bucket, key="big/file.bin",
        attributes=ObjectAttributes(content_type="application/x-test",
                                    metadata={"origin": "multipart"}))
    assert (upload.bucket, upload.key) == (bucket, "big/file.bin") and upload.upload_id
    done = []
    for number, data in enumerate(parts, start=1):
        result = client.upload_part(bucket=bucket, key="big/file.bin", upload_id=upload.upload_id,
                                    part_number=number, body=data, compute_md5=True)
        assert result.etag == _md5(data).hex()
        done.append(result.completed())
    client.complete_multipart_upload(bucket=bucket, key="big/file.bin",
                                     upload_id=upload.upload_id, parts=list(reversed(done)))
    head = boto_client.head_object(Bucket=bucket, Key="big/file.bin")
    assert head["ETag"] == f'"{_multipart_etag(*parts)}"'
    assert head["ContentLength"] == 10 * MIB + 1
    assert head["ContentType"] == "application/x-test"
    assert head["Metadata"] == {"origin": "multipart"}
    body = boto_client.get_object(Bucket=bucket, Key="big/file.bin")["Body"].read()
    assert body == b"".join(parts)
    assert client.head_object(bucket=bucket, key="big/file.bin").etag == _multipart_etag(*parts)


@pytest.mark.needs("complete-multipart-etag")
def test_complete_answers_the_multipart_etag(client: S3Client, bucket: str) -> None:
    parts = [os.urandom(5 * MIB), b"!"]
    upload = client.create_multipart_upload(bucket=bucket, key="k")
    done = [client.upload_part(bucket=bucket, key="k", upload_id=upload.upload_id,
                               part_number=number, body=data).completed()
            for number, data in enumerate(parts, start=1)]
    complete = client.complete_multipart_upload(bucket=bucket, key="k",
                                                upload_id=upload.upload_id, parts=done)
    assert complete.etag == _multipart_etag(*parts)


def test_parts_from_file_slices(client: S3Client, boto_client: Any, bucket: str,
                                tmp_path: Any) -> None:
    data = os.urandom(11 * MIB + 3)
    path = tmp_path / "source.bin"
    path.write_bytes(data)
    upload = client.create_multipart_upload(bucket=bucket, key="sliced")
    bounds = [(0, 5 * MIB), (5 * MIB, 5 * MIB), (10 * MIB, MIB + 3)]
    with path.open("rb") as f:
        done = [client.upload_part(bucket=bucket, key="sliced", upload_id=upload.upload_id,
                                   part_number=n, body=FileSlice(f, offset, length),
                                   compute_md5=True).completed()
                for n, (offset, length) in enumerate(bounds, start=1)]
    client.complete_multipart_upload(bucket=bucket, key="sliced", upload_id=upload.upload_id,
                                     parts=done)
    assert boto_client.get_object(Bucket=bucket, Key="sliced")["Body"].read() == data


def test_upload_part_copy_ranges(client: S3Client, boto_client: Any, bucket: str) -> None:
    source = os.urandom(12 * MIB)
    boto_client.put_object(Bucket=bucket, Key="src dir/ä+b", Body=source)
    src_etag = boto_client.head_object(Bucket=bucket, Key="src dir/ä+b")["ETag"]
    upload = client.create_multipart_upload(bucket=bucket, key="assembled")
    # The second half first, then the first half, then bytes of our own: a real re-assembly.
    first = client.upload_part_copy(bucket=bucket, key="assembled", upload_id=upload.upload_id,
                                    part_number=1, source_bucket=bucket, source_key="src dir/ä+b",
                                    source_range=(6 * MIB, 12 * MIB - 1),
                                    source_conditions=ReadConditions(if_match=src_etag))
    second = client.upload_part_copy(bucket=bucket, key="assembled",
                                     upload_id=upload.upload_id, part_number=2,
                                     source_bucket=bucket, source_key="src dir/ä+b",
                                     source_range=(0, 6 * MIB - 1))
    assert first.etag == _md5(source[6 * MIB:]).hex()
    assert second.etag == _md5(source[:6 * MIB]).hex()
    tail = client.upload_part(bucket=bucket, key="assembled", upload_id=upload.upload_id,
                              part_number=3, body=b"tail")
    client.complete_multipart_upload(bucket=bucket, key="assembled", upload_id=upload.upload_id,
                                     parts=[first.completed(), second.completed(),
                                            tail.completed()])
    body = boto_client.get_object(Bucket=bucket, Key="assembled")["Body"].read()
    assert body == source[6 * MIB:] + source[:6 * MIB] + b"tail"


@pytest.mark.needs("upload-part-copy-conditions")
def test_upload_part_copy_condition_fails(client: S3Client, boto_client: Any,
                                          bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=b"x" * 100)
    upload = client.create_multipart_upload(bucket=bucket, key="dst")

    def copy() -> None:
        client.upload_part_copy(bucket=bucket, key="dst", upload_id=upload.upload_id,
                                part_number=1, source_bucket=bucket, source_key="src",
                                source_conditions=ReadConditions(if_match="0" * 32))

    with pytest.raises(ServiceError) as failed:
        copy()
    assert (failed.value.code, failed.value.status) == ("PreconditionFailed", 412)
    listed = boto_client.list_parts(Bucket=bucket, Key="dst", UploadId=upload.upload_id)
    assert listed.get("Parts", []) == []


def test_abort(client: S3Client, boto_client: Any, bucket: str) -> None:
    upload = client.create_multipart_upload(bucket=bucket, key="doomed")
    client.upload_part(bucket=bucket, key="doomed", upload_id=upload.upload_id, part_number=1,
                       body=b"part")
    listed = boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
    assert [u["UploadId"] for u in listed] == [upload.upload_id]
    client.abort_multipart_upload(bucket=bucket, key="doomed", upload_id=upload.upload_id)
    assert boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    with pytest.raises(ServiceError) as gone:
        client.upload_part(bucket=bucket, key="doomed", upload_id=upload.upload_id,
                           part_number=2, body=b"late")
    assert gone.value.code == "NoSuchUpload"
    assert "Contents" not in boto_client.list_objects_v2(Bucket=bucket)


def test_complete_failures(client: S3Client, boto_client: Any, bucket: str) -> None:
    upload = client.create_multipart_upload(bucket=bucket, key="bad")
    small = client.upload_part(bucket=bucket, key="bad", upload_id=upload.upload_id,
                               part_number=1, body=b"too small")
    last = client.upload_part(bucket=bucket, key="bad", upload_id=upload.upload_id,
                              part_number=2, body=b"last")
    with pytest.raises(ServiceError) as wrong_etag:
        client.complete_multipart_upload(bucket=bucket, key="bad", upload_id=upload.upload_id,
                                         parts=[CompletedPart(1, "0" * 32)])
    assert wrong_etag.value.code == "InvalidPart"
    with pytest.raises(ServiceError) as too_small:
        client.complete_multipart_upload(bucket=bucket, key="bad", upload_id=upload.upload_id,
                                         parts=[small.completed(), last.completed()])
    assert too_small.value.code == "EntityTooSmall"
    assert "Contents" not in boto_client.list_objects_v2(Bucket=bucket)


def test_bad_part_md5_is_refused(client: S3Client, bucket: str) -> None:
    upload = client.create_multipart_upload(bucket=bucket, key="k")
    with pytest.raises(ServiceError) as bad:
        client.upload_part(bucket=bucket, key="k", upload_id=upload.upload_id, part_number=1,
                           body=b"data", content_md5="1B2M2Y8AsgTpgAmY7PhCfg==")
    assert bad.value.code == "BadDigest"


def test_local_validation(client: S3Client, bucket: str) -> None:
    for number in (0, 10_001, -1):
        with pytest.raises(InvalidInput):
            client.upload_part(bucket=bucket, key="k", upload_id="u", part_number=number,
                               body=b"x")
    with pytest.raises(InvalidInput):
        client.upload_part(bucket=bucket, key="k", upload_id="", part_number=1, body=b"x")
    with pytest.raises(InvalidInput):
        client.complete_multipart_upload(bucket=bucket, key="k", upload_id="u", parts=[])
    with pytest.raises(InvalidInput):
        client.complete_multipart_upload(bucket=bucket, key="k", upload_id="u",
                                         parts=[CompletedPart(1, "a"), CompletedPart(1, "b")])
    with pytest.raises(InvalidInput):
        client.create_multipart_upload(bucket=bucket, key="")
