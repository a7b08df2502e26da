"""Ready S3 clients by account id: the one way the models, dialogs, commands and the transfer
queue get the client of an account.

A client needs its secret, and secrets come from the keyring off the GUI thread; the app
builds each client once (worker thread) and puts it here, so views never touch the keyring.
Until then `client_for` raises AccountNotReady, whose text is written for the user.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from spacesgui.errors import UserFacingError
from spacesgui.s3.client import S3Client

ClientProvider = Callable[[str], S3Client]
"""`client_for(account_id)`: the account's client, or AccountNotReady."""


class AccountNotReady(UserFacingError):
    """The account has no client yet: its secret is still being read, or is missing."""

    def __init__(self, account_id: str, name: str | None = None) -> None:
        shown = name or account_id
        super().__init__(f"The account \u201c{shown}\u201d is not connected yet: its secret key "
                         "is still being read, or is missing. Wait a moment, or open Accounts to "
                         "enter it, then try again.")
        self.account_id = account_id


class ClientRegistry:
    """Thread-safe: workers read it while the GUI thread adds and removes accounts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: dict[str, S3Client] = {}
        self._names: dict[str, str] = {}

    def put(self, account_id: str, client: S3Client) -> None:
        with self._lock:
            self._clients[account_id] = client

    def name(self, account_id: str, name: str) -> None:
        """The account's display name, for the not-ready message."""
        with self._lock:
            self._names[account_id] = name

    def client_for(self, account_id: str) -> S3Client:
        """The account's client; AccountNotReady (a user-facing message) while it has none."""
        with self._lock:
            client = self._clients.get(account_id)
            name = self._names.get(account_id)
        if client is None:
            raise AccountNotReady(account_id, name)
        return client

    def get(self, account_id: str) -> S3Client | None:
        """The client if there is one; to use it, call client_for (it explains a missing one)."""
        with self._lock:
            return self._clients.get(account_id)

    def drop(self, account_id: str) -> None:
        with self._lock:
            self._clients.pop(account_id, None)

    def __contains__(self, account_id: object) -> bool:
        with self._lock:
            return account_id in self._clients
