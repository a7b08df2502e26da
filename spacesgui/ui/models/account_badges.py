"""Account rows of the tree, decorated with what the app knows and the tree model does not.

The tree model lists accounts, buckets and folders; whether an account is the sandbox, still
connecting, or waiting for its secret key is the app's knowledge, so this thin identity proxy
adds it to the top-level rows: a badge in the text, an icon and a tooltip.
"""


from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from spacesgui.sandbox import SANDBOX_TOOLTIP
from spacesgui.states import AccountState
from spacesgui.ui import icons
from spacesgui.ui.models.bucket_tree import BucketTreeModel
from spacesgui.ui.models.entries import Location
from spacesgui.ui.translations import N_, shown

Index = QModelIndex | QPersistentModelIndex

NEEDS_KEY_TIP = N_("AccountBadgeProxy", "The secret key for this account is not available (not "
                   "saved, or the keyring is locked). Click to enter it.")
FAILED_TIP = N_("AccountBadgeProxy",
                "This account's settings cannot be used. Open Accounts to fix them.")


class AccountBadgeProxy(QIdentityProxyModel):
    """Adds "sample data" / "needs key" / "connecting" to account rows.

    Args:
        state: an account's state, by id.
        is_sandbox: whether an account id is the local sandbox.
    """

    def __init__(self, source: BucketTreeModel, *, state: Callable[[str], AccountState],
                 is_sandbox: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree = source
        self._state, self._is_sandbox = state, is_sandbox
        self.setSourceModel(source)

    def account_id(self, index: Index) -> str | None:
        if not index.isValid() or index.parent().isValid():
            return None
        location = self.location(index)
        return location.account_id if location is not None else None

    def location(self, index: Index) -> Location | None:
        if not index.isValid():
            return None
        return self._tree.location(self.mapToSource(index))

    def index_for(self, location: Location) -> QModelIndex:
        return self.mapFromSource(self._tree.index_for(location))

    # Any: QAbstractItemModel.data returns a QVariant (str, QIcon, QBrush or None per role).
    def data(self, index: Index,  # noqa: PLR0911 - one return per role and state
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        account_id = self.account_id(index)
        if account_id is None:
            return value
        state = self._state(account_id)
        sandbox = self._is_sandbox(account_id)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            if state == AccountState.NEEDS_KEY:
                return self.tr("{value}  \u2014 needs key").format(value=value)
            if sandbox:
                return self.tr("{value}  \xb7 sample data").format(value=value)
            return value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            if state == AccountState.NEEDS_KEY:
                return self.tr(NEEDS_KEY_TIP)
            if state == AccountState.FAILED:
                return self.tr(FAILED_TIP)
            if sandbox:
                return shown(SANDBOX_TOOLTIP)
            if state == AccountState.CONNECTING:
                return self.tr("Connecting\u2026")
            return value
        if role == Qt.ItemDataRole.DecorationRole and state in (AccountState.NEEDS_KEY,
                                                                AccountState.FAILED):
            return icons.warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and state in (AccountState.NEEDS_KEY,
                                                                AccountState.CONNECTING):
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorRole.PlaceholderText))
        return value

    def on_account_state_changed(self, account_id: str, _state: AccountState) -> None:
        """Repaint the account's row (connected to AppContext.account_state_changed)."""
        for row in range(self.rowCount()):
            index = self.index(row, 0)
            if self.account_id(index) == account_id:
                self.dataChanged.emit(index, index)
