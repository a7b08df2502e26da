"""Shared set-up for the browser tests: a client registry on the RGW, optionally proxied."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from spacesgui.clients import ClientRegistry
from spacesgui.s3 import S3Client
from tests.faultproxy import FaultProxy
from tests.servers import ServerInfo

ACCOUNT = "acct-1"
WAIT = 20_000


def make_client(server: ServerInfo, endpoint: str | None = None) -> S3Client:
    return S3Client(endpoint=endpoint or server.endpoint, region=server.region,
                    access_key=server.access_key, secret_key=server.secret_key,
                    addressing="path")


def registry_for(server: ServerInfo, proxy: FaultProxy | None = None) -> ClientRegistry:
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(server, proxy.url if proxy else None))
    return registry


def put_keys(boto_client: Any, bucket: str, keys: Iterable[str], *, threads: int = 16) -> None:
    """Empty objects, in parallel (the boto3 client is thread-safe)."""
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda k: boto_client.put_object(Bucket=bucket, Key=k, Body=b""), keys))


def list_requests(proxy: FaultProxy, bucket: str) -> int:
    """ListObjects(V2) requests forwarded for `bucket` (path-style GETs on the bucket itself)."""
    return sum(1 for s in proxy.forwarded
               if s.method == "GET" and s.path.rstrip("/") == f"/{bucket}"
               and "uploads" not in s.query and "versions" not in s.query)


def rows(model: Any, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]
