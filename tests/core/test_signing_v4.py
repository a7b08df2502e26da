"""SigV4 against the AWS-published S3 examples, plus the guards around them.

Vectors: "Examples: Signature Calculations in AWS Signature Version 4" (header auth) and
"Authenticating Requests: Using Query Parameters" (presigned GET) from the S3 API reference;
the same values are asserted by independent signer test suites (aws.signature, minio-style
clients). Only those published values are hard-coded here.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlsplit

import pytest

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.signing import (
    EMPTY_SHA256,
    MAX_PRESIGN_V4_SECONDS,
    UNSIGNED_PAYLOAD,
    Credentials,
    presign_v4,
    sign_v4_headers,
    signing_key,
)

AWS = Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
WHEN = datetime(2013, 5, 24, tzinfo=UTC)
HOST = "https://examplebucket.s3.amazonaws.com"
SCOPE = "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"


def auth_parts(authorization: str) -> dict[str, str]:
    algorithm, _, rest = authorization.partition(" ")
    assert algorithm == "AWS4-HMAC-SHA256"
    return dict(part.strip().split("=", 1) for part in rest.split(","))


def sign(method: str, url: str, headers: dict[str, str], payload: str = EMPTY_SHA256,
         *, credentials: Credentials = AWS, now: datetime = WHEN) -> dict[str, str]:
    return sign_v4_headers(method=method, url=url, headers=headers, payload_hash=payload,
                           credentials=credentials, region="us-east-1", now=now)


# --- published vectors ----------------------------------------------------------------------

@pytest.mark.parametrize(("request_line", "headers", "payload", "signed", "signature"), [
    pytest.param(("GET", f"{HOST}/test.txt"), {"Range": "bytes=0-9"}, EMPTY_SHA256,
                 "host;range;x-amz-content-sha256;x-amz-date",
                 "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
                 id="GET object with Range"),
    pytest.param(("PUT", f"{HOST}/test%24file.text"),
                 {"Date": "Fri, 24 May 2013 00:00:00 GMT",
                  "x-amz-storage-class": "REDUCED_REDUNDANCY"},
                 hashlib.sha256(b"Welcome to Amazon S3.").hexdigest(),
                 "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
                 "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
                 id="PUT object with storage class"),
    pytest.param(("GET", f"{HOST}/?lifecycle"), {}, EMPTY_SHA256,
                 "host;x-amz-content-sha256;x-amz-date",
                 "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
                 id="GET bucket lifecycle"),
    pytest.param(("GET", f"{HOST}/?max-keys=2&prefix=J"), {}, EMPTY_SHA256,
                 "host;x-amz-content-sha256;x-amz-date",
                 "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
                 id="GET bucket list objects"),
])
def test_aws_header_examples(request_line: tuple[str, str], headers: dict[str, str],
                             payload: str, signed: str, signature: str) -> None:
    added = sign(*request_line, headers, payload)
    assert added["x-amz-date"] == "20130524T000000Z"
    assert added["x-amz-content-sha256"] == payload
    assert auth_parts(added["Authorization"]) == {
        "Credential": SCOPE, "SignedHeaders": signed, "Signature": signature}


def test_aws_put_example_payload_is_the_published_hash() -> None:
    # The published x-amz-content-sha256 of the PUT example, so the body above is the right one.
    assert hashlib.sha256(b"Welcome to Amazon S3.").hexdigest() == (
        "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")


def test_aws_presigned_get_example() -> None:
    url = presign_v4(method="GET", url=f"{HOST}/test.txt", credentials=AWS, region="us-east-1",
                     now=WHEN, expires_in=86400)
    assert url == (
        f"{HOST}/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
        "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
        "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")


def test_signing_key_is_the_documented_hmac_chain() -> None:
    key = b"AWS4" + AWS.secret_key.encode()
    for part in ("20130524", "us-east-1", "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    assert signing_key(AWS.secret_key, "20130524", "us-east-1") == key
    assert signing_key(AWS.secret_key, "20130524", "us-east-1", "iam") != key


# --- canonicalisation rules not covered by the vectors ---------------------------------------

def test_valueless_parameter_written_either_way_signs_the_same() -> None:
    assert sign("GET", f"{HOST}/?lifecycle=", {}) == sign("GET", f"{HOST}/?lifecycle", {})


def test_path_is_signed_as_sent_without_normalising() -> None:
    plain = sign("GET", f"{HOST}/a/b", {})["Authorization"]
    for variant in ("/a//b", "/a/./b", "/a/b/", "/a/c/../b", "/a%2Fb"):
        assert sign("GET", f"{HOST}{variant}", {})["Authorization"] != plain, variant


def test_empty_path_is_slash() -> None:
    assert sign("GET", HOST, {}) == sign("GET", f"{HOST}/", {})


def test_host_header_overrides_url_and_default_port_is_dropped() -> None:
    virtual = sign("GET", "http://127.0.0.1:9000/k", {"Host": "examplebucket.s3.amazonaws.com"})
    assert virtual == sign("GET", "http://examplebucket.s3.amazonaws.com/k", {})
    assert sign("GET", f"{HOST}:443/k", {}) == sign("GET", f"{HOST}/k", {})
    assert sign("GET", f"{HOST}:8443/k", {}) != sign("GET", f"{HOST}/k", {})


def test_header_values_are_trimmed_and_whitespace_collapsed() -> None:
    base = sign("PUT", f"{HOST}/k", {"x-amz-meta-a": "one two"})
    assert sign("PUT", f"{HOST}/k", {"X-Amz-Meta-A": " \tone  \t two  "}) == base
    assert sign("PUT", f"{HOST}/k", {"x-amz-meta-a": "onetwo"}) != base


def test_excluded_headers_are_not_signed_and_computed_ones_are_ours() -> None:
    base = sign("GET", f"{HOST}/k", {})
    noisy = sign("GET", f"{HOST}/k", {
        "User-Agent": "spacesgui", "Expect": "100-continue", "Authorization": "old",
        "X-Amzn-Trace-Id": "t", "Transfer-Encoding": "chunked", "Connection": "close",
        "X-Amz-Date": "19990101T000000Z", "X-Amz-Content-SHA256": UNSIGNED_PAYLOAD})
    assert noisy == base


def test_every_other_header_is_signed() -> None:
    added = sign("PUT", f"{HOST}/k", {"Content-Type": "text/plain", "x-amz-acl": "private",
                                      "Content-MD5": "abc=", "Cache-Control": "no-cache"})
    assert auth_parts(added["Authorization"])["SignedHeaders"] == (
        "cache-control;content-md5;content-type;host;x-amz-acl;x-amz-content-sha256;x-amz-date")


def test_unsigned_payload_and_payload_validation() -> None:
    streamed = sign("PUT", f"{HOST}/k", {}, UNSIGNED_PAYLOAD)
    assert streamed["x-amz-content-sha256"] == UNSIGNED_PAYLOAD
    assert streamed != sign("PUT", f"{HOST}/k", {})
    for bad in ("", "abc", EMPTY_SHA256.upper(), "unsigned-payload"):
        with pytest.raises(InvalidInput):
            sign("PUT", f"{HOST}/k", {}, bad)


def test_now_must_be_aware_and_is_converted_to_utc() -> None:
    with pytest.raises(InvalidInput):
        sign("GET", f"{HOST}/k", {}, now=datetime(2013, 5, 24))  # naive on purpose
    plus2 = datetime(2013, 5, 24, 2, tzinfo=timezone(timedelta(hours=2)))
    assert sign("GET", f"{HOST}/k", {}, now=plus2) == sign("GET", f"{HOST}/k", {})


def test_bad_urls_are_refused() -> None:
    for url in ("examplebucket/k", "ftp://host/k", "https:///k"):
        with pytest.raises(InvalidInput):
            sign("GET", url, {})


# --- presigned URLs --------------------------------------------------------------------------

@pytest.mark.parametrize("expires_in", [0, -1, MAX_PRESIGN_V4_SECONDS + 1, 10**9])
def test_presign_expiry_bounds(expires_in: int) -> None:
    with pytest.raises(InvalidInput):
        presign_v4(method="GET", url=f"{HOST}/k", credentials=AWS, region="us-east-1",
                   now=WHEN, expires_in=expires_in)


@pytest.mark.parametrize("expires_in", [1, MAX_PRESIGN_V4_SECONDS])
def test_presign_expiry_limits_are_inclusive(expires_in: int) -> None:
    url = presign_v4(method="GET", url=f"{HOST}/k", credentials=AWS, region="us-east-1",
                     now=WHEN, expires_in=expires_in)
    assert dict(parse_qsl(urlsplit(url).query))["X-Amz-Expires"] == str(expires_in)


def test_presign_keeps_the_query_and_signs_extra_headers() -> None:
    url = presign_v4(method="PUT", url=f"{HOST}/k?partNumber=1&uploadId=a%2Fb",
                     credentials=AWS, region="us-east-1", now=WHEN, expires_in=60,
                     headers={"Content-Type": "text/plain"})
    query = urlsplit(url).query
    assert query.startswith("partNumber=1&uploadId=a%2Fb&X-Amz-Algorithm=")
    assert dict(parse_qsl(query))["X-Amz-SignedHeaders"] == "content-type;host"
    with pytest.raises(InvalidInput):
        presign_v4(method="GET", url=url, credentials=AWS, region="us-east-1", now=WHEN,
                   expires_in=60)


# --- secrets stay secret ---------------------------------------------------------------------

def test_secret_is_not_in_repr_or_str() -> None:
    assert AWS.secret_key not in repr(AWS)
    assert AWS.secret_key not in str(AWS)
    assert AWS.access_key in repr(AWS)


def test_signer_logs_canonical_request_but_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="spacesgui.s3")
    added = sign("GET", f"{HOST}/test.txt", {"Range": "bytes=0-9"})
    url = presign_v4(method="GET", url=f"{HOST}/test.txt", credentials=AWS,
                     region="us-east-1", now=WHEN, expires_in=60)
    text = caplog.text
    assert "CanonicalRequest" in text and "StringToSign" in text
    assert "/test.txt" in text  # the logging is really there, so the checks below mean something
    header_signature = added["Authorization"].rsplit("Signature=", 1)[1]
    url_signature = dict(parse_qsl(urlsplit(url).query))["X-Amz-Signature"]
    key = signing_key(AWS.secret_key, "20130524", "us-east-1")
    for secret in (AWS.secret_key, header_signature, url_signature, key.hex(),
                   added["Authorization"]):
        assert secret not in text
    assert "Signature=" not in text
