"""Ready S3 clients by account id, shared by the models, dialogs and the transfer queue.

A client needs its secret, and secrets come from the keyring off the GUI thread; the app
builds each client once (worker thread) and puts it here, so views never touch the keyring.
"""

from __future__ import annotations

import threading

from spacesgui.s3.client import S3Client


class ClientRegistry:
    """Thread-safe: workers read it while the GUI thread adds and removes accounts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: dict[str, S3Client] = {}

    def put(self, account_id: str, client: S3Client) -> None:
        with self._lock:
            self._clients[account_id] = client

    def get(self, account_id: str) -> S3Client | None:
        with self._lock:
            return self._clients.get(account_id)

    def drop(self, account_id: str) -> None:
        with self._lock:
            self._clients.pop(account_id, None)

    def __contains__(self, account_id: object) -> bool:
        with self._lock:
            return account_id in self._clients
