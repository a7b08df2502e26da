"""Shared set-up for the browser tests: the account, waits, many keys at once, request counts."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QElapsedTimer, QTimer

from spacesgui.clients import ClientRegistry
from tests.faultproxy import FaultProxy
from tests.servers import ServerInfo, make_boto_client

ACCOUNT = "acct-1"
WAIT = 20_000


class RegistryFactory(Protocol):
    """The `registry_for` fixture: a registry holding ACCOUNT, through `proxy` if given."""

    def __call__(self, proxy: FaultProxy | None = None) -> ClientRegistry: ...


def put_keys(boto_client: Any, bucket: str, keys: Iterable[str], *, threads: int = 16) -> None:
    """Empty objects, in parallel (the boto3 client is thread-safe)."""
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda k: boto_client.put_object(Bucket=bucket, Key=k, Body=b""), keys))


def put_many(server: ServerInfo, bucket: str, keys: Iterable[str]) -> float:
    """PUT empty objects fast, as bare anonymous HTTP on 32 keep-alive connections (boto3
    manages about 230 PUT/s here, this 500-1,300): the bucket is public-read-write meanwhile.
    Returns the seconds it took."""
    boto = make_boto_client(server)
    boto.put_bucket_acl(Bucket=bucket, ACL="public-read-write")
    where = urlsplit(server.endpoint)
    assert where.hostname and where.port
    local = threading.local()
    connections: list[http.client.HTTPConnection] = []

    def put(key: str) -> None:
        conn = getattr(local, "conn", None)
        if conn is None:  # one keep-alive connection per thread
            conn = local.conn = http.client.HTTPConnection(where.hostname, where.port, timeout=60)
            connections.append(conn)
        conn.request("PUT", f"/{bucket}/{key}", body=b"", headers={"Content-Length": "0"})
        response = conn.getresponse()
        response.read()
        assert response.status == 200, (key, response.status)

    start = time.perf_counter()
    try:
        with ThreadPoolExecutor(32) as pool:
            list(pool.map(put, keys, chunksize=256))
    finally:
        for conn in connections:
            conn.close()
        boto.put_bucket_acl(Bucket=bucket, ACL="private")
    return time.perf_counter() - start


class Heartbeat:
    """A 10 ms timer; `longest` is the biggest gap between ticks (an event-loop stall)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def list_requests(proxy: FaultProxy, bucket: str) -> int:
    """ListObjects(V2) requests forwarded for `bucket` (path-style GETs on the bucket itself)."""
    return sum(1 for s in proxy.forwarded
               if s.method == "GET" and s.path.rstrip("/") == f"/{bucket}"
               and "uploads" not in s.query and "versions" not in s.query)


def rows(model: Any, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]
