"""Listing against the real server: paging, folders, exact keys, versions, uploads and parts."""

from __future__ import annotations

import http.client
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.listing import ObjectPage
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo, empty_and_delete, unique_bucket_name
from tests.stubserver import Reply, StubRequest, StubServer

TOTAL = 2500
FOLDERS = 5


def put_all(boto_client: Any, bucket: str, keys: list[str], body: Callable[[str], bytes]
            = lambda k: k.encode("utf-8", "surrogatepass")[:16]) -> None:
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda k: boto_client.put_object(Bucket=bucket, Key=k, Body=body(k)),
                      keys))


def sort_s3(keys: list[str]) -> list[str]:
    """S3 lists in UTF-8 byte order, which is not Python's code-point order for astral text."""
    return sorted(keys, key=lambda k: k.encode("utf-8"))


@pytest.fixture(scope="module")
def big_bucket(s3_server: ServerInfo, boto_client: Any) -> Iterator[tuple[str, list[str]]]:
    """2,500 keys in five folders: made once, as it takes a few seconds."""
    name = unique_bucket_name(s3_server.bucket_prefix, "listing-big")
    boto_client.create_bucket(Bucket=name, CreateBucketConfiguration={
        "LocationConstraint": s3_server.region})
    keys = [f"{i % FOLDERS}/{i:05d}" for i in range(TOTAL)]
    try:
        put_all(boto_client, name, keys)
        yield name, sort_s3(keys)
    finally:
        empty_and_delete(boto_client, name)


def drain(fetch: Callable[[str | None], ObjectPage]) -> tuple[list[str], list[str], list[int]]:
    keys: list[str] = []
    prefixes: list[str] = []
    sizes: list[int] = []
    token: str | None = None
    for _ in range(100):
        page = fetch(token)
        keys += [o.key for o in page.objects]
        prefixes += page.prefixes
        sizes.append(len(page.objects) + len(page.prefixes))
        assert page.is_truncated == (page.next_token is not None)
        if page.next_token is None:
            return keys, prefixes, sizes
        token = page.next_token
    raise AssertionError("the listing never ended")


def test_v2_pages_every_key_exactly_once(client: S3Client,
                                         big_bucket: tuple[str, list[str]]) -> None:
    bucket, expected = big_bucket
    keys, prefixes, sizes = drain(lambda t: client.list_objects_v2(
        bucket=bucket, max_keys=1000, continuation_token=t))
    assert keys == expected and prefixes == []
    assert sizes == [1000, 1000, 500]


def test_v1_pages_every_key_exactly_once(client: S3Client,
                                         big_bucket: tuple[str, list[str]]) -> None:
    bucket, expected = big_bucket
    keys, _, sizes = drain(lambda t: client.list_objects(bucket=bucket, max_keys=1000, marker=t))
    assert keys == expected
    assert sizes == [1000, 1000, 500]


def test_list_objects_page_flat_and_by_folder(client: S3Client,
                                              big_bucket: tuple[str, list[str]]) -> None:
    bucket, expected = big_bucket
    keys, _, sizes = drain(lambda t: client.list_objects_page(
        bucket=bucket, delimiter="", token=t, max_keys=1000))
    assert keys == expected and sizes == [1000, 1000, 500]
    top_keys, top, _ = drain(lambda t: client.list_objects_page(bucket=bucket, token=t))
    assert top_keys == [] and top == [f"{i}/" for i in range(FOLDERS)]
    inside, _, sizes = drain(lambda t: client.list_objects_page(
        bucket=bucket, prefix="3/", token=t, max_keys=200))
    assert inside == [k for k in expected if k.startswith("3/")]
    assert sizes == [200, 200, 100]


def test_delimiter_mixes_objects_and_folders(client: S3Client, boto_client: Any,
                                             bucket: str) -> None:
    put_all(boto_client, bucket, ["a/1", "a/b/2", "c/3", "top", "z z/4", "a/", "d//e"])
    root = client.list_objects_v2(bucket=bucket, delimiter="/")
    assert [o.key for o in root.objects] == ["top"]
    assert root.prefixes == ("a/", "c/", "d/", "z z/")
    inside = client.list_objects(bucket=bucket, prefix="a/", delimiter="/")
    assert [o.key for o in inside.objects] == ["a/", "a/1"]
    assert inside.prefixes == ("a/b/",)
    double = client.list_objects_page(bucket=bucket, prefix="d/")
    assert double.prefixes == ("d//",) and double.objects == ()
    # V1 with a delimiter pages over folders as well as keys.
    keys, prefixes, sizes = drain(lambda t: client.list_objects_page(
        bucket=bucket, token=t, max_keys=2))
    assert keys == ["top"] and prefixes == ["a/", "c/", "d/", "z z/"]
    assert sizes == [2, 2, 1]


TRICKY = [
    "%41", "%41+", "a+b", "a b", "a%20b", "+", "%", "%%", "%2", "100%",
    "sp ace/%41 +/x", "%41+ dir/inner", "caf\u00e9", "\u65e5\u672c\u8a9e/\u6587\u4ef6",
    "emoji\U0001f600/\U0001f4c1 x", "del\x7fchar", "nel\u0085next", "zw\u200bsp",
    "bom\ufeffhere", "tab\there", "amp&lt;<>\"'", "q?uery#frag=1&x=2;y@z:$,!*()",
    "tilde~/~x", "back\\slash", "[brackets]{braces}|^`",
]


@pytest.mark.parametrize("api", ["v2", "v1", "page"])
def test_tricky_keys_come_back_exactly(client: S3Client, boto_client: Any, bucket: str,
                                       api: str) -> None:
    put_all(boto_client, bucket, TRICKY)
    expected = sort_s3(TRICKY)
    fetch: Callable[[str | None], ObjectPage]
    if api == "v2":
        def fetch(t: str | None) -> ObjectPage:
            return client.list_objects_v2(bucket=bucket, max_keys=4, continuation_token=t)
    elif api == "v1":
        def fetch(t: str | None) -> ObjectPage:
            return client.list_objects(bucket=bucket, max_keys=4, marker=t)
    else:
        def fetch(t: str | None) -> ObjectPage:
            return client.list_objects_page(bucket=bucket, delimiter="", max_keys=4, token=t)
    keys, _, _ = drain(fetch)
    assert keys == expected
    # Folders: a decoded-twice "%41+ dir/" would come back as "A  dir/".
    page = client.list_objects_page(bucket=bucket, delimiter="/")
    folders = sort_s3(sorted({k.split("/")[0] + "/" for k in TRICKY if "/" in k}))
    assert list(page.prefixes) == folders
    inner = client.list_objects_page(bucket=bucket, prefix="%41+ dir/")
    assert [o.key for o in inner.objects] == ["%41+ dir/inner"]


def test_start_after_prefix_and_markers_with_tricky_text(client: S3Client, boto_client: Any,
                                                         bucket: str) -> None:
    put_all(boto_client, bucket, TRICKY)
    after = client.list_objects_v2(bucket=bucket, start_after="%41+")
    assert [o.key for o in after.objects] == [k for k in sort_s3(TRICKY)
                                              if k.encode() > b"%41+"]
    by_marker = client.list_objects(bucket=bucket, marker="%41")
    assert by_marker.objects[0].key == "%41+"
    prefixed = client.list_objects_v2(bucket=bucket, prefix="%41")
    assert [o.key for o in prefixed.objects] == ["%41", "%41+", "%41+ dir/inner"]


def test_summary_fields_and_fetch_owner(client: S3Client, boto_client: Any, bucket: str,
                                        s3_server: ServerInfo) -> None:
    boto_client.put_object(Bucket=bucket, Key="k", Body=b"hello")
    head = boto_client.head_object(Bucket=bucket, Key="k")
    plain = client.list_objects_v2(bucket=bucket).objects[0]
    assert (plain.key, plain.size, plain.etag) == ("k", 5, head["ETag"].strip('"'))
    assert plain.last_modified is not None and plain.last_modified.tzinfo is not None
    assert abs((plain.last_modified - head["LastModified"]).total_seconds()) < 2
    assert plain.storage_class == "STANDARD"
    assert plain.owner_id is None
    owned = client.list_objects_v2(bucket=bucket, fetch_owner=True).objects[0]
    owner = boto_client.list_objects(Bucket=bucket)["Contents"][0]["Owner"]
    assert owned.owner_id == owner["ID"]


def test_bad_arguments_are_refused_locally(client: S3Client) -> None:
    with pytest.raises(InvalidInput):
        client.list_objects_v2(bucket="whatever", max_keys=1001)
    with pytest.raises(InvalidInput):
        client.list_objects_page(bucket="whatever", token="not-ours")
    with pytest.raises(InvalidInput):
        client.list_parts(bucket="whatever", key="k", upload_id="")
    with pytest.raises(InvalidInput):
        client.list_object_versions(bucket="whatever", version_id_marker="v")


def test_missing_bucket_is_no_such_bucket(client: S3Client) -> None:
    with pytest.raises(ServiceError) as caught:
        client.list_objects_page(bucket="t-no-such-bucket-listing-0001")
    assert caught.value.code == "NoSuchBucket" and caught.value.status == 404


# ---- versions, uploads and parts --------------------------------------------------------

def test_versions_accumulate_and_each_is_readable(client: S3Client, boto_client: Any,
                                                  bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    key = "v %41+/doc"
    ids = [boto_client.put_object(Bucket=bucket, Key=key, Body=f"body {n}".encode())["VersionId"]
           for n in range(3)]
    boto_client.put_object(Bucket=bucket, Key="other", Body=b"o")
    marker_id = boto_client.delete_object(Bucket=bucket, Key=key)["VersionId"]
    page = client.list_object_versions(bucket=bucket)
    mine = [v for v in page.versions if v.key == key]
    assert sorted(v.version_id for v in mine) == sorted(ids)
    assert not any(v.is_latest for v in mine)
    assert [(d.key, d.version_id, d.is_latest) for d in page.delete_markers] == [
        (key, marker_id, True)]
    for version in mine:
        body = boto_client.get_object(Bucket=bucket, Key=key, VersionId=version.version_id)
        assert body["Body"].read() == f"body {ids.index(version.version_id)}".encode()
        assert version.size == len(b"body 0") and version.etag == body["ETag"].strip('"')
    # Paging one entry at a time still yields each version and marker exactly once.
    seen: list[tuple[str, str]] = []
    key_marker = version_marker = None
    for _ in range(20):
        part = client.list_object_versions(bucket=bucket, max_keys=1, key_marker=key_marker,
                                           version_id_marker=version_marker)
        seen += [(v.key, v.version_id) for v in part.versions]
        seen += [(d.key, d.version_id) for d in part.delete_markers]
        if not part.is_truncated:
            break
        key_marker, version_marker = part.next_key_marker, part.next_version_id_marker
    assert sorted(seen) == sorted([(key, i) for i in [*ids, marker_id]] + [
        ("other", v.version_id) for v in page.versions if v.key == "other"])


def test_multipart_uploads_and_parts(client: S3Client, boto_client: Any, bucket: str) -> None:
    keys = ["up/plain", "up/%41+ sp\u00e9"]
    uploads = {k: boto_client.create_multipart_upload(Bucket=bucket, Key=k)["UploadId"]
               for k in keys}
    key = keys[1]
    etags = [boto_client.upload_part(Bucket=bucket, Key=key, UploadId=uploads[key],
                                     PartNumber=n, Body=bytes([n]) * (100 * n))["ETag"]
             for n in (1, 2, 3)]
    page = client.list_multipart_uploads(bucket=bucket)
    assert {(u.key, u.upload_id) for u in page.uploads} == set(uploads.items())
    assert all(u.initiated is not None for u in page.uploads)
    one = client.list_multipart_uploads(bucket=bucket, max_uploads=1)
    assert one.is_truncated and len(one.uploads) == 1
    rest = client.list_multipart_uploads(bucket=bucket, key_marker=one.next_key_marker,
                                         upload_id_marker=one.next_upload_id_marker)
    assert {u.key for u in one.uploads + rest.uploads} == set(keys)
    first = client.list_parts(bucket=bucket, key=key, upload_id=uploads[key], max_parts=2)
    assert [(p.part_number, p.size) for p in first.parts] == [(1, 100), (2, 200)]
    assert first.is_truncated and first.next_part_number_marker == 2
    second = client.list_parts(bucket=bucket, key=key, upload_id=uploads[key],
                               part_number_marker=first.next_part_number_marker)
    assert [(p.part_number, p.size) for p in second.parts] == [(3, 300)]
    assert not second.is_truncated
    assert [p.etag for p in first.parts + second.parts] == [e.strip('"') for e in etags]
    with pytest.raises(ServiceError) as caught:
        client.list_parts(bucket=bucket, key=key, upload_id="2~nonexistent")
    # AWS says NoSuchUpload; RGW 16.2.15 answers 404 NoSuchKey for an unknown upload id.
    assert caught.value.status == 404
    assert caught.value.code in ("NoSuchUpload", "NoSuchKey")


def test_multipart_uploads_filtered_by_prefix(client: S3Client, boto_client: Any,
                                              bucket: str) -> None:
    for key in ("a%41/x", "b/y"):
        boto_client.create_multipart_upload(Bucket=bucket, Key=key)
    plain = client.list_multipart_uploads(bucket=bucket, prefix="b/")
    assert [u.key for u in plain.uploads] == ["b/y"]
    percent = client.list_multipart_uploads(bucket=bucket, prefix="a%41")
    assert [u.key for u in percent.uploads] == ["a%41/x"]


def test_multipart_uploads_with_delimiter(client: S3Client, boto_client: Any,
                                          bucket: str) -> None:
    for key in ("dir/x", "top"):
        boto_client.create_multipart_upload(Bucket=bucket, Key=key)
    page = client.list_multipart_uploads(bucket=bucket, delimiter="/")
    assert [u.key for u in page.uploads] == ["top"]


@pytest.mark.needs("multipart-list-prefixes")
def test_multipart_uploads_with_delimiter_name_the_prefixes(client: S3Client, boto_client: Any,
                                                            bucket: str) -> None:
    for key in ("dir/x", "top"):
        boto_client.create_multipart_upload(Bucket=bucket, Key=key)
    page = client.list_multipart_uploads(bucket=bucket, delimiter="/")
    assert page.prefixes == ("dir/",)


# ---- list_objects_page when V2 misbehaves -------------------------------------------------

class RewritingProxy(StubServer):
    """Forwards to the real server, letting a test rewrite answers' bodies."""

    def __init__(self, upstream: str, rewrite: Callable[[str, bytes], bytes]) -> None:
        host, port = urlsplit(upstream).hostname, urlsplit(upstream).port

        def forward(request: StubRequest) -> Reply:
            conn = http.client.HTTPConnection(host or "", port, timeout=30)
            try:
                conn.putrequest(request.method, request.path, skip_host=True,
                                skip_accept_encoding=True)
                for name, value in request.headers.items():
                    conn.putheader(name, value)
                conn.endheaders(request.body or None)
                answer = conn.getresponse()
                body = rewrite(request.path, answer.read())
                headers = {name: value for name, value in answer.getheaders()
                           if name.lower() not in ("content-length", "transfer-encoding",
                                                   "connection")}
                return Reply(answer.status, headers, body)
            finally:
                conn.close()
        super().__init__(forward)

    @property
    def queries(self) -> list[str]:
        return [urlsplit(request.path).query for request in self.seen]


def _drop_token(path: str, body: bytes) -> bytes:
    return re.sub(rb"<NextContinuationToken>.*?</NextContinuationToken>", b"", body)


def _repeat_token(path: str, body: bytes) -> bytes:
    """Answer a continued page with the very token the client sent."""
    sent = parse_qs(urlsplit(path).query).get("continuation-token")
    if not sent:
        return body
    echo = escape(sent[0]).encode()
    return re.sub(rb"<NextContinuationToken>.*?</NextContinuationToken>",
                  b"<NextContinuationToken>" + echo + b"</NextContinuationToken>", body)


@pytest.mark.parametrize("rewrite", [_drop_token, _repeat_token], ids=["no-token", "repeat"])
def test_page_falls_back_to_v1_when_v2_paging_breaks(s3_server: ServerInfo,
                                                     make_client: ClientFactory,
                                                     big_bucket: tuple[str, list[str]],
                                                     rewrite: Callable[[str, bytes], bytes],
                                                     ) -> None:
    bucket, expected = big_bucket
    with RewritingProxy(s3_server.endpoint, rewrite) as proxy:
        client = make_client(proxy.url)
        keys, _, sizes = drain(lambda t: client.list_objects_page(
            bucket=bucket, prefix="2/", token=t, max_keys=150))
    assert keys == [k for k in expected if k.startswith("2/")]
    assert sizes == [150, 150, 150, 50]
    v2 = [q for q in proxy.queries if "list-type=2" in q]
    # A repeat shows only on the second V2 page; V1 markers take over after it.
    assert len(v2) == (1 if rewrite is _drop_token else 2)
    assert len(proxy.queries) == len(sizes)


def test_page_switches_to_v1_for_good_on_not_implemented(s3_server: ServerInfo,
                                                         make_client: ClientFactory,
                                                         big_bucket: tuple[str, list[str]],
                                                         ) -> None:
    bucket, expected = big_bucket
    with FaultProxy(s3_server.endpoint) as proxy:
        proxy.error(501, body=b"<Error><Code>NotImplemented</Code><Message>no</Message></Error>",
                    method="GET")
        client = make_client(proxy.url)
        keys, _, sizes = drain(lambda t: client.list_objects_page(
            bucket=bucket, prefix="1/", token=t, max_keys=200))
        again = client.list_objects_page(bucket=bucket, prefix="1/", max_keys=1)
        queries = [s.query for s in proxy.seen]
    assert keys == [k for k in expected if k.startswith("1/")] and sizes == [200, 200, 100]
    assert again.objects[0].key == "1/00001"
    assert sum("list-type=2" in q for q in queries) == 1
    assert len(queries) == 1 + 3 + 1
