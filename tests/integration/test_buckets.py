"""Bucket operations against the real server, each checked through boto3 or anonymous HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo, empty_and_delete, unique_bucket_name


@pytest.fixture
def fresh_name(request: pytest.FixtureRequest, s3_server: ServerInfo,
               boto_client: Any) -> Iterator[str]:
    """A unique bucket name the test creates itself; removed afterwards if it still exists."""
    name = unique_bucket_name(s3_server.bucket_prefix, request.node.name)
    yield name
    empty_and_delete(boto_client, name)


def boto_exists(boto_client: Any, name: str) -> bool:
    try:
        boto_client.head_bucket(Bucket=name)
    except ClientError as exc:
        if exc.response["Error"]["Code"] in ("404", "NoSuchBucket"):
            return False
        raise
    return True


def test_create_head_location_list_delete(client: S3Client, boto_client: Any, fresh_name: str,
                                          s3_server: ServerInfo) -> None:
    before = datetime.now(UTC)
    client.create_bucket(bucket=fresh_name)
    assert boto_exists(boto_client, fresh_name)
    assert boto_client.get_bucket_location(Bucket=fresh_name)["LocationConstraint"] == \
        s3_server.region
    head = client.head_bucket(bucket=fresh_name)
    assert head.region in (None, s3_server.region)
    assert client.get_bucket_location(bucket=fresh_name) == s3_server.region
    listed = {b.name: b for b in client.list_buckets().buckets}
    assert fresh_name in listed
    created = listed[fresh_name].creation_date
    assert created is not None and abs(created - before) < timedelta(minutes=5)
    assert set(listed) == {b["Name"] for b in boto_client.list_buckets()["Buckets"]}
    client.delete_bucket(bucket=fresh_name)
    assert not boto_exists(boto_client, fresh_name)
    with pytest.raises(ServiceError) as caught:
        client.head_bucket(bucket=fresh_name)
    assert (caught.value.code, caught.value.status) == ("NoSuchBucket", 404)
    with pytest.raises(ServiceError) as caught:
        client.delete_bucket(bucket=fresh_name)
    assert (caught.value.code, caught.value.status) == ("NoSuchBucket", 404)
    assert caught.value.request_id


def test_list_buckets_owner(client: S3Client, bucket: str) -> None:
    result = client.list_buckets()
    assert bucket in [b.name for b in result.buckets]
    assert result.owner is not None and result.owner.id


def test_canned_acl_decides_anonymous_access(client: S3Client, s3_server: ServerInfo,
                                             fresh_name: str, boto_client: Any) -> None:
    client.create_bucket(bucket=fresh_name, acl="public-read")
    grants = boto_client.get_bucket_acl(Bucket=fresh_name)["Grants"]
    assert any(g["Grantee"].get("URI", "").endswith("/global/AllUsers")
               and g["Permission"] == "READ" for g in grants)
    assert requests.get(f"{s3_server.endpoint}/{fresh_name}", timeout=10).status_code == 200


@pytest.mark.needs("anonymous-acl")
def test_private_bucket_refuses_anonymous_listing(client: S3Client, s3_server: ServerInfo,
                                                  fresh_name: str) -> None:
    client.create_bucket(bucket=fresh_name, acl="private")
    assert requests.get(f"{s3_server.endpoint}/{fresh_name}", timeout=10).status_code == 403


def test_delete_non_empty_bucket_is_refused(client: S3Client, boto_client: Any,
                                            bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="keep", Body=b"x")
    with pytest.raises(ServiceError) as caught:
        client.delete_bucket(bucket=bucket)
    assert (caught.value.code, caught.value.status) == ("BucketNotEmpty", 409)
    assert boto_client.get_object(Bucket=bucket, Key="keep")["Body"].read() == b"x"


def test_unfinished_upload_keeps_bucket_non_empty(client: S3Client, boto_client: Any,
                                                  bucket: str, s3_server: ServerInfo) -> None:
    boto_client.create_multipart_upload(Bucket=bucket, Key="pending")
    try:
        client.delete_bucket(bucket=bucket)
    except ServiceError as exc:
        assert exc.code == "BucketNotEmpty"
    else:
        if s3_server.kind == "rgw":
            # RGW deletes a bucket whose only content is an unfinished upload (AWS refuses).
            assert not boto_exists(boto_client, bucket)
            return
        pytest.fail("a bucket with an unfinished upload was deleted")


@pytest.mark.needs("other-user")
def test_taken_name_and_foreign_bucket(make_client: ClientFactory, bucket: str) -> None:
    other = make_client(user="other")
    with pytest.raises(ServiceError) as caught:
        other.create_bucket(bucket=bucket)
    assert (caught.value.code, caught.value.status) == ("BucketAlreadyExists", 409)
    with pytest.raises(ServiceError) as caught:
        other.head_bucket(bucket=bucket)
    assert caught.value.status == 403


def test_unknown_location_is_refused(client: S3Client, fresh_name: str, boto_client: Any,
                                     s3_server: ServerInfo) -> None:
    wrong = "ams3" if s3_server.region != "ams3" else "fra1"
    with pytest.raises(ServiceError) as caught:
        client.create_bucket(bucket=fresh_name, location=wrong)
    assert caught.value.code == "InvalidLocationConstraint"
    assert not boto_exists(boto_client, fresh_name)


def test_create_without_location_body(client: S3Client, fresh_name: str,
                                      s3_server: ServerInfo) -> None:
    client.create_bucket(bucket=fresh_name, location="")
    # RGW puts it in the default zonegroup, whose S3 name the harness set to the region.
    assert client.get_bucket_location(bucket=fresh_name) in (s3_server.region, "us-east-1")


@pytest.mark.parametrize("name", ["ab", "Upper-case", "under_score", "-dash", "dot.-dash",
                                  "192.168.5.4", "a" * 64, "xn--punycode", "sp ace", ""])
def test_invalid_names_are_refused_without_a_request(
        s3_server: ServerInfo, make_client: ClientFactory, name: str) -> None:
    with FaultProxy(s3_server.endpoint) as proxy:
        client = make_client(proxy.url)
        with pytest.raises(InvalidInput):
            client.create_bucket(bucket=name)
        with pytest.raises(InvalidInput):
            client.create_bucket(bucket="fine-name", acl="public-read-please")
        assert proxy.seen == []


def test_location_of_missing_bucket(client: S3Client) -> None:
    with pytest.raises(ServiceError) as caught:
        client.get_bucket_location(bucket="t-no-such-bucket-location-01")
    assert caught.value.code == "NoSuchBucket"
