"""Versioning switched through S3Client really keeps every version (checked with boto3)."""

from __future__ import annotations

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.models.config import VersioningState
from tests.servers import BotoClient


def versions_of(boto_client: BotoClient, bucket: str, key: str) -> list[dict[str, object]]:
    """Newest first, as S3 lists them."""
    listed = boto_client.list_object_versions(Bucket=bucket, Prefix=key).get("Versions", [])
    return [v for v in listed if v["Key"] == key]


def body_of(boto_client: BotoClient, bucket: str, key: str, version_id: str) -> bytes:
    got = boto_client.get_object(Bucket=bucket, Key=key, VersionId=version_id)
    return bytes(got["Body"].read())


@pytest.mark.needs("suspended-versioning-listing")
def test_enable_keeps_every_version_and_suspend_stops_new_ones(
        boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    assert client.get_bucket_versioning(bucket=bucket) is VersioningState.NEVER_ENABLED

    client.put_bucket_versioning(bucket=bucket, state=VersioningState.ENABLED)
    assert client.get_bucket_versioning(bucket=bucket) is VersioningState.ENABLED
    assert boto_client.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    ids = [boto_client.put_object(Bucket=bucket, Key="doc", Body=f"v{n}".encode())["VersionId"]
           for n in range(1, 4)]
    assert len(set(ids)) == 3 and "null" not in ids

    listed = versions_of(boto_client, bucket, "doc")
    assert [v["VersionId"] for v in listed] == list(reversed(ids))
    assert [v["IsLatest"] for v in listed] == [True, False, False]
    for n, version_id in enumerate(ids, 1):
        assert body_of(boto_client, bucket, "doc", version_id) == f"v{n}".encode()

    client.put_bucket_versioning(bucket=bucket, state=VersioningState.SUSPENDED)
    assert client.get_bucket_versioning(bucket=bucket) is VersioningState.SUSPENDED
    assert boto_client.get_bucket_versioning(Bucket=bucket)["Status"] == "Suspended"
    # Suspended: new writes get the "null" version and replace each other; old ones stay.
    boto_client.put_object(Bucket=bucket, Key="doc", Body=b"s1")
    boto_client.put_object(Bucket=bucket, Key="doc", Body=b"s2")
    listed = versions_of(boto_client, bucket, "doc")
    assert [v["VersionId"] for v in listed] == ["null", *reversed(ids)]
    assert body_of(boto_client, bucket, "doc", "null") == b"s2"
    assert body_of(boto_client, bucket, "doc", ids[0]) == b"v1"

    client.put_bucket_versioning(bucket=bucket, state=VersioningState.ENABLED)
    assert client.get_bucket_versioning(bucket=bucket) is VersioningState.ENABLED


def test_never_enabled_cannot_be_requested(client: S3Client, bucket: str) -> None:
    with pytest.raises(InvalidInput, match="never-enabled"):
        client.put_bucket_versioning(bucket=bucket, state=VersioningState.NEVER_ENABLED)
    assert client.get_bucket_versioning(bucket=bucket) is VersioningState.NEVER_ENABLED
