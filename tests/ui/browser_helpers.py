"""Shared set-up for the browser tests: the account, waits, many keys at once, request counts."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from spacesgui.clients import ClientRegistry
from tests.faultproxy import FaultProxy

ACCOUNT = "acct-1"
WAIT = 20_000


class RegistryFactory(Protocol):
    """The `registry_for` fixture: a registry holding ACCOUNT, through `proxy` if given."""

    def __call__(self, proxy: FaultProxy | None = None) -> ClientRegistry: ...


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
