"""Sorting and filtering of the object table: folders first, natural names, numeric sizes.

Why not QSortFilterProxyModel: it compares rows through lessThan() or data(), a Python call per
comparison from C++. Measured here for 100,000 rows: 6.6 s with a Python lessThan and 14.9 s
with the built-in lessThan reading a sort role, against 0.03 s for Python's own sort. So this
proxy keeps one precomputed sort key per row and does its ordering with list.sort and bisect.

Rows are kept per group (folders, then objects) as positions into the source model's group
lists, which only ever grow at the end. Each group is held in ascending order; descending is
read backwards, so folders stay first whichever way the user sorts and flipping the order
costs nothing. A page that lands in one place (the usual case: S3 lists in key order) is one
rowsInserted; a page that scatters becomes one layout change.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from spacesgui.ui.models.entries import Row
from spacesgui.ui.models.object_table import Column, ObjectTableModel, SortKey, sort_key

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class _Group:
    """One group's accepted rows (`order`: positions into the source group, ascending)."""

    __slots__ = ("keys", "order", "positions")

    def __init__(self) -> None:
        self.keys: list[SortKey] = []  # sort key per source-group position (empty when unsorted)
        self.order: list[int] = []
        self.positions: list[int] | None = None  # source position -> index in order, lazily

    def position_of(self, local: int, size: int) -> int:
        if self.positions is None or len(self.positions) < size:
            positions = [-1] * size
            for i, pos in enumerate(self.order):
                positions[pos] = i
            self.positions = positions
        return self.positions[local] if local < len(self.positions) else -1


class ObjectFilterProxy(QAbstractProxyModel):
    """Filter by name substring (the loaded rows of this folder) and sort; folders first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._src: ObjectTableModel | None = None
        self._column = int(Column.NAME)
        self._order = Qt.SortOrder.AscendingOrder
        self._filter = ""
        self._folders = _Group()
        self._objects = _Group()

    # -- configuration ------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ObjectTableModel), "ObjectFilterProxy sorts ObjectTableModel"
        if self._src is not None:
            self._src.disconnect(self)
        self.beginResetModel()
        super().setSourceModel(model)
        self._src = model
        model.modelAboutToBeReset.connect(self._on_source_resetting)
        model.modelReset.connect(self._on_source_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_source_resetting)
        model.rowsRemoved.connect(self._on_source_reset)
        model.layoutAboutToBeChanged.connect(self._on_source_resetting)
        model.layoutChanged.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_data_changed)
        self._rebuild(keys=True)
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose name contains `text` (case-insensitive); '' shows all."""
        folded = text.casefold()
        if folded == self._filter:
            return
        self.beginResetModel()
        self._filter = folded
        self._rebuild(keys=False)
        self.endResetModel()

    def sort_column(self) -> int:
        return self._column

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (-1: the server's order); folders stay first in both orders."""
        if column == self._column and order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self._save_persistent()
        rekey = column != self._column
        self._column, self._order = column, order
        if rekey:
            self._rebuild(keys=True)
        self._restore_persistent(persistent)
        self.layoutChanged.emit()

    # -- building the order -------------------------------------------------------------
    def _accepts(self, row: Row) -> bool:
        return not self._filter or self._filter in row[0].casefold()

    def _rebuild(self, *, keys: bool) -> None:
        src = self._src
        if src is None:
            self._folders, self._objects = _Group(), _Group()
            return
        text, column = self._filter, self._column
        for group, rows in ((self._folders, src.folder_rows), (self._objects, src.object_rows)):
            if keys:
                group.keys = [sort_key(row, column) for row in rows] if column >= 0 else []
            if text:
                order = [i for i, row in enumerate(rows) if text in row[0].casefold()]
            else:
                order = list(range(len(rows)))
            if group.keys:
                order.sort(key=group.keys.__getitem__)
            group.order, group.positions = order, None

    def _on_source_resetting(self, *_args: object) -> None:
        self.beginResetModel()

    def _on_source_reset(self, *_args: object) -> None:
        self._rebuild(keys=True)
        self.endResetModel()

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        src = self._src
        if parent.isValid() or src is None:
            return
        nf = src.folder_count
        if last < nf:
            group, offset, rows, start = self._folders, 0, src.folder_rows, first
        else:
            group, rows, start = self._objects, src.object_rows, first - nf
            offset = len(self._folders.order)
        stop = start + last - first + 1
        if self._column >= 0:
            group.keys.extend(sort_key(rows[i], self._column) for i in range(start, stop))
        new = [i for i in range(start, stop) if self._accepts(rows[i])]
        if not new:
            return
        order, keys, n = group.order, group.keys, len(group.order)
        if keys:
            new.sort(key=keys.__getitem__)
            if n and keys[new[0]] < keys[order[-1]]:
                lo = bisect_right(order, keys[new[0]], key=keys.__getitem__)
                hi = bisect_right(order, keys[new[-1]], key=keys.__getitem__)
                if lo != hi:  # the page interleaves with what is shown: one layout change
                    self._merge(group, new)
                    return
                at_pos = lo
            else:
                at_pos = n
        else:
            at_pos = n  # server order: a page always follows what came before
        row = at_pos if not self._descending() else n - at_pos
        self.beginInsertRows(_ROOT, offset + row, offset + row + len(new) - 1)
        order[at_pos:at_pos] = new
        group.positions = None
        self.endInsertRows()

    def _merge(self, group: _Group, new: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self._save_persistent()
        group.order.extend(new)
        group.order.sort(key=group.keys.__getitem__)  # two sorted runs: timsort merges them
        group.positions = None
        self._restore_persistent(persistent)
        self.layoutChanged.emit()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                         roles: list[int] | None = None) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            proxy = self.mapFromSource(top_left.siblingAtRow(row))
            if proxy.isValid():
                self.dataChanged.emit(proxy.siblingAtColumn(top_left.column()),
                                      proxy.siblingAtColumn(bottom_right.column()), roles or [])

    def _save_persistent(self) -> tuple[list[QModelIndex], list[tuple[int, int]]]:
        old = self.persistentIndexList()
        return old, [(self.mapToSource(i).row(), i.column()) for i in old]

    def _restore_persistent(self, saved: tuple[list[QModelIndex], list[tuple[int, int]]]) -> None:
        old, rows = saved
        if not old or self._src is None:
            return
        src = self._src
        new = [self.mapFromSource(src.index(r, c)) if r >= 0 else QModelIndex() for r, c in rows]
        self.changePersistentIndexList(old, new)

    # -- mapping ----------------------------------------------------------------------
    def _descending(self) -> bool:
        return self._column >= 0 and self._order == Qt.SortOrder.DescendingOrder

    def _source_row(self, row: int) -> int:
        folders, objects = self._folders.order, self._objects.order
        nf = len(folders)
        if row < nf:
            return folders[nf - 1 - row if self._descending() else row]
        pos = row - nf
        local = objects[len(objects) - 1 - pos if self._descending() else pos]
        assert self._src is not None
        return self._src.folder_count + local

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if self._src is None or not proxy_index.isValid() or \
                not 0 <= proxy_index.row() < self.rowCount():
            return QModelIndex()
        return self._src.index(self._source_row(proxy_index.row()), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        src = self._src
        if src is None or not source_index.isValid():
            return QModelIndex()
        row, nf = source_index.row(), src.folder_count
        if row < nf:
            group, offset, local, size = self._folders, 0, row, nf
        else:
            group, offset = self._objects, len(self._folders.order)
            local, size = row - nf, len(src.object_rows)
        pos = group.position_of(local, size)
        if pos < 0:
            return QModelIndex()
        if self._descending():
            pos = len(group.order) - 1 - pos
        return self.createIndex(offset + pos, source_index.column())

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self.rowCount() and
                                    0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    # Any: parent() is both QObject.parent() -> QObject and QAbstractItemModel.parent(index).
    def parent(self, index: Index | None = None) -> Any:
        if index is None:
            return QObject.parent(self)  # the QObject overload shares the name
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._folders.order) + len(self._objects.order)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._src is None else self._src.columnCount()

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self.rowCount() > 0

    # Any: data and headerData return a QVariant (str, QIcon, alignment, sort key or None).
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._src is None or not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self._src.row_at(self._source_row(index.row()))
        return self._src.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            ok = role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount()
            return section + 1 if ok else None
        return self._src.headerData(section, orientation, role) if self._src else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._src is None:
            return Qt.ItemFlag.NoItemFlags
        return self._src.flags(self.mapToSource(index))

    # -- paging and drag and drop pass through -------------------------------------------
    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return self._src is not None and not parent.isValid() and self._src.canFetchMore()

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self._src is not None and not parent.isValid():
            self._src.fetchMore()

    def mimeTypes(self) -> list[str]:
        return self._src.mimeTypes() if self._src else []

    # Qt's mimeData may return nullptr ("nothing to drag"); the stub's QMimeData forgets it.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        if self._src is None:
            return None
        return self._src.mimeData([self.mapToSource(i) for i in indexes])

    def supportedDragActions(self) -> Qt.DropAction:
        return self._src.supportedDragActions() if self._src else Qt.DropAction.IgnoreAction

    def supportedDropActions(self) -> Qt.DropAction:
        return self._src.supportedDropActions() if self._src else Qt.DropAction.IgnoreAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._src is not None and self._src.canDropMimeData(
            data, action, -1, -1, self.mapToSource(parent))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        return self._src is not None and self._src.dropMimeData(
            data, action, -1, -1, self.mapToSource(parent))
