"""Presigned URLs used by plain `requests`, as a browser or curl would, against the real server."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from tests.servers import ClientFactory

WEEK = 7 * 24 * 3600
SIGNATURES = pytest.mark.parametrize("signature", ["v4", "v2"])


def with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def flip(text: str) -> str:
    """The same text with its last character changed."""
    return text[:-1] + ("A" if text[-1] != "A" else "B")


@SIGNATURES
def test_presigned_get(client: S3Client, boto_client: Any, bucket: str, signature: str) -> None:
    key = "shared/a b+%41\u00e9.txt"
    boto_client.put_object(Bucket=bucket, Key=key, Body=b"secret stuff")
    url = client.presign("GET", bucket=bucket, key=key, expires_in=300, signature=signature)
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200 and answer.content == b"secret stuff"


@SIGNATURES
def test_presigned_put(client: S3Client, boto_client: Any, bucket: str, signature: str) -> None:
    key = "uploads/from browser.bin"
    url = client.presign("PUT", bucket=bucket, key=key, expires_in=300, signature=signature)
    answer = requests.put(url, data=b"\x00\x01 uploaded", timeout=10)
    assert answer.status_code == 200, answer.text
    assert boto_client.get_object(Bucket=bucket, Key=key)["Body"].read() == b"\x00\x01 uploaded"


@pytest.mark.needs("auth")
@SIGNATURES
def test_tampering_is_refused(client: S3Client, boto_client: Any, bucket: str,
                              signature: str) -> None:
    for key in ("mine", "other"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode())
    url = client.presign("GET", bucket=bucket, key="mine", expires_in=300, signature=signature)
    assert requests.get(url, timeout=10).status_code == 200
    name = "X-Amz-Signature" if signature == "v4" else "Signature"
    value = dict(parse_qsl(urlsplit(url).query))[name]
    tampered = requests.get(with_query(url, **{name: flip(value)}), timeout=10)
    assert tampered.status_code == 403 and b"SignatureDoesNotMatch" in tampered.content
    other = requests.get(url.replace(f"/{bucket}/mine?", f"/{bucket}/other?"), timeout=10)
    assert other.status_code == 403 and b"other" not in other.content


@pytest.mark.needs("auth")
@SIGNATURES
def test_expired_url_is_refused(make_client: ClientFactory, boto_client: Any, bucket: str,
                                signature: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="old", Body=b"x")
    past = make_client(clock=lambda: time.time() - 7200)
    url = past.presign("GET", bucket=bucket, key="old", expires_in=60, signature=signature)
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 403
    assert b"AccessDenied" in answer.content or b"Expired" in answer.content


def test_sigv4_links_last_at_most_a_week(client: S3Client) -> None:
    assert client.presign("GET", bucket="b-b", key="k", expires_in=WEEK, signature="v4")
    with pytest.raises(InvalidInput):
        client.presign("GET", bucket="b-b", key="k", expires_in=WEEK + 1, signature="v4")


@SIGNATURES
def test_a_link_must_last_at_least_a_second(client: S3Client, signature: str) -> None:
    with pytest.raises(InvalidInput):
        client.presign("GET", bucket="b-b", key="k", expires_in=0, signature=signature)


def test_sigv2_links_may_outlive_a_week(client: S3Client, boto_client: Any,
                                        bucket: str) -> None:
    """SigV2 has no 7-day ceiling (Cyberduck offers month-long links only with AWS2)."""
    boto_client.put_object(Bucket=bucket, Key="long", Body=b"month")
    url = client.presign("GET", bucket=bucket, key="long", expires_in=30 * 24 * 3600,
                         signature="v2")
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200
    assert answer.content == b"month"


@SIGNATURES
def test_response_header_overrides(client: S3Client, boto_client: Any, bucket: str,
                                   signature: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="report.bin", Body=b"data",
                           ContentType="application/octet-stream")
    disposition = 'attachment; filename="Quarterly report.pdf"'
    url = client.presign("GET", bucket=bucket, key="report.bin", expires_in=300,
                         signature=signature,
                         query={"response-content-disposition": disposition,
                                "response-content-type": "application/pdf"})
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Disposition"] == disposition
    assert answer.headers["Content-Type"] == "application/pdf"
