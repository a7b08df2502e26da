"""Differential test: our four signing forms against botocore on generated requests.

Each form gets N_CASES requests from a seeded ``random.Random``: keys with Unicode, spaces,
``+ % ~ = &``, ``//`` and trailing ``/``; sub-resources and ordinary parameters with tricky
values; extra headers with odd whitespace and mixed-case names; several methods; path-style,
virtual-host and virtual-host-sent-to-127.0.0.1 addressing; a different signing time per case.

botocore's clock is frozen by patching the three names ``botocore.auth`` reads it through:
``get_current_datetime`` (SigV4), ``formatdate`` (SigV2 Date) and the module object ``time``
(SigV2 presign ``Expires``). Each case checks botocore really used the frozen time.

Where botocore and S3/RGW semantics differ the generator avoids the case, and a test at the
bottom pins the difference down (so a botocore change that removes it is noticed):

* SigV2 ``?acl=``: botocore signs ``acl=``; RGW and AWS sign ``acl``.
* SigV2 ``x-amz-date`` header: botocore still signs its Date; AWS and RGW sign an empty line.
* SigV2 sub-resource lists differ (``SIGNED_SUBRESOURCES`` follows RGW).
* SigV4 ``Date`` header: botocore rewrites it to the signing time; we sign the caller's.
* SigV4 Unicode whitespace in header values: botocore collapses it, RGW (C locale) does not.
* SigV4 empty path (``https://host``): botocore signs ``""``, the wire and RGW use ``/``.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import random
import string
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlsplit

import botocore.auth
import botocore.credentials
import pytest
from botocore.awsrequest import AWSRequest

from spacesgui.s3.header_text import RawHeaderValue
from spacesgui.s3.signing import (
    MAX_PRESIGN_V4_SECONDS,
    UNSIGNED_PAYLOAD,
    Credentials,
    presign_v4,
    sign_v4_headers,
)
from spacesgui.s3.signing_v2 import SIGNED_SUBRESOURCES, presign_v2, sign_v2_headers

N_CASES = 1000
SEED = 0x5BACE5
OURS = Credentials("AKIDEXAMPLE+/=", "s3cr3t/K7MDENG+bPxRfiCY=EXAMPLE")
THEIRS = botocore.credentials.Credentials(OURS.access_key, OURS.secret_key)

BOTOCORE_ONLY = frozenset(botocore.auth.HmacV1Auth.QSAOfInterest) - SIGNED_SUBRESOURCES
RGW_ONLY = SIGNED_SUBRESOURCES - frozenset(botocore.auth.HmacV1Auth.QSAOfInterest)
SHARED = sorted(SIGNED_SUBRESOURCES - RGW_ONLY)
VALUED = {"partNumber", "uploadId", "versionId"} | {n for n in SHARED if n.startswith("resp")}
PLAIN_PARAMS = ["prefix", "delimiter", "marker", "max-keys", "list-type", "continuation-token",
                "start-after", "encoding-type", "x-id", "fetch-owner", "key-marker",
                "upload-id-marker", "a b", "ü", "Weird~Name.", "x+y"]
KEY_PIECES = [*string.ascii_letters, *string.digits, "é", "日本", "😀", "ß", " ", "+", "%",
              "~", "/", "//", "=", "&", "!", "'", "(", ")", "*", ";", ":", "@", ",", "$", "?",
              "#", "[", "]", "-", "_", ".", "%20", "..", "\u00a0"]
VALUE_PIECES = [*KEY_PIECES, "+", "%2B", "&x=y", "=", " "]
HOSTS = ["nyc3.digitaloceanspaces.com", "s3.us-east-1.amazonaws.com", "localhost:9000"]
METHODS = ["GET", "PUT", "HEAD", "DELETE", "POST"]


@dataclass
class Case:
    method: str
    url: str
    headers: dict[str, str]
    bucket_in_host: str | None
    auth_path: str | None          # botocore's name for the SigV2 path with the bucket
    now: datetime
    body: bytes = b""
    unsigned: bool = False
    query: list[tuple[str, str | None]] = field(default_factory=list)


# --- generator -------------------------------------------------------------------------------

def text(rng: random.Random, pieces: list[str], low: int, high: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(low, high)))


def odd_ws(rng: random.Random, value: str) -> str:
    """The value with ASCII spaces/tabs added around and inside it."""
    def ws() -> str:
        return "".join(rng.choice(" \t") for _ in range(rng.randint(0, 3)))
    inner = ws().join(value.split(" ")) if rng.random() < 0.5 else value
    return f"{ws()}{inner}{ws()}"


def gen_query(rng: random.Random, *, v2: bool) -> list[tuple[str, str | None]]:
    names = rng.sample(SHARED, rng.randint(0, 3)) + rng.sample(PLAIN_PARAMS, rng.randint(0, 3))
    pairs: list[tuple[str, str | None]] = []
    for name in names:
        if name in VALUED or name in PLAIN_PARAMS:
            value = text(rng, VALUE_PIECES, 1, 8)
            pairs.append((name, value if v2 or rng.random() < 0.9 else ""))
        elif v2:  # a valueless sub-resource: SigV2 writes it bare (see test_v2_acl_equals)
            pairs.append((name, None))
        else:
            pairs.append((name, rng.choice([None, ""])))
    rng.shuffle(pairs)
    return pairs


def encode_query(pairs: list[tuple[str, str | None]]) -> str:
    return "&".join(quote(n, safe="-_.~") + ("" if v is None else "=" + quote(v, safe="-_.~"))
                    for n, v in pairs)


def gen_headers(rng: random.Random, *, v2: bool, presign: bool) -> dict[str, str]:
    headers: dict[str, str] = {}
    printable = [c for c in string.printable if c not in "\t\n\r\x0b\x0c"]
    for _ in range(rng.randint(0, 3)):
        name = "x-amz-meta-" + text(rng, list(string.ascii_letters + "-_"), 1, 8)
        headers[rng.choice([name, name.upper(), name.title()])] = odd_ws(
            rng, text(rng, printable, 0, 12))
    if rng.random() < 0.15:
        headers["X-Amz-Meta-Dup"], headers["x-amz-meta-dup"] = "first", " second "
    optional = {
        "Content-Type": "text/plain; charset=utf-8",
        "content-md5": base64.b64encode(rng.randbytes(16)).decode(),
        "Range": "bytes=0-9", "x-amz-acl": "public-read", "Cache-Control": "no-cache",
        "x-amz-storage-class": "REDUCED_REDUNDANCY", "Content-Disposition": 'inline; x="a b"',
    }
    for name, value in optional.items():
        if rng.random() < 0.3:
            headers[rng.choice([name, name.upper(), name.lower()])] = odd_ws(rng, value)
    if not presign and rng.random() < 0.3:
        headers["User-Agent"] = "spacesgui/0.1"  # neither side signs it
    if not v2 and not presign and rng.random() < 0.2:
        headers["Expect"] = "100-continue"
    return headers


def gen_case(rng: random.Random, *, v2: bool, presign: bool) -> Case:
    bucket = "b" + text(rng, list(string.ascii_lowercase + string.digits + "-"), 2, 12)
    key = text(rng, KEY_PIECES, 0, 20) + rng.choice(["", "", "/"])
    scheme, host = rng.choice(["http", "https"]), rng.choice(HOSTS)
    path = "/" + quote(key, safe="/~")
    query = gen_query(rng, v2=v2)
    headers = gen_headers(rng, v2=v2, presign=presign)
    style = rng.choice(["path", "virtual", "virtual-to-localhost"])
    bucket_in_host = auth_path = None
    if style == "path":
        url = f"{scheme}://{host}/{bucket}{path}"
    elif style == "virtual":
        url, bucket_in_host = f"{scheme}://{bucket}.{host}{path}", bucket
    else:
        url, bucket_in_host = f"{scheme}://127.0.0.1:{rng.randint(1, 65535)}{path}", bucket
        headers["Host"] = f"{bucket}.{host}"
    if bucket_in_host:
        auth_path = f"/{bucket}{path}"
    if query:
        url += "?" + encode_query(query)
    body = rng.randbytes(rng.randint(0, 64)) if rng.random() < 0.5 else b""
    now = datetime.fromtimestamp(rng.randint(946_684_800, 2_051_222_400), tz=UTC)
    return Case(method=rng.choice(METHODS), url=url, headers=headers, bucket_in_host=bucket_in_host,
                auth_path=auth_path, now=now, body=body, unsigned=rng.random() < 0.3, query=query)


def cases(kind: str, *, v2: bool, presign: bool) -> Iterator[Case]:
    rng = random.Random(f"{SEED}-{kind}")
    for _ in range(N_CASES):
        yield gen_case(rng, v2=v2, presign=presign)


# --- botocore with a frozen clock ------------------------------------------------------------

class FrozenClock:
    """What botocore.auth sees as "now" while the fixture is active."""

    def __init__(self) -> None:
        self.now = datetime(2000, 1, 1, tzinfo=UTC)

    def epoch(self) -> float:
        return float(int(self.now.timestamp()))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    frozen = FrozenClock()
    monkeypatch.setattr(botocore.auth, "get_current_datetime",
                        lambda remove_tzinfo=True: (frozen.now.replace(tzinfo=None)
                                                    if remove_tzinfo else frozen.now))

    def formatdate(timeval: float | None = None, localtime: bool = False,
                   usegmt: bool = False) -> str:
        when = frozen.epoch() if timeval is None else timeval
        return email.utils.formatdate(when, localtime=localtime, usegmt=usegmt)

    monkeypatch.setattr(botocore.auth, "formatdate", formatdate)
    fake_time = types.SimpleNamespace(time=frozen.epoch, gmtime=time.gmtime,
                                      strftime=time.strftime)
    monkeypatch.setattr(botocore.auth, "time", fake_time)
    return frozen


def boto_request(case: Case) -> AWSRequest:
    request = AWSRequest(method=case.method, url=case.url, headers=case.headers, data=case.body)
    if case.unsigned:
        request.context["client_config"] = types.SimpleNamespace(
            s3={"payload_signing_enabled": False})
    return request


# --- the four forms --------------------------------------------------------------------------

def test_v4_headers_match_botocore(clock: FrozenClock) -> None:
    for case in cases("v4", v2=False, presign=False):
        clock.now = case.now
        request = boto_request(case)
        botocore.auth.S3SigV4Auth(THEIRS, "s3", "nyc3").add_auth(request)
        payload = UNSIGNED_PAYLOAD if case.unsigned else hashlib.sha256(case.body).hexdigest()
        ours = sign_v4_headers(method=case.method, url=case.url, headers=case.headers,
                               payload_hash=payload, credentials=OURS, region="nyc3",
                               now=case.now)
        assert request.headers["X-Amz-Date"] == ours["x-amz-date"], "botocore clock not frozen"
        assert request.headers["X-Amz-Content-SHA256"] == ours["x-amz-content-sha256"]
        assert ours["Authorization"] == request.headers["Authorization"], case


def test_v4_presigned_urls_match_botocore(clock: FrozenClock) -> None:
    rng = random.Random(SEED)
    for case in cases("v4q", v2=False, presign=True):
        clock.now = case.now
        expires_in = rng.randint(1, MAX_PRESIGN_V4_SECONDS)
        request = AWSRequest(method=case.method, url=case.url, headers=case.headers)
        botocore.auth.S3SigV4QueryAuth(THEIRS, "s3", "nyc3", expires=expires_in).add_auth(
            request)
        ours = presign_v4(method=case.method, url=case.url, credentials=OURS, region="nyc3",
                          now=case.now, expires_in=expires_in, headers=case.headers)
        theirs_parts, our_parts = urlsplit(request.url), urlsplit(ours)
        assert our_parts.path == theirs_parts.path
        theirs_query = parse_qsl(theirs_parts.query, keep_blank_values=True)
        our_query = parse_qsl(our_parts.query, keep_blank_values=True)
        assert dict(our_query)["X-Amz-Signature"] == dict(theirs_query)["X-Amz-Signature"], case
        assert sorted(our_query) == sorted(theirs_query)


def test_v2_headers_match_botocore(clock: FrozenClock) -> None:
    for case in cases("v2", v2=True, presign=False):
        clock.now = case.now
        request = boto_request(case)
        request.auth_path = case.auth_path
        botocore.auth.HmacV1Auth(THEIRS).add_auth(request)
        ours = sign_v2_headers(method=case.method, url=case.url, headers=case.headers,
                               credentials=OURS, now=case.now,
                               bucket_in_host=case.bucket_in_host)
        assert request.headers["Date"] == ours["Date"], "botocore clock not frozen"
        assert ours["Authorization"] == request.headers["Authorization"], case


def test_v2_presigned_urls_match_botocore(clock: FrozenClock) -> None:
    rng = random.Random(SEED)
    for case in cases("v2q", v2=True, presign=True):
        clock.now = case.now
        relative = rng.randint(1, 10 * 365 * 86400)
        request = AWSRequest(method=case.method, url=case.url, headers=case.headers)
        request.auth_path = case.auth_path
        botocore.auth.HmacV1QueryAuth(THEIRS, expires=relative).add_auth(request)
        expires = int(case.now.timestamp()) + relative
        ours = presign_v2(method=case.method, url=case.url, credentials=OURS, expires=expires,
                          bucket_in_host=case.bucket_in_host, headers=case.headers)
        theirs_query = dict(parse_qsl(urlsplit(request.url).query))
        our_query = dict(parse_qsl(urlsplit(ours).query))
        assert our_query["Expires"] == theirs_query["Expires"] == str(expires)
        assert our_query["Signature"] == theirs_query["Signature"], case
        assert our_query["AWSAccessKeyId"] == OURS.access_key


def test_generator_covers_the_tricky_inputs() -> None:
    seen = list(cases("v4", v2=False, presign=False))
    urls = " ".join(c.url for c in seen)
    for fragment in ("%20", "%2B", "%25", "~", "//", "%3D", "%26", "%C3%A9", "/?", "=&", "%2F"):
        assert fragment in urls, fragment
    assert any(c.url.split("?")[0].endswith("/") for c in seen)
    assert any("Host" in c.headers for c in seen) and any(c.unsigned for c in seen)
    assert any(n == "acl" and v is None for c in seen for n, v in c.query)
    assert any(n == "acl" and v == "" for c in seen for n, v in c.query)
    assert any("\t" in v for c in seen for v in c.headers.values())


# --- documented differences ------------------------------------------------------------------

def test_v2_acl_equals_is_where_botocore_and_rgw_differ(clock: FrozenClock) -> None:
    def botocore_auth(url: str) -> str:
        request = AWSRequest(method="GET", url=url)
        botocore.auth.HmacV1Auth(THEIRS).add_auth(request)
        return str(request.headers["Authorization"])

    ours = sign_v2_headers(method="GET", url="https://h/b/k?acl=", headers={}, credentials=OURS,
                           now=clock.now, bucket_in_host=None)["Authorization"]
    assert ours == botocore_auth("https://h/b/k?acl")
    assert ours != botocore_auth("https://h/b/k?acl=")


def test_v2_x_amz_date_is_where_botocore_differs(clock: FrozenClock) -> None:
    headers = {"x-amz-date": "Tue, 27 Mar 2007 21:20:26 +0000"}
    request = AWSRequest(method="DELETE", url="https://h/b/k", headers=headers)
    botocore.auth.HmacV1Auth(THEIRS).add_auth(request)
    ours = sign_v2_headers(method="DELETE", url="https://h/b/k", headers=headers,
                           credentials=OURS, now=clock.now, bucket_in_host=None)
    assert ours["Date"] == request.headers["Date"]
    assert ours["Authorization"] != request.headers["Authorization"]


def test_v2_subresource_lists_differ_as_documented() -> None:
    assert frozenset({"accelerate", "analytics", "defaultObjectAcl", "inventory", "metrics",
                      "replication", "restore", "select", "select-type", "storageClass"}) == (
        BOTOCORE_ONLY)
    assert frozenset({"encryption", "policyStatus", "publicAccessBlock"}) == RGW_ONLY


def test_v4_date_header_is_rewritten_by_botocore_only(clock: FrozenClock) -> None:
    headers = {"Date": "Fri, 24 May 2013 00:00:00 GMT"}
    request = AWSRequest(method="GET", url="https://h/b/k", headers=headers)
    botocore.auth.S3SigV4Auth(THEIRS, "s3", "nyc3").add_auth(request)
    assert request.headers["Date"] != headers["Date"]  # botocore replaced it with its clock
    assert "X-Amz-Date" not in request.headers


def test_v4_unicode_whitespace_is_collapsed_by_botocore_only(clock: FrozenClock) -> None:
    headers = {"x-amz-meta-a": "a\u00a0\u00a0b"}
    request = AWSRequest(method="GET", url="https://h/b/k", headers=headers)
    botocore.auth.S3SigV4Auth(THEIRS, "s3", "nyc3").add_auth(request)
    ours = sign_v4_headers(method="GET", url="https://h/b/k", headers=headers,
                           payload_hash=hashlib.sha256(b"").hexdigest(), credentials=OURS,
                           region="nyc3", now=clock.now)
    assert ours["Authorization"] != request.headers["Authorization"]
    collapsed = sign_v4_headers(method="GET", url="https://h/b/k", headers={"x-amz-meta-a": "a b"},
                                payload_hash=hashlib.sha256(b"").hexdigest(), credentials=OURS,
                                region="nyc3", now=clock.now)
    assert collapsed["Authorization"] == request.headers["Authorization"]


def test_v4_empty_path_is_slash_for_us_and_empty_for_botocore(clock: FrozenClock) -> None:
    def botocore_auth(url: str) -> str:
        request = AWSRequest(method="GET", url=url)
        botocore.auth.S3SigV4Auth(THEIRS, "s3", "nyc3").add_auth(request)
        return str(request.headers["Authorization"])

    ours = sign_v4_headers(method="GET", url="https://h", headers={},
                           payload_hash=hashlib.sha256(b"").hexdigest(), credentials=OURS,
                           region="nyc3", now=clock.now)["Authorization"]
    assert ours == botocore_auth("https://h/")
    assert ours != botocore_auth("https://h")


def test_v4_raw_utf8_header_is_signed_as_the_bytes_sent(clock: FrozenClock) -> None:
    """A metadata value kept as read (raw UTF-8 from s3cmd, held as its Latin-1 reading) is
    signed as the bytes http.client sends, which are the bytes botocore signs for the text."""
    request = AWSRequest(method="PUT", url="https://h/b/k", headers={"x-amz-meta-n": "café ☕"})
    botocore.auth.S3SigV4Auth(THEIRS, "s3", "nyc3").add_auth(request)
    raw = RawHeaderValue("café ☕".encode().decode("latin-1"))
    ours = sign_v4_headers(method="PUT", url="https://h/b/k", headers={"x-amz-meta-n": raw},
                           payload_hash=request.headers["X-Amz-Content-SHA256"],
                           credentials=OURS, region="nyc3", now=clock.now)
    assert ours["Authorization"] == request.headers["Authorization"]
