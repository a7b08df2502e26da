"""AsyncVault: the secret vault for GUI code, with every keyring call off the GUI thread.

A keyring call can block for as long as an unlock prompt stays open, so none may run on the GUI
thread. The vault gets its own one-thread runner: calls then happen in the order they were made
(a set followed by a delete never lands the other way round), and the lock inside
KeyringSecretStore still serializes them against keyring use elsewhere in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from spacesgui.s3.options import SSECustomerKey
from spacesgui.secrets import CustomerKeys, SecretVault
from spacesgui.workers.tasks import TaskRunner, TaskToken

Done = Callable[[int, Any], None]  # Any: get() sends str | None, call() what fn returns
Failed = Callable[[int, BaseException], None]


class AsyncVault(QObject):
    """get/set/delete/check on a SecretVault; results reach the callbacks on the GUI thread."""

    def __init__(self, vault: SecretVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = TaskRunner(max_threads=1, parent=self)

    @property
    def vault(self) -> SecretVault:
        """The synchronous vault, for code that already runs on a pool thread."""
        return self._vault

    def get(self, account_id: str, on_done: Done | None = None,
            on_failure: Failed | None = None) -> int:
        vault = self._vault
        return self._runner.submit(lambda _t: vault.get(account_id), on_done, on_failure)

    def set(self, account_id: str, secret: str, *, session_only: bool = False,
            on_done: Done | None = None, on_failure: Failed | None = None) -> int:
        """Store `secret`; a SecretStoreUnavailable failure means: ask about session-only."""
        vault = self._vault

        def store(_token: TaskToken) -> None:
            vault.set(account_id, secret, session_only=session_only)

        return self._runner.submit(store, on_done, on_failure)

    def delete(self, account_id: str, on_done: Done | None = None,
               on_failure: Failed | None = None) -> int:
        vault = self._vault
        return self._runner.submit(lambda _t: vault.delete(account_id), on_done, on_failure)

    def call(self, fn: Callable[[SecretVault], object], on_done: Done | None = None,
             on_failure: Failed | None = None) -> int:
        """Run fn(vault) in the same queue as get/set/delete (customer keys use this); fn must
        capture values only, never a widget."""
        vault = self._vault
        return self._runner.submit(lambda _t: fn(vault), on_done, on_failure)

    def customer_key(self, account_id: str, name: str) -> SSECustomerKey:
        """An account's named SSE-C key, read synchronously: for a transfer's worker thread,
        which may block on the keyring (never the GUI thread)."""
        return CustomerKeys(self._vault, account_id).sse_c(name)

    def session_only(self, account_id: str) -> bool:
        """Whether the secret lives only in memory (no keyring call, safe on the GUI thread)."""
        return self._vault.session_only(account_id)

    def active_count(self) -> int:
        return self._runner.active_count()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return self._runner.shutdown(timeout_ms)
