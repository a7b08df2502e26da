"""The list model behind the accounts dialog (passes qtmodeltester)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from spacesgui.config import Account
from spacesgui.s3.spaces import region_label

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


def where(account: Account) -> str:
    """A short description of where the account connects."""
    if account.endpoint:
        return account.endpoint
    return QCoreApplication.translate("account_list", "DigitalOcean Spaces, {region}").format(
        region=region_label(account.region))


class AccountListModel(QAbstractListModel):
    """The accounts, in config order; AccountRole gives the Account of a row."""

    AccountRole = Qt.ItemDataRole.UserRole + 1
    SubtitleRole = Qt.ItemDataRole.UserRole + 2  # the second, greyed line: where it connects

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []
        self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    # Any: QAbstractItemModel.data returns a QVariant, whatever type the role holds.
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account = self._rows[index.row()]
        values: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: account.name,
            Qt.ItemDataRole.ToolTipRole: lambda: where(account),
            Qt.ItemDataRole.DecorationRole: lambda: self._icon,
            self.AccountRole: lambda: account,
            self.SubtitleRole: lambda: where(account),
        }
        value = values.get(role)
        return value() if value is not None else None

    def set_accounts(self, accounts: tuple[Account, ...]) -> None:
        self.beginResetModel()
        self._rows = list(accounts)
        self.endResetModel()

    def row_of(self, account_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == account_id), -1)

    def account_at(self, row: int) -> Account | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def upsert(self, account: Account) -> int:
        row = self.row_of(account.id)
        if row >= 0:
            self._rows[row] = account
            self.dataChanged.emit(self.index(row), self.index(row))
            return row
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append(account)
        self.endInsertRows()
        return row

    def remove(self, account_id: str) -> None:
        row = self.row_of(account_id)
        if row >= 0:
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()


class AccountDelegate(QStyledItemDelegate):
    """Two lines per account, as in Cyberduck's bookmark list: the name, then the server."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        return QSize(size.width(), max(size.height(), 2 * line + 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        subtitle = str(index.data(AccountListModel.SubtitleRole) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = opt.fontMetrics.height()
        top = text_rect.top() + (text_rect.height() - 2 * line) // 2
        painter.save()
        painter.setPen(opt.palette.color(role))
        name = opt.fontMetrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight,
                                          text_rect.width())
        painter.drawText(QRect(text_rect.left(), top, text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorGroup.Disabled,
                                             QPalette.ColorRole.Text))
        small = opt.fontMetrics.elidedText(subtitle, Qt.TextElideMode.ElideMiddle,
                                           text_rect.width())
        painter.drawText(QRect(text_rect.left(), top + line, text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, small)
        painter.restore()
