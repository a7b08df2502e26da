"""The option objects: the headers each one sends, and the values each one refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.headers import grant_id
from spacesgui.s3.options import (
    Grants,
    ObjectAttributes,
    ObjectLock,
    ReadConditions,
    ServerSideEncryption,
    SSECustomerKey,
    encryption_headers,
)

WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_no_attributes_send_no_headers() -> None:
    assert ObjectAttributes().headers() == {}
    assert not ObjectAttributes(acl="private", storage_class="STANDARD").describes_content
    assert ObjectAttributes(metadata={}).describes_content


def test_attributes_become_their_headers() -> None:
    headers = ObjectAttributes(
        content_type="text/plain", cache_control="no-cache", content_disposition="inline",
        content_encoding="gzip", content_language="de", expires=WHEN,
        website_redirect_location="/elsewhere", metadata={"Owner": "ann"},
        grants=Grants(read=grant_id("other"), full_control=grant_id("me")),
        tagging={"a": "b c"}, storage_class="STANDARD",
        lock=ObjectLock(mode="GOVERNANCE", retain_until=WHEN, legal_hold=True)).headers()
    assert headers == {
        "Content-Type": "text/plain", "Cache-Control": "no-cache",
        "Content-Disposition": "inline", "Content-Encoding": "gzip", "Content-Language": "de",
        "Expires": "Wed, 02 Jan 2030 03:04:05 GMT",
        "x-amz-website-redirect-location": "/elsewhere", "x-amz-meta-owner": "ann",
        "x-amz-grant-read": 'id="other"', "x-amz-grant-full-control": 'id="me"',
        "x-amz-tagging": "a=b%20c", "x-amz-storage-class": "STANDARD",
        "x-amz-object-lock-mode": "GOVERNANCE",
        "x-amz-object-lock-retain-until-date": "2030-01-02T03:04:05.000Z",
        "x-amz-object-lock-legal-hold": "ON"}


@pytest.mark.parametrize("attributes", [
    ObjectAttributes(acl="private", grants=Grants(read=grant_id("x"))),
    ObjectAttributes(lock=ObjectLock(mode="GOVERNANCE")),
    ObjectAttributes(content_type="text/plain\r\nX-Evil: 1"),
    ObjectAttributes(metadata={"bad name": "v"}),
    ObjectAttributes(tagging={str(i): "v" for i in range(11)}),
    ObjectAttributes(storage_class="not a class"),
    ObjectAttributes(website_redirect_location="elsewhere.html"),
    ObjectAttributes(expires=datetime(2030, 1, 1)),  # naive: which zone is unknown
])
def test_bad_attributes_are_refused_before_sending(attributes: ObjectAttributes) -> None:
    with pytest.raises(InvalidInput):
        attributes.headers()


def test_encryption_headers() -> None:
    assert encryption_headers(None) == {}
    assert encryption_headers(ServerSideEncryption("AES256")) == {
        "x-amz-server-side-encryption": "AES256"}
    key = SSECustomerKey(bytes(range(32)))
    assert encryption_headers(None, key) == key.headers()
    with pytest.raises(InvalidInput):
        encryption_headers(ServerSideEncryption("AES256"), key)
    with pytest.raises(InvalidInput):
        encryption_headers(ServerSideEncryption(kms_key_id="k"))


def test_read_conditions_for_a_read_and_for_a_copy_source() -> None:
    conditions = ReadConditions(if_match="abc", if_unmodified_since=WHEN)
    assert conditions.headers() == {"If-Match": '"abc"',
                                    "If-Unmodified-Since": "Wed, 02 Jan 2030 03:04:05 GMT"}
    assert conditions.copy_source_headers() == {
        "x-amz-copy-source-if-match": '"abc"', "x-amz-copy-if-match": '"abc"',
        "x-amz-copy-source-if-unmodified-since": "Wed, 02 Jan 2030 03:04:05 GMT",
        "x-amz-copy-if-unmodified-since": "Wed, 02 Jan 2030 03:04:05 GMT"}
    assert ReadConditions().headers() == {}
