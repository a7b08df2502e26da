"""Header builders: SSE-C, metadata validation, ACLs, tagging, conditions, copy source."""

from __future__ import annotations

import base64
import hashlib
import io
import pickle
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3 import headers as h
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.headers import SSECustomerKey
from spacesgui.s3.ops.objects_body import FileSlice, md5_base64, prepare_body
from spacesgui.s3.ops.objects_write import write_headers
from spacesgui.s3.options import ObjectAttributes

KEY = bytes(range(32))


def test_sse_c_headers_match_the_published_formula() -> None:
    key = SSECustomerKey(KEY)
    expected_md5 = base64.b64encode(hashlib.md5(KEY).digest()).decode()  # noqa: S324
    assert key.headers() == {
        "x-amz-server-side-encryption-customer-algorithm": "AES256",
        "x-amz-server-side-encryption-customer-key": base64.b64encode(KEY).decode(),
        "x-amz-server-side-encryption-customer-key-MD5": expected_md5,
    }
    assert key.copy_source_headers() == {
        "x-amz-copy-source-server-side-encryption-customer-algorithm": "AES256",
        "x-amz-copy-source-server-side-encryption-customer-key": base64.b64encode(KEY).decode(),
        "x-amz-copy-source-server-side-encryption-customer-key-MD5": expected_md5,
    }


def test_sse_c_key_is_hidden_and_checked() -> None:
    key = SSECustomerKey(KEY)
    for text in (repr(key), str(key), f"{key!r}"):
        assert base64.b64encode(KEY).decode() not in text and KEY.hex() not in text
    with pytest.raises(TypeError):
        pickle.dumps(key)
    for bad in (b"", b"x" * 31, b"x" * 33):
        with pytest.raises(InvalidInput):
            SSECustomerKey(bad)
    assert SSECustomerKey.from_base64(base64.b64encode(KEY).decode()) == key
    with pytest.raises(InvalidInput):
        SSECustomerKey.from_base64("not base64!")
    assert SSECustomerKey.generate() != SSECustomerKey.generate()


def test_sse_c_needs_https() -> None:
    h.require_tls_for_sse_c("https://nyc3.digitaloceanspaces.com", SSECustomerKey(KEY))
    h.require_tls_for_sse_c("http://127.0.0.1:1", None)
    with pytest.raises(InvalidInput, match="HTTPS"):
        h.require_tls_for_sse_c("http://127.0.0.1:1", None, SSECustomerKey(KEY))


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\rb", "nul\x00", "del\x7f",
                                   "café", "日本"])
def test_header_values_refuse_injection_and_non_ascii(value: str) -> None:
    with pytest.raises(InvalidInput):
        h.check_header_value("Cache-Control", value)
    with pytest.raises(InvalidInput):
        h.metadata_headers({"name": value})
    with pytest.raises(InvalidInput):
        h.content_headers(content_disposition=value)


def test_metadata_names() -> None:
    assert h.metadata_headers({"Colour": "blue", "x-amz-meta-Size": "XL", "a.b_c-d": ""}) == {
        "x-amz-meta-colour": "blue", "x-amz-meta-size": "XL", "x-amz-meta-a.b_c-d": ""}
    for bad in ("", "with space", "colon:", "ünï", "x-amz-meta-"):
        with pytest.raises(InvalidInput):
            h.metadata_headers({bad: "v"})
    with pytest.raises(InvalidInput, match="twice"):
        h.metadata_headers({"A": "1", "a": "2"})
    with pytest.raises(InvalidInput, match="2048"):
        h.metadata_headers({"big": "x" * 2100})


def test_content_headers_and_dates() -> None:
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert h.content_headers(cache_control="no-cache", expires=when, content_type="text/plain") == {
        "Cache-Control": "no-cache", "Expires": "Wed, 02 Jan 2030 03:04:05 GMT",
        "Content-Type": "text/plain"}
    plus_two = when.astimezone(timezone(timedelta(hours=2)))
    assert h.http_date(plus_two) == "Wed, 02 Jan 2030 03:04:05 GMT"
    with pytest.raises(InvalidInput, match="time zone"):
        h.http_date(datetime(2030, 1, 1))
    assert h.iso8601(when) == "2030-01-02T03:04:05.000Z"


def test_acl_and_grants() -> None:
    assert h.acl_headers(acl="public-read") == {"x-amz-acl": "public-read"}
    assert h.acl_headers(grant_read=[h.grant_id("other"), h.grant_uri(h.ALL_USERS)],
                         grant_full_control=h.grant_email("a@b.c")) == {
        "x-amz-grant-read": 'id="other", uri="http://acs.amazonaws.com/groups/global/AllUsers"',
        "x-amz-grant-full-control": 'emailAddress="a@b.c"'}
    with pytest.raises(InvalidInput, match="canned"):
        h.acl_headers(acl="public")
    with pytest.raises(InvalidInput, match="not both"):
        h.acl_headers(acl="private", grant_read=h.grant_id("x"))
    with pytest.raises(InvalidInput):
        h.acl_headers(grant_read=[])


def test_tagging_is_url_encoded() -> None:
    value = h.tagging_value({"project": "spaces gui", "täg": "a&b=c+d/e"})
    assert value == "project=spaces%20gui&t%C3%A4g=a%26b%3Dc%2Bd%2Fe"
    assert dict(parse_qsl(value)) == {"project": "spaces gui", "täg": "a&b=c+d/e"}
    with pytest.raises(InvalidInput, match="10"):
        h.tagging_value({str(i): "v" for i in range(11)})
    with pytest.raises(InvalidInput):
        h.tagging_value({"": "v"})
    with pytest.raises(InvalidInput):
        h.tagging_value({"k": "v" * 257})


@given(st.dictionaries(st.text(min_size=1, max_size=20), st.text(max_size=30), max_size=10))
def test_tagging_round_trips(tags: dict[str, str]) -> None:
    assert dict(parse_qsl(h.tagging_value(tags), keep_blank_values=True)) == tags


def test_checksums_and_md5() -> None:
    sha = h.sha256_checksum(b"abc")
    assert h.checksum_headers(sha256=sha) == {"x-amz-checksum-sha256": sha}
    with pytest.raises(InvalidInput, match="32 bytes"):
        h.checksum_headers(sha256=base64.b64encode(b"short").decode())
    with pytest.raises(InvalidInput, match="base64"):
        h.checksum_headers(crc32="!!!")
    assert h.checksum_headers(crc32=base64.b64encode(b"1234").decode())
    assert h.check_content_md5(h.content_md5(b"x")) == h.content_md5(b"x")
    with pytest.raises(InvalidInput, match="hex"):
        h.check_content_md5("9dd4e461268c8034f5c8564e155c67a6")
    assert h.checksum_algorithm("sha256") == "SHA256"
    with pytest.raises(InvalidInput):
        h.checksum_algorithm("md5")


def test_object_lock_sse_storage_redirect() -> None:
    until = datetime(2031, 1, 1, tzinfo=UTC)
    assert h.object_lock_headers(mode="GOVERNANCE", retain_until=until, legal_hold=False) == {
        "x-amz-object-lock-mode": "GOVERNANCE",
        "x-amz-object-lock-retain-until-date": "2031-01-01T00:00:00.000Z",
        "x-amz-object-lock-legal-hold": "OFF"}
    with pytest.raises(InvalidInput):
        h.object_lock_headers(mode="GOVERNANCE")
    with pytest.raises(InvalidInput):
        h.object_lock_headers(mode="FOREVER", retain_until=until)
    ctx = h.sse_headers(server_side_encryption="aws:kms", kms_key_id="k", context={"a": "b"},
                        bucket_key_enabled=True)
    assert base64.b64decode(ctx["x-amz-server-side-encryption-context"]) == b'{"a":"b"}'
    with pytest.raises(InvalidInput, match="not both"):
        h.sse_headers(server_side_encryption="AES256", sse_c=SSECustomerKey(KEY))
    with pytest.raises(InvalidInput):
        h.sse_headers(kms_key_id="k")
    assert h.storage_class_headers("STANDARD") == {"x-amz-storage-class": "STANDARD"}
    with pytest.raises(InvalidInput):
        h.storage_class_headers("standard class")
    with pytest.raises(InvalidInput):
        h.website_redirect_headers("elsewhere.html")
    assert h.website_redirect_headers("https://x/y") == {
        "x-amz-website-redirect-location": "https://x/y"}


def test_conditions() -> None:
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert h.conditional_headers(if_match="abc", if_none_match=['"q"', "*"],
                                 if_modified_since=when) == {
        "If-Match": '"abc"', "If-None-Match": '"q", *',
        "If-Modified-Since": "Wed, 02 Jan 2030 03:04:05 GMT"}
    # Both spellings: x-amz-copy-source-if-* for AWS, x-amz-copy-if-* for Ceph RGW.
    assert h.copy_source_condition_headers(if_match="e", if_unmodified_since=when) == {
        "x-amz-copy-source-if-match": '"e"', "x-amz-copy-if-match": '"e"',
        "x-amz-copy-source-if-unmodified-since": "Wed, 02 Jan 2030 03:04:05 GMT",
        "x-amz-copy-if-unmodified-since": "Wed, 02 Jan 2030 03:04:05 GMT"}


@pytest.mark.parametrize(("key", "expected"), [
    ("a b+c", "/bkt/a%20b%2Bc"),
    ("100%/x", "/bkt/100%25/x"),
    ("~tilde//dbl/", "/bkt/~tilde//dbl/"),
    ("../up?q#h", "/bkt/../up%3Fq%23h"),
    ("ünï", "/bkt/%C3%BCn%C3%AF"),
])
def test_copy_source_encoding(key: str, expected: str) -> None:
    assert h.copy_source("bkt", key) == expected
    assert h.copy_source("bkt", key, "v+1/=") == f"{expected}?versionId=v%2B1%2F%3D"


@given(st.text(min_size=1, max_size=60).filter(lambda k: "\x00" not in k))
def test_copy_source_round_trips(key: str) -> None:
    encoded = h.copy_source("bkt", key, "ver")
    path, _, query = encoded.partition("?")
    assert "?" not in path and "#" not in path and " " not in path and "+" not in path
    assert unquote(path) == f"/bkt/{key}" and query == "versionId=ver"


def test_copy_source_and_ranges_refuse_nonsense() -> None:
    with pytest.raises(InvalidInput):
        h.copy_source("bkt", "")
    with pytest.raises(InvalidInput):
        h.copy_source("", "k")
    with pytest.raises(InvalidInput):
        h.copy_source("bkt", "k", "")
    assert h.byte_range(0, 9) == "bytes=0-9" and h.byte_range(5) == "bytes=5-"
    for bad in ((-1, 3), (5, 4)):
        with pytest.raises(InvalidInput):
            h.byte_range(*bad)


def test_extra_headers_are_validated() -> None:
    assert h.common_headers(expected_bucket_owner="123", request_payer=True,
                            extra_headers={"x-custom": "1"}) == {
        "x-amz-expected-bucket-owner": "123", "x-amz-request-payer": "requester",
        "x-custom": "1"}
    with pytest.raises(InvalidInput):
        h.common_headers(extra_headers={"bad name": "1"})
    with pytest.raises(InvalidInput):
        h.common_headers(extra_headers={"x-ok": "line\nbreak"})


def test_write_headers_combine() -> None:
    out = write_headers(ObjectAttributes(content_type="text/plain", metadata={"a": "1"},
                                         acl="private", tagging={"t": "v"},
                                         storage_class="STANDARD"),
                        sse_c=SSECustomerKey(KEY), checksum_algorithm="crc32")
    assert out["Content-Type"] == "text/plain" and out["x-amz-meta-a"] == "1"
    assert out["x-amz-acl"] == "private" and out["x-amz-tagging"] == "t=v"
    assert out["x-amz-server-side-encryption-customer-algorithm"] == "AES256"
    assert out["x-amz-checksum-algorithm"] == "CRC32"


def test_bodies_are_measured_not_read() -> None:
    assert prepare_body(b"abc") == (b"abc", 3)
    assert prepare_body(None) == (b"", 0)
    assert prepare_body(io.BytesIO()) == (b"", 0)
    stream = io.BytesIO(b"0123456789")
    stream.seek(4)
    body, length = prepare_body(stream)
    assert body is stream and length == 6 and stream.tell() == 4
    assert md5_base64(stream) == h.content_md5(b"456789") and stream.tell() == 4
    with pytest.raises(InvalidInput):
        prepare_body("text")  # type: ignore[arg-type]


def test_file_slice() -> None:
    backing = io.BytesIO(bytes(range(100)))
    part = FileSlice(backing, 10, 20)
    assert prepare_body(part) == (part, 20)
    assert part.read(5) == bytes(range(10, 15)) and part.tell() == 5
    assert part.read() == bytes(range(15, 30)) and part.read() == b""
    part.seek(0)
    assert b"".join(part) == bytes(range(10, 30))
    part.seek(18)
    assert prepare_body(part)[1] == 2
    assert FileSlice(backing, 0, 0).read() == b""
