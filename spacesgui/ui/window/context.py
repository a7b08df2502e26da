"""What the window's parts need from the app and from each other, as narrow Protocols.

The window is built from an AppContext (spacesgui/app.py), which sits above the UI layer and is
therefore named here only by the members the window uses. The commands read where the user is
and what is selected through `Place`, never through the window itself.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from spacesgui.clients import ClientRegistry
from spacesgui.config import Account
from spacesgui.states import AccountState
from spacesgui.ui.app_preferences import AppPreferences
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfers import TransferQueue


class WindowContext(Protocol):
    """The app's side of one window: workers, clients, accounts and their states."""

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def registry(self) -> ClientRegistry: ...

    @property
    def queue(self) -> TransferQueue: ...

    @property
    def preferences(self) -> AppPreferences: ...

    @property
    def accounts_changed(self) -> SignalInstance:
        """Emits the tuple of accounts to show."""

    @property
    def account_state_changed(self) -> SignalInstance:
        """Emits an account id and its AccountState."""

    @property
    def sandbox_failed(self) -> SignalInstance:
        """Emits the exception that stopped the sandbox."""

    @property
    def accounts(self) -> tuple[Account, ...]: ...

    @property
    def can_edit_accounts(self) -> bool: ...

    @property
    def sandbox_starting(self) -> bool: ...

    def account(self, account_id: str) -> Account | None: ...

    def state(self, account_id: str) -> AccountState: ...

    def is_sandbox(self, account_id: str) -> bool: ...

    def start_sandbox(self) -> None: ...

    def open_accounts_dialog(self, parent: QWidget,
                             account_id: str | None = None) -> QWidget | None: ...


class Place(Protocol):
    """Where the user is and what they selected: what a command acts on."""

    @property
    def location(self) -> Location | None: ...

    def selected_entries(self) -> list[Entry]: ...

    def selected_bucket(self) -> str | None: ...

    def current_account_id(self) -> str | None: ...
