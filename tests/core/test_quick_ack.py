"""Responses acknowledge their headers at once (TCP_QUICKACK), on direct and proxied pools."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from spacesgui.s3 import quick_ack
from spacesgui.s3.http import Request, Transport
from tests.stubserver import Reply, StubRequest, StubServer

pytestmark = pytest.mark.skipif(quick_ack.TCP_QUICKACK is None,
                                reason="this platform has no TCP_QUICKACK")


def test_a_response_is_acknowledged_once_its_headers_are_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []

    def record(sock: socket.socket | None) -> None:
        events.append("ack" if isinstance(sock, socket.socket) else "no socket")

    def body() -> Any:
        yield b"x" * 1000

    monkeypatch.setattr(quick_ack, "ack_now", record)

    def answer(request: StubRequest) -> Reply:
        return Reply(200, {}, body, length=1000)

    with StubServer(answer) as stub:
        request = Request("GET", f"{stub.url}/b/k", {}, None, "UNSIGNED-PAYLOAD", None, "b/k")
        response = Transport().send(request, lambda r, now: {}, stream=True)
        assert events == ["ack"]          # once the headers are in, the body still unread
        assert response.raw.read() == b"x" * 1000
        response.close()
    assert events == ["ack"]


def test_proxied_requests_get_quick_ack_connections_too() -> None:
    adapter = quick_ack.QuickAckAdapter()
    manager = adapter.proxy_manager_for("http://127.0.0.1:9")
    pool = manager.connection_from_url("http://example.invalid/")
    assert issubclass(pool.ConnectionCls, quick_ack.QuickAckHTTPConnection)
    direct = adapter.poolmanager.connection_from_url("https://example.invalid/")
    assert issubclass(direct.ConnectionCls, quick_ack.QuickAckHTTPSConnection)


def test_the_kernel_takes_the_option_on_a_connected_socket() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        client = socket.create_connection(server.getsockname())
        accepted, _ = server.accept()
        with client, accepted:
            quick_ack.ack_now(client)   # raises nothing on a live TCP socket
            assert client.getsockopt(socket.IPPROTO_TCP, quick_ack.TCP_QUICKACK) == 1
    quick_ack.ack_now(None)
