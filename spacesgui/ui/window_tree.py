"""Account rows of the tree, decorated with what the app knows and the tree model does not.

The tree model lists accounts, buckets and folders; whether an account is the sandbox, still
connecting, or waiting for its secret key is the app's knowledge (AppContext), so this thin
identity proxy adds it to the top-level rows: a badge in the text, an icon and a tooltip.
"""


from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from spacesgui.sandbox import SANDBOX_TOOLTIP
from spacesgui.ui import icons

Index = QModelIndex | QPersistentModelIndex

NEEDS_KEY_TIP = ("The secret key for this account is not available (not saved, or the keyring "
                 "is locked). Click to enter it.")


class AccountBadgeProxy(QIdentityProxyModel):
    """Adds "sample data" / "needs key" / "connecting" to account rows."""

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.account_state_changed.connect(self._on_account_state_changed)

    def account_id(self, index: Index) -> str | None:
        if not index.isValid() or index.parent().isValid():
            return None
        location = self.location(index)
        return location.account_id if location is not None else None

    def location(self, index: Index) -> Any:
        source = self.sourceModel()
        if source is None or not index.isValid():
            return None
        return source.location(self.mapToSource(index))

    def index_for(self, location: Any) -> QModelIndex:
        source = self.sourceModel()
        return self.mapFromSource(source.index_for(location)) if source is not None else \
            QModelIndex()

    def data(self, index: Index,  # noqa: PLR0911 - one return per role and state
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        account_id = self.account_id(index)
        if account_id is None:
            return value
        from spacesgui.app import CONNECTING, FAILED, NEEDS_KEY

        state = self._context.state(account_id)
        sandbox = self._context.is_sandbox(account_id)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            if state == NEEDS_KEY:
                return f"{value}  \u2014 needs key"
            if sandbox:
                return f"{value}  \u00b7 sample data"
            return value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            if state == NEEDS_KEY:
                return NEEDS_KEY_TIP
            if state == FAILED:
                return "This account's settings cannot be used. Open Accounts to fix them."
            if sandbox:
                return SANDBOX_TOOLTIP
            if state == CONNECTING:
                return "Connecting\u2026"
            return value
        if role == Qt.ItemDataRole.DecorationRole and state in (NEEDS_KEY, FAILED):
            return icons.warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and state in (NEEDS_KEY, CONNECTING):
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorRole.PlaceholderText))
        return value

    def _on_account_state_changed(self, account_id: str, _state: str) -> None:
        for row in range(self.rowCount()):
            index = self.index(row, 0)
            if self.account_id(index) == account_id:
                self.dataChanged.emit(index, index)
