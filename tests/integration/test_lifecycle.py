"""Lifecycle rules set through S3Client round-trip and, on RGW, really expire objects.

The harness runs RGW with rgw_lc_debug_interval=10, so one lifecycle "day" lasts 10 s.
"""

from __future__ import annotations

import time

import pytest
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import LifecycleConfiguration, LifecycleRule
from tests.servers import BotoClient, ServerInfo

EXPIRE_TMP = LifecycleRule(id="expire-tmp", prefix="tmp/", expiration_days=1)
ABORT_UPLOADS = LifecycleRule(id="abort-uploads", abort_incomplete_multipart_days=2)
LC_DEADLINE = 35.0  # an object must be a "day" (10 s) old; RGW expires it in 15-20 s (measured)
# radosgw-admin runs as client.admin and does not read [client.rgw.a]'s debug interval; without
# this override "lc process" counts real days and expires nothing (measured: 60 s, no effect).


def keys(boto_client: BotoClient, bucket: str) -> set[str]:
    listed = boto_client.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {str(item["Key"]) for item in listed}


def by_id(config: LifecycleConfiguration) -> list[LifecycleRule]:
    """RGW answers the rules sorted by id, not in the order sent; order has no meaning."""
    return sorted(config.rules, key=lambda rule: rule.id or "")


def test_rules_round_trip_and_delete(boto_client: BotoClient, client: S3Client,
                                     bucket: str) -> None:
    assert client.get_bucket_lifecycle_configuration(bucket=bucket) == LifecycleConfiguration()

    config = LifecycleConfiguration((EXPIRE_TMP, ABORT_UPLOADS))
    client.put_bucket_lifecycle_configuration(bucket=bucket, configuration=config,
                                              checksum_algorithm="CRC32C")
    assert by_id(client.get_bucket_lifecycle_configuration(bucket=bucket)) == by_id(config)
    seen = {r["ID"]: r for r in
            boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]}
    assert seen["expire-tmp"]["Expiration"] == {"Days": 1}
    assert seen["expire-tmp"]["Status"] == "Enabled"
    assert seen["abort-uploads"]["AbortIncompleteMultipartUpload"] == {"DaysAfterInitiation": 2}

    client.delete_bucket_lifecycle(bucket=bucket)
    assert client.get_bucket_lifecycle_configuration(bucket=bucket).rules == ()
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)
    assert gone.value.response["Error"]["Code"] == "NoSuchLifecycleConfiguration"


def test_legacy_prefix_form_round_trips(boto_client: BotoClient, client: S3Client,
                                        bucket: str) -> None:
    """PutBucketLifecycle/GetBucketLifecycle: rules carry <Prefix> directly (RGW accepts it)."""
    config = LifecycleConfiguration((
        LifecycleRule(id="legacy", prefix="old/", expiration_days=3),
        LifecycleRule(id="off", prefix="x/", enabled=False, expiration_days=9)))
    client.put_bucket_lifecycle(bucket=bucket, configuration=config)
    assert by_id(client.get_bucket_lifecycle(bucket=bucket)) == by_id(config)
    assert by_id(client.get_bucket_lifecycle_configuration(bucket=bucket)) == by_id(config)
    legacy = boto_client.get_bucket_lifecycle(Bucket=bucket)["Rules"]  # boto3's legacy reader
    assert [(r["ID"], r["Prefix"], r["Status"]) for r in legacy] == [
        ("legacy", "old/", "Enabled"), ("off", "x/", "Disabled")]


@pytest.mark.needs("lifecycle-execution", "admin")
def test_expiration_deletes_only_the_prefix(s3_server: ServerInfo, boto_client: BotoClient,
                                            client: S3Client, bucket: str) -> None:
    for key in ("tmp/a", "tmp/deep/b", "keep/c", "tmpfile"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    client.put_bucket_lifecycle_configuration(
        bucket=bucket, configuration=LifecycleConfiguration((EXPIRE_TMP,)))
    assert s3_server.admin is not None

    deadline = time.monotonic() + LC_DEADLINE
    remaining = keys(boto_client, bucket)
    while remaining & {"tmp/a", "tmp/deep/b"} and time.monotonic() < deadline:
        s3_server.admin("lc", "process")
        time.sleep(2)  # bounded by the deadline above; RGW's clock is in 10 s "days"
        remaining = keys(boto_client, bucket)
    assert remaining == {"keep/c", "tmpfile"}, (
        f"after {LC_DEADLINE:.0f} s the tmp/ objects were not expired: {sorted(remaining)}")
    assert boto_client.get_object(Bucket=bucket, Key="keep/c")["Body"].read() == b"x"


@pytest.mark.needs("lifecycle-execution", "admin")
def test_abort_rule_removes_stale_multipart_uploads(s3_server: ServerInfo,
                                                    boto_client: BotoClient, client: S3Client,
                                                    bucket: str) -> None:
    stale = boto_client.create_multipart_upload(Bucket=bucket, Key="big/upload")["UploadId"]
    client.put_bucket_lifecycle_configuration(bucket=bucket, configuration=LifecycleConfiguration(
        (LifecycleRule(id="abort", prefix="big/", abort_incomplete_multipart_days=1),)))
    assert s3_server.admin is not None

    def uploads() -> list[str]:
        listed = boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
        return [str(u["UploadId"]) for u in listed]

    assert uploads() == [stale]
    deadline = time.monotonic() + LC_DEADLINE
    while uploads() and time.monotonic() < deadline:
        s3_server.admin("lc", "process")
        time.sleep(2)  # bounded by the deadline above
    assert uploads() == [], f"after {LC_DEADLINE:.0f} s the stale upload was still listed"
