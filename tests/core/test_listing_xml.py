"""Listing documents as RGW 16.2 and AWS write them, with and without the S3 namespace."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.models.listing import (
    looks_url_encoded,
    parse_bucket_list,
    parse_object_page,
    parse_part_page,
    parse_upload_page,
    parse_version_page,
    resolve_marker,
    strip_etag,
)

NS = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'


def doc(body: str, *, namespaced: bool) -> xml.Element:
    """Wrap `body` (whose root tag is written as <ROOT ...>) with or without the namespace."""
    return xml.parse(body.replace("@NS", NS if namespaced else "").encode())


both = pytest.mark.parametrize("namespaced", [True, False], ids=["ns", "no-ns"])

# Captured from Ceph RGW 16.2.15: keys and CommonPrefixes encoded with %20, but Prefix,
# StartAfter and NextMarker echoed raw.
RGW_V1 = """<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult@NS><EncodingType>url</EncodingType>
<Name>b</Name><Prefix></Prefix><MaxKeys>2</MaxKeys><Delimiter>/</Delimiter>
<IsTruncated>true</IsTruncated>
<Contents><Key>%2541%2B%20x</Key><LastModified>2026-11-25T01:34:12.261Z</LastModified>
<ETag>&quot;9dd4e461268c8034f5c8564e155c67a6&quot;</ETag><Size>1</Size>
<StorageClass>STANDARD</StorageClass><Owner><ID>tester</ID><DisplayName>Tester</DisplayName></Owner>
<Type>Normal</Type></Contents>
<CommonPrefixes><Prefix>a%2541b%2Bc%20d/</Prefix></CommonPrefixes>
<Marker></Marker><NextMarker>a%41b+c d/</NextMarker></ListBucketResult>"""

# AWS: every element encoded, a space written as "+".
AWS_V1 = """<ListBucketResult@NS><Name>b</Name><Prefix></Prefix><Marker></Marker>
<NextMarker>a%2541b%2Bc+d%2F</NextMarker><MaxKeys>2</MaxKeys><Delimiter>%2F</Delimiter>
<IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
<Contents><Key>%2541%2B+x</Key><LastModified>2026-11-25T01:34:12.000Z</LastModified>
<ETag>"abc-3"</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents>
<CommonPrefixes><Prefix>a%2541b%2Bc+d/</Prefix></CommonPrefixes></ListBucketResult>"""


@both
@pytest.mark.parametrize("body", [RGW_V1, AWS_V1], ids=["rgw", "aws"])
def test_v1_page_decodes_each_element_exactly_once(body: str, namespaced: bool) -> None:
    page = parse_object_page(doc(body, namespaced=namespaced), v2=False)
    # "%41" must stay "%41" (a second decoding would give "A") and "+" stay "+".
    assert [o.key for o in page.objects] == ["%41+ x"]
    assert page.prefixes == ("a%41b+c d/",)
    assert page.is_truncated
    assert page.next_token == "a%41b+c d/"


@both
def test_v1_summary_fields(namespaced: bool) -> None:
    page = parse_object_page(doc(RGW_V1, namespaced=namespaced), v2=False)
    obj = page.objects[0]
    assert obj.size == 1
    assert obj.etag == "9dd4e461268c8034f5c8564e155c67a6"
    assert obj.last_modified == datetime(2026, 11, 25, 1, 34, 12, 261000, tzinfo=UTC)
    assert obj.storage_class == "STANDARD"
    assert (obj.owner_id, obj.owner_name) == ("tester", "Tester")
    aws = parse_object_page(doc(AWS_V1, namespaced=namespaced), v2=False).objects[0]
    assert aws.etag == "abc-3"
    assert aws.owner_id is None


@both
def test_v2_page_uses_continuation_token_verbatim(namespaced: bool) -> None:
    body = """<ListBucketResult@NS><Name>b</Name><Prefix>p/</Prefix><KeyCount>1</KeyCount>
    <MaxKeys>1</MaxKeys><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
    <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
    <StartAfter>p%2F</StartAfter><Contents><Key>p%2Fa%20b</Key><Size>0</Size>
    <ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag></Contents></ListBucketResult>"""
    page = parse_object_page(doc(body, namespaced=namespaced), v2=True, request_prefix="p/")
    assert page.next_token == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="
    assert [o.key for o in page.objects] == ["p/a b"]
    assert page.objects[0].last_modified is None


@both
def test_unencoded_listing_is_taken_verbatim(namespaced: bool) -> None:
    body = """<ListBucketResult@NS><Name>b</Name><IsTruncated>false</IsTruncated>
    <Contents><Key>a%41+b</Key><Size>3</Size><ETag>x</ETag></Contents>
    <CommonPrefixes><Prefix>c%20d/</Prefix></CommonPrefixes></ListBucketResult>"""
    page = parse_object_page(doc(body, namespaced=namespaced), v2=True)
    assert page.objects[0].key == "a%41+b"
    assert page.prefixes == ("c%20d/",)
    assert page.next_token is None and not page.is_truncated


@both
def test_raw_common_prefixes_under_encoding_type_url_are_not_decoded(namespaced: bool) -> None:
    # Older Ceph (rclone's notes): keys encoded, CommonPrefixes raw, under EncodingType=url.
    body = """<ListBucketResult@NS><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
    <CommonPrefixes><Prefix>a b+%41/</Prefix></CommonPrefixes>
    <CommonPrefixes><Prefix>%41/</Prefix></CommonPrefixes></ListBucketResult>"""
    page = parse_object_page(doc(body, namespaced=namespaced), v2=True)
    assert page.prefixes == ("a b+%41/", "%41/")


def test_raw_common_prefix_that_only_matches_the_request_prefix_raw() -> None:
    body = """<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
    <CommonPrefixes><Prefix>x%41/y/</Prefix></CommonPrefixes></ListBucketResult>"""
    page = parse_object_page(xml.parse(body.encode()), v2=True, request_prefix="x%41/")
    assert page.prefixes == ("x%41/y/",)


def test_v1_without_next_marker_continues_after_last_key() -> None:
    body = """<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
    <Contents><Key>a</Key><Size>1</Size><ETag>e</ETag></Contents>
    <Contents><Key>%C3%A9%2B</Key><Size>1</Size><ETag>e</ETag></Contents></ListBucketResult>"""
    page = parse_object_page(xml.parse(body.encode()), v2=False)
    assert page.next_token == "é+"


def test_marker_resolution() -> None:
    assert resolve_marker("a%41", True, "a%41") == "a%41"          # RGW: raw
    assert resolve_marker("a%2541", True, "a%41") == "a%41"        # AWS: encoded
    assert resolve_marker("a+b", True, "a b") == "a b"             # AWS space as +
    assert resolve_marker("zzz", True, "a") == "a"                 # nonsense: last entry wins
    assert resolve_marker(None, True, "k") == "k"
    assert resolve_marker("a%41", False, "zz") == "a%41"
    assert resolve_marker("a b", True, None) == "a b"              # cannot be encoded
    assert looks_url_encoded("a%2Fb+c*") and not looks_url_encoded("a b")
    assert not looks_url_encoded("100%")


def test_strip_etag() -> None:
    assert strip_etag('"abc-2"') == "abc-2"
    assert strip_etag("abc") == "abc"
    assert strip_etag(None) == ""
    assert strip_etag('"') == '"'


@both
def test_bucket_list(namespaced: bool) -> None:
    body = """<ListAllMyBucketsResult@NS><Owner><ID>tester</ID><DisplayName>t</DisplayName></Owner>
    <Buckets><Bucket><Name>my-space</Name><CreationDate>2023-05-01T12:00:00.000Z</CreationDate>
    </Bucket><Bucket><Name>other</Name><CreationDate>2023-05-02T12:00:00Z</CreationDate></Bucket>
    </Buckets></ListAllMyBucketsResult>"""
    result = parse_bucket_list(doc(body, namespaced=namespaced))
    assert [b.name for b in result.buckets] == ["my-space", "other"]
    assert result.buckets[0].creation_date == datetime(2023, 5, 1, 12, tzinfo=UTC)
    assert result.owner is not None and result.owner.id == "tester"
    empty = parse_bucket_list(
        xml.parse(b"<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>"))
    assert empty.buckets == () and empty.owner is None


@both
def test_version_page(namespaced: bool) -> None:
    body = """<ListVersionsResult@NS><EncodingType>url</EncodingType><Name>b</Name>
    <Prefix>a%41</Prefix><IsTruncated>true</IsTruncated>
    <NextKeyMarker>a%41 +</NextKeyMarker><NextVersionIdMarker>v2</NextVersionIdMarker>
    <DeleteMarker><Key>a%2541%20%2B</Key><VersionId>v3</VersionId><IsLatest>true</IsLatest>
    <LastModified>2026-01-01T00:00:00Z</LastModified><Owner><ID>o</ID></Owner></DeleteMarker>
    <Version><Key>a%2541%20%2B</Key><VersionId>v2</VersionId><IsLatest>false</IsLatest>
    <LastModified>2025-12-31T00:00:00Z</LastModified><ETag>"e2"</ETag><Size>5</Size>
    <StorageClass>STANDARD</StorageClass></Version></ListVersionsResult>"""
    page = parse_version_page(doc(body, namespaced=namespaced), request_prefix="a%41")
    assert [(v.key, v.version_id, v.is_latest, v.etag, v.size) for v in page.versions] == [
        ("a%41 +", "v2", False, "e2", 5)]
    assert [(d.key, d.version_id, d.is_latest) for d in page.delete_markers] == [
        ("a%41 +", "v3", True)]
    assert page.delete_markers[0].owner is not None
    assert (page.next_key_marker, page.next_version_id_marker) == ("a%41 +", "v2")


@both
def test_upload_page(namespaced: bool) -> None:
    body = """<ListMultipartUploadsResult@NS><Bucket>b</Bucket>
    <NextKeyMarker>k 1</NextKeyMarker><NextUploadIdMarker>2~x</NextUploadIdMarker>
    <MaxUploads>1</MaxUploads><IsTruncated>true</IsTruncated>
    <Upload><Key>k 1</Key><UploadId>2~x</UploadId><Initiator><ID>i</ID><DisplayName>I</DisplayName>
    </Initiator><Owner><ID>o</ID></Owner><StorageClass>STANDARD</StorageClass>
    <Initiated>2026-11-25T01:34:12.445Z</Initiated></Upload></ListMultipartUploadsResult>"""
    page = parse_upload_page(doc(body, namespaced=namespaced))
    upload = page.uploads[0]
    assert (upload.key, upload.upload_id, upload.storage_class) == ("k 1", "2~x", "STANDARD")
    assert upload.initiator is not None and upload.initiator.display_name == "I"
    assert upload.initiated is not None and upload.initiated.year == 2026
    assert (page.next_key_marker, page.next_upload_id_marker) == ("k 1", "2~x")


@both
def test_part_page(namespaced: bool) -> None:
    body = """<ListPartsResult@NS><Bucket>b</Bucket><Key>k</Key><UploadId>u</UploadId>
    <StorageClass>STANDARD</StorageClass><PartNumberMarker>0</PartNumberMarker>
    <NextPartNumberMarker>2</NextPartNumberMarker><MaxParts>2</MaxParts>
    <IsTruncated>true</IsTruncated><Owner><ID></ID><DisplayName></DisplayName></Owner>
    <Part><LastModified>2026-11-25T01:34:12.516Z</LastModified><PartNumber>1</PartNumber>
    <ETag>&quot;336311a016184326ddbdd61edd4eeb52&quot;</ETag><Size>10</Size></Part>
    <Part><PartNumber>2</PartNumber><ETag>"x"</ETag><Size>5242880</Size></Part></ListPartsResult>"""
    page = parse_part_page(doc(body, namespaced=namespaced))
    assert [(p.part_number, p.etag, p.size) for p in page.parts] == [
        (1, "336311a016184326ddbdd61edd4eeb52", 10), (2, "x", 5242880)]
    assert page.next_part_number_marker == 2 and page.max_parts == 2
    assert page.owner is None  # RGW sends an empty <ID>
    last = parse_part_page(xml.parse(b"<ListPartsResult><IsTruncated>false</IsTruncated>"
                                     b"</ListPartsResult>"))
    assert last.parts == () and last.next_part_number_marker is None


def test_part_page_under_moto_s_root_name() -> None:
    page = parse_part_page(xml.parse(
        b"<ListPartsResponse><IsTruncated>false</IsTruncated><Part><PartNumber>1</PartNumber>"
        b"<ETag>\"e\"</ETag><Size>10</Size></Part></ListPartsResponse>"))
    assert [(p.part_number, p.etag, p.size) for p in page.parts] == [(1, "e", 10)]
    with pytest.raises(MalformedResponse):
        parse_part_page(xml.parse(b"<ListBucketResult></ListBucketResult>"))


@pytest.mark.parametrize("body", [
    b"<Error><Code>x</Code></Error>",
    b"<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>",
    b"<ListBucketResult><Contents><Key>k</Key><Size>big</Size></Contents></ListBucketResult>",
])
def test_wrong_documents_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponse):
        parse_object_page(xml.parse(body), v2=True)
