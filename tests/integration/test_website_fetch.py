"""fetch_website: an unsigned GET that reports a page, or a refusal, as an answer."""

from __future__ import annotations

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from tests.servers import BotoClient, ServerInfo


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
    assert (refused.status, refused.code) == (403, "AccessDenied")
    assert b"AccessDenied" in refused.head  # what the visitor's browser would show
    with pytest.raises(InvalidInput, match="not a web address"):
        client.fetch_website(url="ftp://example.com/")


@pytest.mark.needs("website-serving")
def test_website_host_serves_pages_error_document_and_redirects(
        boto_client: BotoClient, client: S3Client, bucket: str, s3_server: ServerInfo) -> None:
    boto_client.put_bucket_acl(Bucket=bucket, ACL="public-read")  # missing keys: 404, not 403
    for key, body in (("index.html", b"<h1>Home</h1>"), ("error.html", b"<h1>Oops</h1>")):
        boto_client.put_object(Bucket=bucket, Key=key, Body=body, ContentType="text/html",
                               ACL="public-read")
    boto_client.put_bucket_website(Bucket=bucket, WebsiteConfiguration={
        "IndexDocument": {"Suffix": "index.html"}, "ErrorDocument": {"Key": "error.html"},
        "RoutingRules": [{"Condition": {"KeyPrefixEquals": "docs/"},
                          "Redirect": {"ReplaceKeyPrefixWith": "documents/",
                                       "HttpRedirectCode": "301"}}]})
    site = s3_server.website_url(bucket)
    index = client.fetch_website(url=site)
    assert (index.status, index.content_type, index.head, index.code) == (
        200, "text/html", b"<h1>Home</h1>", None)
    missing = client.fetch_website(url=f"{site}missing.html")  # the error document, as served
    assert (missing.status, missing.content_type, missing.head, missing.code) == (
        404, "text/html", b"<h1>Oops</h1>", None)
    moved = client.fetch_website(url=f"{site}docs/a.html")
    assert (moved.status, moved.location, moved.code) == (301, f"{site}documents/a.html", None)
