"""Acknowledge a response's headers at once, so its body is not held back for 40 ms.

A server that writes the status line and headers in one small TCP segment and the body in a
second (Ceph RGW's beast frontend does, and RGW is what Spaces runs) has Nagle's algorithm hold
the second segment until the first is acknowledged, while Linux delays that acknowledgement by
up to 40 ms because the client has nothing to send back. Every small GET then takes ~44 ms
instead of ~2 ms, which caps a folder of small files at ~23 files/s per connection.

Setting TCP_QUICKACK once the headers are read sends the pending ACK immediately (the kernel
flushes a scheduled ACK when the option is set), so the body follows at once. It costs one
empty packet per response. Where the option does not exist (macOS, Windows) nothing changes.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3 import PoolManager, ProxyManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

TCP_QUICKACK: int | None = getattr(socket, "TCP_QUICKACK", None)


def ack_now(sock: socket.socket | None) -> None:
    """Send the ACK the kernel is holding back on `sock`, if it can."""
    if TCP_QUICKACK is None or sock is None:
        return
    with contextlib.suppress(OSError):  # a closed socket: there is nothing to acknowledge
        sock.setsockopt(socket.IPPROTO_TCP, TCP_QUICKACK, 1)


class QuickAckHTTPConnection(HTTPConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:  # urllib3's own signature
        response = super().getresponse(*args, **kwargs)
        ack_now(self.sock)
        return response


class QuickAckHTTPSConnection(HTTPSConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:  # urllib3's own signature
        response = super().getresponse(*args, **kwargs)
        ack_now(self.sock)
        return response


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = QuickAckHTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = QuickAckHTTPSConnection


_POOLS: dict[str, type[HTTPConnectionPool]] = {"http": _HTTPPool, "https": _HTTPSPool}


def _use_quick_ack(manager: Any) -> Any:
    # SOCKS managers bring their own connection classes; they keep them.
    if type(manager) in (PoolManager, ProxyManager):
        manager.pool_classes_by_scheme = _POOLS
    return manager


class QuickAckAdapter(HTTPAdapter):
    """requests' adapter whose connections acknowledge every response's headers at once."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _use_quick_ack(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        known = proxy in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        return manager if known else _use_quick_ack(manager)


def mount(session: Any) -> None:
    """Give `session` (a requests.Session) quick-ack connections where the platform has them."""
    if TCP_QUICKACK is None:
        return
    adapter = QuickAckAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
