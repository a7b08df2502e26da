"""Website and access-logging settings round-trip through S3Client and can be removed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.config import (
    BucketLoggingStatus,
    RedirectAllRequestsTo,
    RoutingRule,
    WebsiteConfiguration,
)
from tests.servers import BotoClient

SITE = WebsiteConfiguration(
    index_document_suffix="index.html", error_document_key="errors/404.html",
    routing_rules=(
        RoutingRule(key_prefix_equals="docs/", replace_key_prefix_with="documents/",
                    http_redirect_code="301"),
        RoutingRule(http_error_code_returned_equals="404", host_name="fallback.example",
                    protocol="https"),
    ))


def test_website_round_trip_and_delete(boto_client: BotoClient, client: S3Client,
                                       bucket: str) -> None:
    assert client.get_bucket_website(bucket=bucket) is None  # not a website yet

    client.put_bucket_website(bucket=bucket, configuration=SITE, checksum_algorithm="SHA1")
    assert client.get_bucket_website(bucket=bucket) == SITE
    seen = boto_client.get_bucket_website(Bucket=bucket)
    assert seen["IndexDocument"] == {"Suffix": "index.html"}
    assert seen["ErrorDocument"] == {"Key": "errors/404.html"}
    assert seen["RoutingRules"][0]["Redirect"]["ReplaceKeyPrefixWith"] == "documents/"

    client.delete_bucket_website(bucket=bucket)
    assert client.get_bucket_website(bucket=bucket) is None
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_website(Bucket=bucket)
    assert gone.value.response["Error"]["Code"] == "NoSuchWebsiteConfiguration"


def test_website_redirect_all_round_trips(boto_client: BotoClient, client: S3Client,
                                          bucket: str) -> None:
    config = WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("www.example.com", "https"))
    client.put_bucket_website(bucket=bucket, configuration=config)
    assert client.get_bucket_website(bucket=bucket) == config
    assert boto_client.get_bucket_website(Bucket=bucket)["RedirectAllRequestsTo"] == {
        "HostName": "www.example.com", "Protocol": "https"}


def test_logging_is_off_until_set(client: S3Client, bucket: str) -> None:
    assert client.get_bucket_logging(bucket=bucket) == BucketLoggingStatus()


@pytest.mark.needs("bucket-logging", raises=ServiceError)
def test_logging_round_trip_and_disable(
        boto_client: BotoClient, client: S3Client, bucket_factory: Callable[..., str]) -> None:
    source, target = bucket_factory("site"), bucket_factory("logs")
    assert not client.get_bucket_logging(bucket=source).enabled

    # As on AWS, the log delivery group must be able to write to the target (moto checks).
    client.put_bucket_acl(bucket=target, acl="log-delivery-write")
    status = BucketLoggingStatus(target_bucket=target, target_prefix="access/")
    try:
        client.put_bucket_logging(bucket=source, status=status)
    except ServiceError as exc:
        if (exc.status, exc.code) != (405, "MethodNotAllowed"):
            pytest.fail(f"PutBucketLogging refused in an unexpected way: {exc}")
        raise
    assert client.get_bucket_logging(bucket=source) == status
    assert boto_client.get_bucket_logging(Bucket=source)["LoggingEnabled"] == {
        "TargetBucket": target, "TargetPrefix": "access/"}

    client.put_bucket_logging(bucket=source, status=BucketLoggingStatus())  # empty disables
    assert client.get_bucket_logging(bucket=source) == BucketLoggingStatus()
    assert "LoggingEnabled" not in boto_client.get_bucket_logging(Bucket=source)
