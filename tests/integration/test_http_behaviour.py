"""The client's HTTP behaviour proven against the real server, with faults injected by a proxy."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from spacesgui.s3.errors import (
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    ServiceError,
)
from spacesgui.s3.http import RetryEvent, RetryPolicy
from spacesgui.s3.options import ObjectAttributes
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo
from tests.stubserver import Reply, StubServer

FAST = RetryPolicy(max_attempts=4, base=0.01, cap=0.05)


# ---- authentication ----------------------------------------------------------------------

@pytest.mark.needs("auth")
@pytest.mark.parametrize("signature", ["v4", "v2"])
def test_wrong_secret_is_signature_does_not_match(s3_server: ServerInfo,
                                                  make_client: ClientFactory, bucket: str,
                                                  signature: str) -> None:
    client = make_client(s3_server.endpoint, secret_key="not-the-secret",
                         signature=signature)
    with pytest.raises(ServiceError) as caught:
        client.list_objects_v2(bucket=bucket)
    error = caught.value
    assert (error.code, error.status) == ("SignatureDoesNotMatch", 403)
    assert error.request_id and error.request_id in str(error)


# ---- retries -----------------------------------------------------------------------------

def test_slow_down_honours_retry_after_and_re_signs(make_client: ClientFactory, bucket: str,
                                                    proxy: FaultProxy,
                                                    boto_client: Any) -> None:
    fault = proxy.slow_down(times=2, retry_after=1, method="PUT")
    client = make_client(proxy.url)
    events: list[RetryEvent] = []
    client.put_object(bucket=bucket, key="throttled", body=b"made it", on_retry=events.append)
    assert fault.hits == 2 and proxy.count("PUT") == 1
    assert [(e.attempt, e.delay, e.throttled) for e in events] == [(1, 1.0, True), (2, 1.0, True)]
    puts = [h for h in proxy.seen if h.method == "PUT"]
    assert len(puts) == 3
    gaps = [b.at - a.at for a, b in itertools.pairwise(puts)]
    assert all(gap >= 0.95 for gap in gaps), gaps
    dates = [h.headers["x-amz-date"] for h in puts]
    assert len(set(dates)) == 3, dates
    signatures = {h.headers["authorization"].rpartition("Signature=")[2] for h in puts}
    assert len(signatures) == 3
    assert boto_client.get_object(Bucket=bucket, Key="throttled")["Body"].read() == b"made it"


def test_connection_reset_is_retried(make_client: ClientFactory, bucket: str, proxy: FaultProxy,
                                     boto_client: Any) -> None:
    fault = proxy.reset(times=1, method="PUT")
    client = make_client(proxy.url, retry=FAST)
    events: list[RetryEvent] = []
    client.put_object(bucket=bucket, key="after-reset", body=b"x" * 1000,
                      on_retry=events.append)
    assert fault.hits == 1 and proxy.count("PUT") == 1
    assert len(events) == 1 and not events[0].throttled
    assert boto_client.head_object(Bucket=bucket, Key="after-reset")["ContentLength"] == 1000


def test_an_observed_client_reports_retries_of_every_call(make_client: ClientFactory, bucket: str,
                                                          proxy: FaultProxy) -> None:
    """observed(): retries reach the observer unless a call names its own on_retry; the
    original client stays silent."""
    plain = make_client(proxy.url, retry=FAST)
    plain.put_object(bucket=bucket, key="k", body=b"v")
    seen: list[RetryEvent] = []
    watched = plain.observed(seen.append)
    proxy.reset(times=1, method="GET")
    assert watched.get_object(bucket=bucket, key="k").read() == b"v"
    assert len(seen) == 1
    own: list[RetryEvent] = []
    proxy.reset(times=1, method="PUT")
    watched.put_object(bucket=bucket, key="k2", body=b"w", on_retry=own.append)
    assert len(seen) == 1 and len(own) == 1
    proxy.reset(times=1, method="DELETE")
    plain.delete_object(bucket=bucket, key="k2")
    assert len(seen) == 1 and watched.endpoint == plain.endpoint


def test_server_errors_beyond_max_attempts_surface(make_client: ClientFactory, bucket: str,
                                                   proxy: FaultProxy) -> None:
    proxy.error(500, times=10, method="GET")
    client = make_client(proxy.url, retry=FAST)
    with pytest.raises(ServiceError) as caught:
        client.list_objects_v2(bucket=bucket)
    assert (caught.value.code, caught.value.status) == ("InternalError", 500)
    assert len([s for s in proxy.seen if s.method == "GET"]) == FAST.max_attempts


def test_reset_mid_body_is_a_network_error(make_client: ClientFactory, bucket: str,
                                           proxy: FaultProxy, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="big", Body=b"z" * 1_000_000)
    proxy.reset_mid_body(times=5, method="GET")
    client = make_client(proxy.url, retry=FAST)
    with pytest.raises(NetworkError), client.get_object(bucket=bucket, key="big") as result:
        result.read()
    # A listing is read whole by the transport: the cut-off answer is retried, not parsed.
    with pytest.raises(NetworkError):
        client.list_objects_v2(bucket=bucket)


def test_clock_skew_is_corrected_with_one_extra_request(make_client: ClientFactory, bucket: str,
                                                        proxy: FaultProxy) -> None:
    client = make_client(proxy.url, clock=lambda: time.time() + 3600)
    client.list_objects_v2(bucket=bucket)
    assert proxy.count("GET") == 2
    client.list_objects_v2(bucket=bucket)
    assert proxy.count("GET") == 3  # the correction is remembered


def test_permanent_redirect_names_the_endpoint(make_client: ClientFactory, bucket: str,
                                               proxy: FaultProxy) -> None:
    endpoint = f"{bucket}.ams3.digitaloceanspaces.com"
    proxy.error(301, method="GET", body=(
        "<?xml version='1.0' encoding='UTF-8'?><Error><Code>PermanentRedirect</Code>"
        "<Message>The bucket you are attempting to access must be addressed using the "
        f"specified endpoint.</Message><Endpoint>{endpoint}</Endpoint><Bucket>{bucket}</Bucket>"
        "<RequestId>tx-redirect</RequestId></Error>").encode())
    client = make_client(proxy.url, retry=FAST)
    with pytest.raises(PermanentRedirect) as caught:
        client.list_objects_v2(bucket=bucket)
    assert caught.value.endpoint == endpoint and caught.value.bucket == bucket
    assert caught.value.status == 301 and endpoint in str(caught.value)
    assert proxy.count() == 0 and len(proxy.seen) == 1  # not retried


# ---- logging -----------------------------------------------------------------------------

@pytest.mark.parametrize("signature", ["v4", "v2"])
def test_debug_logs_hold_no_secret_or_signature(
        s3_server: ServerInfo, make_client: ClientFactory, bucket: str,
                                                proxy: FaultProxy,
                                                caplog: pytest.LogCaptureFixture,
                                                signature: str) -> None:
    caplog.set_level(logging.DEBUG)
    proxy.slow_down(times=1, method="GET")
    client = make_client(proxy.url, signature=signature, retry=FAST)
    client.put_object(bucket=bucket, key="log me", body=b"payload")
    with client.get_object(bucket=bucket, key="log me") as result:
        assert result.read() == b"payload"
    client.list_objects_page(bucket=bucket)
    client.head_bucket(bucket=bucket)
    text = caplog.text + "".join(repr(r.args) for r in caplog.records)
    assert "SigV" in text or "GET" in text  # the session really was logged at DEBUG
    assert s3_server.secret_key not in text
    authorizations = [h.headers["authorization"] for h in proxy.seen
                      if "authorization" in h.headers]
    assert len(authorizations) >= 5
    for value in authorizations:
        assert value not in text
        signature_part = (value.rpartition("Signature=")[2] if signature == "v4"
                          else value.rpartition(":")[2])
        assert len(signature_part) >= 20 and signature_part not in text


# ---- signature versions and addressing styles --------------------------------------------

@pytest.mark.parametrize("signature", ["v4", "v2"])
@pytest.mark.parametrize("addressing", ["path", "virtual"])
def test_put_get_list_in_every_style(
        s3_server: ServerInfo, make_client: ClientFactory, bucket: str, boto_client: Any,
        signature: str, addressing: str) -> None:
    with FaultProxy(s3_server.endpoint) as proxy:
        host = s3_server.host_for_virtual or "localhost"
        endpoint = f"http://{host}:{proxy.port}" if addressing == "virtual" else proxy.url
        client = make_client(endpoint, signature=signature, addressing=addressing)
        key = "dir/a b+%41\u00e9"
        client.put_object(bucket=bucket, key=key, body=b"styled",
                          attributes=ObjectAttributes(content_type="text/plain"))
        with client.get_object(bucket=bucket, key=key) as result:
            assert result.read() == b"styled"
        page = client.list_objects_page(bucket=bucket, prefix="dir/")
        assert [o.key for o in page.objects] == [key]
    assert boto_client.get_object(Bucket=bucket, Key=key)["Body"].read() == b"styled"
    for request in proxy.seen:
        in_host = request.headers["host"].startswith(f"{bucket}.")
        assert in_host == (addressing == "virtual")
        assert request.path.startswith(f"/{bucket}") == (addressing == "path")
        auth = request.headers["authorization"]
        assert auth.startswith("AWS4-HMAC-SHA256 " if signature == "v4" else "AWS ")


# ---- hostile answers ---------------------------------------------------------------------

BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<ListBucketResult><Name>&lol3;</Name></ListBucketResult>")


class HostileServer(StubServer):
    """Answers every request with one canned status, headers and body (or body generator)."""

    def __init__(self, status: int, body: bytes | Callable[[], Iterator[bytes]],
                 length: int | None = None, content_type: str = "application/xml") -> None:
        reply = Reply(status, {"Content-Type": content_type, "x-amz-request-id": "tx-hostile"},
                      body, length)
        super().__init__(lambda _request: reply)

    @property
    def requests(self) -> int:
        return len(self.seen)


def fifty_megabytes() -> Iterator[bytes]:
    yield b"<Error><Code>InternalError</Code><Message>"
    chunk = b"A" * (1024 * 1024)
    for _ in range(50):
        yield chunk


@pytest.mark.parametrize(("status", "body", "length", "why"), [
    (200, BOMB, None, "DOCTYPE"),
    (200, b"<html><body>Welcome to nginx!</body></html>", None, "Expected a <ListBucketResult>"),
    (200, b"", None, "empty"),
    (200, b"\x89PNG\r\n\x1a\n binary", None, "unreadable XML"),
    (200, b"<ListBucketResult><Contents><Key>k</Key><Size>NaN</Size></Contents>"
          b"</ListBucketResult>", None, "should be a number"),
    (500, fifty_megabytes, 50 * 1024 * 1024 + 42, "exceeded"),
    (200, fifty_megabytes, 50 * 1024 * 1024 + 42, "exceeded"),
], ids=["entity-bomb", "html", "empty", "binary", "bad-number", "50MB-error", "50MB-listing"])
def test_hostile_answers_are_malformed_response(make_client: ClientFactory, status: int,
                                                body: Any, length: int | None,
                                                why: str) -> None:
    with HostileServer(status, body, length) as hostile:
        client = make_client(hostile.url, retry=FAST)
        started = time.monotonic()
        with pytest.raises(MalformedResponse, match=why):
            client.list_objects_page(bucket="any-bucket")
        assert time.monotonic() - started < 20
        assert hostile.requests == 1  # a hostile answer is not worth asking again


def test_hostile_error_document_still_gives_a_service_error(make_client: ClientFactory) -> None:
    with HostileServer(403, BOMB.replace(b"ListBucketResult", b"Error")) as hostile:
        client = make_client(hostile.url, retry=FAST)
        with pytest.raises(ServiceError) as caught:
            client.list_objects_v2(bucket="any-bucket")
    assert caught.value.status == 403 and caught.value.code == "AccessDenied"
    assert "lol" not in str(caught.value)
