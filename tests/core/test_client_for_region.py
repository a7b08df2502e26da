"""S3Client.for_region: another region's client that keeps every setting of the original."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from spacesgui.s3 import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.http import RetryPolicy, Timeouts

NOON = 1_767_268_800.0  # 2026-01-01 12:00:00 UTC


def configured(endpoint: str, region: str) -> S3Client:
    return S3Client(endpoint=endpoint, region=region, access_key="AKEXAMPLE", secret_key="sk",
                    addressing="path", signature="v4", verify="/etc/ssl/custom.pem",
                    timeouts=Timeouts(connect=3, read=7), retry=RetryPolicy(max_attempts=2),
                    proxies={"https": "http://proxy.example:3128"}, clock=lambda: NOON)


def test_a_spaces_client_moves_to_the_other_regions_endpoint_keeping_every_setting() -> None:
    client = configured("https://nyc3.digitaloceanspaces.com", "nyc3")
    other = client.for_region("FRA1 ")
    assert (other.endpoint, other.region) == ("https://fra1.digitaloceanspaces.com", "fra1")
    assert (client.endpoint, client.region) == ("https://nyc3.digitaloceanspaces.com", "nyc3")
    assert other.access_key == client.access_key
    assert (other.addressing, other.signature) == ("path", "v4")
    transport, original = other._transport, client._transport
    assert transport.verify == "/etc/ssl/custom.pem" == original.verify
    assert transport.timeouts == Timeouts(connect=3, read=7)
    assert transport.retry == RetryPolicy(max_attempts=2)
    assert transport.proxies == {"https": "http://proxy.example:3128"}
    # Same credentials and clock: a link signed now names this moment, the key and fra1.
    url = other.presign("GET", bucket="b", key="k", expires_in=60)
    query = parse_qs(urlsplit(url).query)
    assert urlsplit(url).netloc == "fra1.digitaloceanspaces.com"
    assert query["X-Amz-Date"] == ["20260101T120000Z"]
    assert query["X-Amz-Credential"] == ["AKEXAMPLE/20260101/fra1/s3/aws4_request"]


def test_another_server_keeps_its_endpoint_and_signs_for_the_new_region() -> None:
    client = configured("http://127.0.0.1:7480", "default")
    other = client.for_region("zone-b")
    assert (other.endpoint, other.region) == ("http://127.0.0.1:7480", "zone-b")
    assert other.object_url("b", "k") == ("http://127.0.0.1:7480/b/k", None)


def test_a_v2_client_stays_v2_and_a_bad_region_is_refused() -> None:
    client = S3Client(endpoint="https://ams3.digitaloceanspaces.com", region="ams3",
                      access_key="AK", secret_key="sk", signature="v2", clock=lambda: NOON)
    assert "Signature=" in client.for_region("sgp1").presign("GET", bucket="b", key="k",
                                                             expires_in=60)
    with pytest.raises(InvalidInput):
        client.for_region("  ")
    with pytest.raises(InvalidInput, match="not a Spaces region"):
        client.for_region("mars")
