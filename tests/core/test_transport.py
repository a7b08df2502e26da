"""Transport against a scripted stub HTTP server on 127.0.0.1 (real sockets, no mocked requests)."""

from __future__ import annotations

import email.utils
import io
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import (
    Cancelled,
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    ServiceError,
)
from spacesgui.s3.http import Request, RetryEvent, RetryPolicy, Transport
from tests.stubserver import RESET, Reply, Reset, StubRequest, StubServer
from tests.stubserver import scripted as scripted_answers

FAST = RetryPolicy(max_attempts=3, base=0.001, cap=0.002)


def error(code: str, status: int = 503, **headers: str) -> tuple[int, dict[str, str], bytes]:
    body = f"<Error><Code>{code}</Code><Message>m</Message><RequestId>rid-{code}</RequestId>"
    return status, headers, (body + "</Error>").encode()


class Scripted:
    """Answers requests with the scripted replies in order, then 200 "ok"; records each.

    A reply is RESET or (status, headers, body).
    """

    def __init__(self, *replies: Any) -> None:
        self._stub = StubServer(scripted_answers(
            *(r if isinstance(r, Reset) else Reply(*r) for r in replies))).start()
        self.url = self._stub.url

    @property
    def got(self) -> list[StubRequest]:
        return self._stub.seen

    def close(self) -> None:
        self._stub.stop()


@pytest.fixture
def scripted() -> Iterator[list[Scripted]]:
    made: list[Scripted] = []
    yield made
    for server in made:
        server.close()


def serve(made: list[Scripted], *replies: Any) -> Scripted:
    server = Scripted(*replies)
    made.append(server)
    return server


class Signer:
    """Records the `now` of every signing; the transport must sign every attempt afresh."""

    def __init__(self) -> None:
        self.times: list[datetime] = []

    def __call__(self, request: Request, now: datetime) -> dict[str, str]:
        self.times.append(now)
        return {"x-amz-date": now.strftime("%Y%m%dT%H%M%SZ")}


def send(server: Scripted, transport: Transport, *, method: str = "GET", body: Any = None,
         **kwargs: Any) -> Any:
    request = Request(method, f"{server.url}/bucket/key", {}, body, "UNSIGNED-PAYLOAD", None,
                      "bucket/key")
    return transport.send(request, kwargs.pop("signer", Signer()), **kwargs)


def test_retry_after_is_honoured_and_each_attempt_signed_anew(scripted: list[Scripted]) -> None:
    server = serve(scripted, error("SlowDown", **{"Retry-After": "0.3"}))
    signer = Signer()
    events: list[RetryEvent] = []
    response = send(server, Transport(retry=FAST), signer=signer, on_retry=events.append)
    assert response.status_code == 200 and response.content == b"ok"
    assert [(e.attempt, e.delay, e.throttled) for e in events] == [(1, 0.3, True)]
    assert server.got[1].at - server.got[0].at >= 0.28
    assert len(signer.times) == 2 and signer.times[1] > signer.times[0]


def test_retry_after_as_http_date_uses_the_injected_clock(scripted: list[Scripted]) -> None:
    fake_now = 1_700_000_000.0
    when = email.utils.format_datetime(datetime.fromtimestamp(fake_now + 1, tz=UTC), usegmt=True)
    server = serve(scripted, error("SlowDown", **{"Retry-After": when}))
    events: list[RetryEvent] = []
    send(server, Transport(retry=FAST, clock=lambda: fake_now), on_retry=events.append)
    assert events[0].delay == 1.0


def test_500_retried_but_not_throttled_then_surfaces(scripted: list[Scripted]) -> None:
    server = serve(scripted, *[error("InternalError", 500)] * 5)
    events: list[RetryEvent] = []
    with pytest.raises(ServiceError) as caught:
        send(server, Transport(retry=FAST), on_retry=events.append)
    assert (caught.value.code, caught.value.request_id) == ("InternalError", "rid-InternalError")
    assert len(server.got) == FAST.max_attempts and not any(e.throttled for e in events)


def test_client_errors_are_not_retried(scripted: list[Scripted]) -> None:
    server = serve(scripted, error("AccessDenied", 403))
    with pytest.raises(ServiceError) as caught:
        send(server, Transport(retry=FAST))
    assert caught.value.code == "AccessDenied" and len(server.got) == 1


def test_reset_is_retried_and_the_body_rewound(scripted: list[Scripted]) -> None:
    server = serve(scripted, RESET)
    body = io.BytesIO(b"skip" + b"payload")
    body.seek(4)
    send(server, Transport(retry=FAST), method="PUT", body=body)
    assert [g.body for g in server.got] == [b"payload", b"payload"]


def test_refused_connection_is_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = Request("GET", f"http://127.0.0.1:{port}/b", {}, None, "x", None, "b")
    with pytest.raises(NetworkError) as caught:
        Transport(retry=FAST).send(request, Signer())
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_skew_is_corrected_once_from_the_date_header(scripted: list[Scripted]) -> None:
    server_time = email.utils.formatdate(time.time(), usegmt=True)
    server = serve(scripted, error("RequestTimeTooSkewed", 403, Date=server_time),
                   error("RequestTimeTooSkewed", 403, Date=server_time))
    signer = Signer()
    transport = Transport(retry=FAST, clock=lambda: time.time() + 3600)
    with pytest.raises(ServiceError) as caught:
        send(server, transport, signer=signer)
    assert caught.value.code == "RequestTimeTooSkewed" and len(server.got) == 2
    assert abs((signer.times[1] - datetime.now(UTC)).total_seconds()) < 5
    assert abs((transport.now() - datetime.now(UTC)).total_seconds()) < 5


def test_cancel_during_backoff(scripted: list[Scripted]) -> None:
    server = serve(scripted, error("SlowDown", **{"Retry-After": "30"}))
    token = CancelToken()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        send(server, Transport(retry=FAST), cancel=token, on_retry=lambda e: token.cancel())
    assert time.monotonic() - started < 5 and len(server.got) == 1


def test_redirect_names_region_endpoint(scripted: list[Scripted]) -> None:
    server = serve(scripted, (301, {"x-amz-bucket-region": "fra1"}, b""))
    with pytest.raises(PermanentRedirect) as caught:
        send(server, Transport(retry=FAST), method="HEAD")
    assert caught.value.endpoint == "fra1.digitaloceanspaces.com"
    assert caught.value.bucket == "bucket"


def test_oversized_answers_are_malformed(scripted: list[Scripted]) -> None:
    server = serve(scripted, (500, {}, b"<Error>" + b"x" * 300_000),
                   (200, {}, b"y" * (16 * 1024 * 1024 + 1)))
    with pytest.raises(MalformedResponse, match="exceeded"):
        send(server, Transport(retry=FAST))
    with pytest.raises(MalformedResponse, match="exceeded"):
        send(server, Transport(retry=FAST))
    assert len(server.got) == 2


def test_streamed_answer_is_left_unread(scripted: list[Scripted]) -> None:
    server = serve(scripted, (200, {}, b"z" * 100_000))
    response = send(server, Transport(retry=FAST), stream=True)
    assert response.raw.read(10) == b"z" * 10
    response.close()
