"""The fault proxy in front of a stub upstream: forwarding and each fault."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator

import pytest

from tests.faultproxy import FaultProxy, RateLimit
from tests.stubserver import Answer, Reply, StubRequest, StubServer

BODY = bytes(range(256)) * 40  # 10240 bytes


def _upstream_answer(log: list[tuple[str, str, str | None, bytes]]) -> Answer:
    """Echo a PUT's body; answer GET and HEAD with BODY (chunked under /chunked)."""
    def answer(request: StubRequest) -> Reply:
        log.append((request.method, request.path, request.headers.get("host"), request.body))
        if request.method == "PUT":
            return Reply(200, body=request.body)
        if request.path.startswith("/chunked"):
            return Reply(200, body=lambda: (BODY[:1000], BODY[1000:]), chunked=True)
        return Reply(200, body=BODY)
    return answer


@pytest.fixture
def upstream() -> Iterator[tuple[str, list[tuple[str, str, str | None, bytes]]]]:
    log: list[tuple[str, str, str | None, bytes]] = []
    with StubServer(_upstream_answer(log)) as server:
        yield server.url, log


@pytest.fixture
def proxy(upstream: tuple[str, list[object]]) -> Iterator[FaultProxy]:
    with FaultProxy(upstream[0]) as p:
        yield p


def _conn(proxy: FaultProxy) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=10)


def _get(proxy: FaultProxy, path: str = "/b/key", method: str = "GET",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = _conn(proxy)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_forwards_request_unchanged_and_counts(proxy: FaultProxy, upstream: tuple) -> None:
    conn = _conn(proxy)
    conn.request("GET", "/b/k%20ey?versionId=1&x=%2F", headers={"Host": "b.localhost:1234"})
    first = conn.getresponse()
    assert (first.status, first.read()) == (200, BODY)
    conn.request("PUT", "/b/up", body=b"payload")  # same keep-alive connection
    second = conn.getresponse()
    assert (second.status, second.read()) == (200, b"payload")
    conn.close()
    assert upstream[1] == [("GET", "/b/k%20ey?versionId=1&x=%2F", "b.localhost:1234", b""),
                           ("PUT", "/b/up", f"127.0.0.1:{proxy.port}", b"payload")]
    assert [(s.method, s.path, s.query) for s in proxy.forwarded] == [
        ("GET", "/b/k%20ey", "versionId=1&x=%2F"), ("PUT", "/b/up", "")]
    assert proxy.count("PUT") == 1 and proxy.count(path="/b/") == 2


def test_chunked_both_ways_and_head(proxy: FaultProxy, upstream: tuple) -> None:
    assert _get(proxy, "/chunked")[2] == BODY
    status, headers, body = _get(proxy, "/b/key", method="HEAD")
    assert (status, headers["content-length"], body) == (200, str(len(BODY)), b"")
    conn = _conn(proxy)
    conn.request("PUT", "/b/c", body=iter([b"ab", b"cd"]), encode_chunked=True)
    assert conn.getresponse().read() == b"abcd"
    conn.close()
    assert upstream[1][-1][3] == b"abcd"


def test_slow_down_then_forward(proxy: FaultProxy) -> None:
    fault = proxy.slow_down(times=2, retry_after=3, method="get")
    status, headers, body = _get(proxy)
    assert status == 503 and headers["retry-after"] == "3"
    assert b"<Code>SlowDown</Code>" in body and headers["content-type"] == "application/xml"
    assert fault.hit.is_set() and not fault.spent.is_set()
    assert _get(proxy)[0] == 503 and fault.spent.is_set()
    assert _get(proxy)[0] == 200
    assert [s.fault for s in proxy.seen] == ["respond", "respond", None]
    assert proxy.count() == 1


def test_filter_by_method_and_path(proxy: FaultProxy) -> None:
    fault = proxy.error(500, method="PUT", path="/only-here")
    assert _get(proxy, "/only-here")[0] == 200  # a GET: not matched
    conn = _conn(proxy)
    conn.request("PUT", "/b/elsewhere", body=b"x")
    assert conn.getresponse().read() == b"x"
    conn.request("PUT", "/b/only-here", body=b"drained")  # the body is read, keep-alive holds
    resp = conn.getresponse()
    assert resp.status == 500 and b"<Code>InternalError</Code>" in resp.read()
    conn.request("PUT", "/b/only-here", body=b"y")
    assert conn.getresponse().read() == b"y"
    conn.close()
    assert fault.hits == 1


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_are_html(proxy: FaultProxy, status: int) -> None:
    proxy.error(status)
    got, headers, body = _get(proxy)
    assert got == status and headers["content-type"] == "text/html" and b"<html>" in body


def test_reset_before_answering(proxy: FaultProxy) -> None:
    proxy.reset()
    with pytest.raises(ConnectionError):
        _get(proxy)
    assert _get(proxy)[0] == 200
    assert [s.forwarded for s in proxy.seen] == [False, True]


def test_reset_mid_body(proxy: FaultProxy) -> None:
    proxy.reset_mid_body(after_bytes=100)
    conn = _conn(proxy)
    conn.request("GET", "/b/key")
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Content-Length") == str(len(BODY))
    with pytest.raises((http.client.IncompleteRead, ConnectionError)):
        resp.read()
    conn.close()
    assert proxy.count() == 1


def test_delay_holds_until_released(proxy: FaultProxy) -> None:
    release = threading.Event()
    fault = proxy.delay(release=release)
    results: list[int] = []
    client = threading.Thread(target=lambda: results.append(_get(proxy)[0]))
    client.start()
    assert fault.hit.wait(10)
    assert results == []  # held: the upstream has not answered
    release.set()
    client.join(10)
    assert results == [200]


def _raw_exchange(proxy: FaultProxy, head: bytes) -> tuple[socket.socket, bytes]:
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=10)
    sock.sendall(head)
    return sock, sock.recv(65536)


def test_expect_100_continue_forwarded(proxy: FaultProxy, upstream: tuple) -> None:
    head = (b"PUT /b/e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
            b"Expect: 100-continue\r\n\r\n")
    sock, interim = _raw_exchange(proxy, head)
    with sock:
        assert interim.startswith(b"HTTP/1.1 100")
        sock.sendall(b"hello")
        reply = b""
        while not reply.endswith(b"hello"):
            reply += sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 200") and upstream[1][-1][3] == b"hello"


def test_fault_answers_expect_100_without_the_body(proxy: FaultProxy) -> None:
    proxy.slow_down()
    head = (b"PUT /b/e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
            b"Expect: 100-continue\r\n\r\n")
    sock, reply = _raw_exchange(proxy, head)
    with sock:
        while sock.recv(65536):  # the proxy closes: the body's fate is unknown to it
            pass
    assert reply.startswith(b"HTTP/1.1 503") and b"Connection: close" in reply


def test_stop_ends_idle_keepalive_connections(upstream: tuple) -> None:
    proxy = FaultProxy(upstream[0]).start()
    conn = _conn(proxy)
    conn.request("GET", "/b/key")
    conn.getresponse().read()
    proxy.stop()  # returns only once every handler thread has been joined
    conn.close()
    assert not [t for t in threading.enumerate() if t.name == "faultproxy"]


def test_rate_limit_token_bucket_one_second_deep() -> None:
    limit = RateLimit(10.0, _tokens=10.0, _last=0.0)
    assert all(limit.admit(0.0) for _ in range(10))
    assert not limit.admit(0.05)            # half a token back: still refused
    assert limit.admit(0.1)                 # one token back
    assert not limit.admit(0.1)
    assert (limit.allowed, limit.refused) == (11, 2)
    assert limit.admit(100.0) and limit._tokens == 9.0   # never more than a second's worth


def test_rate_limit_refuses_with_slow_down(proxy: FaultProxy) -> None:
    limit = proxy.rate_limit(2, retry_after=3)
    answers = [_get(proxy) for _ in range(4)]
    assert [status for status, _, _ in answers[:2]] == [200, 200]
    refused = [a for a in answers if a[0] == 503]
    assert refused and limit is not None and limit.refused == len(refused)
    _status, headers, body = refused[0]
    assert headers["retry-after"] == "3" and b"<Code>SlowDown</Code>" in body
    assert proxy.count() == limit.allowed
    proxy.rate_limit(None)
    assert _get(proxy)[0] == 200


def test_filter_by_query(proxy: FaultProxy) -> None:
    fault = proxy.error(500, query="uploads")
    assert _get(proxy, "/b/key?partNumber=1")[0] == 200
    assert _get(proxy, "/b/key?uploads")[0] == 500
    assert fault.spent.is_set()
