"""Spaces regions, link builders and the paste parser; expected values come from DO's docs."""

import dataclasses
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.spaces import (
    COLD_STORAGE_REGIONS,
    SPACES_DOMAIN,
    SPACES_REGIONS,
    Location,
    cdn_url,
    endpoint_for,
    find_region,
    is_spaces_host,
    normalize_region,
    origin_url,
    parse_location,
    region_from_endpoint,
    region_label,
    s3_uri,
    website_url,
)

DO = "digitaloceanspaces.com"

# ---------------------------------------------------------------- regions and endpoints


def test_region_lists_match_the_availability_page():
    slugs = [r.slug for r in SPACES_REGIONS]
    assert slugs == ["nyc3", "ams3", "sfo2", "sfo3", "sgp1", "lon1", "fra1", "tor1", "blr1",
                     "syd1", "atl1"]
    assert [r.slug for r in COLD_STORAGE_REGIONS] == [s for s in slugs if s != "blr1"]
    assert SPACES_DOMAIN == DO


@pytest.mark.parametrize(("slug", "city"), [
    ("nyc3", "New York"), ("ams3", "Amsterdam"), ("sfo2", "San Francisco"), ("sgp1", "Singapore"),
    ("lon1", "London"), ("fra1", "Frankfurt"), ("tor1", "Toronto"), ("blr1", "Bangalore"),
    ("syd1", "Sydney"), ("atl1", "Atlanta"),
])
def test_display_names_name_the_city_and_the_slug(slug, city):
    region = find_region(slug)
    assert region is not None
    assert city in region.display_name and f"({slug})" in region.display_name
    assert region_label(slug) == region.display_name


def test_regions_are_frozen_and_unknown_slugs_label_as_themselves():
    with pytest.raises(dataclasses.FrozenInstanceError):
        SPACES_REGIONS[0].slug = "xxx1"  # type: ignore[misc]
    assert find_region("xyz9") is None
    assert region_label("xyz9") == "xyz9"


@pytest.mark.parametrize(("region", "expected"), [
    ("nyc3", "https://nyc3.digitaloceanspaces.com"),
    ("atl1", "https://atl1.digitaloceanspaces.com"),
    ("xyz9", "https://xyz9.digitaloceanspaces.com"),  # region lists go stale
    (" FRA1 ", "https://fra1.digitaloceanspaces.com"),
])
def test_endpoint_for(region, expected):
    assert endpoint_for(region) == expected


@pytest.mark.parametrize("region", ["", "nyc", "nyc33", "ny3", "nyc-3", "3nyc", "nyc3.evil.com",
                                    "n yc3", "nyc\u0663", "nyc3 x", "ny\u00e73", "../x"])
def test_endpoint_for_refuses_implausible_regions(region):
    with pytest.raises(InvalidInput, match=r"is not a Spaces region.*three letters and a digit"):
        endpoint_for(region)


def test_normalize_region_is_the_slug_signing_needs():
    assert normalize_region("\tSgP1 ") == "sgp1"


@pytest.mark.parametrize(("host", "expected"), [
    ("nyc3.digitaloceanspaces.com", True),
    ("bucket.nyc3.cdn.digitaloceanspaces.com", True),
    ("Bucket.NYC3.DigitalOceanSpaces.com", True),
    ("nyc3.digitaloceanspaces.com.", True),
    ("nyc3.digitaloceanspaces.com:443", True),
    ("digitaloceanspaces.com", True),
    ("evil-digitaloceanspaces.com", False),
    ("digitaloceanspaces.com.evil.com", False),
    ("nyc3.digitaloceanspaces.co", False),
    ("minio.example.com", False),
    ("[::1]:9000", False),
    ("", False),
])
def test_is_spaces_host(host, expected):
    assert is_spaces_host(host) is expected


@pytest.mark.parametrize(("endpoint", "expected"), [
    ("https://fra1.digitaloceanspaces.com", "fra1"),
    ("https://fra1.digitaloceanspaces.com/", "fra1"),
    ("fra1.digitaloceanspaces.com", "fra1"),
    ("http://SYD1.digitaloceanspaces.com:443", "syd1"),
    ("https://my-bucket.ams3.digitaloceanspaces.com", "ams3"),
    ("https://my-bucket.tor1.cdn.digitaloceanspaces.com", "tor1"),
    ("https://site.blr1-static.digitaloceanspaces.com", "blr1"),
    ("https://xyz9.digitaloceanspaces.com", "xyz9"),
    ("https://digitaloceanspaces.com", None),
    ("https://cloud.digitaloceanspaces.com", None),
    ("https://minio.example.com:9000", None),
    ("https://s3.us-east-1.amazonaws.com", None),
    ("http://[::1", None),
    ("", None),
])
def test_region_from_endpoint(endpoint, expected):
    assert region_from_endpoint(endpoint) == expected


# ---------------------------------------------------------------- link builders


@pytest.mark.parametrize(("args", "kwargs", "expected"), [
    (("nyc3", "photos", "a/b.txt"), {}, f"https://photos.nyc3.{DO}/a/b.txt"),
    (("nyc3", "photos", "a b+c%d~e.txt"), {}, f"https://photos.nyc3.{DO}/a%20b%2Bc%25d~e.txt"),
    (("fra1", "photos", "caf\u00e9/?#&=.jpg"), {}, f"https://photos.fra1.{DO}/caf%C3%A9/%3F%23%26%3D.jpg"),
    (("fra1", "photos", "a//b/"), {}, f"https://photos.fra1.{DO}/a//b/"),
    (("fra1", "photos", ""), {}, f"https://photos.fra1.{DO}/"),
    (("fra1", "photos", "k"), {"virtual": False}, f"https://fra1.{DO}/photos/k"),
    (("sgp1", "www.example.com", "k"), {}, f"https://sgp1.{DO}/www.example.com/k"),
    (("sgp1", "www.example.com", "k"), {"virtual": False}, f"https://sgp1.{DO}/www.example.com/k"),
])
def test_origin_url(args, kwargs, expected):
    assert origin_url(*args, **kwargs) == expected


def test_cdn_and_website_urls():
    assert cdn_url("ams3", "assets", "img/logo 1.png") == f"https://assets.ams3.cdn.{DO}/img/logo%201.png"
    assert website_url("lon1", "site") == f"https://site.lon1-static.{DO}"


@pytest.mark.parametrize(("call", "needle"), [
    (lambda: cdn_url("nyc3", "a.b.c", "k"), "CDN cannot serve bucket 'a.b.c'"),
    (lambda: website_url("nyc3", "a.b.c"), "dots in its name"),
    (lambda: origin_url("nyc3", "Bad_Name", "k"), "'Bad_Name' is not a valid bucket name"),
    (lambda: origin_url("nyc33", "ok-name", "k"), "not a Spaces region"),
    (lambda: origin_url("nyc3", "ok-name", "a\x00b"), "NUL character"),
    (lambda: origin_url("nyc3", "ok-name", "x" * 1025), "1025 bytes"),
    (lambda: origin_url("nyc3", "ok-name", "bad\ud800"), "unpaired surrogate"),
    (lambda: s3_uri("ok-name", "a\x00"), "NUL character"),
])
def test_builders_refuse_what_cannot_be_addressed(call, needle):
    with pytest.raises(InvalidInput, match=re.escape(needle)):
        call()


# ---------------------------------------------------------------- parsing pasted text

ORIGIN = f"https://nyc3.{DO}"
V, P = "origin-virtual", "origin-path"


@pytest.mark.parametrize(("text", "expected"), [
    (f"https://bucket.nyc3.{DO}/a/b.txt", ("nyc3", "bucket", "a/b.txt", V, ORIGIN)),
    (f"https://nyc3.{DO}/bucket/a/b.txt", ("nyc3", "bucket", "a/b.txt", P, ORIGIN)),
    (f"https://bucket.nyc3.cdn.{DO}/x", ("nyc3", "bucket", "x", "cdn", ORIGIN)),
    (f"https://site.nyc3-static.{DO}/index.htm", ("nyc3", "site", "index.htm", "website", ORIGIN)),
    (f"https://bucket.nyc3-static.{DO}", ("nyc3", "bucket", "", "website", ORIGIN)),
    (f"http://bucket.nyc3.{DO}/k", ("nyc3", "bucket", "k", V, ORIGIN)),
    (f"HTTP://nyc3.{DO.upper()}/bucket/k", ("nyc3", "bucket", "k", P, ORIGIN)),
    (f"bucket.fra1.{DO}/k", ("fra1", "bucket", "k", V, f"https://fra1.{DO}")),
    (f"fra1.{DO}/bucket/k/", ("fra1", "bucket", "k/", P, f"https://fra1.{DO}")),
    (f"bucket.fra1.{DO}:443/k", ("fra1", "bucket", "k", V, f"https://fra1.{DO}")),
    (f"//bucket.nyc3.{DO}/k", ("nyc3", "bucket", "k", V, ORIGIN)),
    (f"https://my.site.nyc3.{DO}/k", ("nyc3", "my.site", "k", V, ORIGIN)),
    (f"https://bucket.xyz9.{DO}/k", ("xyz9", "bucket", "k", V, f"https://xyz9.{DO}")),
    (f"https://bucket.nyc3.{DO}./k", ("nyc3", "bucket", "k", V, ORIGIN)),
    (f"https://nyc3.{DO}", ("nyc3", None, "", P, ORIGIN)),
    (f"https://nyc3.{DO}/", ("nyc3", None, "", P, ORIGIN)),
    (f"https://nyc3.{DO}/bucket", ("nyc3", "bucket", "", P, ORIGIN)),
    (f"https://nyc3.{DO}/bucket/", ("nyc3", "bucket", "", P, ORIGIN)),
    (f"https://bucket.nyc3.{DO}", ("nyc3", "bucket", "", V, ORIGIN)),
    # percent-decoding: '+' is a literal plus; %2B is a plus too; %2F is a slash
    (f"https://b-1.nyc3.{DO}/my%20file+1%2B2.txt", ("nyc3", "b-1", "my file+1+2.txt", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/caf%C3%A9%2Fx", ("nyc3", "b-1", "caf\u00e9/x", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/100%25%20done", ("nyc3", "b-1", "100% done", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/100% done", ("nyc3", "b-1", "100% done", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}//lead//x/", ("nyc3", "b-1", "/lead//x/", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/a/../b", ("nyc3", "b-1", "a/../b", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/a%3Fb%23c#frag", ("nyc3", "b-1", "a?b#c", V, ORIGIN)),
    # presigned links: the query string is dropped
    (f"https://b-1.nyc3.{DO}/k.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=DO00X%2F"
     "20250101%2Fnyc3%2Fs3%2Faws4_request&X-Amz-Signature=abc123",
     ("nyc3", "b-1", "k.zip", V, ORIGIN)),
    (f"https://nyc3.{DO}/b-1/k.zip?AWSAccessKeyId=DO00X&Expires=1&Signature=zz%2B",
     ("nyc3", "b-1", "k.zip", P, ORIGIN)),
    # wrapped in whitespace, angle brackets or quotes
    (f"  <https://b-1.nyc3.{DO}/k>\n", ("nyc3", "b-1", "k", V, ORIGIN)),
    (f"\"'https://b-1.nyc3.{DO}/k'\"", ("nyc3", "b-1", "k", V, ORIGIN)),
    (f"\u201chttps://b-1.nyc3.{DO}/k\u201d", ("nyc3", "b-1", "k", V, ORIGIN)),
    (f"https://b-1.nyc3.{DO}/it's\"", ("nyc3", "b-1", "it's\"", V, ORIGIN)),
    # custom endpoints are path-style with the endpoint kept
    ("https://minio.example.com:9000/bucket/key", (None, "bucket", "key", P, "https://minio.example.com:9000")),
    ("http://127.0.0.1:9000/bucket/a%20b/", (None, "bucket", "a b/", P, "http://127.0.0.1:9000")),
    ("http://[::1]:7480/bucket/k", (None, "bucket", "k", P, "http://[::1]:7480")),
    ("https://MinIO.Example.com", (None, None, "", P, "https://minio.example.com")),
    # s3:// URIs and plain paths are literal: no percent-decoding
    ("s3://bucket/key", (None, "bucket", "key", "s3uri", None)),
    ("S3://bucket", (None, "bucket", "", "s3uri", None)),
    ("s3://bucket/a b%20c+d?x#y", (None, "bucket", "a b%20c+d?x#y", "s3uri", None)),
    ("bucket/prefix/", (None, "bucket", "prefix/", "path", None)),
    ("bucket", (None, "bucket", "", "path", None)),
    ("/bucket/a:b", (None, "bucket", "a:b", "path", None)),
    ("my.bucket/100%25", (None, "my.bucket", "100%25", "path", None)),
])
def test_parse_location_forms(text, expected):
    loc = parse_location(text)
    assert (loc.region, loc.bucket, loc.key, loc.kind, loc.endpoint) == expected


def test_location_is_frozen_and_knows_folders():
    loc = parse_location("bucket/a/")
    assert loc == Location(region=None, bucket="bucket", key="a/", kind="path", endpoint=None)
    assert loc.is_folder and parse_location("bucket").is_folder
    assert not parse_location("bucket/a").is_folder
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.key = "b"  # type: ignore[misc]


@pytest.mark.parametrize(("text", "needle"), [
    ("", "Nothing to open"),
    (" \n\t ", "Nothing to open"),
    ("<>", "Nothing to open"),
    ("ftp://host/bucket/k", "'ftp:' addresses are not supported"),
    ("file:///etc/passwd", "'file:' addresses are not supported"),
    ("javascript:alert(1)", "'javascript:' addresses are not supported"),
    ("C:\\Users\\me\\a.txt", "local file path (C:)"),
    ("minio.local:9000/bucket/k", "add http:// or https://"),
    ("s3:bucket/key", "s3://bucket/key"),
    ("s3://", "has no bucket name"),
    ("s3:///key", "empty bucket name"),
    (f"https://{DO}/bucket/k", "not an address Spaces uses"),
    (f"https://cloud.{DO}/bucket/k", "not an address Spaces uses"),
    (f"https://bucket.nyc33.{DO}/k", "not an address Spaces uses"),
    (f"https://nyc3.cdn.{DO}/k", "not an address Spaces uses"),
    (f"https://nyc3-static.{DO}/", "not an address Spaces uses"),
    (f"https://a.b.nyc3.web.{DO}/", "not an address Spaces uses"),
    (f"https://nyc3.{DO}//k", "empty bucket name"),
    (f"https://ab.nyc3.{DO}/k", "'ab' is not a valid bucket name"),
    (f"https://nyc3.{DO}/Bad_Bucket/k", "'Bad_Bucket' is not a valid bucket name"),
    (f"https://bad..name.nyc3.{DO}/k", "two dots in a row"),
    ("https://minio.example.com/ab/k", "'ab' is not a valid bucket name"),
    ("My Bucket/file.txt", "'My Bucket' is not a valid bucket name"),
    ("bucket/a\x00b", "NUL character"),
    (f"https://b-1.nyc3.{DO}/a%00b", "NUL character"),
    (f"https://b-1.nyc3.{DO}/" + "x" * 1025, "1025 bytes"),
    (f"https://b-1.nyc3.{DO}/" + "%C3%A9" * 513, "1026 bytes"),
    (f"https://b-1.nyc3.{DO}/%FF%FE", "not decode to UTF-8"),
    ("https:///bucket/k", "no host name"),
    ("https://host:99999/bucket", "invalid port"),
    ("https://[::1/bucket", "malformed"),
    ("https://cloud.digitalocean.com/spaces/b-1?i=1&path=a%2F", "control-panel link"),
])
def test_parse_location_rejections_say_what_is_wrong(text, needle):
    with pytest.raises(InvalidInput, match=re.escape(needle)):
        parse_location(text)


@pytest.mark.parametrize("text", [
    f"https://alice:hunter2secret@nyc3.{DO}/b-1/k",
    f"https://alice:hunter2secret@b-1.nyc3.{DO}/k",
    "http://alice:hunter2secret@minio.local:9000/b-1/k",
    "https://hunter2secret@minio.local/b-1/k",
])
def test_userinfo_is_refused_without_echoing_the_password(text):
    with pytest.raises(InvalidInput, match="user name or password") as info:
        parse_location(text)
    assert "hunter2secret" not in str(info.value)


SIGNATURE = "f00dfacecafe5eed" * 4


@pytest.mark.parametrize("text", [
    f"https://b-1.nyc3.{DO}/k?X-Amz-Signature={SIGNATURE}&X-Amz-Security-Token=tok{SIGNATURE}",
    f"https://nyc3.{DO}/b-1/k?Signature={SIGNATURE}&AWSAccessKeyId=DO00",
    f"https://b-1.nyc3.cdn.{DO}/k?X-Amz-Signature={SIGNATURE}#{SIGNATURE}",
    f"http://127.0.0.1:9000/b-1/k?X-Amz-Signature={SIGNATURE}",
])
def test_presigned_signatures_are_never_kept(text):
    loc = parse_location(text)
    assert loc.key == "k"
    assert SIGNATURE not in repr(loc)
    assert all(SIGNATURE not in str(v) for v in dataclasses.astuple(loc))


@pytest.mark.parametrize("text", [
    f"https://Bad_Bucket.nyc3.{DO}/k?X-Amz-Signature={SIGNATURE}",
    f"https://b-1.nyc3.{DO}/%00?X-Amz-Signature={SIGNATURE}",
    f"https://b-1.nyc99.{DO}/k?X-Amz-Signature={SIGNATURE}",
])
def test_signatures_stay_out_of_error_messages(text):
    with pytest.raises(InvalidInput) as info:
        parse_location(text)
    assert SIGNATURE not in str(info.value)


# ---------------------------------------------------------------- round trips

_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)


def _plausible_bucket(name: str) -> bool:
    return (3 <= len(name) <= 63 and not re.fullmatch(r"[0-9.]+", name)
            and not name.startswith("xn--") and not name.endswith("-s3alias"))


BUCKETS = st.lists(_LABEL, min_size=1, max_size=4).map(".".join).filter(_plausible_bucket)
DOTLESS_BUCKETS = st.lists(_LABEL, min_size=1, max_size=3).map("-".join).filter(_plausible_bucket)
REGIONS = st.sampled_from([r.slug for r in SPACES_REGIONS]) | st.from_regex(
    r"[a-z]{3}[0-9]", fullmatch=True)
_PIECES = st.sampled_from(["+", "%", "%2B", "%20", "~", "//", "/", " ", "?", "#", "&", "=", ";",
                           "\u00e9", "\u65e5\u672c", "\U0001f600", "\t", "\r\n", "..", "'", "<>"])
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12)
KEYS = st.tuples(st.lists(_PIECES | _TEXT, max_size=10).map("".join), st.booleans()).map(
    lambda kt: kt[0] + "/" if kt[1] else kt[0]).filter(lambda k: len(k.encode()) <= 1024)
_PRESENTATIONS = [
    lambda u: u,
    lambda u: u.replace("https://", "http://"),
    lambda u: u.replace("https://", ""),
    lambda u: f"  <{u}>  ",
    lambda u: f"'{u}'",
    lambda u: u + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00ff",
]


@given(REGIONS, BUCKETS, KEYS, st.booleans(), st.sampled_from(_PRESENTATIONS))
def test_origin_urls_round_trip(region, bucket, key, virtual, present):
    loc = parse_location(present(origin_url(region, bucket, key, virtual=virtual)))
    assert (loc.region, loc.bucket, loc.key) == (region, bucket, key)
    expected_kind = "origin-virtual" if virtual and "." not in bucket else "origin-path"
    assert loc.kind == expected_kind
    assert loc.endpoint == f"https://{region}.{DO}"


@given(REGIONS, DOTLESS_BUCKETS, KEYS, st.sampled_from(_PRESENTATIONS))
def test_cdn_urls_round_trip(region, bucket, key, present):
    loc = parse_location(present(cdn_url(region, bucket, key)))
    assert (loc.region, loc.bucket, loc.key, loc.kind) == (region, bucket, key, "cdn")


@given(REGIONS, DOTLESS_BUCKETS, KEYS)
def test_website_links_round_trip(region, bucket, key):
    base = website_url(region, bucket)
    loc = parse_location(base + origin_url(region, bucket, key).split(DO, 1)[1])
    assert (loc.region, loc.bucket, loc.key, loc.kind) == (region, bucket, key, "website")


@given(BUCKETS, KEYS)
def test_plain_paths_and_s3_uris_round_trip(bucket, key):
    assume(key == key.strip())  # pasted text is trimmed, so edge whitespace cannot survive
    plain = parse_location(f"{bucket}/{key}")
    assert (plain.bucket, plain.key, plain.kind) == (bucket, key, "path")
    uri = parse_location(s3_uri(bucket, key))
    assert (uri.bucket, uri.key, uri.kind) == (bucket, key, "s3uri")


@given(st.text(max_size=80))
def test_anything_either_parses_or_is_refused_with_invalid_input(text):
    try:
        loc = parse_location(text)
    except InvalidInput as exc:
        assert str(exc)
    else:
        assert loc.bucket is not None or loc.key == ""
