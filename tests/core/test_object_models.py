"""Object and multipart models: XML answers (namespaced and not), builders, header parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from spacesgui.s3 import xml
from spacesgui.s3.errors import InvalidInput, MalformedResponse, ServiceError
from spacesgui.s3.models.objects import (
    ObjectHead,
    ObjectIdentifier,
    build_delete_request,
    parse_copy_result,
    parse_delete_result,
    raise_if_error_document,
    strip_etag,
)
from spacesgui.s3.models.objects_multipart import (
    CompletedPart,
    UploadPartResult,
    build_complete_request,
    check_part_number,
    parse_complete,
    parse_initiate,
)

NS = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'


def _both(body: str) -> list[xml.Element]:
    """The document with the S3 namespace and without it (RGW error bodies have none)."""
    return [xml.parse(body.replace("{ns}", NS).encode()),
            xml.parse(body.replace("{ns}", "").encode())]


def test_strip_etag() -> None:
    assert strip_etag('"abc-3"') == "abc-3"
    assert strip_etag("abc") == "abc"
    assert strip_etag('""') is None and strip_etag("") is None and strip_etag(None) is None
    assert strip_etag('W/"x"') == 'W/"x"'  # kept as sent, only surrounding quotes go


def test_object_head_from_headers() -> None:
    head = ObjectHead.from_headers({
        "Content-Length": "10", "Content-Range": "bytes 0-9/1234", "ETag": '"d41d-2"',
        "Content-Type": "text/plain", "Last-Modified": "Wed, 12 Oct 2009 17:50:00 GMT",
        "x-amz-meta-Colour": "blue", "X-Amz-Version-Id": "v1", "x-amz-delete-marker": "false",
        "Expires": "Thu, 01 Dec 1994 16:00:00 GMT", "x-amz-tagging-count": "2",
        "x-amz-mp-parts-count": "2", "x-amz-checksum-sha256": "abc=",
        "x-amz-server-side-encryption-customer-key-MD5": "md5=",
        "x-amz-object-lock-retain-until-date": "2031-01-01T00:00:00.000Z",
        "x-amz-object-lock-legal-hold": "ON",
    }, bucket="b", key="k")
    assert head.size == 1234 and head.content_length == 10 and head.etag == "d41d-2"
    assert head.last_modified == datetime(2009, 10, 12, 17, 50, tzinfo=UTC)
    assert dict(head.metadata) == {"colour": "blue"} and head.version_id == "v1"
    assert head.expires_at == datetime(1994, 12, 1, 16, tzinfo=UTC)
    assert head.tag_count == 2 and head.parts_count == 2 and not head.delete_marker
    assert dict(head.checksums) == {"sha256": "abc="} and head.sse_customer_key_md5 == "md5="
    assert head.object_lock_retain_until == datetime(2031, 1, 1, tzinfo=UTC)
    assert head.object_lock_legal_hold is True
    with pytest.raises(TypeError):
        head.metadata["x"] = "y"  # type: ignore[index]
    odd = ObjectHead.from_headers({"Expires": "0", "Content-Length": "junk"}, bucket="b", key="k")
    assert odd.expires == "0" and odd.expires_at is None and odd.content_length == 0


@pytest.mark.parametrize("root", _both(
    '<?xml version="1.0" encoding="UTF-8"?><CopyObjectResult{ns}>'
    '<LastModified>2026-11-25T01:38:49.855Z</LastModified>'
    '<ETag>&quot;5d41402abc4b2a76b9719d911017c592&quot;</ETag></CopyObjectResult>'))
def test_parse_copy_result(root: xml.Element) -> None:
    result = parse_copy_result(root, {"x-amz-version-id": "new", "x-amz-copy-source-version-id":
                                      "old"})
    assert result.etag == "5d41402abc4b2a76b9719d911017c592"
    assert result.last_modified == datetime(2026, 11, 25, 1, 38, 49, 855000, tzinfo=UTC)
    assert (result.version_id, result.copy_source_version_id) == ("new", "old")


def test_parse_copy_part_result_and_wrong_root() -> None:
    part = xml.parse(b"<CopyPartResult><ETag>\"e\"</ETag></CopyPartResult>")
    assert parse_copy_result(part, {}).etag == "e"
    with pytest.raises(MalformedResponse):
        parse_copy_result(xml.parse(b"<Other/>"), {})


@pytest.mark.parametrize("root", _both(
    "\n\n   <Error{ns}><Code>InternalError</Code><Message>We encountered an internal error."
    "</Message><RequestId>r-1</RequestId><HostId>h</HostId></Error>".strip()))
def test_200_with_error_body_raises(root: xml.Element) -> None:
    with pytest.raises(ServiceError) as caught:
        raise_if_error_document(root, status=200, request_id=None, resource="b/k", method="PUT")
    error = caught.value
    assert (error.code, error.status, error.request_id, error.host_id) == (
        "InternalError", 200, "r-1", "h")
    assert error.resource == "b/k" and "internal error" in error.message


def test_error_detection_leaves_results_alone() -> None:
    raise_if_error_document(xml.parse(b"<CopyObjectResult/>"), status=200, request_id=None,
                            resource="b/k", method="PUT")


@pytest.mark.parametrize("root", _both(
    "<DeleteResult{ns}>"
    "<Deleted><Key>a b</Key></Deleted>"
    "<Deleted><Key>v</Key><VersionId>1</VersionId><DeleteMarker>true</DeleteMarker>"
    "<DeleteMarkerVersionId>m1</DeleteMarkerVersionId></Deleted>"
    "<Error><Key>held</Key><VersionId>7</VersionId><Code>AccessDenied</Code>"
    "<Message>Access Denied</Message></Error>"
    "</DeleteResult>"))
def test_parse_delete_result(root: xml.Element) -> None:
    result = parse_delete_result(root)
    assert [(d.key, d.version_id, d.delete_marker, d.delete_marker_version_id)
            for d in result.deleted] == [("a b", None, False, None), ("v", "1", True, "m1")]
    assert [(e.key, e.version_id, e.code, e.message) for e in result.errors] == [
        ("held", "7", "AccessDenied", "Access Denied")]


def test_parse_empty_quiet_delete_result() -> None:
    result = parse_delete_result(xml.parse(f"<DeleteResult{NS}/>".encode()))
    assert result.deleted == () and result.errors == ()


def test_build_delete_request() -> None:
    body = build_delete_request((ObjectIdentifier("a&<b>"), ObjectIdentifier("v", "ver")),
                                quiet=True)
    root = etree.fromstring(body)
    assert xml.local(root) == "Delete" and etree.QName(root).namespace == xml.S3_NS
    assert xml.text(root, "Quiet") == "true"
    objects = list(xml.children(root, "Object"))
    assert [xml.text(o, "Key") for o in objects] == ["a&<b>", "v"]
    assert [xml.text(o, "VersionId") for o in objects] == [None, "ver"]


@pytest.mark.parametrize("root", _both(
    "<InitiateMultipartUploadResult{ns}><Bucket>b</Bucket><Key>k/ä</Key>"
    "<UploadId>2~abc</UploadId></InitiateMultipartUploadResult>"))
def test_parse_initiate(root: xml.Element) -> None:
    upload = parse_initiate(root, bucket="b", key="k/ä")
    assert (upload.bucket, upload.key, upload.upload_id) == ("b", "k/ä", "2~abc")


def test_parse_initiate_without_id() -> None:
    with pytest.raises(MalformedResponse):
        parse_initiate(xml.parse(b"<InitiateMultipartUploadResult><UploadId/>"
                                 b"</InitiateMultipartUploadResult>"), bucket="b", key="k")


@pytest.mark.parametrize(("etag", "expected"), [("&quot;abc-3&quot;", "abc-3"), ("", None)])
def test_parse_complete(etag: str, expected: str | None) -> None:
    # The empty ETag is what Ceph RGW 16.2.15 sends, a Ceph bug.
    for root in _both(f"<CompleteMultipartUploadResult{{ns}}><Location>http://h/b/k</Location>"
                      f"<Bucket>b</Bucket><Key>k</Key><ETag>{etag}</ETag>"
                      "</CompleteMultipartUploadResult>"):
        result = parse_complete(root, bucket="b", key="k", version_id="v")
        assert (result.etag, result.location, result.version_id) == (expected, "http://h/b/k", "v")


def test_build_complete_request_sorts_and_quotes() -> None:
    body = build_complete_request([CompletedPart(2, '"bbb"'), CompletedPart(1, "aaa",
                                                                            checksum_sha256="s=")])
    root = etree.fromstring(body)
    parts = list(xml.children(root, "Part"))
    assert [xml.text(p, "PartNumber") for p in parts] == ["1", "2"]
    assert [xml.text(p, "ETag") for p in parts] == ['"aaa"', '"bbb"']
    assert xml.text(parts[0], "ChecksumSHA256") == "s=" and xml.text(parts[1], "ChecksumSHA256") \
        is None


@pytest.mark.parametrize("parts", [[], [CompletedPart(1, "a"), CompletedPart(1, "b")],
                                   [CompletedPart(0, "a")], [CompletedPart(1, '""')]])
def test_build_complete_request_refuses(parts: list[CompletedPart]) -> None:
    with pytest.raises(InvalidInput):
        build_complete_request(parts)


def test_part_numbers_and_completed() -> None:
    assert check_part_number(1) == 1 and check_part_number(10_000) == 10_000
    for bad in (0, 10_001, True):
        with pytest.raises(InvalidInput):
            check_part_number(bad)
    part = UploadPartResult(3, "e", checksums={"sha256": "s="})
    assert part.completed() == CompletedPart(3, "e", checksum_sha256="s=")
    with pytest.raises(InvalidInput):
        UploadPartResult(1, None).completed()
