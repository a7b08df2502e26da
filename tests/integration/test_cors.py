"""CORS rules set through S3Client are what the server answers a browser's preflight with."""

from __future__ import annotations

import pytest
import requests
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import CorsConfiguration, CorsRule
from tests.servers import BotoClient, ServerInfo

APP = "https://app.example.com"
RULES = CorsConfiguration((
    CorsRule(allowed_origins=(APP,), allowed_methods=("GET", "PUT"),
             allowed_headers=("content-type", "x-amz-meta-*"), expose_headers=("ETag",),
             max_age_seconds=600, id="app"),
    CorsRule(allowed_origins=("https://*.sites.example",), allowed_methods=("HEAD",),
             id="wild"),
))


def browser_preflight(server: ServerInfo, bucket: str, key: str, origin: str, method: str, *,
                      headers: str | None = None) -> requests.Response:
    """What a browser sends: OPTIONS, no credentials, Origin and the method it wants."""
    sent = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        sent["Access-Control-Request-Headers"] = headers
    return requests.options(f"{server.endpoint}/{bucket}/{key}", headers=sent, timeout=10)


def test_cors_round_trip_and_delete(boto_client: BotoClient, client: S3Client,
                                    bucket: str) -> None:
    assert client.get_bucket_cors(bucket=bucket) == CorsConfiguration()  # never set: empty

    client.put_bucket_cors(bucket=bucket, configuration=RULES, checksum_algorithm="CRC32")
    assert client.get_bucket_cors(bucket=bucket) == RULES
    seen = boto_client.get_bucket_cors(Bucket=bucket)["CORSRules"]
    assert [r["AllowedOrigins"] for r in seen] == [[APP], ["https://*.sites.example"]]
    assert seen[0]["MaxAgeSeconds"] == 600 and seen[0]["ExposeHeaders"] == ["ETag"]

    client.delete_bucket_cors(bucket=bucket)
    assert client.get_bucket_cors(bucket=bucket).rules == ()
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_cors(Bucket=bucket)
    assert gone.value.response["Error"]["Code"] == "NoSuchCORSConfiguration"


@pytest.mark.needs("cors-preflight")
def test_preflight_is_answered_per_the_rules(s3_server: ServerInfo, boto_client: BotoClient,
                                             client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="page.js", Body=b"x")
    before = browser_preflight(s3_server, bucket, "page.js", APP, "PUT")
    assert before.status_code == 403  # no rules yet
    assert not client.preflight_object(bucket=bucket, key="page.js", origin=APP,
                                       method="PUT").allowed

    client.put_bucket_cors(bucket=bucket, configuration=RULES)
    ok = browser_preflight(s3_server, bucket, "page.js", APP, "PUT",
                           headers="content-type")
    assert ok.status_code == 200
    assert ok.headers["Access-Control-Allow-Origin"] == APP
    assert ok.headers["Access-Control-Max-Age"] == "600"
    assert "PUT" in ok.headers["Access-Control-Allow-Methods"]
    ours = client.preflight_object(bucket=bucket, key="page.js", origin=APP, method="PUT",
                                   request_headers=["content-type"])
    assert ours.allowed and ours.status == 200
    assert ours.allow_origin == APP and ours.max_age == 600
    assert "PUT" in ours.allow_methods
    assert "content-type" in [h.lower() for h in ours.allow_headers]

    stranger = browser_preflight(s3_server, bucket, "page.js", "https://evil.example", "GET")
    assert stranger.status_code == 403
    assert "Access-Control-Allow-Origin" not in stranger.headers
    refused = client.preflight_object(bucket=bucket, key="page.js",
                                      origin="https://evil.example", method="GET")
    assert not refused.allowed and refused.status == 403 and refused.allow_origin is None

    wrong_method = browser_preflight(s3_server, bucket, "page.js", APP, "DELETE")
    assert wrong_method.status_code == 403
    assert not client.preflight_object(bucket=bucket, key="page.js", origin=APP,
                                       method="DELETE").allowed

    wild = client.preflight_object(bucket=bucket, key="page.js",
                                   origin="https://shop.sites.example", method="HEAD")
    assert wild.allowed and wild.allow_origin in ("https://shop.sites.example", "*")
    assert browser_preflight(s3_server, bucket, "page.js", "https://shop.sites.example",
                             "HEAD").status_code == 200

    client.delete_bucket_cors(bucket=bucket)
    assert browser_preflight(s3_server, bucket, "page.js", APP, "PUT").status_code == 403
    assert not client.preflight_object(bucket=bucket, key="page.js", origin=APP,
                                       method="PUT").allowed


def test_actual_request_from_allowed_origin_gets_cors_headers(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="pub.txt", Body=b"hi", ACL="public-read")
    client.put_bucket_cors(bucket=bucket, configuration=RULES)
    answer = requests.get(f"{s3_server.endpoint}/{bucket}/pub.txt",
                          headers={"Origin": APP}, timeout=10)
    assert answer.status_code == 200
    assert answer.headers.get("Access-Control-Allow-Origin") == APP
    assert "ETag" in answer.headers.get("Access-Control-Expose-Headers", "")
