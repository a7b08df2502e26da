"""CopyObject against the real server: directives, conditions, headers, ACLs, versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.options import ObjectAttributes, ReadConditions
from tests.servers import ServerInfo


@pytest.fixture
def source(boto_client: Any, bucket: str) -> str:
    boto_client.put_object(Bucket=bucket, Key="src/orig.txt", Body=b"original body",
                           ContentType="text/plain", CacheControl="max-age=5",
                           Metadata={"owner": "alice"}, Tagging="stage=raw")
    return str(boto_client.head_object(Bucket=bucket, Key="src/orig.txt")["ETag"].strip('"'))


def _missing(boto_client: Any, bucket: str, key: str) -> bool:
    from botocore.exceptions import ClientError

    try:
        boto_client.head_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        return exc.response["Error"]["Code"] in ("404", "NoSuchKey", "NotFound")
    return False


def test_copy_keeps_metadata_and_tags(client: S3Client, boto_client: Any, bucket: str,
                                      source: str) -> None:
    result = client.copy_object(bucket=bucket, key="dst.txt", source_bucket=bucket,
                                source_key="src/orig.txt", metadata_directive="COPY")
    assert result.etag == source and result.last_modified is not None
    seen = boto_client.head_object(Bucket=bucket, Key="dst.txt")
    assert seen["Metadata"] == {"owner": "alice"}
    assert seen["ContentType"] == "text/plain" and seen["CacheControl"] == "max-age=5"
    tags = boto_client.get_object_tagging(Bucket=bucket, Key="dst.txt")["TagSet"]
    assert tags == [{"Key": "stage", "Value": "raw"}]


def test_copy_replace_sets_every_header(client: S3Client, boto_client: Any, bucket: str,
                                        source: str) -> None:
    expires = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    client.copy_object(
        bucket=bucket, key="dst.txt", source_bucket=bucket, source_key="src/orig.txt",
        metadata_directive="REPLACE", attributes=ObjectAttributes(
            metadata={"owner": "bob", "new": "1"}, content_type="application/json",
            cache_control="no-cache", content_disposition="inline", content_encoding="identity",
            content_language="en", expires=expires,
            website_redirect_location="https://example.com/x", storage_class="STANDARD"))
    seen = boto_client.head_object(Bucket=bucket, Key="dst.txt")
    assert seen["Metadata"] == {"owner": "bob", "new": "1"}
    assert seen["ContentType"] == "application/json" and seen["CacheControl"] == "no-cache"
    assert seen["ContentDisposition"] == "inline" and seen["ContentLanguage"] == "en"
    assert seen["ContentEncoding"] == "identity" and seen["Expires"] == expires
    assert seen["WebsiteRedirectLocation"] == "https://example.com/x"
    body = boto_client.get_object(Bucket=bucket, Key="dst.txt")["Body"].read()
    assert body == b"original body"


@pytest.mark.needs("copy-tagging-replace")
def test_copy_replace_tags(client: S3Client, boto_client: Any, bucket: str, source: str) -> None:
    client.copy_object(bucket=bucket, key="dst.txt", source_bucket=bucket,
                       source_key="src/orig.txt", tagging_directive="REPLACE",
                       attributes=ObjectAttributes(tagging={"stage": "cooked", "k": "v"}))
    tags = boto_client.get_object_tagging(Bucket=bucket, Key="dst.txt").get("TagSet", [])
    assert {t["Key"]: t["Value"] for t in tags} == {"stage": "cooked", "k": "v"}


def test_copy_in_place_with_replace_changes_metadata(client: S3Client, boto_client: Any,
                                                     bucket: str, source: str) -> None:
    with pytest.raises(InvalidInput):
        client.copy_object(bucket=bucket, key="src/orig.txt", source_bucket=bucket,
                           source_key="src/orig.txt")
    client.copy_object(bucket=bucket, key="src/orig.txt", source_bucket=bucket,
                       source_key="src/orig.txt", metadata_directive="REPLACE",
                       attributes=ObjectAttributes(metadata={"owner": "carol"},
                                                   content_type="text/markdown"))
    seen = boto_client.head_object(Bucket=bucket, Key="src/orig.txt")
    assert seen["Metadata"] == {"owner": "carol"} and seen["ContentType"] == "text/markdown"


def test_new_metadata_without_replace_is_refused(client: S3Client, bucket: str) -> None:
    with pytest.raises(InvalidInput, match="REPLACE"):
        client.copy_object(bucket=bucket, key="d", source_bucket=bucket, source_key="s",
                           attributes=ObjectAttributes(metadata={"a": "b"}))


def test_copy_acl_public_read(client: S3Client, bucket: str, source: str,
                              s3_server: ServerInfo) -> None:
    client.copy_object(bucket=bucket, key="pub.txt", source_bucket=bucket,
                       source_key="src/orig.txt", attributes=ObjectAttributes(acl="public-read"))
    url = f"{s3_server.endpoint}/{bucket}"
    assert requests.get(f"{url}/pub.txt", timeout=10).content == b"original body"
    assert requests.get(f"{url}/src/orig.txt", timeout=10).status_code == 403


def test_copy_across_buckets(client: S3Client, boto_client: Any, bucket_factory: Any) -> None:
    first, second = bucket_factory("a"), bucket_factory("b")
    boto_client.put_object(Bucket=first, Key="x y+z", Body=b"between buckets")
    client.copy_object(bucket=second, key="landed", source_bucket=first, source_key="x y+z")
    assert boto_client.get_object(Bucket=second, Key="landed")["Body"].read() == (
        b"between buckets")


# AWS documents 412 for every failed copy condition; Ceph RGW 16.2 answers 304 NotModified
# for if-none-match and if-modified-since (measured), and the client passes that on as is.
_RGW_NOT_MODIFIED = {"copy_source_if_none_match", "copy_source_if_modified_since"}


@pytest.mark.parametrize(("condition", "value"), [
    ("copy_source_if_match", "0" * 32),
    ("copy_source_if_none_match", "SOURCE"),
    ("copy_source_if_unmodified_since", "PAST"),
    ("copy_source_if_modified_since", "FUTURE"),
])
def test_copy_conditions_fail(client: S3Client, boto_client: Any, bucket: str, source: str, *,
                              s3_server: ServerInfo, condition: str, value: str) -> None:
    arg: Any = {"SOURCE": source, "PAST": datetime.now(UTC) - timedelta(days=1),
                "FUTURE": datetime.now(UTC) + timedelta(days=1)}.get(value, value)
    with pytest.raises(ServiceError) as failed:
        client.copy_object(bucket=bucket, key="dst", source_bucket=bucket,
                           source_key="src/orig.txt", source_conditions=ReadConditions(
                               **{condition.removeprefix("copy_source_"): arg}))
    if s3_server.kind == "rgw" and condition in _RGW_NOT_MODIFIED:
        assert (failed.value.code, failed.value.status) == ("NotModified", 304)
    else:
        assert (failed.value.code, failed.value.status) == ("PreconditionFailed", 412)
    assert _missing(boto_client, bucket, "dst")


def test_copy_conditions_pass(client: S3Client, boto_client: Any, bucket: str,
                              source: str) -> None:
    client.copy_object(bucket=bucket, key="dst", source_bucket=bucket,
                       source_key="src/orig.txt",
                       source_conditions=ReadConditions(
                           if_match=source, if_none_match="0" * 32,
                           if_unmodified_since=datetime.now(UTC) + timedelta(days=1),
                           if_modified_since=datetime.now(UTC) - timedelta(days=1)))
    assert boto_client.get_object(Bucket=bucket, Key="dst")["Body"].read() == b"original body"


def test_copy_missing_source(client: S3Client, bucket: str) -> None:
    with pytest.raises(ServiceError) as missing:
        client.copy_object(bucket=bucket, key="dst", source_bucket=bucket, source_key="nope")
    assert missing.value.code == "NoSuchKey" and missing.value.status == 404


def test_copy_old_version_restores_its_bytes(client: S3Client, boto_client: Any,
                                             bucket: str) -> None:
    """What a server without copy-version-ids still does right."""
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    old = boto_client.put_object(Bucket=bucket, Key="v/ä b", Body=b"old")["VersionId"]
    boto_client.put_object(Bucket=bucket, Key="v/ä b", Body=b"new")
    client.copy_object(bucket=bucket, key="restored", source_bucket=bucket, source_key="v/ä b",
                       source_version_id=old)
    assert boto_client.get_object(Bucket=bucket, Key="restored")["Body"].read() == b"old"


@pytest.mark.needs("copy-version-ids")
def test_copy_old_version(client: S3Client, boto_client: Any, bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    old = boto_client.put_object(Bucket=bucket, Key="v/ä b", Body=b"old")["VersionId"]
    boto_client.put_object(Bucket=bucket, Key="v/ä b", Body=b"new")
    result = client.copy_object(bucket=bucket, key="restored", source_bucket=bucket,
                                source_key="v/ä b", source_version_id=old)
    got = boto_client.get_object(Bucket=bucket, Key="restored")
    assert got["Body"].read() == b"old"
    assert result.copy_source_version_id == old and result.version_id == got["VersionId"]
