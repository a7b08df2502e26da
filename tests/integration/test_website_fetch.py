"""fetch_website: an unsigned GET that reports a page, or a refusal, as an answer."""

from __future__ import annotations

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from tests.servers import BotoClient, ServerInfo


@pytest.mark.needs("anonymous-acl")
def test_page_and_refusal_are_answers(boto_client: BotoClient, client: S3Client, bucket: str,
                                      s3_server: ServerInfo) -> None:
    body = b"<h1>Hello</h1>" + b"x" * 10_000
    boto_client.put_object(Bucket=bucket, Key="index.html", Body=body, ContentType="text/html",
                           ACL="public-read")
    boto_client.put_object(Bucket=bucket, Key="private.html", Body=b"secret")
    base = f"{s3_server.endpoint}/{bucket}"
    page = client.fetch_website(url=f"{base}/index.html", limit=100)
    assert page.status == 200 and page.content_type == "text/html"
    assert page.head == body[:100] and page.code is None
    refused = client.fetch_website(url=f"{base}/private.html")
    assert (refused.status, refused.code, refused.head) == (403, "AccessDenied", b"")
    with pytest.raises(InvalidInput, match="not a web address"):
        client.fetch_website(url="ftp://example.com/")
