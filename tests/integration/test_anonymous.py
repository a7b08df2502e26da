"""The client's unsigned GET answers as a visitor without an account is answered."""

from __future__ import annotations

import pytest
import requests

from spacesgui.s3.client import S3Client
from tests.servers import BotoClient, ServerInfo


@pytest.mark.needs("anonymous-acl")
def test_listing_refused_then_allowed_by_public_read(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    for key in ("a.txt", "b.txt", "c/d.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"12345")

    refused = client.anonymous_get(bucket=bucket)
    assert (refused.status, refused.code, refused.allowed) == (403, "AccessDenied", False)
    assert refused.summary().startswith("403 AccessDenied")
    assert requests.get(f"{s3_server.endpoint}/{bucket}", timeout=10).status_code == 403

    boto_client.put_bucket_acl(Bucket=bucket, ACL="public-read")
    listed = client.anonymous_get(bucket=bucket)
    assert listed.allowed and listed.status == 200 and listed.code is None
    assert listed.key_count == 3 and not listed.truncated
    assert listed.summary() == "200 OK: 3 keys listed"
    assert requests.get(f"{s3_server.endpoint}/{bucket}", timeout=10).status_code == 200


def test_get_of_a_key_follows_the_object_acl(s3_server: ServerInfo, boto_client: BotoClient,
                                             client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="dir/page.html", Body=b"<p>hello</p>",
                           ContentType="text/html")
    refused = client.anonymous_get(bucket=bucket, key="dir/page.html")
    assert (refused.status, refused.code) == (403, "AccessDenied")
    assert refused.request_id  # what to quote when asking the provider

    boto_client.put_object_acl(Bucket=bucket, Key="dir/page.html", ACL="public-read")
    served = client.anonymous_get(bucket=bucket, key="dir/page.html")
    assert served.allowed and served.size == len(b"<p>hello</p>")
    assert served.headers["Content-Type"] == "text/html"
    assert served.summary() == "200 OK: 12 bytes served"
    answer = requests.get(f"{s3_server.endpoint}/{bucket}/dir/page.html", timeout=10)
    assert answer.status_code == 200


def test_the_request_carries_no_credentials(client: S3Client, bucket: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[requests.PreparedRequest] = []
    original = requests.Session.send

    def spy(self: requests.Session, request: requests.PreparedRequest,
            **kwargs: object) -> requests.Response:
        sent.append(request)
        return original(self, request, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(requests.Session, "send", spy)
    client.anonymous_get(bucket=bucket)
    assert sent and all("Authorization" not in r.headers for r in sent)
    assert all("X-Amz-Signature" not in (r.url or "") for r in sent)
