"""Every parser of a server document, fed hostile bytes: a typed error, never a wrong value.

Each parser starts from a valid answer (as S3 and RGW write them) that hypothesis then
truncates, mutates, moves into another namespace, fills with huge or odd numbers and with
elements nobody asked for. The only exception a parser may raise is MalformedResponse; when it
does return, fields it was not fed differently must read exactly as in the valid answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse, ServiceError
from spacesgui.s3.http import Request, error_from_response
from spacesgui.s3.models import listing, objects, objects_multipart
from spacesgui.s3.models.acl import AccessControlPolicy, ObjectTagging
from spacesgui.s3.models.config import (
    BucketLoggingStatus,
    CorsConfiguration,
    VersioningState,
    WebsiteConfiguration,
)
from spacesgui.s3.models.config_lifecycle import LifecycleConfiguration

NS = f'xmlns="{xml.S3_NS}"'
DECL = b'<?xml version="1.0" encoding="UTF-8"?>\n'
OWNER = "<Owner><ID>owner-1</ID><DisplayName>Owner One</DisplayName></Owner>"

SAMPLES: dict[str, str] = {
    "list_v2": f"""<ListBucketResult {NS}><Name>b</Name><Prefix>p/</Prefix><KeyCount>2</KeyCount>
<MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>
<NextContinuationToken>tok</NextContinuationToken>
<Contents><Key>p/a.txt</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified>
<ETag>"0cc175b9c0f1b6a831c399e269772661"</ETag><Size>1234567</Size>
<StorageClass>STANDARD</StorageClass>{OWNER}</Contents>
<Contents><Key>p/b c.txt</Key><Size>0</Size><ETag>"d41d8cd98f00b204e9800998ecf8427e"</ETag>
</Contents><CommonPrefixes><Prefix>p/sub/</Prefix></CommonPrefixes></ListBucketResult>""",
    "list_v1": f"""<ListBucketResult {NS}><Name>b</Name><Prefix></Prefix><Marker></Marker>
<IsTruncated>true</IsTruncated><NextMarker>k2</NextMarker>
<Contents><Key>k1</Key><Size>5</Size></Contents><Contents><Key>k2</Key><Size>6</Size></Contents>
</ListBucketResult>""",
    "buckets": f"""<ListAllMyBucketsResult {NS}>{OWNER}<Buckets>
<Bucket><Name>one</Name><CreationDate>2023-05-06T07:08:09.000Z</CreationDate></Bucket>
<Bucket><Name>two</Name><CreationDate>2023-05-06T07:08:10.000Z</CreationDate></Bucket>
</Buckets></ListAllMyBucketsResult>""",
    "versions": f"""<ListVersionsResult {NS}><Name>b</Name><IsTruncated>true</IsTruncated>
<NextKeyMarker>k2</NextKeyMarker><NextVersionIdMarker>v9</NextVersionIdMarker>
<Version><Key>k1</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest>
<LastModified>2024-01-02T03:04:05.000Z</LastModified><ETag>"abc"</ETag><Size>77</Size>
{OWNER}</Version>
<DeleteMarker><Key>k2</Key><VersionId>v2</VersionId><IsLatest>false</IsLatest>
<LastModified>2024-01-02T03:04:06.000Z</LastModified>{OWNER}</DeleteMarker>
</ListVersionsResult>""",
    "uploads": f"""<ListMultipartUploadsResult {NS}><Bucket>b</Bucket>
<IsTruncated>false</IsTruncated><Upload><Key>big.bin</Key><UploadId>2~abc</UploadId>
<Initiated>2024-01-02T03:04:05.000Z</Initiated><StorageClass>STANDARD</StorageClass>
{OWNER}</Upload></ListMultipartUploadsResult>""",
    "parts": f"""<ListPartsResult {NS}><Bucket>b</Bucket><Key>k</Key><UploadId>u</UploadId>
<IsTruncated>true</IsTruncated><NextPartNumberMarker>2</NextPartNumberMarker>
<MaxParts>2</MaxParts><Part><PartNumber>1</PartNumber><ETag>"e1"</ETag><Size>5242880</Size>
</Part><Part><PartNumber>2</PartNumber><ETag>"e2"</ETag><Size>5242880</Size></Part>
</ListPartsResult>""",
    "copy": f"""<CopyObjectResult {NS}><LastModified>2024-01-02T03:04:05.000Z</LastModified>
<ETag>"9b2cf535f27731c974343645a3985328"</ETag></CopyObjectResult>""",
    "delete": f"""<DeleteResult {NS}><Deleted><Key>gone</Key></Deleted>
<Deleted><Key>v</Key><VersionId>v1</VersionId><DeleteMarker>true</DeleteMarker>
<DeleteMarkerVersionId>m1</DeleteMarkerVersionId></Deleted>
<Error><Key>kept</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>
</DeleteResult>""",
    "initiate": f"""<InitiateMultipartUploadResult {NS}><Bucket>b</Bucket><Key>k</Key>
<UploadId>2~xyz</UploadId></InitiateMultipartUploadResult>""",
    "complete": f"""<CompleteMultipartUploadResult {NS}><Location>http://h/b/k</Location>
<Bucket>b</Bucket><Key>k</Key><ETag>"abc-2"</ETag></CompleteMultipartUploadResult>""",
    "acl": f"""<AccessControlPolicy {NS}>{OWNER}<AccessControlList>
<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">
<ID>owner-1</ID><DisplayName>Owner One</DisplayName></Grantee>
<Permission>FULL_CONTROL</Permission></Grant>
<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group">
<URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee>
<Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>""",
    "tagging": f"""<Tagging {NS}><TagSet><Tag><Key>team</Key><Value>blue</Value></Tag>
<Tag><Key>empty</Key><Value></Value></Tag></TagSet></Tagging>""",
    "cors": f"""<CORSConfiguration {NS}><CORSRule><ID>r1</ID>
<AllowedOrigin>https://example.com</AllowedOrigin><AllowedMethod>GET</AllowedMethod>
<AllowedMethod>PUT</AllowedMethod><AllowedHeader>*</AllowedHeader>
<MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>""",
    "website": f"""<WebsiteConfiguration {NS}><IndexDocument><Suffix>index.html</Suffix>
</IndexDocument><ErrorDocument><Key>404.html</Key></ErrorDocument></WebsiteConfiguration>""",
    "logging": f"""<BucketLoggingStatus {NS}><LoggingEnabled><TargetBucket>logs</TargetBucket>
<TargetPrefix>b/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>""",
    "versioning": f"""<VersioningConfiguration {NS}><Status>Suspended</Status>
</VersioningConfiguration>""",
    "lifecycle": f"""<LifecycleConfiguration {NS}><Rule><ID>old</ID><Filter><And>
<Prefix>tmp/</Prefix><Tag><Key>k</Key><Value>v</Value></Tag></And></Filter>
<Status>Enabled</Status><Expiration><Days>30</Days></Expiration>
<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>
</AbortIncompleteMultipartUpload></Rule></LifecycleConfiguration>""",
    "error": """<Error><Code>NoSuchKey</Code><Message>The key does not exist.</Message>
<Resource>/b/k</Resource><RequestId>tx0001</RequestId><HostId>h1</HostId></Error>""",
}


def _error(body: bytes) -> Any:
    response = requests.Response()
    response.status_code, response._content = 404, body
    response.headers["x-amz-request-id"] = "header-id"
    request = Request("GET", "http://127.0.0.1/b/k", resource="b/k")
    error = error_from_response(response, request)
    assert isinstance(error, ServiceError)  # an error answer is never anything else
    return (error.code, error.message, error.request_id, error.host_id, error.resource)


PARSERS: dict[str, Callable[[bytes], Any]] = {
    "list_v2": lambda b: listing.parse_object_page(xml.parse(b), v2=True),
    "list_v1": lambda b: listing.parse_object_page(xml.parse(b), v2=False),
    "buckets": lambda b: listing.parse_bucket_list(xml.parse(b)),
    "versions": lambda b: listing.parse_version_page(xml.parse(b)),
    "uploads": lambda b: listing.parse_upload_page(xml.parse(b)),
    "parts": lambda b: listing.parse_part_page(xml.parse(b)),
    "copy": lambda b: objects.parse_copy_result(xml.parse(b), {}),
    "delete": lambda b: objects.parse_delete_result(xml.parse(b)),
    "initiate": lambda b: objects_multipart.parse_initiate(xml.parse(b), bucket="b", key="k"),
    "complete": lambda b: objects_multipart.parse_complete(xml.parse(b), bucket="b", key="k",
                                                           version_id=None),
    "acl": AccessControlPolicy.from_xml,
    "tagging": ObjectTagging.from_xml,
    "cors": CorsConfiguration.from_xml,
    "website": WebsiteConfiguration.from_xml,
    "logging": BucketLoggingStatus.from_xml,
    "versioning": VersioningState.from_xml,
    "lifecycle": LifecycleConfiguration.from_xml,
    "error": _error,
}
NAMES = sorted(SAMPLES)
# Each hypothesis test below draws the parser too, so the example budget is shared by all.
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def sample(name: str) -> bytes:
    return DECL + SAMPLES[name].encode()


def outcome(name: str, body: bytes) -> Any:
    """The parser's value, or the MalformedResponse class; any other exception fails the test."""
    try:
        return PARSERS[name](body)
    except MalformedResponse:
        return MalformedResponse


def without_unrecognized(value: Any) -> Any:
    """A lifecycle configuration lists elements it does not know; the rest must not change."""
    if isinstance(value, LifecycleConfiguration):
        return dataclasses.replace(value, rules=tuple(
            dataclasses.replace(r, unrecognized=()) for r in value.rules))
    return value


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_parses(name: str) -> None:
    assert outcome(name, sample(name)) is not MalformedResponse


# --- DOCTYPE and entities ------------------------------------------------------------------

DOCTYPES = [
    b'<!DOCTYPE r [<!ENTITY e "x">]>',
    b'<!DOCTYPE r SYSTEM "file:///etc/passwd">',
    b'<!DOCTYPE r PUBLIC "-//x//y" "http://127.0.0.1:9/x.dtd">',
    b"<!DOCTYPE r>",
]


@FUZZ
@given(name=st.sampled_from(NAMES), doctype=st.sampled_from(DOCTYPES),
       padding=st.integers(0, 12_000), chunked=st.booleans())
def test_a_doctype_is_refused_wherever_it_sits(name: str, doctype: bytes, padding: int,
                                               chunked: bool) -> None:
    # Comments (and whitespace) may come before a DOCTYPE, so it can sit far past any prefix.
    filler = (b"<!--" + b"x" * padding + b"-->") if chunked else b"\n" * padding
    body = DECL + filler + doctype + SAMPLES[name].encode()
    with pytest.raises(MalformedResponse, match="DOCTYPE"):
        PARSERS[name](body) if name != "error" else xml.parse(body)


def test_a_doctype_after_4_kib_is_refused_and_the_key_never_reads_empty() -> None:
    body = (DECL + b"<!--" + b"x" * 5000 + b"-->" + b'<!DOCTYPE r [<!ENTITY e "x">]>'
            + f"<ListBucketResult {NS}><Contents><Key>&e;</Key></Contents>"
              "</ListBucketResult>".encode())
    with pytest.raises(MalformedResponse, match="DOCTYPE"):
        xml.parse(body)


def test_markup_inside_a_value_is_refused_not_read_as_less() -> None:
    root = etree.fromstring(SAMPLES["list_v2"].encode())
    key = root.find(f"{{{xml.S3_NS}}}Contents/{{{xml.S3_NS}}}Key")
    assert key is not None
    etree.SubElement(key, f"{{{xml.S3_NS}}}B").tail = "rest"
    with pytest.raises(MalformedResponse, match="markup"):
        PARSERS["list_v2"](etree.tostring(root))


# --- truncation, mutation, namespaces ------------------------------------------------------

@FUZZ
@given(name=st.sampled_from(NAMES), data=st.data())
def test_a_truncated_answer_is_refused(name: str, data: st.DataObject) -> None:
    body = sample(name)
    cut = data.draw(st.integers(0, len(body) - 1))
    assert outcome(name, body[:cut]) is MalformedResponse or name == "error"


@FUZZ
@given(name=st.sampled_from(NAMES), data=st.data())
def test_a_mutated_answer_gives_a_value_or_a_typed_error(name: str, data: st.DataObject) -> None:
    body = bytearray(sample(name))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(body) - 1))
        action = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = data.draw(st.sampled_from(b"<>/&;\"'=!?[]x0- \x00\xff\xc3"))
        if action == "replace":
            body[at] = byte
        elif action == "insert":
            body.insert(at, byte)
        else:
            del body[at]
    outcome(name, bytes(body))  # anything but MalformedResponse raised fails here


@FUZZ
@given(name=st.sampled_from([n for n in NAMES if n != "error"]),
       namespace=st.sampled_from(["http://example.com/evil", "urn:x",
                                  "http://s3.amazonaws.com/doc/2006-03-01"]),
       prefixed=st.booleans())
def test_a_document_in_another_namespace_is_refused(name: str, namespace: str,
                                                    prefixed: bool) -> None:
    text = SAMPLES[name].replace(xml.S3_NS, namespace)
    if prefixed:  # the same fields, but in a foreign namespace under an S3 root
        root = etree.fromstring(SAMPLES[name].encode())
        for el in root.iter():
            if el is not root and isinstance(el.tag, str):
                el.tag = f"{{{namespace}}}{xml.local(el)}"
        text = etree.tostring(root).decode()
    value = outcome(name, text.encode())
    if prefixed:
        # Nothing of the foreign fields may be read as S3's: a required one is missing.
        assert value is MalformedResponse or value == outcome(name, _emptied(name))
    else:
        assert value is MalformedResponse


def _emptied(name: str) -> bytes:
    root = etree.fromstring(SAMPLES[name].encode())
    for kid in list(root):
        root.remove(kid)
    return etree.tostring(root)


# --- numbers and unexpected elements -------------------------------------------------------

NUMBER_FIELDS = {"list_v2": "Size", "list_v1": "Size", "versions": "Size", "parts": "Size",
                 "cors": "MaxAgeSeconds", "lifecycle": "Days"}


def _number_of(name: str, value: Any) -> int | None:
    if name in ("list_v2", "list_v1"):
        return int(value.objects[0].size)
    if name == "versions":
        return int(value.versions[0].size)
    if name == "parts":
        return int(value.parts[0].size)
    if name == "cors":
        return value.rules[0].max_age_seconds  # type: ignore[no-any-return]
    return value.rules[0].expiration_days  # type: ignore[no-any-return]


@FUZZ
@given(name=st.sampled_from(sorted(NUMBER_FIELDS)), data=st.data())
def test_a_number_is_read_exactly_or_refused(name: str, data: st.DataObject) -> None:
    text = data.draw(st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.integers(0, 2**64).map(str),
        st.text(alphabet="0123456789+-_ .eE\u0663\u00b2x", min_size=1, max_size=30),
        st.just("9" * 5000)))
    root = etree.fromstring(SAMPLES[name].encode())
    field = next(el for el in root.iter() if xml.local(el) == NUMBER_FIELDS[name])
    field.text = text
    value = outcome(name, etree.tostring(root))
    digits = text.strip()
    exact = (digits.isascii() and digits.isdigit() and len(digits) < 100
             and int(digits) <= xml.MAX_NUMBER)
    if digits == "":  # an empty number reads as an absent one
        assert value is MalformedResponse or _number_of(name, value) in (0, None)
    elif value is MalformedResponse:
        assert not exact
    else:
        assert exact and _number_of(name, value) == int(digits)


@FUZZ
@given(name=st.sampled_from(NAMES), data=st.data())
def test_an_unexpected_element_changes_nothing_or_is_refused(name: str,
                                                             data: st.DataObject) -> None:
    root = etree.fromstring(SAMPLES[name].encode())
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    parent = data.draw(st.sampled_from(elements))
    at = data.draw(st.integers(0, len(parent)))
    tag = data.draw(st.sampled_from(["Unexpected", "Extra", "x-Field"]))
    namespace = etree.QName(parent).namespace
    extra = etree.Element(f"{{{namespace}}}{tag}" if namespace else tag)
    # U+FFFE and U+FFFF are not XML characters: lxml refuses to hold them.
    extra.text = data.draw(st.text(alphabet=st.characters(codec="utf-8", min_codepoint=32,
                                                         exclude_categories=["Cs"],
                                                         exclude_characters="\ufffe\uffff"),
                                   max_size=20))
    leaf = not any(isinstance(kid.tag, str) for kid in parent)
    parent.insert(at, extra)
    value = outcome(name, etree.tostring(root))
    expected = outcome(name, SAMPLES[name].encode())
    if not leaf:
        assert without_unrecognized(value) == without_unrecognized(expected)
    elif name == "error":  # an unreadable error document falls back to the status's code
        assert value in (expected, outcome(name, b""))
    else:  # markup inside a value: refused, or that value is not read at all
        assert value is MalformedResponse or value == expected


@pytest.mark.parametrize(("name", "field"), [("list_v2", "Key"), ("list_v1", "Key"),
                                             ("versions", "Key"), ("uploads", "Key"),
                                             ("delete", "Key"), ("buckets", "Name")])
def test_an_empty_key_or_name_is_refused_not_listed(name: str, field: str) -> None:
    root = etree.fromstring(SAMPLES[name].encode())
    first = next(el for el in root.iter() if xml.local(el) == field)
    first.text = ""
    with pytest.raises(MalformedResponse, match=f"empty <{field}>"):
        PARSERS[name](etree.tostring(root))
